import createClient, { Client } from 'openapi-fetch';
import type { paths } from '../openapi/schema';
import { DemoKeys, seedDemo } from '../src/demo/seed-demo';
import { TestApp, startTestApp } from './support/test-app';

// What an integrator does: generate types from the committed openapi/openapi.json (openapi/schema.d.ts, kept in
// step by npm run openapi:check) and drive the API through openapi-fetch. Every call below is type-checked by
// npm run typecheck against those types, so a change to the contract that breaks a client breaks the build.
// Requests go through the app in-process (no port), as the other e2e specs do.

// A day inside the demo window (see test/openapi-conformance.e2e-spec.ts): the demo data is seeded around it.
const TODAY = '2026-11-24';

function clientFor(api: TestApp, key: string): Client<paths> {
  return createClient<paths>({
    baseUrl: 'http://ap-exchange.test',
    headers: { authorization: `Bearer ${key}` },
    fetch: async (request: Request) => {
      const url = new URL(request.url);
      const body = request.body ? await request.text() : undefined;
      const response = await api.app.inject({
        method: request.method as 'GET',
        url: url.pathname + url.search,
        headers: Object.fromEntries(request.headers.entries()),
        payload: body,
      });
      const headers = new Headers();
      for (const [name, value] of Object.entries(response.headers))
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
      return new Response(response.statusCode === 204 ? null : response.body, {
        status: response.statusCode,
        headers,
      });
    },
  });
}

function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`expected ${what}`);
  return value;
}

describe('a client generated from openapi/openapi.json', () => {
  let api: TestApp;
  let keys: DemoKeys;

  beforeAll(async () => {
    api = await startTestApp({ ownDatabase: true });
    api.clock.setToday(TODAY);
    keys = await seedDemo(api.app);
  }, 300_000);
  afterAll(() => api.close());

  it('places a child from framework to variation: list, match, raise, accept, vary, read back', async () => {
    const commissioner = clientFor(api, keys.buryCommissioner);

    const frameworks = await commissioner.GET('/v1/frameworks', { params: { query: { limit: 200 } } });
    expect(frameworks.response.status).toBe(200);
    const framework = must(
      frameworks.data?.data.find((f) => f.reference === 'BURY-AP-2021'),
      'the BURY-AP-2021 framework',
    );
    expect(framework.status).toBe('active');

    const lots = await commissioner.GET('/v1/frameworks/{id}/lots', {
      params: { path: { id: framework.id } },
    });
    const lot = must(
      lots.data?.data.find((l) => l.number === 2),
      'lot 2',
    );

    const placement = { startDate: '2026-12-01', endDate: '2027-03-25', sessionsPerWeek: 4 };
    const matches = await commissioner.GET('/v1/lots/{lotId}/matches', {
      params: { path: { lotId: lot.id }, query: placement },
    });
    expect(matches.response.status).toBe(200);
    const top = must(matches.data?.matches[0], 'a match');
    expect(top.rank).toBe(1);

    const raise = () =>
      commissioner.POST('/v1/call-offs', {
        params: { header: { 'Idempotency-Key': 'typed-client-1' } },
        body: {
          lotId: lot.id,
          childRef: 'TYPED-CLIENT-0001',
          child: { yearGroup: 10, ehcp: false, lookedAfter: false },
          statutoryBasis: 's19_illness',
          primaryReason: 'Medical needs',
          ...placement,
          plan: {
            objectives: ['Maths and English'],
            reviewFrequencyWeeks: 6,
            nextStep: 'reintegration',
            reintegrationCriteria: '90% attendance for six weeks',
          },
        },
      });
    const raised = await raise();
    expect(raised.response.status).toBe(201);
    const offered = must(raised.data, 'the call-off');
    expect(offered).toMatchObject({ status: 'offered', providerId: top.providerId, lotId: lot.id });
    expect(raised.response.headers.get('location')).toBe(`/v1/call-offs/${offered.id}`);

    // The same key and body again is the same call-off, not a second one.
    const replayed = await raise();
    expect(replayed.response.status).toBe(201);
    expect(replayed.data?.id).toBe(offered.id);
    expect(replayed.response.headers.get('idempotent-replayed')).toBe('true');

    const provider = clientFor(api, must(keys.providers[top.name], `the key of ${top.name}`));
    const accepted = await provider.POST('/v1/call-offs/{id}/accept', {
      params: { path: { id: offered.id }, header: { 'If-Match': `"${offered.version}"` } },
      body: { note: 'We can start then' },
    });
    expect(accepted.response.status).toBe(200);
    const acceptedCallOff = must(accepted.data, 'the accepted call-off');
    expect(acceptedCallOff.status).toBe('accepted');

    const varied = await commissioner.POST('/v1/call-offs/{id}/variations', {
      params: {
        path: { id: offered.id },
        header: { 'If-Match': must(accepted.response.headers.get('etag'), 'an ETag') },
      },
      body: { kind: 'extend', newEndDate: '2027-03-31' },
    });
    expect(varied.response.status).toBe(200);
    expect(varied.data?.endDate).toBe('2027-03-31');

    const read = await commissioner.GET('/v1/call-offs/{id}', { params: { path: { id: offered.id } } });
    expect(read.response.status).toBe(200);
    const callOff = must(read.data, 'the call-off read back');
    expect(callOff).toMatchObject({
      status: 'accepted',
      endDate: '2027-03-31',
      version: varied.data?.version,
    });
    expect(callOff.variations).toHaveLength(1);
    expect(callOff.plan.objectives).toEqual(['Maths and English']);
    expect(read.response.headers.get('etag')).toBe(`"${callOff.version}"`);
  });

  it('reads a refusal as the documented problem', async () => {
    const provider = clientFor(api, keys.provider);
    const refused = await provider.GET('/v1/lots/{lotId}/matches', {
      params: {
        path: { lotId: '00000000-0000-4000-8000-000000000000' },
        query: { startDate: '2026-12-01', endDate: '2027-03-25', sessionsPerWeek: 4 },
      },
    });
    expect(refused.response.status).toBe(403);
    expect(refused.error).toMatchObject({ status: 403, code: 'forbidden' });
    expect(refused.response.headers.get('x-request-id')).toBe(refused.error?.requestId);
  });
});
