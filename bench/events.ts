import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { Pool } from 'pg';
import { BenchServer, issueKey, startDatabase, startServer } from './env';
import { LoadFigures, closedLoop, loadFigures } from './measure';
import { Target, loadTable, ms } from './report';

// Issue 10's event and webhook measurements: the feed with 1,000,000 events, and webhook delivery with two worker
// processes. Part of `npm run bench` (bench/run.ts calls benchEvents); alone: `npx ts-node -T bench/events.ts`
// (BENCH_EVENTS=100000 for a smaller feed).
const FEED_EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const FEED_SECONDS = Number(process.env.BENCH_READ_SECONDS ?? 5);
const LAG_RATE = 50;
const LAG_SECONDS = Number(process.env.BENCH_LAG_SECONDS ?? 15);
const BURST = 2_000;
const ORGANISATIONS = 100;
const PROVIDERS = 500;

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
  await pool.query('ANALYZE events');
  return performance.now() - t0;
}

interface Reader {
  label: string;
  key: string;
}

async function feedReads(baseUrl: string, readers: Reader[], cursors: string[]): Promise<LoadFigures[]> {
  const rows: LoadFigures[] = [];
  for (const reader of readers) {
    const get = async (query: string) => {
      const res = await fetch(`${baseUrl}/v1/events?limit=200${query}`, {
        headers: { authorization: `Bearer ${reader.key}` },
      });
      const body = (await res.json()) as { data: unknown[] };
      if (res.status !== 200 || body.data.length === 0) throw new Error(`feed ${res.status}`);
    };
    await closedLoop('warm-up', 1, 1, () => get(''));
    rows.push(await closedLoop(`${reader.label}, first page`, 1, FEED_SECONDS, () => get('')));
    rows.push(
      await closedLoop(`${reader.label}, page at a random cursor`, 1, FEED_SECONDS, (_, n) =>
        get(`&after=${cursors[n % cursors.length]}`),
      ),
    );
  }
  return rows;
}

// `npm run worker` as a child process, as in production.
function startWorker(databaseUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/worker.ts'], {
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
    });
    child.once('exit', (code) => fail(new Error(`worker exited (${code})`)));
  });
}

async function appendEvent(pool: Pool, providerId: string): Promise<{ id: string; committedAt: number }> {
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
    await client.query(
      `SELECT graphile_worker.add_job('events.published', json_build_object('eventId', $1::text))`,
      [id],
    );
    await client.query('COMMIT');
    return { id, committedAt: performance.now() };
  } finally {
    client.release();
  }
}

async function webhookFigures(
  pool: Pool,
  databaseUrl: string,
  log: (message: string) => void,
): Promise<{ lag: LoadFigures; burstPerSecond: number; burstSeconds: number; duplicates: number }> {
  const receivedAt = new Map<string, number>();
  let duplicates = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = performance.now();
      const body = JSON.parse(Buffer.concat(chunks).toString()) as { data: { id: string } };
      if (receivedAt.has(body.data.id)) duplicates++;
      else receivedAt.set(body.data.id, at);
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
  log('starting two worker processes');
  const workers = await Promise.all([startWorker(databaseUrl), startWorker(databaseUrl)]);
  const waitAll = async (ids: string[], timeoutMs: number) => {
    const until = Date.now() + timeoutMs;
    while (ids.some((id) => !receivedAt.has(id)) && Date.now() < until)
      await new Promise((r) => setTimeout(r, 20));
  };
  try {
    // Lag: 50 events a second, each its own transaction; commit → receipt by the local receiver.
    log(`webhook lag at ${LAG_RATE} events/s for ${LAG_SECONDS} s`);
    const sent: { id: string; committedAt: number }[] = [];
    const started = performance.now();
    for (let i = 0; i < LAG_RATE * LAG_SECONDS; i++) {
      const due = started + (i * 1000) / LAG_RATE;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      sent.push(await appendEvent(pool, providerId));
    }
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
    return { lag, burstPerSecond: BURST / burstSeconds, burstSeconds, duplicates };
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
organisations and ${PROVIDERS} providers, one in four framework events. \`GET /v1/events?limit=200\` through the API, one
client, ${FEED_SECONDS} s each: the first page, and a page after a cursor sampled at random over the whole feed. The
commissioner reads its own organisation's slice (about 1 in ${((ORGANISATIONS * 4) / 3) | 0} events). Worst p99: ${ms(worstFeed.p99)}.

${loadTable(feed)}

## (g) Webhook delivery with two worker processes

Two \`npm run worker\` processes (10 jobs at once each) on the bench database; one admin subscription to a receiver on
127.0.0.1 that answers 204. Events are appended as \`EventsService.append\` does (the event row and its fan-out job in
one transaction). Lag: ${LAG_RATE} events a second for ${LAG_SECONDS} s, each its own transaction, measured from COMMIT returning
to the receiver reading the request. Throughput: ${BURST.toLocaleString('en-GB')} events committed by 10 writers at once, drained in
${hooks.burstSeconds.toFixed(1)} s — **${hooks.burstPerSecond.toFixed(0)} deliveries/s** (fan-out job + delivery job per event). Duplicate
webhook-ids at the receiver: ${hooks.duplicates}.

${loadTable([hooks.lag])}
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
