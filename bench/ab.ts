import { BenchServer, compiledIn, startServer } from './env';
import { CannonSpec, cannon } from './measure';

// BENCH_AB_DIR=<another checkout> BENCH_ONLY=a npm run bench: (a)'s raises sent to this checkout's API and to that
// checkout's in turns against one database, 5 s each after 2 s unmeasured, the order alternating (ABBA), and the
// ratio of their rates. Single runs of two builds taken in turn measure the machine's drift as much as the builds:
// on this VM one build gave 0.25 to 0.37 in single runs of (a), and within one run 5-s turns of one build ranged
// from 115 to 226 raises a second (bench/FINDINGS.md, tenth round). The first seconds after the other build ran are
// slower, hence the unmeasured start of each turn.
export const AB_DIR = process.env.BENCH_AB_DIR;
const TURNS = Number(process.env.BENCH_AB_TURNS ?? 8);
const TURN_SECONDS = 5;

export async function compareBuilds(
  databaseUrl: string,
  poolSize: number,
  here: BenchServer,
  spec: (url: string) => CannonSpec,
  log: (message: string) => void,
): Promise<void> {
  log(`(a) against ${AB_DIR}: building it`);
  const there = await startServer(databaseUrl, poolSize, {}, compiledIn(AB_DIR!));
  try {
    const servers = { here, there };
    const rates: Record<keyof typeof servers, number[]> = { here: [], there: [] };
    for (const which of ['here', 'there'] as const)
      await cannon('warm-up', { ...spec(servers[which].baseUrl), durationS: 3 }, 0);
    for (let turn = 0; turn < TURNS; turn++) {
      const order = turn % 2 === 0 ? (['here', 'there'] as const) : (['there', 'here'] as const);
      for (const which of order) {
        const figures = await cannon(which, { ...spec(servers[which].baseUrl), durationS: TURN_SECONDS }, 2);
        rates[which].push(figures.throughput);
        log(`(a) turn ${turn + 1}, ${which}: ${figures.throughput.toFixed(1)} raises/s`);
      }
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const wins = rates.here.filter((rate, i) => rate > rates.there[i]).length;
    log(
      `(a) this checkout ÷ ${AB_DIR}: ${(mean(rates.here) / mean(rates.there)).toFixed(3)} ` +
        `(${mean(rates.here).toFixed(1)} against ${mean(rates.there).toFixed(1)} raises/s; ahead in ${wins} of ${TURNS} turns)`,
    );
  } finally {
    await there.stop();
  }
}
