import { createFramework, createOrganisation, frameworkBody } from './support/fixtures';
import { providerBody } from './support/providers';
import { TestApp, startTestApp, unique } from './support/test-app';
import { Role } from '../src/auth/role';

function expectProblem(
  response: { status: number; headers: Record<string, unknown>; body: any },
  status: number,
  code: string,
) {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, code, type: `urn:ap-exchange:problem:${code}` });
  expect(typeof response.body.title).toBe('string');
  expect(typeof response.body.detail).toBe('string');
  expect(typeof response.body.requestId).toBe('string');
}

describe('every error is an RFC 9457 problem', () => {
  let api: TestApp;
  let lead: { id: string };
  beforeAll(async () => {
    api = await startTestApp();
    lead = await createOrganisation(api);
  });
  afterAll(() => api.close());

  it('400 validation_failed names each invalid field with its path and refuses unknown fields', async () => {
    const response = await api.post('/v1/frameworks', {
      ...frameworkBody(lead.id),
      startDate: '2027-02-30',
      colour: 'blue',
      estimatedValuePence: 1.5,
    });
    expectProblem(response, 400, 'validation_failed');
    const fields = response.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['startDate', 'colour', 'estimatedValuePence']));
  });

  it('400 validation_failed gives nested field paths', async () => {
    const framework = await createFramework(api, lead.id);
    const response = await api.post(`/v1/frameworks/${framework.id}/lots`, {
      number: 1,
      title: 't',
      description: 'd',
      pathway: 'full_time',
      awardMethods: ['direct'],
      directAwardWeights: { price: 'x', distance: 20, quality: 40 },
      pricingUnits: ['day'],
      outcomeAtRiskPercent: '10',
    });
    expectProblem(response, 400, 'validation_failed');
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain('directAwardWeights.price');
  });

  it('400 validation_failed for a bad query parameter', async () => {
    expectProblem(await api.get('/v1/frameworks?limit=500'), 400, 'validation_failed');
    expectProblem(await api.get('/v1/frameworks?status=sleeping'), 400, 'validation_failed');
    expectProblem(await api.get('/v1/frameworks?unknown=1'), 400, 'validation_failed');
  });

  it('400 validation_failed for a path id that is not a UUID', async () => {
    expectProblem(await api.get('/v1/frameworks/not-a-uuid'), 400, 'validation_failed');
  });

  it('400 malformed_json for a body that is not JSON', async () => {
    const response = await api.request('POST', '/v1/frameworks', {
      rawBody: '{"reference": ',
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(response, 400, 'malformed_json');
  });

  it('400 validation_failed naming the field for a NUL character anywhere in a JSON body, on every route', async () => {
    // PostgreSQL cannot store U+0000 in text, so it is refused where the body is parsed, before any handler runs.
    const someId = '3f1c2a9e-8b4d-4e2f-9a6b-1c2d3e4f5a6b';
    const cases: [string, unknown, string][] = [
      ['/v1/providers', providerBody({ name: 'A\u0000B' }), 'name'],
      ['/v1/providers', providerBody({ description: 'tail\u0000' }), 'description'],
      ['/v1/organisations', { name: '\u0000Council', kind: 'local_authority' }, 'name'],
      ['/v1/api-keys', { role: 'admin', label: 'ops\u0000key' }, 'label'],
      [
        `/v1/providers/${someId}/rate-cards`,
        {
          lotId: someId,
          effectiveFrom: '2026-09-01',
          lines: [{ unit: 'day', pricePence: 1, description: 'x\u0000' }],
        },
        'lines.0.description',
      ],
      ['/v1/frameworks', { ...frameworkBody(lead.id), ['col\u0000our']: 'blue' }, 'col\\u0000our'],
    ];
    for (const [path, body, field] of cases) {
      const response = await api.post(path, body, { headers: { 'idempotency-key': unique('nul') } });
      expectProblem(response, 400, 'validation_failed');
      expect({ path, fields: response.body.errors.map((e: { field: string }) => e.field) }).toEqual({
        path,
        fields: [field],
      });
    }
    const two = await api.post('/v1/providers', providerBody({ name: 'A\u0000', description: '\u0000' }));
    expect(two.body.errors.map((e: { field: string }) => e.field)).toEqual(['name', 'description']);
    // The same check passes what it should: an escaped backslash followed by "u0000" is ordinary text.
    expect(
      (await api.post('/v1/organisations', { name: unique('C:\\u0000'), kind: 'local_authority' })).status,
    ).toBe(201);
    // A NUL in a query string or path never reaches PostgreSQL as text: a 400 where it is checked, and the
    // directory's search, which filters in memory, simply finds nothing.
    for (const url of [
      '/v1/providers?cursor=%00',
      '/v1/frameworks?status=%00',
      `/v1/frameworks/${someId}%00`,
    ])
      expect({ url, status: (await api.get(url)).status }).toEqual({ url, status: 400 });
    const search = await api.get('/v1/directory?q=%00');
    expect({ status: search.status, data: search.body.data }).toEqual({ status: 200, data: [] });
  });

  it('400 malformed_json for a body nested too deeply, before validation or idempotency hashing', async () => {
    const deep = (levels: number) => `{"name":${'['.repeat(levels)}${']'.repeat(levels)}}`;
    const commissioner = await api.issueKey(Role.Commissioner, { organisationId: lead.id });
    for (const [path, key] of [
      ['/v1/providers', api.adminKey],
      ['/v1/organisations', api.adminKey],
      ['/v1/api-keys', api.adminKey],
      ['/v1/call-offs', commissioner],
    ]) {
      for (const levels of [32, 10_000]) {
        const response = await api.request('POST', path, {
          key,
          rawBody: deep(levels),
          headers: { 'content-type': 'application/json', 'idempotency-key': unique('deep') },
        });
        expectProblem(response, 400, 'malformed_json');
        expect(response.body.detail).toMatch(/32 levels/);
      }
      // Exactly as deep as allowed is read, and then refused by validation like any other wrong type.
      const allowed = await api.request('POST', path, {
        key,
        rawBody: deep(31),
        headers: { 'content-type': 'application/json', 'idempotency-key': unique('deep') },
      });
      expectProblem(allowed, 400, 'validation_failed');
    }
  });

  it('415 unsupported_media_type for a body that is not JSON by content type', async () => {
    const response = await api.request('POST', '/v1/frameworks', {
      rawBody: '<framework/>',
      headers: { 'content-type': 'application/xml' },
    });
    expectProblem(response, 415, 'unsupported_media_type');
  });

  it('413 payload_too_large for a body over 1 MB', async () => {
    const response = await api.post('/v1/frameworks', {
      ...frameworkBody(lead.id),
      description: 'x'.repeat(1_100_000),
    });
    expectProblem(response, 413, 'payload_too_large');
  });

  it('400 bad_request as a problem, with the request id and nosniff, for a path that is not valid percent-encoding', async () => {
    const response = await api.get('/v1/frameworks/%E0%A4%A', { headers: { 'x-request-id': 'bad-url-1' } });
    expectProblem(response, 400, 'bad_request');
    expect(response.body.requestId).toBe('bad-url-1');
    expect(response.headers['x-request-id']).toBe('bad-url-1');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('404 not_found for an unknown route', async () => {
    expectProblem(await api.get('/v1/nowhere'), 404, 'not_found');
    expectProblem(await api.get('/v1/nowhere', { key: null }), 404, 'not_found');
  });

  it('401 unauthenticated without a key, with a malformed header and with an unknown key', async () => {
    const none = await api.get('/v1/frameworks', { key: null });
    expectProblem(none, 401, 'unauthenticated');
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expectProblem(
      await api.get('/v1/frameworks', { key: null, headers: { authorization: 'Basic abc' } }),
      401,
      'unauthenticated',
    );
    expectProblem(await api.get('/v1/frameworks', { key: 'apx_not-a-real-key' }), 401, 'unauthenticated');
  });

  it('403 forbidden for a role that may not do this', async () => {
    const commissioner = await api.issueKey(Role.Commissioner, { organisationId: lead.id });
    expectProblem(
      await api.post('/v1/frameworks', frameworkBody(lead.id), { key: commissioner }),
      403,
      'forbidden',
    );
  });

  it('409 for a conflict with current state (duplicate reference)', async () => {
    const framework = await createFramework(api, lead.id);
    expectProblem(
      await api.post('/v1/frameworks', frameworkBody(lead.id, { reference: framework.reference })),
      409,
      'duplicate_framework_reference',
    );
  });

  it('412 precondition_failed for a stale If-Match', async () => {
    const framework = await createFramework(api, lead.id);
    const response = await api.patch(
      `/v1/frameworks/${framework.id}`,
      { title: 'New' },
      { headers: { 'if-match': '"99"' } },
    );
    expectProblem(response, 412, 'precondition_failed');
  });

  it('422 for a domain rule (term too long)', async () => {
    const response = await api.post('/v1/frameworks', frameworkBody(lead.id, { endDate: '2031-04-01' }));
    expectProblem(response, 422, 'framework_term_too_long');
  });

  it('429 rate_limited once a key passes its limit, with Retry-After', async () => {
    const limited = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      for (let i = 0; i < 3; i++) expect((await limited.get('/v1/frameworks')).status).toBe(200);
      const response = await limited.get('/v1/frameworks');
      expectProblem(response, 429, 'rate_limited');
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });

  it('rate-limits failed keys by client address, so guessing costs the same as any traffic', async () => {
    const limited = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const guesses = ['apx_' + 'A'.repeat(43), 'not-a-key', 'apx_' + 'B'.repeat(43)];
      for (const key of guesses)
        expectProblem(await limited.get('/v1/frameworks', { key }), 401, 'unauthenticated');
      expectProblem(
        await limited.get('/v1/frameworks', { key: 'apx_' + 'C'.repeat(43) }),
        429,
        'rate_limited',
      );
    } finally {
      await limited.close();
    }
  });

  it('echoes a sane X-Request-Id, replaces an unsafe one, and puts it in the problem and the log', async () => {
    const given = await api.get('/v1/nowhere', { headers: { 'x-request-id': 'abc-123' } });
    expect(given.headers['x-request-id']).toBe('abc-123');
    expect(given.body.requestId).toBe('abc-123');
    expect(api.logLines.some((line) => JSON.parse(line).requestId === 'abc-123')).toBe(true);
    const unsafe = await api.get('/v1/nowhere', { headers: { 'x-request-id': 'bad id\twith spaces' } });
    expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never writes an API key into the log', async () => {
    await api.get('/v1/frameworks');
    expect(api.logLines.join('\n')).not.toContain(api.adminKey);
  });

  it('sends security headers, the same on an answer, a problem and a page', async () => {
    const security = {
      'content-security-policy':
        "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';" +
        "frame-ancestors 'self';img-src 'self' data:;object-src 'none';script-src 'self' 'unsafe-inline';" +
        "script-src-attr 'none';style-src 'self' 'unsafe-inline'",
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'origin-agent-cluster': '?1',
      'referrer-policy': 'no-referrer',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen',
      'x-frame-options': 'SAMEORIGIN',
      'x-permitted-cross-domain-policies': 'none',
      'x-xss-protection': '0',
    };
    for (const path of ['/health/live', '/v1/no-such-route', '/docs']) {
      const response = await api.get(path, { key: null });
      expect({ path, headers: response.headers }).toEqual({
        path,
        headers: expect.objectContaining(security),
      });
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    }
  });
});
