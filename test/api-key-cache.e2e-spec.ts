import { Client } from 'pg';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { KeyCache } from '../src/auth/key-cache';
import { Role } from '../src/auth/role';
import { TestApp, startTestApp } from './support/test-app';
import { waitFor } from './support/webhook-receiver';

// The statements a request sends through TypeORM (where the key's read goes).
async function keyReads(work: () => Promise<unknown>): Promise<number> {
  const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
  try {
    await work();
    return spy.mock.calls.filter((call) => String(call[0]).includes('FROM api_keys')).length;
  } finally {
    spy.mockRestore();
  }
}

describe('keeping authenticated API keys', () => {
  let api: TestApp;
  let other: TestApp;
  let sql: Client;
  beforeAll(async () => {
    api = await startTestApp();
    // A second instance on the same database.
    other = await startTestApp({ databaseUrl: api.databaseUrl });
    sql = new Client({ connectionString: api.databaseUrl });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await other.close();
    await api.close();
  });

  it('reads a kept key no more, and every request of an unknown key', async () => {
    const key = await api.issueKey(Role.Auditor);
    await api.keepKey(key);
    expect(await keyReads(() => api.get('/v1/frameworks', { key }))).toBe(0);
    // Unknown keys are never kept: each costs its read (and counts against the failed-auth limit).
    const unknown = `apx_${'A'.repeat(43)}`;
    for (let i = 0; i < 2; i++)
      expect(
        await keyReads(async () =>
          expect((await api.get('/v1/frameworks', { key: unknown })).status).toBe(401),
        ),
      ).toBe(1);
  });

  it('refuses a kept key at once once revoked through this instance', async () => {
    const issued = await api.post('/v1/api-keys', { role: 'auditor', label: 'kept, then revoked' });
    await api.keepKey(issued.body.key);
    expect((await api.request('DELETE', `/v1/api-keys/${issued.body.id}`)).status).toBe(200);
    const response = await api.get('/v1/frameworks', { key: issued.body.key });
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('unauthenticated');
  });

  it('refuses a kept key on every instance once revoked through another, or by hand in SQL', async () => {
    const first = await api.post('/v1/api-keys', { role: 'auditor', label: 'revoked elsewhere' });
    const second = await api.post('/v1/api-keys', { role: 'auditor', label: 'revoked by hand' });
    for (const app of [api, other]) {
      await app.keepKey(first.body.key);
      await app.keepKey(second.body.key);
    }
    // Revoked through the other instance: this one hears it.
    expect((await other.request('DELETE', `/v1/api-keys/${first.body.id}`)).status).toBe(200);
    await waitFor(
      'the first instance to refuse a key the second revoked',
      async () => (await api.get('/v1/frameworks', { key: first.body.key })).status === 401 || undefined,
      5_000,
    );
    // Revoked in SQL, by neither: both hear it.
    await sql.query('UPDATE api_keys SET revoked_at = now() WHERE id = $1', [second.body.id]);
    for (const app of [api, other])
      await waitFor(
        'each instance to refuse a key revoked in SQL',
        async () => (await app.get('/v1/frameworks', { key: second.body.key })).status === 401 || undefined,
        5_000,
      );
  });
});

describe('KeyCache', () => {
  const caller = { keyId: 'k', role: Role.Auditor, organisationId: null, providerId: null };
  let api: TestApp;
  let sql: Client;
  beforeAll(async () => {
    // A database of its own: the test below cuts every listening connection of its database.
    api = await startTestApp({ ownDatabase: true });
    sql = new Client({ connectionString: api.databaseUrl });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await api.close();
  });

  it('keeps nothing until it listens, nor a read begun before a change was heard', async () => {
    const cache = new KeyCache(api.databaseUrl);
    try {
      const since = cache.since();
      expect(cache.get('a')).toBeUndefined();
      cache.keep('a', caller, since);
      await waitFor('the cache to listen', () => cache.keeping || undefined, 5_000);
      expect(cache.get('a')).toBeUndefined();
      // Begun before listening started: it may have missed a revocation, so it is not kept.
      cache.keep('a', caller, since);
      expect(cache.get('a')).toBeUndefined();
      const read = cache.since();
      cache.forget();
      cache.keep('a', caller, read);
      expect(cache.get('a')).toBeUndefined();
      cache.keep('a', caller, cache.since());
      expect(cache.get('a')).toBe(caller);
    } finally {
      await cache.close();
    }
  });

  it('forgets every key and keeps none while its connection is lost, then listens again', async () => {
    const cache = new KeyCache(api.databaseUrl);
    try {
      cache.get('a');
      await waitFor('the cache to listen', () => cache.keeping || undefined, 5_000);
      cache.keep('a', caller, cache.since());
      expect(cache.get('a')).toBe(caller);
      const { rows } = await sql.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE application_name = 'ap-exchange:api-key-notices'
            AND datname = current_database() AND query = 'LISTEN api_keys_changed'`,
      );
      await sql.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [
        rows.map((r) => r.pid),
      ]);
      await waitFor('the cache to notice its connection is lost', () => !cache.keeping || undefined, 5_000);
      expect(cache.get('a')).toBeUndefined();
      cache.keep('a', caller, cache.since());
      expect(cache.get('a')).toBeUndefined();
      // The next use after a second tries again.
      await waitFor(
        'the cache to listen again',
        () => {
          cache.get('a');
          return cache.keeping || undefined;
        },
        5_000,
      );
      expect(cache.get('a')).toBeUndefined();
    } finally {
      await cache.close();
    }
  });
});
