import { Role } from '../src/auth/role';
import { DataSource } from 'typeorm';
import { CallOffsService } from '../src/call-offs/call-offs.service';
import { IdempotencyService } from '../src/idempotency/idempotency.service';
import { callOffBody, market, raise } from './support/call-offs';
import { createOrganisation, frameworkBody, lotBody } from './support/fixtures';
import { Response, TestApp, startTestApp, unique } from './support/test-app';

describe('API conventions', () => {
  let api: TestApp;
  let lead: { id: string };
  beforeAll(async () => {
    api = await startTestApp();
    lead = await createOrganisation(api);
  });
  afterAll(() => api.close());

  describe('Idempotency-Key', () => {
    it('never raises a second call-off with one key, even when the idempotency record was lost', async () => {
      const m = await market(api, { count: 1 });
      const key = unique('idem-lost');
      const body = callOffBody(m.lotId);
      const first = await raise(api, m.commissioner, body, key);
      expect(first.status).toBe(201);
      const db = api.app.get(DataSource);
      // As if storing the answer had failed after the call-off committed, and the claim was later given up.
      await db.query('DELETE FROM idempotency_records WHERE key = $1', [key]);
      const again = await raise(api, m.commissioner, body, key);
      expect(again.body.id).toBe(first.body.id);
      const rows: unknown[] = await db.query('SELECT id FROM call_offs WHERE child_ref = $1', [
        body.childRef,
      ]);
      expect(rows).toHaveLength(1);
      await db.query('DELETE FROM idempotency_records WHERE key = $1', [key]);
      const other = await raise(api, m.commissioner, { ...body, childRef: unique('CHILD') }, key);
      expect(other.status).toBe(409);
      expect(other.body.code).toBe('idempotency_key_reused');
    });

    it('answers colleagues racing one key for the last place with the one placement raised, as a GET shows it', async () => {
      const m = await market(api, { count: 1, sessionsCapacity: 10 });
      const body = callOffBody(m.lotId);
      const key = unique('idem-colleagues');
      const keys = [m.commissioner];
      for (let i = 0; i < 5; i++)
        keys.push(await api.issueKey(Role.Commissioner, { organisationId: m.org.id }));
      const answers = await Promise.all(keys.map((k) => raise(api, k, body, key)));
      expect(answers.map((a) => a.status)).toEqual(keys.map(() => 201));
      expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
      const id = answers[0].body.id as string;
      expect((await api.post(`/v1/call-offs/${id}/accept`, {}, { key: m.providers[0].key })).status).toBe(
        200,
      );
      // Sent again by the first key, with an optional field as null, it is the same request: the stored answer.
      const replayed = await raise(api, keys[0], { ...body, providerId: null }, key);
      expect(replayed.headers['idempotent-replayed']).toBe('true');
      expect(replayed.body).toEqual(answers[0].body);
      // From a colleague's key that never sent it, there is no stored answer: the call-off as it is now.
      const newcomer = await api.issueKey(Role.Commissioner, { organisationId: m.org.id });
      const later = await raise(api, newcomer, { ...body, providerId: null }, key);
      const read = await api.get(`/v1/call-offs/${id}`, { key: m.commissioner });
      expect(later.body).toEqual(read.body);
      expect(later.headers.etag).toBe(read.headers.etag);
    });

    it('answers a call-off retried at once after its answer could not be stored', async () => {
      const m = await market(api, { count: 1 });
      const key = unique('idem-call-off-unstored');
      const body = callOffBody(m.lotId);
      const spy = jest
        .spyOn(api.app.get(IdempotencyService), 'complete')
        .mockRejectedValueOnce(new Error('timeout exceeded when trying to connect'));
      const busy = await raise(api, m.commissioner, body, key);
      spy.mockRestore();
      expect(busy.body.code).toBe('service_busy');
      const retried = await raise(api, m.commissioner, body, key);
      expect(retried.status).toBe(201);
      const rows = await api.app
        .get(DataSource)
        .query<unknown[]>('SELECT id FROM call_offs WHERE child_ref = $1', [body.childRef]);
      expect(rows).toHaveLength(1);
    });

    it('keeps the claim when the work is done but its answer cannot be stored', async () => {
      const key = unique('idem-unstored');
      const spy = jest
        .spyOn(api.app.get(IdempotencyService), 'complete')
        .mockRejectedValueOnce(new Error('timeout exceeded when trying to connect'));
      const response = await api.post('/v1/frameworks', frameworkBody(lead.id), {
        headers: { 'idempotency-key': key },
      });
      spy.mockRestore();
      expect(response.body.code).toBe('service_busy');
      const kept = await api.app
        .get(DataSource)
        .query<unknown[]>('SELECT 1 FROM idempotency_records WHERE key = $1', [key]);
      expect(kept).toHaveLength(1);
    });

    it('replays a retry that spells an id in the other case', async () => {
      const framework = (await api.post('/v1/frameworks', frameworkBody(lead.id))).body as { id: string };
      const key = unique('idem-case');
      const lot = lotBody();
      const first = await api.post(`/v1/frameworks/${framework.id}/lots`, lot, {
        headers: { 'idempotency-key': key },
      });
      expect(first.status).toBe(201);
      const retried = await api.post(`/v1/frameworks/${framework.id.toUpperCase()}/lots`, lot, {
        headers: { 'idempotency-key': key },
      });
      expect(retried.headers['idempotent-replayed']).toBe('true');
      expect(retried.body).toEqual(first.body);
    });

    it('frees the key after a refusal, and after an unknown outcome answers the retry with the placement raised', async () => {
      const m = await market(api, { count: 1 });
      const db = api.app.get(DataSource);
      const claimed = async (key: string) =>
        (await db.query<unknown[]>('SELECT 1 FROM idempotency_records WHERE key = $1', [key])).length;
      const refusedKey = unique('idem-refused');
      const refused = await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, { childRef: 'A123456789012' }),
        refusedKey,
      );
      expect(refused.body.code).toBe('child_ref_looks_like_upn');
      expect(await claimed(refusedKey)).toBe(0);

      // The call-off commits, then answering it finds no pool connection in time: the client hears service_busy.
      const busyKey = unique('idem-busy');
      const body = callOffBody(m.lotId);
      const service = api.app.get(CallOffsService);
      const busyPool = () => {
        throw new Error('timeout exceeded when trying to connect');
      };
      // Twice: answering the raise, then answering it from the call-off it just raised.
      const spy = jest
        .spyOn(service, 'view')
        .mockImplementationOnce(busyPool)
        .mockImplementationOnce(busyPool);
      const busy = await raise(api, m.commissioner, body, busyKey);
      spy.mockRestore();
      expect(busy.status).toBe(503);
      expect(busy.body.code).toBe('service_busy');
      expect(busy.headers['retry-after']).toBe('5');
      expect(await claimed(busyKey)).toBe(0);
      const retried = await raise(api, m.commissioner, body, busyKey);
      expect(retried.status).toBe(201);
      // Another API key of the same organisation, with the same key, gets the same placement too.
      const colleague = await api.issueKey(Role.Commissioner, { organisationId: m.org.id });
      expect((await raise(api, colleague, body, busyKey)).body.id).toBe(retried.body.id);
      const rows = await db.query<unknown[]>('SELECT id FROM call_offs WHERE child_ref = $1', [
        body.childRef,
      ]);
      expect(rows).toHaveLength(1);
      // The same key with another placement, after the record is gone, is a reused key.
      await db.query('DELETE FROM idempotency_records WHERE key = $1', [busyKey]);
      const changed = await raise(
        api,
        m.commissioner,
        { ...body, child: { ...body.child, ehcp: true } },
        busyKey,
      );
      expect(changed.body.code).toBe('idempotency_key_reused');
    });

    it('replays the first response for the same key and body', async () => {
      const body = frameworkBody(lead.id);
      const key = unique('idem');
      const first = await api.post('/v1/frameworks', body, { headers: { 'idempotency-key': key } });
      const second = await api.post('/v1/frameworks', body, { headers: { 'idempotency-key': key } });
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect(second.body).toEqual(first.body);
      expect(second.headers['idempotent-replayed']).toBe('true');
      expect(second.headers.etag).toBe(first.headers.etag);
    });

    it('registers an organisation code once under a race, and replays a retried registration', async () => {
      const code = unique('LA');
      const body = { name: 'Racing Council', kind: 'local_authority', code };
      const racing = await Promise.all(Array.from({ length: 6 }, () => api.post('/v1/organisations', body)));
      expect(racing.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
      expect(
        racing.filter((r) => r.status === 409).every((r) => r.body.code === 'duplicate_organisation_code'),
      ).toBe(true);
      const key = unique('idem-org');
      const again = { name: 'Retried Council', kind: 'local_authority' };
      const first = await api.post('/v1/organisations', again, { headers: { 'idempotency-key': key } });
      const retried = await api.post('/v1/organisations', again, { headers: { 'idempotency-key': key } });
      expect(retried.body).toEqual(first.body);
      expect(retried.headers['idempotent-replayed']).toBe('true');
    });

    it('forgets stored answers and unfinished claims after a day, and never a claim still in progress', async () => {
      const body = frameworkBody(lead.id);
      const old = unique('idem-old');
      const recent = unique('idem-recent');
      expect((await api.post('/v1/frameworks', body, { headers: { 'idempotency-key': old } })).status).toBe(
        201,
      );
      expect(
        (await api.post('/v1/frameworks', frameworkBody(lead.id), { headers: { 'idempotency-key': recent } }))
          .status,
      ).toBe(201);
      const db = api.app.get(DataSource);
      await db.query(
        `UPDATE idempotency_records SET completed_at = now() - interval '25 hours', created_at = now() - interval '25 hours' WHERE key = $1`,
        [old],
      );
      // Claims never completed (a crash, an answer that could not be stored): forgotten as old, kept while recent.
      const claim = (key: string, age: string) =>
        db.query(
          `INSERT INTO idempotency_records (api_key_id, key, route, request_hash, created_at)
           SELECT api_key_id, $2, route, request_hash, now() - $3::interval FROM idempotency_records WHERE key = $1`,
          [recent, key, age],
        );
      const stale = unique('idem-stale');
      const open = unique('idem-open');
      await claim(stale, '25 hours');
      await claim(open, '1 minute');
      expect(await api.app.get(IdempotencyService).forgetOld()).toBeGreaterThanOrEqual(2);
      const left = (await db.query('SELECT key FROM idempotency_records WHERE key LIKE $1', ['idem-%'])).map(
        (r: { key: string }) => r.key,
      );
      expect(left).not.toContain(old);
      expect(left).not.toContain(stale);
      expect(left).toContain(recent);
      expect(left).toContain(open);
    });

    it('refuses the same key with another body with 409 idempotency_key_reused', async () => {
      const key = unique('idem');
      await api.post('/v1/frameworks', frameworkBody(lead.id), { headers: { 'idempotency-key': key } });
      const reused = await api.post('/v1/frameworks', frameworkBody(lead.id), {
        headers: { 'idempotency-key': key },
      });
      expect(reused.status).toBe(409);
      expect(reused.body.code).toBe('idempotency_key_reused');
    });

    it('creates one framework from concurrent requests with one key, and answers them all the same', async () => {
      const body = frameworkBody(lead.id);
      const key = unique('idem');
      const responses = await Promise.all(
        Array.from({ length: 8 }, () =>
          api.post('/v1/frameworks', body, { headers: { 'idempotency-key': key } }),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(8).fill(201));
      expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
      const all = await api.get('/v1/frameworks?limit=200');
      const withReference = [];
      let page = all.body;
      for (;;) {
        withReference.push(...page.data.filter((f: { reference: string }) => f.reference === body.reference));
        if (!page.nextCursor) break;
        page = (await api.get(`/v1/frameworks?limit=200&cursor=${page.nextCursor}`)).body;
      }
      expect(withReference).toHaveLength(1);
    });

    it('does not remember a failed request, so a corrected retry with the same key succeeds', async () => {
      const key = unique('idem');
      const bad = await api.post('/v1/frameworks', frameworkBody(lead.id, { endDate: '2040-01-01' }), {
        headers: { 'idempotency-key': key },
      });
      expect(bad.status).toBe(422);
      const good = await api.post('/v1/frameworks', frameworkBody(lead.id), {
        headers: { 'idempotency-key': key },
      });
      expect(good.status).toBe(201);
    });

    it('refuses an unusable key', async () => {
      const response = await api.post('/v1/frameworks', frameworkBody(lead.id), {
        headers: { 'idempotency-key': 'x'.repeat(300) },
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('invalid_idempotency_key');
    });
  });

  describe('cursor pagination', () => {
    it('returns every row exactly once while rows are being inserted', async () => {
      const kind = 'school';
      const before = new Set<string>();
      let cursor: string | null = null;
      // Collect the ids that exist now, then page through while inserting more between pages.
      for (let i = 0; i < 12; i++) await createOrganisation(api, { kind });
      const existing = await api.get('/v1/organisations?kind=school&limit=200');
      let page = existing.body;
      for (;;) {
        page.data.forEach((o: { id: string }) => before.add(o.id));
        if (!page.nextCursor) break;
        page = (await api.get(`/v1/organisations?kind=school&limit=200&cursor=${page.nextCursor}`)).body;
      }
      const seen: string[] = [];
      do {
        const response: Response = await api.get(
          `/v1/organisations?kind=school&limit=5${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(response.status).toBe(200);
        seen.push(...response.body.data.map((o: { id: string }) => o.id));
        cursor = response.body.nextCursor;
        await createOrganisation(api, { kind });
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of before) expect(seen).toContain(id);
    });

    it('caps limit at 200 and refuses a cursor it did not issue', async () => {
      expect((await api.get('/v1/organisations?limit=201')).status).toBe(400);
      const response = await api.get('/v1/organisations?cursor=bm9wZQ');
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('invalid_cursor');
      // Well-formed JSON that PostgreSQL would refuse as a timestamp or a uuid: a 400, never a 500.
      const id = '3f1c2a9e-8b4d-4e2f-9a6b-1c2d3e4f5a6b';
      for (const forged of [
        ['1', id],
        ['2026-02-30T00:00:00.000Z', id],
        ['2026-01-01 junk', id],
        ['2026-01-01T00:00:00.000Z', '-'.repeat(36)],
        ['2026-01-01T00:00:00.000Z', 'f'.repeat(36)],
        // Dates JavaScript writes but PostgreSQL refuses: year 0, expanded years, years BC.
        ['0000-01-01T00:00:00.000Z', id],
        ['+010000-01-01T00:00:00.000Z', id],
        ['-000001-01-01T00:00:00.000Z', id],
        ['+275760-09-13T00:00:00.000Z', id],
        ['2026-01-01T00:00:00Z', id],
        ['2026-01-01T00:00:00.000+00:00', id],
      ]) {
        const cursor = Buffer.from(JSON.stringify(forged)).toString('base64url');
        for (const path of ['/v1/organisations', '/v1/providers', '/v1/call-offs', '/v1/frameworks']) {
          const forgedResponse = await api.get(`${path}?cursor=${cursor}`);
          expect({ path, forged, status: forgedResponse.status, code: forgedResponse.body.code }).toEqual({
            path,
            forged,
            status: 400,
            code: 'invalid_cursor',
          });
        }
      }
    });
  });

  describe('ids', () => {
    it('reads a UUID written in upper case as the same id, in bodies and queries', async () => {
      const m = await market(api, { count: 2 });
      const [top, second] = m.providers.map((p) => p.id);
      const upper = (id: string) => id.toUpperCase();

      const directory = await api.get(`/v1/directory?lotId=${upper(m.lotId)}`, { key: null });
      expect(directory.status).toBe(200);
      const listed = (directory.body.data as { providerId: string }[]).map((p) => p.providerId);
      expect(listed).toEqual(expect.arrayContaining([top, second]));

      const quote = await api.post(
        '/v1/quotes',
        {
          lotId: upper(m.lotId),
          providerId: upper(top),
          sessionsPerWeek: 10,
          startDate: '2026-11-09',
          endDate: '2027-03-31',
          commissionerOrganisationId: upper(m.org.id),
        },
        { key: m.commissioner },
      );
      expect(quote.status).toBe(200);

      // Naming the top-ranked provider in upper case is naming the top-ranked provider: no justification needed.
      const raised = await raise(
        api,
        m.commissioner,
        callOffBody(upper(m.lotId), { providerId: upper(top) }),
      );
      expect(raised.status).toBe(201);
      expect(raised.body.providerId).toBe(top);
      expect(raised.body.lotId).toBe(m.lotId);

      const mine = await api.get(`/v1/call-offs?lotId=${upper(m.lotId)}&providerId=${upper(top)}`, {
        key: m.commissioner,
      });
      expect(mine.body.data.map((c: { id: string }) => c.id)).toEqual([raised.body.id]);
    });
  });

  describe('health', () => {
    it('is live and ready with every migration applied', async () => {
      expect((await api.get('/health/live', { key: null })).body).toEqual({ status: 'ok' });
      expect((await api.get('/health/ready', { key: null })).status).toBe(200);
    });
  });

  describe('OpenAPI', () => {
    it('serves the document with handler names as operation ids and problems on errors', async () => {
      const response = await api.get('/openapi.json', { key: null });
      expect(response.status).toBe(200);
      const create = response.body.paths['/v1/frameworks'].post;
      expect(create.operationId).toBe('createFramework');
      expect(create.responses['422'].content['application/problem+json'].schema.$ref).toBe(
        '#/components/schemas/Problem',
      );
      // Integrators learn from the document that a 503 did nothing and may be sent again.
      expect(create.responses['503'].description).toContain('Retry-After');
      expect(response.body.components.securitySchemes.bearer).toBeDefined();
    });

    it('serves Swagger UI at /docs', async () => {
      const response = await api.get('/docs', { key: null });
      expect(response.status).toBe(200);
      expect(response.text).toContain('swagger');
    });
  });
});
