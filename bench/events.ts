import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { Pool } from 'pg';
import { BenchServer, NODE_FLAGS, compiled, issueKey, startDatabase, startServer } from './env';
import { Request } from 'autocannon';
import { LoadFigures, cannon, loadFigures } from './measure';
import { Target, loadTable, ms } from './report';

// Issue 10's event and webhook measurements: the feed with 1,000,000 events, and webhook delivery with two worker
// processes. Part of `npm run bench` (bench/run.ts calls benchEvents); alone: `npx ts-node -T bench/events.ts`
// (BENCH_EVENTS=100000 for a smaller feed).
const FEED_EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const FEED_SECONDS = Number(process.env.BENCH_READ_SECONDS ?? 5);
const LAG_RATE = 50;
const LAG_SECONDS = Number(process.env.BENCH_LAG_SECONDS ?? 15);
const WARM_SECONDS = 3;
const BURST = 2_000;
const ORGANISATIONS = 100;
const PROVIDERS = 500;
// Fan-out jobs of unsubscribed events waiting when the workers start (the full run leaves those of (a) and (h)
// behind, its API running without a worker); BENCH_WEBHOOK_BACKLOG adds that many more, to see their effect alone.
const BACKLOG = Number(process.env.BENCH_WEBHOOK_BACKLOG ?? 0);

export interface EventsBench {
  targets: Target[];
  markdown: string;
}

// The events of one transaction in each statement, as EventsService.append writes them (xid from the transaction).
async function seedFeed(pool: Pool, orgs: string[], providers: string[], count: number): Promise<number> {
  const t0 = performance.now();
  const batch = 10_000;
  for (let done = 0; done < count; done += batch) {
    await pool.query(
      `INSERT INTO events (id, xid, type, audience, occurred_at, subject_type, subject_id, subject_version,
                           framework_id, commissioner_organisation_id, provider_id, payload, restricted)
       SELECT gen_random_uuid(), pg_current_xact_id()::text::bigint,
              CASE WHEN g % 4 = 0 THEN 'capacity.declared' ELSE 'call_off.accepted' END,
              CASE WHEN g % 4 = 0 THEN 'framework' ELSE 'parties' END,
              now(), 'call_off', gen_random_uuid(), 2, $4::uuid,
              CASE WHEN g % 4 = 0 THEN NULL ELSE ($1::uuid[])[1 + (g / 4) % $5] END,
              ($2::uuid[])[1 + g % $6],
              jsonb_build_object('status', 'accepted', 'lotId', $4::uuid, 'sessionsPerWeek', 10, 'startDate', '2027-01-04'),
              CASE WHEN g % 4 = 0 THEN NULL ELSE '{"ehcp": false, "lookedAfter": true, "needs": "SEMH"}'::jsonb END
         FROM generate_series($3::int, $3::int + ${batch} - 1) g`,
      [orgs, providers, done, randomUUID(), orgs.length, providers.length],
    );
  }
  // A feed of this size in service has been vacuumed and checkpointed: its visibility map is set, its hint bits
  // written and its pages clean. Freshly bulk-loaded, the reads would write hint bits, and autovacuum and the
  // checkpointer would work through the load under the measurement.
  await pool.query('VACUUM (ANALYZE) events');
  await pool.query('CHECKPOINT');
  return performance.now() - t0;
}

interface Reader {
  label: string;
  key: string;
}

// Each reader's pages through autocannon, one client, as every other read in the bench is measured (no
// Accept-Encoding, the body read but not parsed). Each kind of page is first fetched and checked to hold events.
async function feedReads(baseUrl: string, readers: Reader[], cursors: string[]): Promise<LoadFigures[]> {
  const rows: LoadFigures[] = [];
  for (const reader of readers) {
    const headers = { authorization: `Bearer ${reader.key}` };
    for (const query of ['', `&after=${cursors[0]}`]) {
      const res = await fetch(`${baseUrl}/v1/events?limit=200${query}`, { headers });
      const body = (await res.json()) as { data: unknown[] };
      if (res.status !== 200 || body.data.length === 0) throw new Error(`feed ${res.status}`);
    }
    const read = (label: string, setup?: (request: Request) => Request) =>
      cannon(
        `${reader.label}, ${label}`,
        {
          url: baseUrl,
          connections: 1,
          durationS: FEED_SECONDS,
          path: '/v1/events?limit=200',
          headers,
          setup,
        },
        2,
      );
    rows.push(await read('first page'));
    let n = 0;
    rows.push(
      await read('page at a random cursor', (request) => ({
        ...request,
        path: `/v1/events?limit=200&after=${cursors[n++ % cursors.length]}`,
      })),
    );
  }
  return rows;
}

