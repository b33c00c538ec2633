import { loadavg } from 'node:os';
import { Pool } from 'pg';
import { BenchServer, issueKey, startDatabase, startServer } from './env';
import { LoadFigures, cannon, timed } from './measure';
import { Api, api, createFramework, seedProviders } from './seed';

// (h) Call-off creation with the audit trail on and off, in one run: two API processes on one database, identical but
// for AUDIT_TRAIL, loaded in turn (on, off, on, off…) so that drift in the machine's load or the tables' size falls
// on both alike. With the trail on, each call-off also inserts its audit entry and the sealer chains entries in the
// background of the same process, so its cost is in the figure. Target: on ÷ off ≥ 0.9.
// Alone: `npx ts-node -T bench/audit-trail.ts` (BENCH_AUDIT_SECONDS per round, default 6; 4 rounds).
const CONNECTIONS = 32;
const ROUNDS = 4;
const START = '2027-01-04';
const END = '2027-03-26';

export interface AuditTrailFigures {
  on: LoadFigures;
  off: LoadFigures;
  ratio: number;
  entries: number;
  unsealedAfter: number;
  verifyMs: number;
  verifyValid: boolean;
  loadBefore: number[];
  loadAfter: number[];
}

function merge(label: string, rounds: LoadFigures[]): LoadFigures {
  const requests = rounds.reduce((a, r) => a + r.requests, 0);
  const durationS = rounds.reduce((a, r) => a + r.durationS, 0);
  const statuses: Record<string, number> = {};
  for (const r of rounds)
    for (const [code, count] of Object.entries(r.statuses)) statuses[code] = (statuses[code] ?? 0) + count;
  const weighted = (pick: (r: LoadFigures) => number) =>
    rounds.reduce((a, r) => a + pick(r) * r.requests, 0) / (requests || 1);
  return {
    label,
    connections: rounds[0].connections,
    durationS,
    requests,
    throughput: requests / durationS,
    // Per-round percentiles averaged by requests: an approximation, labelled as such in RESULTS.md.
    p50: weighted((r) => r.p50),
    p90: weighted((r) => r.p90),
    p99: weighted((r) => r.p99),
    max: Math.max(...rounds.map((r) => r.max)),
    mean: weighted((r) => r.mean),
    statuses,
    errors: rounds.reduce((a, r) => a + r.errors, 0),
  };
}

