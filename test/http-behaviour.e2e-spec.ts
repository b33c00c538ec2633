import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createFramework, createLot, createOrganisation } from './support/fixtures';
import { createProvider } from './support/providers';
import { TestApp, startTestApp, unique } from './support/test-app';

describe('HTTP behaviour integrators expect', () => {
  let api: TestApp;
  let provider: { id: string; version: number };
  let framework: { id: string; version: number };
  let lot: { id: string; version: number };

  beforeAll(async () => {
    api = await startTestApp();
    provider = await createProvider(api);
    const org = await createOrganisation(api);
    framework = await createFramework(api, org.id);
    lot = await createLot(api, framework.id);
  });
  afterAll(() => api.close());

  describe('If-Match on PATCH', () => {
    it('answers 428 precondition_required to a PATCH without If-Match, or with `*`, and changes nothing', async () => {
      for (const [path, body] of [
        [`/v1/providers/${provider.id}`, { description: 'Changed without reading' }],
        [`/v1/frameworks/${framework.id}`, { title: 'Changed without reading' }],
        [`/v1/lots/${lot.id}`, { description: 'Changed without reading' }],
      ] as const) {
        for (const headers of [{}, { 'if-match': '*' }] as Record<string, string>[]) {
          const response = await api.patch(path, body, { headers });
          expect({ path, status: response.status, code: response.body.code }).toEqual({
            path,
            status: 428,
            code: 'precondition_required',
          });
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        }
        const after = await api.get(path);
        expect(Object.entries(body).every(([k, v]) => after.body[k] !== v)).toBe(true);
      }
    });

    it('applies a PATCH that names the current version and refuses a stale one with 412', async () => {
      const path = `/v1/providers/${provider.id}`;
      const current = await api.get(path);
      const changed = await api.patch(
        path,
        { description: 'Read, then changed' },
        { headers: { 'if-match': current.headers.etag as string } },
      );
      expect(changed.status).toBe(200);
      const stale = await api.patch(
        path,
        { description: 'Lost update' },
        { headers: { 'if-match': current.headers.etag as string } },
      );
      expect({ status: stale.status, code: stale.body.code }).toEqual({
        status: 412,
        code: 'precondition_failed',
      });
    });

    it('checks If-Match before the body, but after the key and role', async () => {
      const noKey = await api.patch(`/v1/lots/${lot.id}`, { description: 'x' }, { key: null });
      expect(noKey.status).toBe(401);
      const badBody = await api.patch(`/v1/lots/${lot.id}`, { description: 42 });
      expect(badBody.status).toBe(428);
    });

    it('documents If-Match as required, and the 428, on every PATCH in the committed OpenAPI document', () => {
      const doc = JSON.parse(readFileSync(resolve(__dirname, '..', 'openapi', 'openapi.json'), 'utf8')) as {
        paths: Record<
          string,
          Record<string, { parameters?: { name: string; required?: boolean }[]; responses: object }>
        >;
      };
      const patches = Object.entries(doc.paths).flatMap(([path, ops]) =>
        ops.patch ? [[path, ops.patch] as const] : [],
      );
      expect(patches.length).toBeGreaterThanOrEqual(3);
      for (const [path, op] of patches) {
        expect({ path, ifMatch: op.parameters?.find((p) => p.name === 'If-Match')?.required }).toEqual({
          path,
          ifMatch: true,
        });
        expect(Object.keys(op.responses)).toContain('428');
      }
    });
  });

  describe('If-None-Match', () => {
    it('answers 304 with the ETag and no body when the version is unchanged, and 200 once it changes', async () => {
      const path = `/v1/lots/${lot.id}`;
      const first = await api.get(path);
      const tag = first.headers.etag as string;
      expect(tag).toMatch(/^"\d+"$/);
      for (const header of [tag, `W/${tag}`, `"999999", ${tag}`, '*']) {
        const again = await api.get(path, { headers: { 'if-none-match': header } });
        expect({ header, status: again.status, text: again.text, etag: again.headers.etag }).toEqual({
          header,
          status: 304,
          text: '',
          etag: tag,
        });
      }
      expect((await api.get(path, { headers: { 'if-none-match': '"999999"' } })).status).toBe(200);
      await api.patch(path, { description: unique('Newer') }, { headers: { 'if-match': tag } });
      const changed = await api.get(path, { headers: { 'if-none-match': tag } });
      expect(changed.status).toBe(200);
      expect(changed.headers.etag).not.toBe(tag);
    });

    it('never answers 304 to a write', async () => {
      const current = await api.get(`/v1/providers/${provider.id}`);
      const response = await api.patch(
        `/v1/providers/${provider.id}`,
        { description: unique('Write') },
        { headers: { 'if-match': current.headers.etag as string, 'if-none-match': '*' } },
      );
      expect(response.status).toBe(200);
    });
  });

  describe('compression', () => {
    const gzip = { 'accept-encoding': 'gzip' };

    it('compresses a large response when asked, with the same ETag and body as without', async () => {
      for (let i = 0; i < 5; i++) await createProvider(api);
      const plain = await api.request('GET', '/v1/providers?limit=50');
      const packed = await api.app.inject({
        method: 'GET',
        url: '/v1/providers?limit=50',
        headers: { authorization: `Bearer ${api.adminKey}`, ...gzip },
      });
      expect(packed.headers['content-encoding']).toBe('gzip');
      expect(packed.headers.vary).toMatch(/accept-encoding/i);
      expect(JSON.parse(gunzipSync(packed.rawPayload).toString('utf8'))).toEqual(plain.body);

      const one = await api.get(`/v1/providers/${provider.id}`);
      const onePacked = await api.app.inject({
        method: 'GET',
        url: `/v1/providers/${provider.id}`,
        headers: { authorization: `Bearer ${api.adminKey}`, ...gzip },
      });
      expect(onePacked.headers.etag).toBe(one.headers.etag);
      const bytes = onePacked.headers['content-encoding']
        ? gunzipSync(onePacked.rawPayload)
        : onePacked.rawPayload;
      expect(JSON.parse(bytes.toString('utf8'))).toEqual(one.body);
    });

    it('leaves small bodies and problems readable, and compresses a large problem', async () => {
      const small = await api.request('GET', '/health/live', { headers: gzip });
      expect(small.status).toBe(200);
      expect(small.headers['content-encoding']).toBeUndefined();
      const notFound = await api.request('GET', `/v1/providers/${unique('x')}`, { headers: gzip });
      expect(notFound.body.code).toBe('validation_failed');
      const big = await api.app.inject({
        method: 'POST',
        url: '/v1/organisations',
        headers: { authorization: `Bearer ${api.adminKey}`, 'content-type': 'application/json', ...gzip },
        payload: JSON.stringify(
          Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`unknownField${i}`, i])),
        ),
      });
      expect(big.statusCode).toBe(400);
      expect(big.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(big.headers['content-encoding']).toBe('gzip');
      expect(JSON.parse(gunzipSync(big.rawPayload).toString('utf8')).code).toBe('validation_failed');
      const notModified = await api.request('GET', `/v1/lots/${lot.id}`, {
        headers: { ...gzip, 'if-none-match': (await api.get(`/v1/lots/${lot.id}`)).headers.etag as string },
      });
      expect({ status: notModified.status, text: notModified.text }).toEqual({ status: 304, text: '' });
    });
  });

  describe('405', () => {
    it('answers a known path with a method it does not take with 405 and Allow', async () => {
      for (const [method, url, allow] of [
        ['DELETE', '/v1/frameworks', 'GET, HEAD, POST'],
        ['PUT', `/v1/lots/${lot.id}`, 'GET, HEAD, PATCH'],
        ['POST', `/v1/providers/${provider.id}`, 'GET, HEAD, PATCH'],
        ['GET', `/v1/call-offs/${provider.id}/accept`, 'POST'],
      ]) {
        const response = await api.request(method, url);
        expect({
          method,
          url,
          status: response.status,
          allow: response.headers.allow,
          code: response.body?.code,
        }).toEqual({
          method,
          url,
          status: 405,
          allow,
          code: 'method_not_allowed',
        });
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    });

    it('still answers 404 for a path the API does not have', async () => {
      for (const url of ['/v1/nothing-here', '/v2/frameworks', `/v1/frameworks/${framework.id}/nothing`]) {
        const response = await api.request('DELETE', url);
        expect({ url, status: response.status }).toEqual({ url, status: 404 });
      }
    });
  });
});