// `npm run worker` as a child process, as in production (compiled, see bench/env.ts).
function startWorker(databaseUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...NODE_FLAGS, compiled('src/worker.js')], {
    cwd: resolve(__dirname, '..'),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      MIGRATIONS_RUN: 'false',
      LOG_LEVEL: 'info',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      WORKER_CONCURRENCY: '10',
      LAPSE_SWEEP_ENABLED: 'false',
      CHECK_EXPIRY_SCAN_ENABLED: 'false',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((ok, fail) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('AP Exchange worker running')) ok(child);
      // A failing job is retried later: its error must show, or the lag it causes looks like slowness.
      for (const line of chunk.toString().split('\n'))
        if (/"level":(40|50|60)/.test(line)) process.stderr.write(`[worker] ${line}\n`);
    });
    child.once('exit', (code) => fail(new Error(`worker exited (${code})`)));
  });
}

async function appendEvent(
  pool: Pool,
  providerId: string,
): Promise<{ id: string; committedAt: number; committedWall: number }> {
  const client = await pool.connect();
  const id = randomUUID();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO events (id, xid, type, audience, occurred_at, subject_type, subject_id, subject_version,
                           provider_id, payload)
       VALUES ($1, pg_current_xact_id()::text::bigint, 'check.recorded', 'provider', now(), 'provider_check',
               gen_random_uuid(), NULL, $2, '{"checkType": "first_aid", "outcome": "pass"}')`,
      [id, providerId],
    );
    await client.query('COMMIT');
    return { id, committedAt: performance.now(), committedWall: Date.now() };
  } finally {
    client.release();
  }
}

async function webhookFigures(
  pool: Pool,
  databaseUrl: string,
  log: (message: string) => void,
): Promise<{
  lag: LoadFigures;
  stages: LoadFigures[];
  waiting: number;
  drainSeconds: number;
  burstPerSecond: number;
  burstSeconds: number;
  duplicates: number;
}> {
  const receivedAt = new Map<string, number>();
  // Wall-clock receipt (same host as PostgreSQL), to split the lag at the delivery row's timestamps.
  const receivedWall = new Map<string, number>();
  let duplicates = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = performance.now();
      const body = JSON.parse(Buffer.concat(chunks).toString()) as { data: { id: string } };
      if (receivedAt.has(body.data.id)) duplicates++;
      else {
        receivedAt.set(body.data.id, at);
        receivedWall.set(body.data.id, Date.now());
      }
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  const providerId = randomUUID();
  await pool.query(
    `INSERT INTO webhook_subscriptions (url, event_types, owner_role, secret)
     VALUES ($1, '{check.recorded}', 'admin', $2)`,
    [url, `whsec_${randomBytes(32).toString('base64')}`],
  );
  if (BACKLOG > 0)
    await pool.query(
      `INSERT INTO events (id, xid, type, audience, occurred_at, subject_type, subject_id, subject_version, payload)
       SELECT gen_random_uuid(), pg_current_xact_id()::text::bigint, 'call_off.raised', 'parties', now(), 'call_off',
              gen_random_uuid(), 1, '{}'
         FROM generate_series(1, $1::int)`,
      [BACKLOG],
    );
  // Events the webhooks relay has not handed over yet, and jobs waiting.
  const behind = async () =>
    Number(
      (
        await pool.query<{ n: string }>(
          `SELECT (SELECT count(*) FROM events e JOIN event_relays r ON r.name = 'webhooks'
                    WHERE (e.xid, e.position) > (r.xid, r.position))
                + (SELECT count(*) FROM graphile_worker._private_jobs j
                     JOIN graphile_worker._private_tasks t ON t.id = j.task_id
                    WHERE t.identifier = 'webhooks.deliver') AS n`,
        )
      ).rows[0].n,
    );
  const waiting = await behind();
  log(`starting two worker processes (${waiting} events and jobs waiting)`);
  const workers = await Promise.all([startWorker(databaseUrl), startWorker(databaseUrl)]);
  const w0 = performance.now();
  const waitAll = async (ids: string[], timeoutMs: number) => {
    const until = Date.now() + timeoutMs;
    while (ids.some((id) => !receivedAt.has(id)) && Date.now() < until)
      await new Promise((r) => setTimeout(r, 20));
  };
  try {
    // The lag is a steady-state figure: the events of earlier scenarios (the bench API runs with no worker) are
    // relayed first, and the time that takes is reported on its own.
    while ((await behind()) > 0) {
      // A job that keeps failing would wait for its retry: report that, rather than wait for ever.
      if (performance.now() - w0 > 300_000) throw new Error('events or jobs still waiting after 300 s');
      await new Promise((r) => setTimeout(r, 50));
    }
    const drainSeconds = (performance.now() - w0) / 1000;
    log(
      `${waiting} waiting events and jobs drained ${drainSeconds.toFixed(1)} s after both workers were running`,
    );
    // Lag: 50 events a second, each its own transaction; commit → receipt by the local receiver. The backlog above
    // sent no webhook (no subscription asked for its events), so the delivery path is warmed first, unmeasured, for
    // WARM_SECONDS at the same rate: the first second's deliveries in new worker processes queue behind compiling it.
    const atRate = async (seconds: number) => {
      const appended: { id: string; committedAt: number; committedWall: number }[] = [];
      const from = performance.now();
      for (let i = 0; i < LAG_RATE * seconds; i++) {
        const due = from + (i * 1000) / LAG_RATE;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        appended.push(await appendEvent(pool, providerId));
      }
      return appended;
    };
    await waitAll(
      (await atRate(WARM_SECONDS)).map((s) => s.id),
      30_000,
    );
    log(`webhook lag at ${LAG_RATE} events/s for ${LAG_SECONDS} s`);
    const started = performance.now();
    const sent = await atRate(LAG_SECONDS);
    await waitAll(
      sent.map((s) => s.id),
      30_000,
    );
    const lags = sent.map((s) => (receivedAt.get(s.id) ?? Infinity) - s.committedAt);
    const lag = loadFigures(
      `commit → receipt, ${LAG_RATE} events/s`,
      2,
      (performance.now() - started) / 1000,
      lags.filter(Number.isFinite),
      {
        delivered: lags.filter(Number.isFinite).length,
        missing: lags.filter((l) => !Number.isFinite(l)).length,
      },
      0,
    );
    // The lag by stage: commit → the relay's transaction starts (the delivery row's created_at: the relay's wait, the
    // event and subscriptions read) → the request is built and sent (first_attempt_at: the delivery's job taken and
    // the delivery claimed) → the receiver reads it.
    const { rows: stageRows } = await pool.query<{ event_id: string; created: number; sent: number }>(
      `SELECT event_id, (extract(epoch FROM created_at) * 1000)::float8 AS created,
              (extract(epoch FROM first_attempt_at) * 1000)::float8 AS sent
         FROM webhook_deliveries WHERE event_id = ANY($1::uuid[])`,
      [sent.map((s) => s.id)],
    );
    const committedWall = new Map(sent.map((s) => [s.id, s.committedWall]));
    const stage = (label: string, of: (row: { event_id: string; created: number; sent: number }) => number) =>
      loadFigures(
        label,
        2,
        LAG_SECONDS,
        stageRows
          .filter((r) => r.sent !== null)
          .map(of)
          .filter(Number.isFinite),
        {},
        0,
      );
    const stages = [
      stage(
        'commit → relay transaction (events and subscriptions read)',
        (r) => r.created - committedWall.get(r.event_id)!,
      ),
      stage('relay transaction → request sent (job taken, delivery claimed)', (r) => r.sent - r.created),
      stage('request sent → received', (r) => (receivedWall.get(r.event_id) ?? NaN) - r.sent),
    ];
    for (const figures of [lag, ...stages])
      log(
        `  ${figures.label}: p50 ${figures.p50.toFixed(1)} ms, p90 ${figures.p90.toFixed(1)} ms, p99 ${figures.p99.toFixed(1)} ms`,
      );
    // Throughput: a burst committed at once, drained by the two workers.
    log(`webhook burst of ${BURST}`);
    const burst: string[] = [];
    const b0 = performance.now();
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        for (let i = 0; i < BURST / 10; i++) burst.push((await appendEvent(pool, providerId)).id);
      }),
    );
    await waitAll(burst, 120_000);
    const last = Math.max(...burst.map((id) => receivedAt.get(id) ?? Infinity));
    const burstSeconds = (last - b0) / 1000;
    return {
      lag,
      stages,
      waiting,
      drainSeconds,
      burstPerSecond: BURST / burstSeconds,
      burstSeconds,
      duplicates,
    };
  } finally {
    for (const worker of workers) {
      const exited = new Promise((r) => worker.once('exit', r));
      worker.kill('SIGTERM');
      await exited;
    }
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
}

export async function benchEvents(
  pool: Pool,
  databaseUrl: string,
  server: BenchServer,
  log: (message: string) => void,
): Promise<EventsBench> {
  // The commissioner that reads (a real organisation, for its key) is one of the organisations the events name.
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO organisations (name, kind, version) VALUES ('Bench events council', 'local_authority', 1) RETURNING id`,
  );
  const orgs = [rows[0].id, ...Array.from({ length: ORGANISATIONS - 1 }, () => randomUUID())];
  const providers = Array.from({ length: PROVIDERS }, () => randomUUID());
  log(`seeding ${FEED_EVENTS.toLocaleString('en-GB')} events`);
  const seedMs = await seedFeed(pool, orgs, providers, FEED_EVENTS);
  const cursorRows: { xid: string; position: string }[] = (
    await pool.query(`SELECT xid::text, position::text FROM events TABLESAMPLE SYSTEM (1) LIMIT 500`)
  ).rows;
  const cursors = cursorRows.map((r) => Buffer.from(`${r.xid}.${r.position}`).toString('base64url'));
  const readers: Reader[] = [
    { label: 'auditor', key: await issueKey(pool, 'auditor') },
    {
      label: `commissioner (1 of ${ORGANISATIONS})`,
      key: await issueKey(pool, 'commissioner', { organisationId: rows[0].id }),
    },
  ];
  log('reading the feed');
  const feed = await feedReads(server.baseUrl, readers, cursors);
  const hooks = await webhookFigures(pool, databaseUrl, log);
  const worstFeed = feed.reduce((a, b) => (b.p99 > a.p99 ? b : a));
  const targets: Target[] = [
    ...feed.map((f) => ({
      name: `(f) GET /v1/events?limit=200 p99, ${FEED_EVENTS.toLocaleString('en-GB')} events — ${f.label}`,
      target: '< 20 ms',
      measured: ms(f.p99),
      met: f.p99 < 20,
    })),
    {
      name: `(g) webhook lag p99, commit → receipt at ${LAG_RATE} events/s, 2 workers`,
      target: '< 1 s',
      measured: `${ms(hooks.lag.p99)} (${hooks.lag.statuses.missing} missing)`,
      met: hooks.lag.p99 < 1000 && hooks.lag.statuses.missing === 0,
    },
    {
      name: `(g) webhook delivery throughput, 2 workers (burst of ${BURST})`,
      target: 'reported',
      measured: `${hooks.burstPerSecond.toFixed(0)} deliveries/s`,
      met: true,
    },
  ];
  const markdown = `## (f) The event feed with ${FEED_EVENTS.toLocaleString('en-GB')} events

Seeded in ${(seedMs / 1000).toFixed(1)} s, 10,000 per transaction (as \`EventsService.append\` writes them: the writing
transaction's id, then order within it), three in four call-off events spread over ${ORGANISATIONS} commissioner
organisations and ${PROVIDERS} providers, one in four framework events. \`GET /v1/events?limit=200\` through the API with
autocannon (no compression asked for, the body not parsed, as the other reads), one client, ${FEED_SECONDS} s each after 2 s
of warm-up: the first page, and a page after a cursor sampled at random over the whole feed. The
commissioner reads its own organisation's slice (about 1 in ${((ORGANISATIONS * 4) / 3) | 0} events). Worst p99: ${ms(worstFeed.p99)}.

${loadTable(feed)}

## (g) Webhook delivery with two worker processes

Two \`npm run worker\` processes (10 jobs at once each) on the bench database; one admin subscription to a receiver on
127.0.0.1 that answers 204. Events are appended as \`EventsService.append\` does (the event row alone; the outbox's
relay in the workers hands it to the webhook fan-out). Lag: ${LAG_RATE} events a second for ${LAG_SECONDS} s (after ${WARM_SECONDS} s at that rate, not measured, that warm the delivery path),
each its own transaction, measured from COMMIT returning to the receiver reading the request. Throughput: ${BURST.toLocaleString('en-GB')} events committed by 10 writers at once, drained in
${hooks.burstSeconds.toFixed(1)} s — **${hooks.burstPerSecond.toFixed(0)} deliveries/s** (relayed in batches, a delivery job per event). Duplicate
webhook-ids at the receiver: ${hooks.duplicates}. ${
    hooks.waiting > 0
      ? `Before the lag run, the ${hooks.waiting.toLocaleString('en-GB')} events waiting for the relay when the workers started
