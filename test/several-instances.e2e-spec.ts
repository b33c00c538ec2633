import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { Role } from '../src/auth/role';
import { LAPSE_SWEEP_TASK, LapseSweeper } from '../src/call-offs/lapse-sweeper';
import { callOffBody, market, raise } from './support/call-offs';
import { createProvider, recordCheck } from './support/providers';
import { TestApp, startTestApp } from './support/test-app';
import { WebhookReceiver, waitFor } from './support/webhook-receiver';

jest.setTimeout(180_000);

const SHARED_ENV = {
  WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
  WEBHOOK_TIMEOUT_MS: '3000',
  WEBHOOK_BACKOFF_BASE_MS: '200',
  WORKER_POLL_INTERVAL_MS: '100',
  WORKER_STALE_AFTER_SECONDS: '3',
  LAPSE_SWEEP_ENABLED: 'false',
  CHECK_EXPIRY_SCAN_ENABLED: 'false',
};

// `npm run worker` as a child process of the test, so that it can be killed with SIGKILL.
class WorkerProcess {
  private exited: Promise<void>;
  constructor(private readonly child: ChildProcess) {
    this.exited = new Promise((done) => child.once('exit', () => done()));
  }

  static async start(databaseUrl: string): Promise<WorkerProcess> {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/worker.ts'], {
      cwd: resolve(__dirname, '..'),
      env: {
        ...process.env,
        ...SHARED_ENV,
        DATABASE_URL: databaseUrl,
        MIGRATIONS_RUN: 'false',
        WORKER_CONCURRENCY: '4',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker = new WorkerProcess(child);
    let output = '';
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(() => fail(new Error(`worker did not start: ${output}`)), 60_000);
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('AP Exchange worker running')) {
          clearTimeout(timer);
          ready();
        }
      });
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => fail(new Error(`worker exited (${code}): ${output}`)));
    });
    return worker;
  }

  async kill(signal: NodeJS.Signals): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    await this.exited;
  }
}

interface Delivery {
  id: string;
  webhookId: string;
  eventId: string;
  status: string;
}

