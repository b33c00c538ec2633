import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../src/app.setup';
import { ApiKeysService, generateKey } from '../src/auth/api-keys.service';
import { createLogger } from '../src/common/logging';
import { loadConfig } from '../src/config/config';
import { TcpProxy } from './support/tcp-proxy';

// A real outage as the app sees it: its only way to the database is cut (refused connections, sessions dropped
// mid-flight) and restored, while the app keeps running.
describe('database outage', () => {
  let proxy: TcpProxy;
  let app: NestFastifyApplication;
  const logLines: string[] = [];
  const adminKey = generateKey();
  const get = async (url: string) => {
    const response = await app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${adminKey}` },
    });
    return {
      status: response.statusCode,
      headers: response.headers,
      body: response.json<Record<string, unknown>>(),
    };
  };
  const logged = (text: string) => logLines.filter((line) => line.includes(text));

  beforeAll(async () => {
    const shared = new URL(process.env.APX_TEST_DATABASE_URL!);
    proxy = await TcpProxy.start({ host: shared.hostname, port: Number(shared.port || 5432) });
    const config = loadConfig({ RATE_LIMIT_PER_MINUTE: '0', WORKER_ENABLED: 'false', DB_POOL_SIZE: '5' });
    app = await createApp(config, proxy.url(shared.toString()), {
      logger: createLogger('info', { write: (line: string) => logLines.push(line.trimEnd()) }),
    });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    await app.get(ApiKeysService).ensureAdminKey(adminKey, 'outage test admin');
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await proxy?.cut();
  });

  it('answers 503 database_unavailable with Retry-After while it is down, logs it once, and recovers by itself', async () => {
    expect((await get('/v1/frameworks')).status).toBe(200);
    await proxy.cut();

    for (let i = 0; i < 20; i++) {
      const response = await get(i % 2 ? '/v1/frameworks' : '/v1/organisations');
      expect(response.status).toBe(503);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.headers['retry-after']).toBe('5');
      expect(response.body).toMatchObject({ status: 503, code: 'database_unavailable' });
      expect(JSON.stringify(response.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
    }
    const written = await app.inject({
      method: 'POST',
      url: '/v1/organisations',
      headers: { authorization: `Bearer ${adminKey}`, 'idempotency-key': 'outage-1' },
      payload: { name: 'Outage Council', kind: 'local_authority' },
    });
    expect(written.statusCode).toBe(503);
    expect(written.json()).toMatchObject({ code: 'database_unavailable' });
    expect((await get('/health/ready')).status).toBe(503);
    expect((await get('/health/live')).status).toBe(200);

    expect(logged('database unavailable')).toHaveLength(1);
    expect(logLines.filter((line) => /"level":"(error|fatal)"|"stack"/.test(line))).toEqual([]);

    await proxy.restore();
    expect((await get('/v1/frameworks')).status).toBe(200);
    expect((await get('/health/ready')).status).toBe(200);
    expect(logged('database available again')).toHaveLength(1);
    expect(logged('database unavailable')).toHaveLength(1);
  }, 120_000);
});