(earlier scenarios' events: the bench API runs with no worker) were relayed in ${hooks.drainSeconds.toFixed(1)} s once both
workers were running; an event committed behind them waits that long.`
      : 'No event or job was waiting when the workers started.'
  }

${loadTable([hooks.lag])}

The lag by stage (wall clock against the delivery row's \`created_at\` and \`first_attempt_at\`; millisecond precision):

${loadTable(hooks.stages)}
`;
  return { targets, markdown };
}

// Alone: a throwaway database and API, these two measurements, printed.
if (require.main === module) {
  const log = (message: string) => process.stdout.write(`[bench:events] ${message}\n`);
  void (async () => {
    const db = await startDatabase(log);
    const pool = new Pool({ connectionString: db.url, max: 20 });
    pool.on('error', () => undefined);
    let server: BenchServer | undefined;
    try {
      server = await startServer(db.url, 20);
      const result = await benchEvents(pool, db.url, server, log);
      process.stdout.write(`${result.markdown}\n`);
      for (const t of result.targets)
        log(`${t.met ? 'MET   ' : 'MISSED'} ${t.name}: ${t.measured} (target ${t.target})`);
    } finally {
      await server?.stop().catch(() => undefined);
      await pool.end().catch(() => undefined);
      await db.stop();
    }
  })().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
