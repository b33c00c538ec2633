import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Role } from '../src/auth/role';
import { InvoicesService } from '../src/invoices/invoices.service';
import { callOffBody, market, Market, raise } from './support/call-offs';
import { TestApp, startTestApp, unique } from './support/test-app';

// The commissioner's own 2026-27: one term Mon 7 Sep 2026 – Fri 16 Jul 2027, closed for Christmas and for Easter
// (Mon 29 Mar – Fri 9 Apr 2027), so that every figure below can be counted by hand.
const YEAR_2026_27 = {
  year: '2026-27',
  terms: [{ name: 'Whole year', start: '2026-09-07', end: '2027-07-16' }],
  closures: [
    { start: '2026-12-21', end: '2027-01-01', reason: 'Christmas' },
    { start: '2027-03-29', end: '2027-04-09', reason: 'Easter' },
  ],
};

// Day price £185 (the market's first provider): one session is half a day, 9250p.
const SESSION_PENCE = 9250;

interface Placement {
  id: string;
  lotId: string;
  providerId: string;
  key: string;
}

describe('Invoices matched to delivery', () => {
  let api: TestApp;
  let auditor: string;
  let db: DataSource;

  beforeAll(async () => {
    api = await startTestApp();
    auditor = await api.issueKey(Role.Auditor);
    db = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  async function councilMarket(framework: Record<string, unknown> = {}): Promise<Market> {
    const m = await market(api, { count: 2, dayPrices: [18_500, 19_000], framework });
    const put = await api.put(
      `/v1/organisations/${m.org.id}/calendar`,
      { academicYears: [YEAR_2026_27] },
      { headers: { 'if-match': '"0"' } },
    );
    if (put.status !== 200) throw new Error(`calendar: ${put.text}`);
    return m;
  }

  // A full-time placement (10 sessions a week, no pattern: 2 sessions each school day), accepted.
  async function placement(m: Market, provider = 0, endDate = '2027-07-16'): Promise<Placement> {
    api.clock.setToday('2026-11-02');
    const raised = await raise(
      api,
      m.commissioner,
      callOffBody(m.lotId, {
        providerId: m.providers[provider].id,
        justification: 'Closest to home',
        endDate,
      }),
    );
    if (raised.status !== 201) throw new Error(`raise: ${raised.text}`);
    const accepted = await api.post(
      `/v1/call-offs/${raised.body.id}/accept`,
      {},
      { key: m.providers[provider].key },
    );
    if (accepted.status !== 200) throw new Error(`accept: ${accepted.text}`);
    expect(accepted.body.price).toMatchObject({ unit: 'day', unitPricePence: 18_500 + provider * 500 });
    return {
      id: raised.body.id,
      lotId: m.lotId,
      providerId: m.providers[provider].id,
      key: m.providers[provider].key,
    };
  }

  // Marks as the attendance module stores them, one per session from `from`, school days only, in the given order.
  async function mark(m: Market, p: Placement, days: string[], marks: string[]): Promise<void> {
    const sessions = days.flatMap((date) => [
      { date, session: 'am' },
      { date, session: 'pm' },
    ]);
    if (sessions.length !== marks.length) throw new Error('one mark per session');
    await db.query(
      `INSERT INTO attendance_marks (call_off_id, date, session, mark, commissioner_organisation_id, provider_id,
                                     lot_id, recorded_at)
       SELECT $1, s.date::date, s.session::attendance_session, s.mark::attendance_mark, $2, $3, $4, now()
         FROM jsonb_to_recordset($5::jsonb) AS s(date text, session text, mark text)`,
      [
        p.id,
        m.org.id,
        p.providerId,
        p.lotId,
        JSON.stringify(sessions.map((s, i) => ({ ...s, mark: marks[i] }))),
      ],
    );
  }

  // Mon 1 – Fri 12 Mar 2027: 10 school days, 20 sessions commissioned.
  const MARCH = ['01', '02', '03', '04', '05', '08', '09', '10', '11', '12'].map((d) => `2027-03-${d}`);
  // 14 present, 2 late, 1 authorised and 1 unauthorised absence, 2 cancelled by the provider.
  const MARKS = [
    ...Array<string>(14).fill('present'),
    'late',
    'late',
    'authorised_absence',
    'unauthorised_absence',
    'provider_cancelled',
    'provider_cancelled',
  ];

  // The feed shows an event once every older transaction has ended: wait for that, then look.
  async function eventOf(subjectId: string, type: string, key: string) {
    await api.feedCaughtUp();
    const feed = await api.get(`/v1/events?types=${type}&limit=200`, { key });
    const event = (feed.body.data as { subject: { id: string } }[]).find((e) => e.subject.id === subjectId);
    return event as Record<string, unknown> | undefined;
  }

  function sessionsLine(p: Placement, quantity: number, overrides: Record<string, unknown> = {}) {
    return {
      callOffId: p.id,
      kind: 'sessions',
      quantity,
      unitPricePence: SESSION_PENCE,
      amountPence: quantity * SESSION_PENCE,
      ...overrides,
    };
  }

  function submit(
    m: Market,
    p: Placement,
    lines: unknown[],
    overrides: Record<string, unknown> = {},
    key = p.key,
  ) {
    return api.post(
      '/v1/invoices',
      {
        commissionerOrganisationId: m.org.id,
        providerInvoiceNumber: unique('INV'),
        issuedOn: '2027-03-15',
        periodFrom: '2027-03-01',
        periodTo: '2027-03-12',
        lines,
        ...overrides,
      },
      { key },
    );
  }

  describe('under the default policy (pay commissioned sessions unless the provider cancelled)', () => {
    let m: Market;
    let p: Placement;
    beforeAll(async () => {
      m = await councilMarket();
      p = await placement(m);
      await mark(m, p, MARCH, MARKS);
      api.clock.setToday('2027-03-15');
    });

    it('matches 18 sessions (20 commissioned less 2 the provider cancelled), due 30 days after receipt', async () => {
      const created = await submit(m, p, [sessionsLine(p, 18)], { totalPence: 18 * SESSION_PENCE });
      expect(created.status).toBe(201);
      expect(created.headers.location).toBe(`/v1/invoices/${created.body.id}`);
      expect(created.body).toMatchObject({
        status: 'submitted',
        matchStatus: 'matched',
        totalPence: 166_500,
        variancePence: 0,
        receivedOn: '2027-03-15',
        dueBy: '2027-04-14',
        paidOn: null,
        overdue: false,
      });
      expect(created.body.lines).toEqual([
        expect.objectContaining({
          lineNumber: 1,
          status: 'matched',
          reasons: [],
          expectedPence: 166_500,
          variancePence: 0,
          lotId: p.lotId,
        }),
      ]);
      // The event reaches the two parties, with the figures.
      for (const key of [m.commissioner, p.key])
        expect(await eventOf(created.body.id, 'invoice.submitted', key)).toMatchObject({
          payload: { matchStatus: 'matched', totalPence: 166_500, dueBy: '2027-04-14' },
        });
      expect(await eventOf(created.body.id, 'invoice.submitted', m.providers[1].key)).toBeUndefined();
    });

    it('queries sessions beyond those already billed for the same period, with the exact variance', async () => {
      // All 18 billable sessions are on the first invoice: 2 more are commissioned but not billable.
      const again = await submit(m, p, [sessionsLine(p, 2)]);
      expect(again.status).toBe(201);
      expect(again.body).toMatchObject({ matchStatus: 'query', totalPence: 18_500, variancePence: 18_500 });
      expect(again.body.lines[0].reasons.map((r: { code: string }) => r.code)).toEqual(['above_billable']);
    });
  });

  describe('matching under both absence policies, to the penny', () => {
    it('pays 18 of 20 sessions by default: billing 20 is a query for 2 × 9250p', async () => {
      const m = await councilMarket();
      const p = await placement(m);
      await mark(m, p, MARCH, MARKS);
      api.clock.setToday('2027-03-15');
      const created = await submit(m, p, [sessionsLine(p, 20)]);
      expect(created.body).toMatchObject({
        matchStatus: 'query',
        totalPence: 185_000,
        variancePence: 18_500,
      });
      expect(created.body.lines[0]).toMatchObject({
        status: 'query',
        expectedPence: 166_500,
        variancePence: 18_500,
        reasons: [expect.objectContaining({ code: 'above_billable' })],
      });
    });

    it('pays only the 16 attended sessions under pay_attended_only: billing 18 is a query for 2 × 9250p', async () => {
      const m = await councilMarket({ absenceBillingPolicy: 'pay_attended_only' });
      const framework = await api.get(`/v1/frameworks/${m.frameworkId}`);
      expect(framework.body.absenceBillingPolicy).toBe('pay_attended_only');
      const p = await placement(m);
      await mark(m, p, MARCH, MARKS);
      api.clock.setToday('2027-03-15');
      const queried = await submit(m, p, [sessionsLine(p, 18)]);
      expect(queried.body.lines[0]).toMatchObject({
        status: 'query',
        expectedPence: 148_000,
        variancePence: 18_500,
        reasons: [expect.objectContaining({ code: 'above_billable' })],
      });
      // Disputed, its sessions are free again: 16 then match exactly.
      expect(
        (
          await api.post(
            `/v1/invoices/${queried.body.id}/dispute`,
            { reason: 'Absences billed' },
            { key: m.commissioner },
          )
        ).status,
      ).toBe(200);
      const matched = await submit(m, p, [sessionsLine(p, 16)]);
      expect(matched.body).toMatchObject({ matchStatus: 'matched', variancePence: 0, totalPence: 148_000 });
    });
  });

  describe('refusals and queries', () => {
    let m: Market;
    let p: Placement;
    let other: Placement;
    beforeAll(async () => {
      m = await councilMarket();
      p = await placement(m);
      other = await placement(m, 1);
      await mark(m, p, MARCH, MARKS);
      api.clock.setToday('2027-03-15');
    });

    it('refuses a second invoice with the same number from the same provider with 409, not from another', async () => {
      const number = unique('INV');
      expect((await submit(m, p, [sessionsLine(p, 1)], { providerInvoiceNumber: number })).status).toBe(201);
      const duplicate = await submit(m, p, [sessionsLine(p, 1)], { providerInvoiceNumber: number });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.code).toBe('duplicate_invoice_number');
      const elsewhere = await submit(
        m,
        other,
        [sessionsLine(other, 1, { unitPricePence: 9500, amountPence: 9500 })],
        {
          providerInvoiceNumber: number,
        },
      );
      expect(elsewhere.status).toBe(201);
    });

    it('answers a retry with the same Idempotency-Key with the same invoice, not a second one', async () => {
      const body = {
        commissionerOrganisationId: m.org.id,
        providerInvoiceNumber: unique('INV'),
        issuedOn: '2027-03-15',
        periodFrom: '2027-03-01',
        periodTo: '2027-03-12',
        lines: [sessionsLine(p, 1)],
      };
      const headers = { 'idempotency-key': unique('idem') };
      const first = await api.post('/v1/invoices', body, { key: p.key, headers });
      const again = await api.post('/v1/invoices', body, { key: p.key, headers });
      expect(first.status).toBe(201);
      expect(again.status).toBe(201);
      expect(again.body.id).toBe(first.body.id);
      const other = await api.post(
        '/v1/invoices',
        { ...body, issuedOn: '2027-03-14' },
        { key: p.key, headers },
      );
      expect(other.body.code).toBe('idempotency_key_reused');
    });

    it('queries a line whose amount is not quantity × unit price, by the penny', async () => {
      const created = await submit(m, p, [sessionsLine(p, 2, { amountPence: 18_501 })]);
      expect(created.status).toBe(201);
      expect(created.body.lines[0]).toMatchObject({
        status: 'query',
        expectedPence: 18_500,
        variancePence: 1,
        reasons: [expect.objectContaining({ code: 'amount_mismatch' })],
      });
    });

    it('queries a unit price other than the call-off’s price of a session', async () => {
      const created = await submit(m, p, [sessionsLine(p, 1, { unitPricePence: 9300, amountPence: 9300 })]);
      expect(created.body.lines[0]).toMatchObject({
        expectedPence: 9250,
        variancePence: 50,
        reasons: [expect.objectContaining({ code: 'unit_price_differs' })],
      });
    });

    it('refuses a stated total that is not the sum of the lines with 422, storing nothing', async () => {
      const number = unique('INV');
      const refused = await submit(m, p, [sessionsLine(p, 1)], {
        totalPence: 9251,
        providerInvoiceNumber: number,
      });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({
        code: 'invoice_total_mismatch',
        detail: 'The lines add up to 9250p, not the 9251p stated as the total.',
      });
      expect((await submit(m, p, [sessionsLine(p, 1)], { providerInvoiceNumber: number })).status).toBe(201);
    });

    it('refuses another provider’s call-off, and one that does not exist, alike with 422', async () => {
      for (const callOffId of [other.id, randomUUID()]) {
        const refused = await submit(m, p, [sessionsLine(p, 1), sessionsLine({ ...p, id: callOffId }, 1)]);
        expect(refused.status).toBe(422);
        expect(refused.body).toMatchObject({
          code: 'call_off_not_invoiceable',
          errors: [{ field: 'lines[1].callOffId', message: 'not invoiceable' }],
        });
      }
    });

    it('queries transport, which no call-off prices', async () => {
      const created = await submit(m, p, [
        { callOffId: p.id, kind: 'transport', quantity: 10, unitPricePence: 800, amountPence: 8000 },
      ]);
      expect(created.body.lines[0]).toMatchObject({
        status: 'query',
        expectedPence: 0,
        variancePence: 8000,
        reasons: [expect.objectContaining({ code: 'unpriced_charge' })],
      });
    });

    it('refuses malformed invoices with 400', async () => {
      for (const overrides of [
        { lines: [] },
        { periodFrom: '2027-03-12', periodTo: '2027-03-01' },
        { periodFrom: '2026-01-01', periodTo: '2027-03-01' },
        { providerInvoiceNumber: '=cmd()' },
        { lines: [{ ...sessionsLine(p, 1), kind: 'snacks' }] },
        { lines: [{ ...sessionsLine(p, 1), outcomeClaimId: randomUUID() }] },
        { lines: [{ ...sessionsLine(p, 1), kind: 'outcome_payment' }] },
        { lines: [{ ...sessionsLine(p, 1), quantity: 1.5 }] },
      ]) {
        const refused = await submit(m, p, overrides.lines ?? [sessionsLine(p, 1)], overrides);
        expect({ overrides, status: refused.status, code: refused.body.code }).toEqual({
          overrides,
          status: 400,
          code: 'validation_failed',
        });
      }
    });
  });

  describe('an outcome payment', () => {
    it('matches a verified claim once, at its payable amount; a second invoice for it is a query', async () => {
      const m = await councilMarket();
      const p = await placement(m);
      const rule = await api.post(`/v1/lots/${m.lotId}/outcome-rules`, {
        code: 'qualification',
        title: 'A qualification',
        metric: 'qualification',
        threshold: '1',
        sustainSchoolWeeks: 6,
        evidence: 'certificate',
        shareOfAtRiskPercent: '60',
      });
      expect(rule.status).toBe(201);
      api.clock.setToday('2027-01-20');
      const claim = await api.post(
        `/v1/call-offs/${p.id}/outcome-claims`,
        { ruleCode: 'qualification', achievedOn: '2027-01-15', evidenceRef: 'CERT-0001' },
        { key: p.key },
      );
      expect(claim.status).toBe(201);
      const outcomeLine = (amountPence: number) => ({
        callOffId: p.id,
        kind: 'outcome_payment',
        quantity: 1,
        unitPricePence: amountPence,
        amountPence,
        outcomeClaimId: claim.body.id,
      });
      const early = await submit(m, p, [outcomeLine(1000)], { issuedOn: '2027-01-20' });
      expect(early.body.lines[0].reasons.map((r: { code: string }) => r.code)).toEqual([
        'claim_not_verified',
      ]);
      const verified = await api.post(`/v1/outcome-claims/${claim.body.id}/verify`, undefined, {
        key: m.commissioner,
      });
      expect(verified.status).toBe(200);
      const payable: number = verified.body.payablePence;
      const paid = await submit(m, p, [outcomeLine(payable)], { issuedOn: '2027-01-20' });
      expect(paid.body).toMatchObject({ matchStatus: 'matched', totalPence: payable, variancePence: 0 });
      const twice = await submit(m, p, [outcomeLine(payable)], { issuedOn: '2027-01-20' });
      expect(twice.body.lines[0]).toMatchObject({
        status: 'query',
        variancePence: payable,
        reasons: [expect.objectContaining({ code: 'claim_already_invoiced' })],
      });
      // Once the paying invoice is disputed, the claim may be billed again.
      expect(
        (
          await api.post(
            `/v1/invoices/${paid.body.id}/dispute`,
            { reason: 'Wrong cost centre' },
            { key: m.commissioner },
          )
        ).status,
      ).toBe(200);
      const corrected = await submit(m, p, [outcomeLine(payable)], { issuedOn: '2027-01-20' });
      expect(corrected.body).toMatchObject({ matchStatus: 'matched', variancePence: 0 });
    });
  });

  describe('approval, spend by financial year, dispute and payment', () => {
    let m: Market;
    let p: Placement;
    beforeAll(async () => {
      m = await councilMarket();
      p = await placement(m);
    });

    it('splits an approved period straddling 31 March by school days, largest remainder', async () => {
      api.clock.setToday('2027-04-20');
      // Mon 15 Mar – Fri 16 Apr 2027: 10 school days to 26 Mar, Easter closed, 5 from 12 Apr. 29 sessions × 9250p
      // = 268250p; × 10/15 = 178833.33p and × 5/15 = 89416.67p → 178833p + 89417p (the penny to the larger remainder).
      const created = await submit(m, p, [sessionsLine(p, 29)], {
        issuedOn: '2027-04-19',
        periodFrom: '2027-03-15',
        periodTo: '2027-04-16',
      });
      expect(created.body).toMatchObject({ matchStatus: 'matched', totalPence: 268_250 });
      const approved = await api.post(`/v1/invoices/${created.body.id}/approve`, undefined, {
        key: m.commissioner,
        headers: { 'if-match': `"${created.body.version}"` },
      });
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({ status: 'approved', dueBy: '2027-05-20' });
      const invoices = api.app.get(InvoicesService);
      expect(await invoices.approvedSpend(m.org.id, '2026-27')).toEqual([
        { callOffId: p.id, lotId: p.lotId, providerId: p.providerId, amountPence: 178_833 },
      ]);
      expect(await invoices.approvedSpend(m.org.id, '2027-28')).toEqual([
        { callOffId: p.id, lotId: p.lotId, providerId: p.providerId, amountPence: 89_417 },
      ]);
      // Nothing of another council's.
      expect(await invoices.approvedSpend(randomUUID(), '2026-27')).toEqual([]);
    });

    it('records payment of an approved invoice once, on a date from receipt to today', async () => {
      const created = await submit(m, p, [sessionsLine(p, 2)], {
        issuedOn: '2027-04-19',
        periodFrom: '2027-04-19',
        periodTo: '2027-04-19',
      });
      const url = `/v1/invoices/${created.body.id}`;
      expect(
        (await api.post(`${url}/paid`, { paidOn: '2027-04-20' }, { key: m.commissioner })).body.code,
      ).toBe('invalid_transition');
      expect((await api.post(`${url}/approve`, undefined, { key: m.commissioner })).status).toBe(200);
      for (const paidOn of ['2027-04-19', '2027-04-21'])
        expect((await api.post(`${url}/paid`, { paidOn }, { key: m.commissioner })).body).toMatchObject({
          status: 422,
          code: 'paid_on_out_of_range',
        });
      const paid = await api.post(`${url}/paid`, { paidOn: '2027-04-20' }, { key: m.commissioner });
      expect(paid.body).toMatchObject({ status: 'paid', paidOn: '2027-04-20', overdue: false });
      expect((await api.post(`${url}/paid`, { paidOn: '2027-04-20' }, { key: m.commissioner })).status).toBe(
        409,
      );
      expect((await api.post(`${url}/dispute`, { reason: 'x' }, { key: m.commissioner })).status).toBe(409);
    });

    it('keeps a dispute reason to the two parties: not for admin or auditor, only restricted in events', async () => {
      const created = await submit(m, p, [sessionsLine(p, 2)], {
        issuedOn: '2027-04-19',
        periodFrom: '2027-04-20',
        periodTo: '2027-04-20',
      });
      const url = `/v1/invoices/${created.body.id}`;
      const reason = 'Child was at hospital that day';
      const disputed = await api.post(`${url}/dispute`, { reason }, { key: m.commissioner });
      expect(disputed.body).toMatchObject({ status: 'disputed', disputeReason: reason });
      expect((await api.get(url, { key: p.key })).body.disputeReason).toBe(reason);
      expect((await api.get(url)).body.disputeReason).toBeNull();
      expect((await api.get(url, { key: auditor })).body.disputeReason).toBeNull();
      const ofParty = await eventOf(created.body.id, 'invoice.disputed', m.commissioner);
      expect(ofParty).toMatchObject({
        payload: { status: 'disputed' },
        restricted: { disputeReason: reason },
      });
      const ofAdmin = await api.get('/v1/events?types=invoice.disputed');
      const adminEvent = ofAdmin.body.data.find(
        (e: { subject: { id: string } }) => e.subject.id === created.body.id,
      );
      expect(adminEvent.restricted).toBeUndefined();
      expect(JSON.stringify(adminEvent)).not.toContain('hospital');
      expect(api.logLines.join('\n')).not.toContain('hospital');
      expect((await api.post(`${url}/approve`, undefined, { key: m.commissioner })).status).toBe(409);
    });

    it('lists unpaid invoices past their due date as overdue, for the two parties', async () => {
      const created = await submit(m, p, [sessionsLine(p, 2)], {
        issuedOn: '2027-04-19',
        periodFrom: '2027-04-21',
        periodTo: '2027-04-21',
      });
      api.clock.setToday('2027-05-20');
      const notYet = await api.get('/v1/invoices?overdue=true', { key: m.commissioner });
      expect(notYet.body.data.map((i: { id: string }) => i.id)).not.toContain(created.body.id);
      api.clock.setToday('2027-05-21');
      for (const key of [m.commissioner, p.key]) {
        const overdue = await api.get('/v1/invoices?overdue=true', { key });
        expect(overdue.body.data.map((i: { id: string }) => i.id)).toContain(created.body.id);
        expect(overdue.body.data.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
      }
      const submitted = await api.get('/v1/invoices?status=submitted&overdue=false', { key: m.commissioner });
      expect(submitted.body.data.map((i: { id: string }) => i.id)).not.toContain(created.body.id);
    });

    it('answers the list as CSV on Accept: text/csv, a page at a time', async () => {
      const first = await api.get('/v1/invoices?limit=2', {
        key: m.commissioner,
        headers: { accept: 'text/csv' },
      });
      expect(first.status).toBe(200);
      expect(first.headers['content-type']).toMatch(/^text\/csv/);
      const rows = first.text.trim().split('\n');
      expect(rows[0]).toBe(
        'id,providerInvoiceNumber,providerId,commissionerOrganisationId,issuedOn,periodFrom,periodTo,receivedOn,dueBy,paidOn,status,overdue,matchStatus,totalPence,variancePence',
      );
      expect(rows).toHaveLength(3);
      const link = String(first.headers.link);
      expect(link).toMatch(/^<\/v1\/invoices\?limit=2&cursor=[^>]+>; rel="next"$/);
      const next = await api.get(link.slice(1, link.indexOf('>')), {
        key: m.commissioner,
        headers: { accept: 'text/csv' },
      });
      expect(next.status).toBe(200);
      expect(next.text.split('\n')[1]).not.toBe(rows[1]);
      const json = await api.get('/v1/invoices?limit=2', { key: m.commissioner });
      expect(json.body.data.map((i: { id: string }) => i.id)).toEqual(
        rows.slice(1).map((r) => r.split(',')[0]),
      );
    });
  });

  describe('tenancy and scope', () => {
    let m: Market;
    let outsider: Market;
    let p: Placement;
    let invoiceId: string;
    beforeAll(async () => {
      m = await councilMarket();
      outsider = await councilMarket();
      p = await placement(m);
      api.clock.setToday('2027-03-15');
      invoiceId = (await submit(m, p, [sessionsLine(p, 2)])).body.id;
    });

    it('never shows one council’s invoices to another council or to another provider', async () => {
      for (const key of [outsider.commissioner, m.providers[1].key, outsider.providers[0].key]) {
        expect((await api.get(`/v1/invoices/${invoiceId}`, { key })).status).toBe(404);
        const list = await api.get('/v1/invoices?limit=200', { key });
        expect(list.body.data.map((i: { id: string }) => i.id)).not.toContain(invoiceId);
      }
      // A provider cannot address its invoice to a council it has no placement with.
      const astray = await submit(outsider, p, [sessionsLine(p, 1)]);
      expect(astray.body.code).toBe('call_off_not_invoiceable');
    });

    it('lets each role do only its part, on every endpoint', async () => {
      const keys = {
        admin: api.adminKey,
        auditor,
        commissioner: m.commissioner,
        otherCommissioner: outsider.commissioner,
        provider: p.key,
        otherProvider: m.providers[1].key,
      };
      const url = `/v1/invoices/${invoiceId}`;
      const reads: Record<keyof typeof keys, number> = {
        admin: 200,
        auditor: 200,
        commissioner: 200,
        otherCommissioner: 404,
        provider: 200,
        otherProvider: 404,
      };
      for (const [who, key] of Object.entries(keys) as [keyof typeof keys, string][]) {
        expect({ who, status: (await api.get(url, { key })).status }).toEqual({ who, status: reads[who] });
        expect({ who, status: (await api.get('/v1/invoices', { key })).status }).toEqual({
          who,
          status: 200,
        });
      }
      for (const who of ['admin', 'auditor', 'commissioner'] as const)
        expect({ who, status: (await submit(m, p, [sessionsLine(p, 1)], {}, keys[who])).status }).toEqual({
          who,
          status: 403,
        });
      const decisions: [string, unknown][] = [
        ['approve', undefined],
        ['dispute', { reason: 'Not ours' }],
        ['paid', { paidOn: '2027-03-15' }],
      ];
      for (const [action, body] of decisions) {
        for (const who of ['admin', 'auditor', 'provider', 'otherProvider'] as const)
          expect({
            who,
            action,
            status: (await api.post(`${url}/${action}`, body, { key: keys[who] })).status,
          }).toEqual({
            who,
            action,
            status: 403,
          });
        expect((await api.post(`${url}/${action}`, body, { key: keys.otherCommissioner })).status).toBe(404);
      }
      expect((await api.post(`${url}/approve`, undefined, { key: m.commissioner })).status).toBe(200);
      const approved = await api.get('/v1/invoices?status=approved', { key: auditor });
      expect(approved.body.data.map((i: { id: string }) => i.id)).toContain(invoiceId);
    });
  });
});
