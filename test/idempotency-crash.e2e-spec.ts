import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ApiKeysService } from '../src/auth/api-keys.service';
import { requestHash } from '../src/idempotency/idempotency.service';
import { TestApp, startTestApp, unique } from './support/test-app';

// A claim on an Idempotency-Key is held by its request's process (a session-level advisory lock on that instance's
// own connection). These tests play the holder with a connection of their own: terminating its backend is what a
// kill -9 of the holding process does to its session.
describe('idempotency claims die with their holder', () => {
  let api: TestApp;
  let adminKeyId: string;
  const route = 'POST /v1/organisations {}';
  const body = () => ({ name: unique('Claimed Council'), kind: 'local_authority' });
  const post = (key: string, payload: unknown) =>
    api.post('/v1/organisations', payload, { headers: { 'idempotency-key': key } });

  // What a request in flight leaves behind: its row without an answer, and its lock held by its session.
  async function holdClaim(key: string, payload: unknown): Promise<Client> {
    const holder = new Client({ connectionString: process.env.APX_TEST_DATABASE_URL });
    await holder.connect();
    const locked = await holder.query<{ locked: boolean }>(
      "SELECT pg_try_advisory_lock(hashtext('ap-exchange:idempotency'), hashtext($1)) AS locked",
      [`${adminKeyId}\n${key}`],
    );
    expect(locked.rows[0].locked).toBe(true);
    await holder.query(
      'INSERT INTO idempotency_records (api_key_id, key, route, request_hash) VALUES ($1, $2, $3, $4)',
      [adminKeyId, key, route, requestHash(route, payload)],
    );
    return holder;
  }

  beforeAll(async () => {
    api = await startTestApp();
    adminKeyId = (await api.app.get(ApiKeysService).authenticate(api.adminKey))!.keyId;
  });
  afterAll(() => api.close());

  it('lets a retry proceed at once when the holder’s session is gone, and creates one record', async () => {
    const key = unique('idem-crashed');
    const payload = body();
    const holder = await holdClaim(key, payload);
    const pid = (await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    holder.on('error', () => undefined);
    await api.app.get(DataSource).query('SELECT pg_terminate_backend($1)', [pid]);

    const retried = await post(key, payload);
    expect(retried.status).toBe(201);
    const again = await post(key, payload);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(retried.body);
    const rows = await api.app
      .get(DataSource)
      .query<unknown[]>('SELECT 1 FROM organisations WHERE name = $1', [payload.name]);
    expect(rows).toHaveLength(1);
  });

  it('makes a retry wait for a live holder and replay its answer, or give up with 409 while it runs on', async () => {
    const finishing = unique('idem-live');
    const finishingBody = body();
    const finisher = await holdClaim(finishing, finishingBody);
    const stuck = unique('idem-stuck');
    const stuckBody = body();
    const runner = await holdClaim(stuck, stuckBody);
    try {
      let answered = false;
      const waiting = post(finishing, finishingBody).then((response) => {
        answered = true;
        return response;
      });
      const givingUp = post(stuck, stuckBody);
      await new Promise((done) => setTimeout(done, 1000));
      expect(answered).toBe(false);

      // The holder stores its answer and lets go, as a request that completes does.
      const answer = { id: 'from-the-first-request' };
      await finisher.query(
        `UPDATE idempotency_records SET response_status = 201, response_body = $3, response_headers = '{}',
           completed_at = now() WHERE api_key_id = $1 AND key = $2`,
        [adminKeyId, finishing, JSON.stringify(answer)],
      );
      await finisher.query('SELECT pg_advisory_unlock_all()');
      const replayed = await waiting;
      expect(replayed.status).toBe(201);
      expect(replayed.headers['idempotent-replayed']).toBe('true');
      expect(replayed.body).toEqual(answer);

      const refused = await givingUp;
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('idempotency_request_in_progress');
    } finally {
      await finisher.end();
      await runner.end();
    }
  }, 90_000);
});