describe('Several API instances and workers on one database', () => {
  let apiA: TestApp;
  let apiB: TestApp;
  const workers: WorkerProcess[] = [];
  const receiver = new WebhookReceiver();
  let url: string;

  beforeAll(async () => {
    apiA = await startTestApp({ ownDatabase: true, env: SHARED_ENV });
    apiB = await startTestApp({ databaseUrl: apiA.databaseUrl, env: SHARED_ENV });
    url = await receiver.start();
    workers.push(
      ...(await Promise.all([WorkerProcess.start(apiA.databaseUrl), WorkerProcess.start(apiA.databaseUrl)])),
    );
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill('SIGTERM')));
    await receiver.stop();
    await apiB?.close();
    await apiA?.close();
  });

  async function deliveries(key: string, subscriptionId: string): Promise<Delivery[]> {
    const page = await apiA.get<{ data: Delivery[] }>(
      `/v1/webhook-subscriptions/${subscriptionId}/deliveries?limit=200`,
      { key },
    );
    return page.body.data;
  }

  const countsOf = (ids: string[]) => {
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  };

  it('shows an event raised on one instance in the other’s feed, and delivers every webhook exactly once', async () => {
    const auditor = await apiA.issueKey(Role.Auditor);
    const provider = await createProvider(apiA);
    const key = await apiA.issueKey(Role.Provider, { providerId: provider.id });
    await recordCheck(apiA, provider.id, 'first_aid');
    // The feed shows an event once every transaction that began before it has ended (other test files share this
    // database, and some hold transactions open for seconds), so instance B is followed page by page until it shows.
    let seenOnB = false;
    let after = '';
    for (const deadline = Date.now() + 60_000; !seenOnB && Date.now() < deadline;) {
      const feedB = await apiB.get(`/v1/events?types=check.recorded&limit=200${after}`, { key: auditor });
      const data = feedB.body.data as { providerId: string }[];
      seenOnB = data.some((e) => e.providerId === provider.id);
      if (feedB.body.nextCursor) after = `&after=${encodeURIComponent(feedB.body.nextCursor as string)}`;
      if (!seenOnB && data.length === 0) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(seenOnB).toBe(true);

    const created = await apiB.post(
      '/v1/webhook-subscriptions',
      { url: `${url}/hook`, eventTypes: ['check.recorded'] },
      { key },
    );
    expect(created.status).toBe(201);
    receiver.respond = () => 200;
    for (let i = 0; i < 20; i++) await recordCheck(i % 2 ? apiA : apiB, provider.id, 'first_aid');
    const done = await waitFor(
      '20 deliveries',
      async () => {
        const rows = await deliveries(key, created.body.id);
        return rows.length === 20 && rows.every((d) => d.status === 'delivered') ? rows : undefined;
      },
      60_000,
    );
    const received = receiver.received.map((r) => String(r.headers['webhook-id']));
    const counts = countsOf(received);
    expect(new Set(received)).toEqual(new Set(done.map((d) => d.webhookId)));
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it('loses no delivery when a worker is killed with SIGKILL in the middle: they are sent again with the same webhook-id', async () => {
    const provider = await createProvider(apiA);
    const key = await apiA.issueKey(Role.Provider, { providerId: provider.id });
    const created = await apiA.post(
      '/v1/webhook-subscriptions',
      { url: `${url}/hook`, eventTypes: ['check.recorded'] },
      { key },
    );
    // One worker takes every job, and answers are slow, so deliveries are in flight when it dies.
    await workers.pop()?.kill('SIGTERM');
    receiver.received.length = 0;
    receiver.respond = () => ({ status: 200, delayMs: 1500 });
    for (let i = 0; i < 8; i++) await recordCheck(apiA, provider.id, 'first_aid');
    await waitFor('deliveries in flight', () => (receiver.received.length >= 2 ? true : undefined));
    await workers.pop()?.kill('SIGKILL');
    const inFlight = receiver.received.map((r) => String(r.headers['webhook-id']));
    receiver.respond = () => 200;
    workers.push(await WorkerProcess.start(apiA.databaseUrl));
    const done = await waitFor(
      'every delivery after the crash',
      async () => {
        const rows = await deliveries(key, created.body.id);
        return rows.length === 8 && rows.every((d) => d.status === 'delivered') ? rows : undefined;
      },
      90_000,
    );
    const received = receiver.received.map((r) => String(r.headers['webhook-id']));
    expect(new Set(received)).toEqual(new Set(done.map((d) => d.webhookId)));
    // What the dead worker had sent but not recorded came again under the same webhook-id.
    const counts = countsOf(received);
    for (const id of inFlight) expect(counts.get(id)).toBeGreaterThanOrEqual(2);
  });

  it('lapses each expired offer exactly once when every instance and worker sweeps at the same time', async () => {
    workers.push(await WorkerProcess.start(apiA.databaseUrl));
    apiA.clock.setToday('2026-11-02');
    apiB.clock.setToday('2026-11-02');
    const m = await market(apiA, { count: 2 });
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const raised = await raise(i % 2 ? apiA : apiB, m.commissioner, callOffBody(m.lotId));
      expect(raised.status).toBe(201);
      ids.push(raised.body.id);
    }
    const dataSource = apiA.app.get(DataSource);
    const before: { id: string; version: number }[] = await dataSource.query(
      `SELECT id, version FROM call_offs WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    // The offers' windows ran out a minute ago, in real time (the workers' clock).
    await dataSource.query(
      `UPDATE call_offs SET offer_expires_at = now() - interval '1 minute' WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    for (let i = 0; i < 4; i++)
      await dataSource.query(`SELECT graphile_worker.add_job($1, '{}'::json)`, [LAPSE_SWEEP_TASK]);
    apiA.clock.current = new Date();
    apiB.clock.current = new Date();
    await Promise.all([apiA.app.get(LapseSweeper).sweep(), apiB.app.get(LapseSweeper).sweep()]);
    await waitFor('the sweep jobs', async () => {
      const rows: unknown[] = await dataSource.query(
        `SELECT 1 FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
          WHERE t.identifier = $1`,
        [LAPSE_SWEEP_TASK],
      );
      return rows.length === 0 ? true : undefined;
    });
    const after: { id: string; version: number; status: string }[] = await dataSource.query(
      `SELECT id, version, status FROM call_offs WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    for (const row of after) {
      expect(row.status).toBe('lapsed');
      expect(row.version).toBe((before.find((b) => b.id === row.id)?.version ?? 0) + 1);
    }
  });
});
