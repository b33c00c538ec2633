import { Pool } from 'pg';
import { BenchServer } from './env';
import { LoadFigures, cannon, closedLoop, serialLoop, timed } from './measure';
import { Target, loadTable, ms } from './report';
import { CallOffTemplate, SeededProviders, bulkCallOffs } from './seed';

// Issue 12's cost-benchmark measurement, scenario (l): GET /v1/finance/benchmarks over the 2,000-provider lot of (c),
// with accepted placements on it. Part of `npm run bench` (bench/run.ts calls benchBenchmarks);
// BENCH_ONLY=l BENCH_MATCH_PROVIDERS=200 BENCH_BENCHMARK_PLACEMENTS=1000 proves it at a small scale.
// About one live placement per provider: every one of them, with its position, is in the admin's answer.
const PLACEMENTS = Number(process.env.BENCH_BENCHMARK_PLACEMENTS ?? 2_000);
const READ_SECONDS = Number(process.env.BENCH_READ_SECONDS ?? 5);
const TARGET_MS = 100;
// Placements repriced above the lot's p75 for one page of high-cost flags.
const HIGH_COST = 50;
// Inside the bench's cards (1 Aug 2026 – 31 Jul 2027) and every bulk placement (from 7 Sep 2026, ending 2027).
const FROM = '2026-11-02';
const TO = '2026-12-01';

export interface BenchmarksBench {
  targets: Target[];
  markdown: string;
}

