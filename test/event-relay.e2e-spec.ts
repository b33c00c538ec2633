import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { EventRelay1796405300000 } from '../migrations/1796405300000-EventRelay';
import { EventRelay, RelayedEvent } from '../src/events/event-relay';
import { EventsService } from '../src/events/events.service';
import { JobRunner } from '../src/jobs/job-runner';
import { NewEvent } from '../src/events/event-types';
import { Role } from '../src/auth/role';
import { createProvider, recordCheck } from './support/providers';
import { TestApp, startTestApp } from './support/test-app';
import { WebhookReceiver, waitFor } from './support/webhook-receiver';

function checkRecorded(subjectId: string): NewEvent {
  return {
    type: 'check.recorded',
    subject: { id: subjectId, version: null },
    providerId: randomUUID(),
    payload: { checkType: 'first_aid', outcome: 'pass' },
  };
}

// Runs the relay until `expected` events were handed over, or the time runs out (other test files' transactions can
// hold the feed back for a while).
async function drainUntil(
  relay: EventRelay,
  name: string,
  seen: () => number,
  expected: number,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (seen() < expected) {
    if (Date.now() > deadline) throw new Error(`relay ${name} handed over ${seen()} of ${expected}`);
    if (!(await relay.relayOnce(name))) await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('The outbox relay: every committed event handed over once, in feed order', () => {
  let api: TestApp;
  let dataSource: DataSource;
  let relay: EventRelay;
  let events: EventsService;

  beforeAll(async () => {
    api = await startTestApp();
    dataSource = api.app.get(DataSource);
    relay = api.app.get(EventRelay);
    events = api.app.get(EventsService);
  });
  afterAll(() => api.close());

  // A subscriber of this test's own, starting at the feed's end; it records the events of `subjects` it is given.
  async function subscriber(subjects: Set<string>, fail?: () => boolean) {
    const name = `test-${randomUUID()}`;
    await dataSource.query(
      `INSERT INTO event_relays (name, xid, position)
       SELECT $1, coalesce(max(xid), 0), coalesce(max(position), 0) FROM events`,
      [name],
    );
    const handed: RelayedEvent[] = [];
    relay.subscribe(name, async (manager: EntityManager, batch) => {
      // Written in the relay's transaction, as a real subscriber writes what it makes of the events.
      await manager.query('SELECT 1');
      if (fail?.()) throw new Error('the subscriber fails');
      const subjectOf: { id: string; subject_id: string }[] = await manager.query(
        `SELECT id, subject_id FROM events WHERE id = ANY($1::uuid[])`,
        [batch.map((e) => e.id)],
      );
      const ours = new Set(subjectOf.filter((r) => subjects.has(r.subject_id)).map((r) => r.id));
      handed.push(...batch.filter((e) => ours.has(e.id)));
    });
    return { name, handed };
  }

  async function feedOrder(subjects: string[]): Promise<string[]> {
    const rows: { id: string }[] = await dataSource.query(
      `SELECT id FROM events WHERE subject_id = ANY($1::uuid[]) ORDER BY xid, position`,
      [subjects],
    );
    return rows.map((r) => r.id);
  }

  it('hands over the events of 20 concurrent writers exactly once and in feed order, with two relays racing', async () => {
    const subjects = Array.from({ length: 60 }, () => randomUUID());
    const { name, handed } = await subscriber(new Set(subjects));
    let writing = true;
    const relays = [0, 1].map(async () => {
      while (writing)
        if (!(await relay.relayOnce(name))) await new Promise((resolve) => setTimeout(resolve, 5));
    });
    await Promise.all(
      Array.from({ length: 20 }, (_, w) =>
        dataSource.transaction((manager) =>
          events.appendAll(
            manager,
            subjects.slice(w * 3, w * 3 + 3).map((id) => checkRecorded(id)),
          ),
        ),
      ),
    );
    writing = false;
    await Promise.all(relays);
    await drainUntil(relay, name, () => handed.length, 60);
    const ids = handed.map((e) => e.id);
    expect(new Set(ids).size).toBe(60);
    expect(ids).toEqual(await feedOrder(subjects));
    expect(handed.every((e) => e.type === 'check.recorded')).toBe(true);
  });

  it('passes no event over while an older transaction is in flight, then hands both over in order', async () => {
    const [early, late] = [randomUUID(), randomUUID()];
    const { name, handed } = await subscriber(new Set([early, late]));
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await events.append(runner.manager, checkRecorded(early));
      await dataSource.transaction((manager) => events.append(manager, checkRecorded(late)));
      // The later transaction committed first; the relay must not hand it over (and so move past the early one).
      for (let i = 0; i < 5; i++) await relay.relayOnce(name);
      expect(handed).toHaveLength(0);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    await drainUntil(relay, name, () => handed.length, 2);
    expect(handed.map((e) => e.id)).toEqual(await feedOrder([early, late]));
  });

  it('leaves its cursor where it was when the subscriber fails, and hands the same events over again', async () => {
    const subject = randomUUID();
    let failing = true;
    const { name, handed } = await subscriber(new Set([subject]), () => failing);
    await dataSource.transaction((manager) => events.append(manager, checkRecorded(subject)));
    const before: { xid: string; position: string }[] = await dataSource.query(
      `SELECT xid::text, position::text FROM event_relays WHERE name = $1`,
      [name],
    );
    const deadline = Date.now() + 30_000;
    let failed = false;
    while (!failed && Date.now() < deadline) {
      failed = await relay.relayOnce(name).then(
        () => false,
        (error: Error) => error.message === 'the subscriber fails',
      );
      if (!failed) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(failed).toBe(true);
    expect(
      await dataSource.query(`SELECT xid::text, position::text FROM event_relays WHERE name = $1`, [name]),
    ).toEqual(before);
    failing = false;
    await drainUntil(relay, name, () => handed.length, 1);
    expect(handed.map((e) => e.id)).toEqual(await feedOrder([subject]));
  });

  it('refuses a subscriber without its cursor row, and a name subscribed twice', async () => {
    const name = `test-${randomUUID()}`;
    relay.subscribe(name, () => Promise.resolve());
    await expect(relay.relayOnce(name)).rejects.toThrow(`event_relays has no row for ${name}`);
    expect(() => relay.subscribe(name, () => Promise.resolve())).toThrow('subscribed twice');
    await expect(relay.relayOnce('nobody')).rejects.toThrow('has no subscriber');
  });
});

describe('Migration EventRelay: the webhooks relay takes over from the publishing jobs', () => {
  let api: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    api = await startTestApp({ ownDatabase: true });
    dataSource = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  async function appendOne(): Promise<{ id: string; xid: string; position: string }> {
    const id = (await dataSource.transaction((manager) =>
      api.app.get(EventsService).append(manager, checkRecorded(randomUUID())),
    ))!;
    const [row]: { id: string; xid: string; position: string }[] = await dataSource.query(
      `SELECT id, xid::text, position::text FROM events WHERE id = $1`,
      [id],
    );
    return row;
  }

  async function migrateAgain(): Promise<{ xid: string; position: string }> {
    await dataSource.query('DROP TABLE event_relays');
    const runner = dataSource.createQueryRunner();
    try {
      await new EventRelay1796405300000().up(runner);
    } finally {
      await runner.release();
    }
    const [cursor]: { xid: string; position: string }[] = await dataSource.query(
      `SELECT xid::text, position::text FROM event_relays WHERE name = 'webhooks'`,
    );
    return cursor;
  }

  it('starts before the first event whose publishing job has not run, and removes those jobs only', async () => {
    const first = await appendOne();
    const second = await appendOne();
    const third = await appendOne();
    await dataSource.query(
      `SELECT graphile_worker.add_job('events.published', json_build_object('eventIds', json_build_array($1::text))),
              graphile_worker.add_job('events.published', json_build_object('eventId', $2::text)),
              graphile_worker.add_job('webhooks.deliver', json_build_object('deliveryId', $3::text))`,
      [third.id, second.id, randomUUID()],
    );
    const cursor = await migrateAgain();
    // Between the first event (published) and the second (not yet): the relay hands over the second and the third.
    const after: { id: string }[] = await dataSource.query(
      `SELECT id FROM events WHERE (xid, position) > ($1::bigint, $2::bigint) ORDER BY xid, position`,
      [cursor.xid, cursor.position],
    );
    expect(after.map((r) => r.id)).toEqual([second.id, third.id]);
    expect(after.map((r) => r.id)).not.toContain(first.id);
    const jobs: { identifier: string }[] = await dataSource.query(
      `SELECT t.identifier FROM graphile_worker._private_jobs j
         JOIN graphile_worker._private_tasks t ON t.id = j.task_id`,
    );
    expect(jobs.map((j) => j.identifier)).toEqual(['webhooks.deliver']);
  });

  it('starts at the end of the feed when no publishing job is waiting', async () => {
    const last = await appendOne();
    await dataSource.query(`DELETE FROM graphile_worker._private_jobs`);
    const cursor = await migrateAgain();
    expect(cursor).toEqual({ xid: last.xid, position: last.position });
  });
});

describe('The webhooks relay with one database connection', () => {
  let api: TestApp;
  const receiver = new WebhookReceiver();
  let url: string;

  // A database of its own: its worker must not take other test files' jobs, nor they its.
  beforeAll(async () => {
    api = await startTestApp({
      ownDatabase: true,
      env: {
        DB_POOL_SIZE: '1',
        WORKER_ENABLED: 'true',
        WORKER_POLL_INTERVAL_MS: '100',
        LAPSE_SWEEP_ENABLED: 'false',
        CHECK_EXPIRY_SCAN_ENABLED: 'false',
        WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      },
    });
    url = await receiver.start();
  });
  afterAll(async () => {
    await api.close();
    await receiver.stop();
  });

  it('delivers: the relay reads what the fan-out needs through the connection its transaction holds', async () => {
    receiver.respond = () => 200;
    const provider = await createProvider(api);
    const key = await api.issueKey(Role.Provider, { providerId: provider.id });
    const created = await api.post(
      '/v1/webhook-subscriptions',
      { url: `${url}/hook`, eventTypes: ['check.recorded'] },
      { key },
    );
    expect(created.status).toBe(201);
    await recordCheck(api, provider.id, 'first_aid');
    const received = await waitFor('the delivery', () =>
      receiver.received.find((r) => r.body.includes(provider.id)),
    );
    expect(JSON.parse(received.body)).toMatchObject({ type: 'check.recorded' });
  });

  it('runs a loop beside the jobs: a failing tick is logged once until it runs again, and stopping cuts its wait', async () => {
    const jobs = api.app.get(JobRunner);
    const said: string[] = [];
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => {
      said.push(String(message));
    });
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation((message: unknown) => {
      said.push(String(message));
    });
    await jobs.stop();
    let ticks = 0;
    jobs.loop(
      'test loop',
      () => {
        ticks++;
        return ticks <= 3 ? Promise.reject(new Error('the tick fails')) : Promise.resolve(false);
      },
      // Idle this long after its fourth tick: stop() must not wait for it.
      3_600_000,
    );
    await jobs.start();
    await waitFor('a tick after three failures', () => (ticks >= 4 ? true : undefined));
    await jobs.stop();
    expect(ticks).toBe(4);
    warn.mockRestore();
    log.mockRestore();
    expect(said.filter((line) => line.includes('test loop'))).toEqual([
      'test loop failed: the tick fails',
      'test loop running again',
    ]);
    await jobs.start();
  });
});
