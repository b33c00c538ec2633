import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { DataSource } from 'typeorm';
import { Role } from '../src/auth/role';
import { EventsService } from '../src/events/events.service';
import { WebhooksService } from '../src/webhooks/webhooks.service';
import { createProvider, recordCheck } from './support/providers';
import { TestApp, startTestApp } from './support/test-app';
import { WebhookReceiver, waitFor } from './support/webhook-receiver';

const FAST = {
  WORKER_ENABLED: 'true',
  WORKER_POLL_INTERVAL_MS: '100',
  LAPSE_SWEEP_ENABLED: 'false',
  CHECK_EXPIRY_SCAN_ENABLED: 'false',
  WEBHOOK_TIMEOUT_MS: '400',
  WEBHOOK_BACKOFF_BASE_MS: '200',
};

interface Delivery {
  id: string;
  webhookId: string;
  eventId: string;
  status: string;
  attempts: number;
  lastResponseCode: number | null;
  lastError: string | null;
}

async function deliveriesOf(api: TestApp, key: string, subscriptionId: string): Promise<Delivery[]> {
  const page = await api.get<{ data: Delivery[] }>(`/v1/webhook-subscriptions/${subscriptionId}/deliveries`, {
    key,
  });
  if (page.status !== 200) throw new Error(`deliveries: ${page.status} ${page.text}`);
  return page.body.data;
}

