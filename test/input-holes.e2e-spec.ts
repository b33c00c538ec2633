import { callOffBody, Market, market, raise } from './support/call-offs';
import { createProvider, providerBody } from './support/providers';
import { createFramework, createLot, createOrganisation } from './support/fixtures';
import { Response, TestApp, startTestApp, unique } from './support/test-app';

// Each hole here was found by a schema-guided fuzzer: every one used to answer 201, 200 or 500.
describe('malformed input is refused at the edge with the field named', () => {
  let api: TestApp;
  let m: Market;

  beforeAll(async () => {
    api = await startTestApp();
    api.clock.setToday('2026-11-02');
    m = await market(api, { count: 2 });
  });
  afterAll(() => api.close());

  const fields = (response: Response) => (response.body?.errors ?? []).map((e: { field: string }) => e.field);
  const expect400 = (response: Response, field: string) => {
    expect({ status: response.status, code: response.body?.code, fields: fields(response) }).toEqual({
      status: 400,
      code: 'validation_failed',
      fields: [field],
    });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  };

  it('refuses an array or a scalar where a call-off declares an object (plan, location, child)', async () => {
    const plan = callOffBody(m.lotId).plan;
    for (const [overrides, field] of [
      [{ plan: [] }, 'plan'],
      [{ plan: [plan] }, 'plan'],
      [{ plan: 'x' }, 'plan'],
      [{ location: [] }, 'location'],
      [{ location: [{ latitude: 53.59, longitude: -2.29 }] }, 'location'],
      [{ child: [] }, 'child'],
      [{ child: [{ yearGroup: 9, ehcp: false, lookedAfter: false }] }, 'child'],
      [{ child: 7 }, 'child'],
    ] as const) {
      const response = await raise(api, m.commissioner, callOffBody(m.lotId, overrides));
      expect400(response, field);
    }
    const list = await api.get(`/v1/call-offs?lotId=${m.lotId}`, { key: m.commissioner });
    expect(list.body.data).toEqual([]);
  });

  it('refuses a non-object element in an array of objects, at any depth (rate-card lines, calendar terms)', async () => {
    const providerId = m.providers[0].id;
    const card = (lines: unknown) =>
      api.post(`/v1/providers/${providerId}/rate-cards`, {
        lotId: m.lotId,
        effectiveFrom: '2027-04-01',
        lines,
      });
    expect400(await card([[{ unit: 'day', pricePence: 100 }]]), 'lines.0');
    expect400(await card([{ unit: 'day', pricePence: 100 }, 'x']), 'lines.1');
    const year = {
      academicYear: '2027/28',
      terms: [[{ name: 'Autumn', start: '2027-09-01', end: '2027-12-17' }]],
      closures: [],
    };
    const calendar = await api.put(`/v1/organisations/${m.org.id}/calendar`, { academicYears: [year] });
    expect400(calendar, 'academicYears.0.terms.0');
  });

  it('refuses a lone UTF-16 surrogate in any string of a body, naming the field', async () => {
    const lone = 'before \ud800 after';
    const plan = callOffBody(m.lotId).plan;
    for (const [overrides, field] of [
      [{ plan: { ...plan, objectives: ['Maths', lone] } }, 'plan.objectives.1'],
      [{ plan: { ...plan, reintegrationCriteria: '\udc00' } }, 'plan.reintegrationCriteria'],
      [{ providerId: m.providers[1].id, justification: lone }, 'justification'],
      [{ childRef: 'CHILD-\ud83d' }, 'childRef'],
    ] as const) {
      const response = await raise(api, m.commissioner, callOffBody(m.lotId, overrides));
      expect400(response, field);
      expect(response.body.errors[0].message).toContain('lone UTF-16 surrogate');
    }
    // The email validator decodes its input and threw URIError (500) on a lone surrogate.
    expect400(
      await api.post('/v1/providers', providerBody({ contactEmail: 'a\ud800@x.example' })),
      'contactEmail',
    );
    // In a field name too, shown escaped so the problem body is itself well-formed.
    const key = await api.post('/v1/organisations', {
      name: unique('C'),
      kind: 'local_authority',
      ['x\ud800']: 1,
    });
    expect400(key, 'x\\ud800');
    // A proper pair (an emoji) is ordinary text.
    const emoji = await raise(
      api,
      m.commissioner,
      callOffBody(m.lotId, { plan: { ...plan, objectives: ['Enjoy art \ud83c\udfa8'] } }),
    );
    expect(emoji.status).toBe(201);
    expect(emoji.body.plan.objectives).toEqual(['Enjoy art 🎨']);
  });

  it('refuses a lone surrogate in a termination reason', async () => {
    const created = await raise(api, m.commissioner, callOffBody(m.lotId));
    await api.post(`/v1/call-offs/${created.body.id}/accept`, {}, { key: m.providers[0].key });
    const response = await api.post(
      `/v1/call-offs/${created.body.id}/variations`,
      { kind: 'terminate', effectiveDate: '2026-12-18', reason: 'Moved \udfff away' },
      { key: m.commissioner },
    );
    expect400(response, 'reason');
  });

  it('refuses a JSON null, array or scalar body to a PATCH, which used to answer 200 and change nothing', async () => {
    const provider = await createProvider(api);
    const org = await createOrganisation(api);
    const framework = await createFramework(api, org.id);
    const lot = await createLot(api, framework.id);
    for (const [path, version] of [
      [`/v1/providers/${provider.id}`, provider.version],
      [`/v1/lots/${lot.id}`, (lot as { version: number }).version],
    ] as const)
      for (const body of ['null', '[]', '"x"', '42'])
        expect400(
          await api.request('PATCH', path, {
            rawBody: body,
            headers: { 'content-type': 'application/json', 'if-match': `"${version}"` },
          }),
          '(body)',
        );
  });

  it('answers 415 to a body declared in a charset other than UTF-8', async () => {
    const body = JSON.stringify({ name: unique('Charset Council'), kind: 'local_authority' });
    for (const contentType of [
      'application/json; charset=utf-16',
      'application/json;charset="UTF-16LE"',
      'application/json; charset=iso-8859-1',
    ]) {
      const response = await api.request('POST', '/v1/organisations', {
        rawBody: contentType.includes('16') ? Buffer.from(body, 'utf16le') : body,
        headers: { 'content-type': contentType },
      });
      expect({ contentType, status: response.status, code: response.body?.code }).toEqual({
        contentType,
        status: 415,
        code: 'unsupported_media_type',
      });
    }
    for (const contentType of ['application/json; charset=utf-8', 'application/json; charset="UTF-8"'])
      expect(
        (
          await api.request('POST', '/v1/organisations', {
            rawBody: JSON.stringify({ name: unique('Charset Council'), kind: 'local_authority' }),
            headers: { 'content-type': contentType },
          })
        ).status,
      ).toBe(201);
  });

  it('names a field once, with its type error, whatever else it breaks', async () => {
    const response = await api.get(
      `/v1/lots/${m.lotId}/matches?startDate=2026-11-09&endDate=2027-03-31&sessionsPerWeek=abc`,
      { key: m.commissioner },
    );
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { field: 'sessionsPerWeek', message: 'sessionsPerWeek must be an integer number' },
    ]);
    const body = await raise(api, m.commissioner, callOffBody(m.lotId, { sessionsPerWeek: 'ten' }));
    expect(body.body.errors).toHaveLength(1);
  });
});