export async function benchBenchmarks(
  pool: Pool,
  server: BenchServer,
  lot: {
    frameworkId: string;
    lotId: string;
    organisationId: string;
    providers: SeededProviders;
    template: CallOffTemplate;
  },
  keys: { admin: string; commissioner: string },
  log: (message: string) => void,
): Promise<BenchmarksBench> {
  log(
    `(l) ${PLACEMENTS.toLocaleString('en-GB')} accepted placements on the ${lot.providers.providerIds.length}-provider lot`,
  );
  const t0 = performance.now();
  const placed = await bulkCallOffs(pool, {
    frameworkId: lot.frameworkId,
    lotId: lot.lotId,
    organisationId: lot.organisationId,
    providers: lot.providers,
    count: PLACEMENTS,
    template: lot.template,
    shape: 'accepted',
    label: 'BENCH-COST',
  });
  const seedMs = performance.now() - t0;
  await pool.query('ANALYZE call_offs');

  const path = `/v1/finance/benchmarks?lotId=${lot.lotId}&from=${FROM}&to=${TO}`;
  const auth = (key: string) => ({ authorization: `Bearer ${key}` });
  const first = await timed(async () => {
    const response = await fetch(`${server.baseUrl}${path}`, { headers: auth(keys.admin) });
    return { status: response.status, text: await response.text() };
  });
  if (first.value.status !== 200)
    throw new Error(`(l) benchmarks: ${first.value.status} ${first.value.text.slice(0, 500)}`);
  const body = JSON.parse(first.value.text) as {
    prices: { count: number; medianPencePerPupilDay: number; p75PencePerPupilDay: number };
    placements: unknown[];
  };
  if (body.prices.count !== lot.providers.providerIds.length || body.placements.length !== placed)
    throw new Error(`(l) expected ${lot.providers.providerIds.length} prices and ${placed} placements`);

  const read = (label: string, key: string, connections: number, headers: Record<string, string> = {}) =>
    cannon(
      label,
      {
        url: server.baseUrl,
        connections,
        durationS: READ_SECONDS,
        path,
        headers: { ...auth(key), ...headers },
      },
      2,
    );
  // Statements one warm admin answer sends (key, lot, counts, spot purchases), counted by the API process.
  const statementsBefore = await server.statements();
  await fetch(`${server.baseUrl}${path}`, { headers: auth(keys.admin) }).then((r) => r.arrayBuffer());
  const warmStatements = (await server.statements()) - statementsBefore;
  log(`(l) GET /v1/finance/benchmarks (${warmStatements} statements a warm answer)`);
  const figures: LoadFigures[] = [
    await read('admin (every placement), 1 client', keys.admin, 1),
    await read('commissioner (own placements), 1 client', keys.commissioner, 1),
    await read('admin, CSV, 1 client', keys.admin, 1, { accept: 'text/csv' }),
    await read('admin, 4 clients', keys.admin, 4),
  ];
  // Not targets, for reading the ones above on a shared machine: the answer computed afresh each time (the lot's change
  // count bumped before each request, untimed, so nothing kept per lot is used), and the smallest authenticated read.
  const bump = () => pool.query(`SELECT bump_change_counters(ARRAY[$1])`, [`lot:${lot.lotId}`]);
  const context: LoadFigures[] = [
    await serialLoop('admin, after a write to the lot (cold), 1 client', READ_SECONDS, bump, () =>
      fetch(`${server.baseUrl}${path}`, { headers: auth(keys.admin) }).then(async (r) => {
        await r.arrayBuffer();
        return r;
      }),
    ),
    await closedLoop('reference: GET /v1/organisations/{id}, 1 client', 1, READ_SECONDS, async () => {
      const r = await fetch(`${server.baseUrl}/v1/organisations/${lot.organisationId}`, {
        headers: auth(keys.admin),
      });
      await r.arrayBuffer();
    }),
  ];
  for (const f of [...figures, ...context])
    log(`(l) ${f.label}: p50 ${ms(f.p50)}, p99 ${ms(f.p99)}, ${f.requests} requests`);

  // High-cost flags: HIGH_COST placements repriced far above the lot's p75, then one page of them (each with its
  // cheaper alternatives, ranked over the whole lot), counting the statements the API sends for it.
  await pool.query(
    `UPDATE call_offs SET unit_price_pence = 60000
      WHERE id IN (SELECT id FROM call_offs WHERE lot_id = $1 AND status = 'accepted' ORDER BY number LIMIT $2)`,
    [lot.lotId, HIGH_COST],
  );
  const highCostPath = `/v1/finance/high-cost-placements?lotId=${lot.lotId}&limit=${HIGH_COST}`;
  const highCost = async () => {
    const response = await fetch(`${server.baseUrl}${highCostPath}`, { headers: auth(keys.admin) });
    return { status: response.status, text: await response.text() };
  };
  const warm = await highCost();
  if (warm.status !== 200) throw new Error(`(l) high-cost: ${warm.status} ${warm.text.slice(0, 500)}`);
  const flagged = (JSON.parse(warm.text) as { data: { alternatives: unknown[] }[] }).data;
  const beforeStatements = await server.statements();
  const page = await timed(highCost);
  const highCostStatements = (await server.statements()) - beforeStatements;
  log(
    `(l) high-cost page of ${flagged.length} (${flagged.filter((f) => f.alternatives.length > 0).length} with alternatives): ${ms(page.ms)}, ${highCostStatements} statements`,
  );
  const targets: Target[] = figures.map((f) => ({
    name: `(l) GET /v1/finance/benchmarks p99, ${lot.providers.providerIds.length.toLocaleString('en-GB')} providers — ${f.label}`,
    target: `< ${TARGET_MS} ms`,
    measured: ms(f.p99),
    met: f.p99 < TARGET_MS && Object.keys(f.statuses).every((s) => s === '200'),
  }));
  const markdown = `## (l) \`GET /v1/finance/benchmarks\` on a lot of ${lot.providers.providerIds.length.toLocaleString('en-GB')} providers

The lot of (c) (every provider with an approved card of day and session lines), plus ${placed.toLocaleString('en-GB')} accepted
placements bulk-inserted in ${(seedMs / 1000).toFixed(1)} s (all the bench commissioner's, so its answer lists them all too).
Query: \`from=${FROM}&to=${TO}\`. Verified first: ${body.prices.count.toLocaleString('en-GB')} prices (median
${body.prices.medianPencePerPupilDay} p, p75 ${body.prices.p75PencePerPupilDay} p a pupil-day), ${body.placements.length.toLocaleString('en-GB')}
placements, ${(first.value.text.length / 1024).toFixed(0)} KiB of JSON, ${ms(first.ms)} cold; ${warmStatements} statements a warm answer. ${READ_SECONDS} s each after a 2 s warm-up.

${loadTable(figures)}

For reading those on a shared machine (not targets):

${loadTable(context)}

High-cost flags (\`GET /v1/finance/high-cost-placements?limit=${HIGH_COST}\`, admin) after ${HIGH_COST} placements were repriced at
£600 a day: ${flagged.length} flagged, a page in ${ms(page.ms)} (warm) with **${highCostStatements}** statements in all.

`;
  return { targets, markdown };
}
