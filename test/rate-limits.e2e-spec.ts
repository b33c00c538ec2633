import { randomInt } from 'node:crypto';
import { TestApp, startTestApp } from './support/test-app';

// Buckets live in the shared test database and are keyed by client address, so each test speaks from an address
// of its own; other test files (limits off) and errors.e2e-spec.ts (127.0.0.1) never touch these.
const someAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

async function call(
  api: TestApp,
  url: string,
  from: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: Record<string, unknown> }> {
  const response = await api.app.inject({ method: 'GET', url, remoteAddress: from, headers });
  return { status: response.statusCode, headers: response.headers, body: response.json() };
}

describe('rate limits', () => {
  let api: TestApp;
  let other: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
    other = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
  });
  afterAll(async () => {
    await api.close();
    await other.close();
  });

  it('never limits health probes, while public traffic from the same address is refused', async () => {
    const from = someAddress();
    for (let i = 0; i < 3; i++) expect((await call(api, '/v1/directory', from)).status).toBe(200);
    const refused = await call(api, '/v1/directory', from);
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('rate_limited');
    for (let i = 0; i < 10; i++) {
      for (const probe of ['/health/live', '/health/ready']) {
        const response = await call(api, probe, from);
        expect(response.status).toBe(200);
        expect(response.headers.ratelimit).toBeUndefined();
      }
    }
  });

  it('sends the RateLimit and RateLimit-Policy headers, and Retry-After with a 429', async () => {
    const from = someAddress();
    const first = await call(api, '/v1/directory', from);
    expect(first.headers['ratelimit-policy']).toBe('"public";q=3;w=60');
    expect(first.headers.ratelimit).toMatch(/^"public";r=2;t=([1-9]|[1-5]\d|60)$/);
    await call(api, '/v1/directory', from);
    expect((await call(api, '/v1/directory', from)).headers.ratelimit).toMatch(/^"public";r=0;t=\d+$/);
    const refused = await call(api, '/v1/directory', from);
    expect(refused.status).toBe(429);
    expect(refused.headers.ratelimit).toMatch(/^"public";r=0;t=\d+$/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);

    const keyed = await api.get('/v1/frameworks');
    expect(keyed.headers['ratelimit-policy']).toBe('"per-key";q=3;w=60');
    expect(keyed.headers.ratelimit).toMatch(/^"per-key";r=2;t=\d+$/);
  });

  it('counts failed keys in their own bucket, not the public one', async () => {
    const from = someAddress();
    for (let i = 0; i < 4; i++) await call(api, '/v1/directory', from);
    expect((await call(api, '/v1/directory', from)).status).toBe(429);
    const wrongKey = { authorization: `Bearer apx_${'Z'.repeat(43)}` };
    for (let i = 0; i < 3; i++) {
      const guess = await call(api, '/v1/frameworks', from, wrongKey);
      expect(guess.status).toBe(401);
      expect(guess.headers['ratelimit-policy']).toBe('"failed-auth";q=3;w=60');
    }
    expect((await call(api, '/v1/frameworks', from, wrongKey)).status).toBe(429);
    // A client whose public allowance is spent, and whose guesses are refused, still reaches the API with its key.
    const keyed = await api.app.inject({
      method: 'GET',
      url: '/v1/frameworks',
      remoteAddress: from,
      headers: { authorization: `Bearer ${api.adminKey}` },
    });
    expect(keyed.statusCode).toBe(200);
  });

  it('holds one bucket across two instances on one database', async () => {
    const from = someAddress();
    expect((await call(api, '/v1/directory', from)).status).toBe(200);
    expect((await call(other, '/v1/directory', from)).status).toBe(200);
    expect((await call(api, '/v1/directory', from)).status).toBe(200);
    expect((await call(other, '/v1/directory', from)).status).toBe(429);
    expect((await call(api, '/v1/directory', from)).status).toBe(429);
  });

  it('reads the client address from X-Forwarded-For only behind a trusted proxy', async () => {
    const proxied = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: '1' } });
    try {
      const proxy = someAddress();
      const [alice, bob] = [someAddress(), someAddress()];
      for (let i = 0; i < 3; i++)
        expect((await call(proxied, '/v1/directory', proxy, { 'x-forwarded-for': alice })).status).toBe(200);
      expect((await call(proxied, '/v1/directory', proxy, { 'x-forwarded-for': alice })).status).toBe(429);
      expect((await call(proxied, '/v1/directory', proxy, { 'x-forwarded-for': bob })).status).toBe(200);
      // Without a trusted proxy the header is the client's own say-so: everyone behind one address shares a bucket.
      const direct = someAddress();
      for (let i = 0; i < 3; i++)
        await call(api, '/v1/directory', direct, { 'x-forwarded-for': someAddress() });
      expect((await call(api, '/v1/directory', direct, { 'x-forwarded-for': someAddress() })).status).toBe(
        429,
      );
    } finally {
      await proxied.close();
    }
  });
});
