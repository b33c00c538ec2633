import { Market, callOffBody, market, raise } from './support/call-offs';
import { TestApp, startTestApp, unique } from './support/test-app';

describe('logging', () => {
  let api: TestApp;
  let m: Market;
  beforeAll(async () => {
    api = await startTestApp();
    api.clock.setToday('2026-11-02');
    m = await market(api, { count: 1, dayPrices: [18_000] });
  });
  afterAll(() => api.close());

  it('logs neither the bearer key nor any child data of a call-off, raised or refused', async () => {
    const key = m.commissioner;
    const childRef = unique('LOGCHILD');
    const idempotencyKey = `${childRef}-raise`;
    const body = callOffBody(m.lotId, {
      childRef,
      child: { yearGroup: 9, ehcp: true, lookedAfter: true, needsSummary: 'Needs text 7f3a' },
      primaryReason: 'Reason text 9c1e',
      sendCaseworkerNotifiedAt: '2026-11-01',
    });
    const from = api.logLines.length;
    const raised = await raise(api, key, body, idempotencyKey);
    expect(raised.status).toBe(201);
    const refused = await raise(api, key, { ...body, childRef: 'A123456789012' });
    expect(refused.status).toBe(422);
    const invalid = await raise(api, key, { ...body, child: { ...body.child, yearGroup: 'nine' } });
    expect(invalid.status).toBe(400);

    const lines = api.logLines.slice(from);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const text = lines.join('\n');
    for (const secret of [
      key,
      childRef,
      'A123456789012',
      'Needs text 7f3a',
      'Reason text 9c1e',
      idempotencyKey,
    ])
      expect(text).not.toContain(secret);
  });

  it('puts the request id on every line logged while a request runs', async () => {
    const from = api.logLines.length;
    await api.get('/v1/frameworks', { headers: { 'x-request-id': 'log-line-1' } });
    await api.get('/v1/nowhere', { headers: { 'x-request-id': 'log-line-2' } });
    const lines = api.logLines.slice(from).map((line) => JSON.parse(line));
    expect(lines.map((line) => line.requestId)).toEqual(expect.arrayContaining(['log-line-1', 'log-line-2']));
    for (const line of lines) expect(line.requestId).toMatch(/^log-line-[12]$/);
    const completed = lines.find((line) => line.requestId === 'log-line-2');
    expect(completed).toMatchObject({
      level: 'info',
      req: { method: 'GET', path: '/v1/nowhere' },
      res: { status: 404 },
    });
  });
});