// Each app here has a database of its own: its worker must not take other test files' jobs, nor they its.
describe('Webhooks: signed deliveries with retries', () => {
  let api: TestApp;
  const receiver = new WebhookReceiver();
  let url: string;

  beforeAll(async () => {
    api = await startTestApp({ ownDatabase: true, env: { ...FAST, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' } });
    url = await receiver.start();
  });
  afterAll(async () => {
    await api.close();
    await receiver.stop();
  });

  async function subscriber(eventTypes: string[]) {
    const provider = await createProvider(api);
    const key = await api.issueKey(Role.Provider, { providerId: provider.id });
    const created = await api.post(`/v1/webhook-subscriptions`, { url: `${url}/hook`, eventTypes }, { key });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    return { provider, key, subscription: created.body as { id: string; secret: string } };
  }

  it('delivers each event in scope, signed so the standardwebhooks verifier accepts it, also after a rotation', async () => {
    receiver.respond = () => 200;
    const { provider, key, subscription } = await subscriber(['check.recorded']);
    const listed = await api.get('/v1/webhook-subscriptions', { key });
    expect(listed.body.data).toHaveLength(1);
    expect(listed.body.data[0].secret).toBeUndefined();

    await recordCheck(api, provider.id, 'first_aid');
    const first = await waitFor('the first delivery', () =>
      receiver.received.find((r) => r.body.includes(provider.id)),
    );
    const payload = new Webhook(subscription.secret).verify(
      first.body,
      first.headers as Record<string, string>,
    ) as {
      type: string;
      data: { providerId: string; type: string };
    };
    expect(payload).toMatchObject({ type: 'check.recorded', data: { providerId: provider.id } });
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(
        first.body,
        first.headers as Record<string, string>,
      ),
    ).toThrow();

    const rotated = await api.post(`/v1/webhook-subscriptions/${subscription.id}/rotate-secret`, {}, { key });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(subscription.secret);
    await recordCheck(api, provider.id, 'dsl_training');
    const second = await waitFor('the delivery after rotation', () =>
      receiver.received.find((r) => r.body.includes(provider.id) && r.body.includes('dsl_training')),
    );
    // Both secrets sign during the 24-hour overlap.
    expect(String(second.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(
      new Webhook(rotated.body.secret).verify(second.body, second.headers as Record<string, string>),
    ).toBeTruthy();
    expect(
      new Webhook(subscription.secret).verify(second.body, second.headers as Record<string, string>),
    ).toBeTruthy();

    const deliveries = await waitFor('both deliveries recorded', async () => {
      const rows = await deliveriesOf(api, key, subscription.id);
      return rows.length === 2 && rows.every((d) => d.status === 'delivered') ? rows : undefined;
    });
    expect(deliveries.map((d) => d.lastResponseCode)).toEqual([200, 200]);
    // A delivered webhook leaves no job behind (the fan-out's safety net is removed with the success).
    const waiting: unknown[] = await api.app
      .get(DataSource)
      .query(`SELECT 1 FROM graphile_worker._private_jobs WHERE key = ANY($1::text[])`, [
        deliveries.map((d: { id: string }) => `webhook-delivery:${d.id}`),
      ]);
    expect(waiting).toHaveLength(0);
    // Another provider's key cannot see the subscription.
    const other = await api.issueKey(Role.Provider, { providerId: (await createProvider(api)).id });
    expect(
      (await api.get(`/v1/webhook-subscriptions/${subscription.id}/deliveries`, { key: other })).status,
    ).toBe(404);
  });

  it('delivers every event of a batch appended in one transaction (one publishing job for them all)', async () => {
    receiver.respond = () => 200;
    const { provider, key, subscription } = await subscriber(['check.recorded']);
    const subjects = [randomUUID(), randomUUID(), randomUUID()];
    await api.app.get(DataSource).transaction((manager) =>
      api.app.get(EventsService).appendAll(
        manager,
        subjects.map((id) => ({
          type: 'check.recorded' as const,
          subject: { id, version: null },
          providerId: provider.id,
          payload: { checkType: 'first_aid' },
        })),
      ),
    );
    const deliveries = await waitFor('three deliveries', async () => {
      const rows = await deliveriesOf(api, key, subscription.id);
      return rows.length === 3 && rows.every((d) => d.status === 'delivered') ? rows : undefined;
    });
    expect(deliveries).toHaveLength(3);
    for (const id of subjects) expect(receiver.received.some((r) => r.body.includes(id))).toBe(true);
  });

  it('delivers no event whose transaction ended before the subscription was created, however late the relay reaches it', async () => {
    receiver.respond = () => 200;
    const provider = await createProvider(api);
    const key = await api.issueKey(Role.Provider, { providerId: provider.id });
    const dataSource = api.app.get(DataSource);
    const eventsOf = () =>
      dataSource.query<{ id: string; type: 'check.recorded'; xid: string }[]>(
        `SELECT id, type, xid::text FROM events WHERE provider_id = $1 AND type = 'check.recorded' ORDER BY xid, position`,
        [provider.id],
      );
    await recordCheck(api, provider.id, 'first_aid');
    const [before] = await eventsOf();
    // Until its transaction is older than every one still running (another test file's may be).
    await waitFor('the first event to be in the past', async () => {
      const [row] = await dataSource.query<{ past: boolean }[]>(
        'SELECT $1::bigint < pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS past',
        [before.xid],
      );
      return row.past || undefined;
    });
    const created = await api.post(
      '/v1/webhook-subscriptions',
      { url: `${url}/hook`, eventTypes: ['check.recorded'] },
      { key },
    );
    expect(created.status).toBe(201);
    await recordCheck(api, provider.id, 'first_aid');
    const [, after] = await eventsOf();
    // A relay reaching both only now, the first included.
    await dataSource.transaction((manager) =>
      api.app.get(WebhooksService).fanOutAll(manager, [before, after]),
    );
    const deliveries = await waitFor('the later event delivered', async () => {
      const rows = await deliveriesOf(api, key, created.body.id);
      return rows.some((d) => d.status === 'delivered') ? rows : undefined;
    });
    expect(deliveries.map((d) => d.eventId)).toEqual([after.id]);
  });

  it('retries after 500s and a time-out with growing waits and the same webhook-id, then succeeds', async () => {
    const { provider, key, subscription } = await subscriber(['check.recorded']);
    receiver.respond = (request, index) => {
      if (!request.body.includes(provider.id)) return 200;
      const mine = receiver.received.filter((r) => r.body.includes(provider.id)).length;
      void index;
      if (mine <= 2) return 500;
      if (mine === 3) return 'hang';
      return 200;
    };
    await recordCheck(api, provider.id, 'first_aid');
    const delivered = await waitFor(
      'delivery after retries',
      async () => {
        const rows = await deliveriesOf(api, key, subscription.id);
        return rows[0]?.status === 'delivered' ? rows[0] : undefined;
      },
      30000,
    );
    expect(delivered.attempts).toBe(4);
    const attempts = receiver.received.filter((r) => r.body.includes(provider.id));
    expect(attempts).toHaveLength(4);
    expect(new Set(attempts.map((r) => r.headers['webhook-id']))).toEqual(new Set([delivered.webhookId]));
    // Backoff with base 200 ms: at least 100, 200 and 400 ms (plus the 400 ms time-out) between attempts.
    const gaps = attempts.slice(1).map((r, i) => r.at - attempts[i].at);
    expect(gaps[0]).toBeGreaterThanOrEqual(100);
    expect(gaps[1]).toBeGreaterThanOrEqual(200);
    expect(gaps[2]).toBeGreaterThanOrEqual(400 + 400);
  });

  it('sends a delivery again on request, with the same webhook-id', async () => {
    receiver.respond = () => 200;
    const { provider, key, subscription } = await subscriber(['check.recorded']);
    await recordCheck(api, provider.id, 'first_aid');
    const [delivery] = await waitFor('a delivery', async () => {
      const rows = await deliveriesOf(api, key, subscription.id);
      return rows[0]?.status === 'delivered' ? rows : undefined;
    });
    const retried = await api.post(
      `/v1/webhook-subscriptions/${subscription.id}/deliveries/${delivery.id}/retry`,
      {},
      { key },
    );
    expect(retried.status).toBe(202);
    await waitFor('the second attempt', () =>
      receiver.received.filter((r) => r.headers['webhook-id'] === delivery.webhookId).length === 2
        ? true
        : undefined,
    );
    const deleted = await api.request('DELETE', `/v1/webhook-subscriptions/${subscription.id}`, { key });
    expect(deleted.status).toBe(204);
    expect((await api.get(`/v1/webhook-subscriptions/${subscription.id}`, { key })).status).toBe(404);
  });
});

describe('Webhooks: outbound requests to private addresses', () => {
  let api: TestApp;
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    // Short windows so that giving up and disabling happen within the test (defaults: 24 hours and 3 days).
    api = await startTestApp({
      ownDatabase: true,
      env: { ...FAST, WEBHOOK_RETRY_FOR_SECONDS: '2', WEBHOOK_DISABLE_AFTER_SECONDS: '1' },
    });
    await receiver.start();
  });
  afterAll(async () => {
    await api.close();
    await receiver.stop();
  });

  it('accepts only https targets and refuses 127.0.0.1 after resolution', async () => {
    const provider = await createProvider(api);
    const key = await api.issueKey(Role.Provider, { providerId: provider.id });
    const plain = await api.post(
      '/v1/webhook-subscriptions',
      { url: `http://127.0.0.1:${receiver.port}/hook`, eventTypes: ['check.recorded'] },
      { key },
    );
    expect(plain.status).toBe(400);
    expect(plain.body.code).toBe('validation_failed');
    const created = await api.post(
      '/v1/webhook-subscriptions',
      { url: `https://127.0.0.1:${receiver.port}/hook`, eventTypes: ['check.recorded'] },
      { key },
    );
    expect(created.status).toBe(201);
    await recordCheck(api, provider.id, 'first_aid');
    const delivery = await waitFor('a refused attempt', async () => {
      const rows = await deliveriesOf(api, key, created.body.id);
      return rows[0]?.attempts ? rows[0] : undefined;
    });
    expect(delivery.status).toBe('pending');
    expect(delivery.lastResponseCode).toBeNull();
    expect(delivery.lastError).toMatch(/127\.0\.0\.1.*not allowed|private/i);
    expect(receiver.received).toHaveLength(0);

    // It keeps failing: the delivery is given up after the retry window, and the subscription is disabled with an
    // event its owner can read.
    const failed = await waitFor('the delivery given up', async () => {
      const rows = await deliveriesOf(api, key, created.body.id);
      return rows[0]?.status === 'failed' ? rows[0] : undefined;
    });
    expect(failed.attempts).toBeGreaterThan(1);
    const subscription = await api.get(`/v1/webhook-subscriptions/${created.body.id}`, { key });
    expect(subscription.body.status).toBe('disabled');
    // The feed shows an event once every transaction older than it has ended (other files' may be open): follow it.
    const shown = await waitFor('the event in the feed', async () => {
      const feed = await api.get('/v1/events?types=webhook_subscription.disabled', { key });
      return feed.body.data.length > 0 ? feed.body.data : undefined;
    });
    expect(shown).toEqual([
      expect.objectContaining({
        type: 'webhook_subscription.disabled',
        subject: { type: 'webhook_subscription', id: created.body.id, version: null },
        providerId: provider.id,
      }),
    ]);
  });
});