export async function measureAuditTrail(
  pool: Pool,
  databaseUrl: string,
  adminClient: Api,
  adminKey: string,
  poolSize: number,
  roundSeconds: number,
  log: (message: string) => void,
): Promise<AuditTrailFigures> {
  const loadBefore = loadavg();
  const fw = await createFramework(adminClient, adminKey, 1);
  const lotId = fw.lotIds[0];
  const providers = await seedProviders(pool, lotId, 20, {
    registeredShare: 1,
    sessionsPerWeek: 1_000_000,
    label: 'Audit',
  });
  const commissioner = await issueKey(pool, 'commissioner', { organisationId: fw.organisationId });
  const body = (n: number) =>
    JSON.stringify({
      lotId,
      providerId: providers.providerIds[n % providers.providerIds.length],
      justification: 'Bench: the provider is named round-robin',
      childRef: `BENCH-AUDIT-${n}`,
      child: { yearGroup: 9, ehcp: false, lookedAfter: false, needsSummary: 'SEMH; anxiety in large groups' },
      statutoryBasis: 's19_other',
      primaryReason: 'Medical needs: cannot attend school',
      startDate: START,
      endDate: END,
      sessionsPerWeek: 10,
      location: { latitude: 53.59, longitude: -2.29 },
      plan: {
        objectives: ['Re-engage with English and maths'],
        reviewFrequencyWeeks: 6,
        nextStep: 'reintegration',
        reintegrationCriteria: 'Attendance above 90% for six weeks',
      },
    });
  let serial = 0;
  const servers: { on?: BenchServer; off?: BenchServer } = {};
  try {
    servers.on = await startServer(databaseUrl, poolSize, { AUDIT_TRAIL: 'on' });
    servers.off = await startServer(databaseUrl, poolSize, { AUDIT_TRAIL: 'off' });
    const load = (server: BenchServer, label: string, warmUpS: number) =>
      cannon(
        label,
        {
          url: server.baseUrl,
          connections: CONNECTIONS,
          durationS: roundSeconds,
          method: 'POST',
          path: '/v1/call-offs',
          headers: { authorization: `Bearer ${commissioner}`, 'content-type': 'application/json' },
          setup: (request) => {
            const n = serial++;
            return {
              ...request,
              body: body(n),
              headers: { ...request.headers, 'idempotency-key': `bench-audit-${n}` },
            };
          },
        },
        warmUpS,
      );
    const on: LoadFigures[] = [];
    const off: LoadFigures[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // The first round of each warms its process up (JIT, pool, caches) before it is measured.
      const warmUp = round === 0 ? 3 : 0;
      // Alternate which goes first, so neither always follows the other's writes.
      const order: ['on' | 'off', LoadFigures[]][] =
        round % 2 === 0
          ? [
              ['on', on],
              ['off', off],
            ]
          : [
              ['off', off],
              ['on', on],
            ];
      for (const [which, into] of order) {
        log(`(h) round ${round + 1}/${ROUNDS}: audit trail ${which}`);
        into.push(await load(servers[which]!, which, warmUp));
      }
    }
    // What the trail left behind: every entry sealed shortly after the load stops, and the chain verifies.
    await new Promise((done) => setTimeout(done, 2000));
    const [{ entries, unsealed }] = (
      await pool.query<{ entries: number; unsealed: number }>(
        `SELECT count(*)::int AS entries, count(*) FILTER (WHERE seq IS NULL)::int AS unsealed FROM audit_log`,
      )
    ).rows;
    const verify = await timed(() => api(servers.on!.baseUrl).request('GET', '/v1/audit/verify', adminKey));
    const onAll = merge('POST /v1/call-offs, audit trail on', on);
    const offAll = merge('POST /v1/call-offs, audit trail off (AUDIT_TRAIL=off)', off);
    return {
      on: onAll,
      off: offAll,
      ratio: onAll.throughput / offAll.throughput,
      entries,
      unsealedAfter: unsealed,
      verifyMs: verify.ms,
      verifyValid: verify.value.status === 200 && verify.value.body?.valid === true,
      loadBefore,
      loadAfter: loadavg(),
    };
  } finally {
    await servers.on?.stop().catch(() => undefined);
    await servers.off?.stop().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const log = (message: string) => process.stdout.write(`[bench] ${message}\n`);
  const db = await startDatabase(log);
  const pool = new Pool({ connectionString: db.url, max: 20 });
  pool.on('error', () => undefined);
  let server: BenchServer | undefined;
  try {
    const adminKey = await issueKey(pool, 'admin');
    server = await startServer(db.url, 20);
    const figures = await measureAuditTrail(
      pool,
      db.url,
      api(server.baseUrl),
      adminKey,
      20,
      Number(process.env.BENCH_AUDIT_SECONDS ?? 6),
      log,
    );
    for (const f of [figures.on, figures.off])
      log(
        `${f.label}: ${f.throughput.toFixed(1)} req/s, p99 ≈ ${f.p99.toFixed(1)} ms, ${JSON.stringify(f.statuses)}`,
      );
    log(
      `on ÷ off = ${figures.ratio.toFixed(3)} (target ≥ 0.9); ${figures.entries} entries, ${figures.unsealedAfter} unsealed ` +
        `after 2 s; verify ${figures.verifyValid ? 'valid' : 'FAILED'} in ${figures.verifyMs.toFixed(0)} ms`,
    );
    log(
      `load average before ${figures.loadBefore.map((l) => l.toFixed(2)).join(' / ')}, after ` +
        figures.loadAfter.map((l) => l.toFixed(2)).join(' / '),
    );
  } finally {
    await server?.stop().catch(() => undefined);
    await pool.end().catch(() => undefined);
    await db.stop().catch(() => undefined);
  }
}

if (require.main === module)
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
