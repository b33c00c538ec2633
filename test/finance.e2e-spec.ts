import { DataSource } from 'typeorm';
import { BudgetThresholdScan } from '../src/finance/budget-thresholds';
import { Market, callOffBody, market, raise } from './support/call-offs';
import { TestApp, startTestApp } from './support/test-app';
import { Role } from '../src/auth/role';
import { createOrganisation } from './support/fixtures';

const csvPost = (api: TestApp, organisationId: string, key: string, csv: string) =>
  api.request('POST', `/v1/organisations/${organisationId}/spend-imports`, {
    key,
    rawBody: csv,
    headers: { 'content-type': 'text/csv' },
  });

const HEADER = 'Date,Supplier,Amount,Cost Centre,Description,Provider Id,On Framework';

describe('money: budgets, spend imports, spot purchases, position and forecast', () => {
  let api: TestApp;
  let m: Market;
  let other: { id: string; key: string };
  let callOffId: string;

  beforeAll(async () => {
    api = await startTestApp();
    api.clock.setToday('2026-11-02');
    m = await market(api, { count: 2, dayPrices: [18_000, 19_000] });
    const org = await createOrganisation(api);
    other = { id: org.id, key: await api.issueKey(Role.Commissioner, { organisationId: org.id }) };
    const raised = await raise(api, m.commissioner, callOffBody(m.lotId));
    expect(raised.status).toBe(201);
    callOffId = raised.body.id;
    const accepted = await api.post(`/v1/call-offs/${callOffId}/accept`, {}, { key: m.providers[0].key });
    expect(accepted.status).toBe(200);
  });
  afterAll(() => api.close());

  describe('budgets', () => {
    const lines = [
      { costCentre: 'AP-PLACEMENTS', fundingSource: 'dsg_high_needs', amountPence: 90_000_000 },
      { costCentre: 'AP-TRANSPORT', fundingSource: 'general_fund', amountPence: 7_800_000 },
    ];

    it('sets a year’s budget with If-Match versioning and reads it back', async () => {
      const url = `/v1/organisations/${m.org.id}/budgets/2025-26`;
      const first = await api.put(url, { lines }, { key: m.commissioner, headers: { 'if-match': '"0"' } });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ financialYear: '2025-26', totalPence: 97_800_000, version: 1 });
      expect(first.headers.etag).toBe('"1"');
      const stale = await api.put(url, { lines }, { key: m.commissioner, headers: { 'if-match': '"0"' } });
      expect(stale.status).toBe(412);
      const read = await api.get(url, { key: m.commissioner });
      expect(read.body.lines).toEqual(lines);
    });

    it('refuses a label that is not two consecutive years, and a cost centre twice', async () => {
      const bad = await api.put(
        `/v1/organisations/${m.org.id}/budgets/2025-27`,
        { lines },
        { key: m.commissioner },
      );
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('financialYear');
      const twice = await api.put(
        `/v1/organisations/${m.org.id}/budgets/2026-27`,
        { lines: [lines[0], lines[0]] },
        { key: m.commissioner },
      );
      expect(twice.status).toBe(400);
      expect(twice.body.errors[0].field).toBe('lines.1');
    });

    it('keeps a note such as "demo assumption" and tells nobody else', async () => {
      const url = `/v1/organisations/${m.org.id}/budgets/2026-27`;
      const set = await api.put(url, { lines, note: 'demo assumption' }, { key: m.commissioner });
      expect(set.body.note).toBe('demo assumption');
      expect((await api.get(url, { key: other.key })).status).toBe(404);
      expect((await api.put(url, { lines }, { key: other.key })).status).toBe(404);
    });
  });

  describe('spend imports', () => {
    let firstId: string;
    const csv = [
      HEADER,
      `2025-06-30,"Acme Learning, Ltd","£1,800,000.00",AP-PLACEMENTS,"Summer term, placements",,yes`,
      `31/07/2025,Tutor Co,"£21,234.56",AP-TRANSPORT,Taxi,,no`,
      `15/08/2025,Tutor Co,-11.66,AP-TRANSPORT,credit note,,no`,
      `2025-09-30,Provider One,£0.00,AP-PLACEMENTS,nil line,PROVIDER,`,
    ].join('\n');
    const file = () => csv.replace('PROVIDER', m.providers[0].id);

    it('imports quoted commas and pound signs to the penny, and ties rows that name a provider', async () => {
      const response = await csvPost(api, m.org.id, m.commissioner, file());
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        rowCount: 4,
        totalPence: 182_122_290,
        creditPence: -1_166,
        providerLinkedRows: 1,
        byFinancialYear: [{ financialYear: '2025-26', totalPence: 182_122_290, lines: 4 }],
      });
      expect(response.body.digest).toMatch(/^[0-9a-f]{64}$/);
      firstId = response.body.id;
    });

    it('answers the same file again with the original import, 200 not 201', async () => {
      const again = await csvPost(api, m.org.id, m.commissioner, file());
      expect(again.status).toBe(200);
      expect(again.body.id).toBe(firstId);
    });

    it('stores nothing when one row is bad, naming the row and column', async () => {
      const bad = [
        HEADER,
        '2025-10-01,A,£10.00,AP-PLACEMENTS,x,,',
        '2025-10-02,B,£1.234,AP-PLACEMENTS,y,,',
      ].join('\n');
      const response = await csvPost(api, m.org.id, m.commissioner, bad);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.errors).toEqual([{ field: 'rows.3.amount', message: expect.any(String) }]);
      const unknownProvider = [HEADER, `2025-10-01,A,£10.00,AP-PLACEMENTS,x,${other.id},`].join('\n');
      const refused = await csvPost(api, m.org.id, m.commissioner, unknownProvider);
      expect(refused.body.errors).toEqual([
        { field: 'rows.2.providerId', message: 'providerId names no provider' },
      ]);
      const list = await api.get(`/v1/organisations/${m.org.id}/spend-imports`, { key: m.commissioner });
      expect(list.body.data.map((i: { id: string }) => i.id)).toEqual([firstId]);
    });

    it('refuses a JSON body with 415, and never logs the descriptions', async () => {
      const json = await api.post(
        `/v1/organisations/${m.org.id}/spend-imports`,
        { rows: [] },
        { key: m.commissioner },
      );
      expect(json.status).toBe(415);
      expect(api.logLines.join('\n')).not.toContain('Summer term, placements');
    });

    it('shows one council nothing of another’s imports', async () => {
      expect((await api.get(`/v1/organisations/${m.org.id}/spend-imports`, { key: other.key })).status).toBe(
        404,
      );
      expect((await csvPost(api, m.org.id, other.key, file())).status).toBe(404);
    });
  });

  describe('spot purchases', () => {
    it('records one with a role as approver, shows childRef to its organisation only', async () => {
      const created = await api.post(
        '/v1/spot-purchases',
        {
          supplierName: 'Bespoke Tuition Ltd',
          childRef: 'SPOT-0001',
          startDate: '2026-11-09',
          endDate: '2026-11-13',
          sessionsPerWeek: 10,
          weeklyPricePence: 150_000,
          reason: 'no_framework_capacity',
          approvedBy: 'head_of_service',
        },
        { key: m.commissioner },
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ organisationId: m.org.id, childRef: 'SPOT-0001' });
      const own = await api.get('/v1/spot-purchases', { key: m.commissioner });
      expect(own.body.data.map((s: { id: string }) => s.id)).toEqual([created.body.id]);
      expect((await api.get('/v1/spot-purchases', { key: other.key })).body.data).toEqual([]);
      const admin = await api.get(`/v1/spot-purchases?organisationId=${m.org.id}`);
      expect(admin.body.data[0].childRef).toBeNull();
    });

    it('refuses an approver by name, a UPN-shaped childRef and another council’s organisation', async () => {
      const body = {
        supplierName: 'X',
        childRef: 'A12345678901B',
        startDate: '2026-11-02',
        endDate: '2026-11-06',
        sessionsPerWeek: 10,
        weeklyPricePence: 1,
        reason: 'other',
        approvedBy: 'head_of_service',
      };
      expect((await api.post('/v1/spot-purchases', body, { key: m.commissioner })).body.code).toBe(
        'child_ref_looks_like_upn',
      );
      const named = await api.post(
        '/v1/spot-purchases',
        { ...body, childRef: 'C-1', approvedBy: 'Jane Smith' },
        { key: m.commissioner },
      );
      expect(named.status).toBe(400);
      const foreign = await api.post(
        '/v1/spot-purchases',
        { ...body, childRef: 'C-11', organisationId: other.id },
        { key: m.commissioner },
      );
      expect(foreign.status).toBe(404);
    });
  });

  describe('the financial position', () => {
    it('shows 2025-26 spent £1,821,222.90 against £978,000: overspend £843,222.90, 86.2 %', async () => {
      const response = await api.get(`/v1/finance/position?financialYear=2025-26`, { key: m.commissioner });
      expect(response.status).toBe(200);
      expect(response.body.total).toMatchObject({
        budgetPence: 97_800_000,
        spentPence: 182_122_290,
        importedPence: 182_122_290,
        committedPence: 0,
        projectedOutturnPence: 182_122_290,
        variancePence: 84_322_290,
        variancePercent: '86.2',
        offFrameworkSpentPence: 2_122_290,
      });
      expect(response.body.byCostCentre).toEqual([
        expect.objectContaining({
          costCentre: 'AP-PLACEMENTS',
          budgetPence: 90_000_000,
          spentPence: 180_000_000,
        }),
        expect.objectContaining({
          costCentre: 'AP-TRANSPORT',
          budgetPence: 7_800_000,
          spentPence: 2_122_290,
        }),
      ]);
    });

    it('commits the accepted call-off’s remaining value and the spot purchase from today, at-risk share apart', async () => {
      const response = await api.get(
        `/v1/finance/position?organisationId=${m.org.id}&financialYear=2026-27`,
        {
          key: m.commissioner,
        },
      );
      // The call-off: 83 school days at £180 from 9 November, all still to come (£14,940, 10 % at risk);
      // the spot purchase: 5 school days at £1,500 a week.
      expect(response.body.total).toMatchObject({
        spentPence: 0,
        committedPence: 1_494_000 + 150_000,
        outcomeExposurePence: 149_400,
        spotCommittedPence: 150_000,
        budgetPence: 97_800_000,
      });
      expect(response.body.budgetNote).toBe('demo assumption');
      expect(response.body.byLot).toEqual([
        expect.objectContaining({ lotId: m.lotId, committedPence: 1_494_000 }),
        expect.objectContaining({ lotId: null, committedPence: 150_000 }),
      ]);
      expect(response.body.byProvider).toEqual([
        expect.objectContaining({ providerId: m.providers[0].id, committedPence: 1_494_000 }),
        expect.objectContaining({ providerId: null, supplierName: 'Bespoke Tuition Ltd' }),
      ]);
    });

    it('counts less once days have passed', async () => {
      const left = await api.get(
        `/v1/organisations/${m.org.id}/calendar/school-days?from=2027-03-01&to=2027-03-31`,
      );
      api.clock.setToday('2027-03-01');
      try {
        const response = await api.get(`/v1/finance/position?financialYear=2026-27`, { key: m.commissioner });
        // The call-off's £14,940 over its 83 school days, for the days left in March, rounded half up.
        expect(response.body.total.committedPence).toBe(Math.round((1_494_000 * left.body.schoolDays) / 83));
        expect(response.body.total.spotCommittedPence).toBe(0);
      } finally {
        api.clock.setToday('2026-11-02');
      }
    });

    it('answers CSV when asked, with both media types', async () => {
      const response = await api.get(`/v1/finance/position?financialYear=2025-26`, {
        key: m.commissioner,
        headers: { accept: 'text/csv' },
      });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      const [header, total] = response.text.split('\n');
      expect(header).toBe(
        'organisationId,financialYear,asOf,dimension,key,supplierName,budgetPence,spentPence,committedPence,' +
          'outcomeExposurePence,projectedOutturnPence,variancePence,variancePercent',
      );
      expect(total).toBe(
        `${m.org.id},2025-26,2026-11-02,total,,,97800000,182122290,0,0,182122290,84322290,86.2`,
      );
      expect(response.text).toContain('"Acme Learning, Ltd"');
    });

    it('shows one council nothing of another’s position', async () => {
      const response = await api.get(
        `/v1/finance/position?organisationId=${m.org.id}&financialYear=2025-26`,
        {
          key: other.key,
        },
      );
      expect(response.status).toBe(404);
      const own = await api.get(`/v1/finance/position?financialYear=2025-26`, { key: other.key });
      expect(own.body.total).toMatchObject({ budgetPence: null, spentPence: 0, committedPence: 0 });
    });
  });

  describe('the run-rate forecast', () => {
    it('scales 2025-26 to September 2026 – March 2027 by months: £1,062,380.03, and by school days', async () => {
      const response = await api.get(
        `/v1/finance/forecast?basisFinancialYear=2025-26&from=2026-09-01&to=2027-03-31&method=months`,
        { key: m.commissioner },
      );
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        basisSpentPence: 182_122_290,
        method: 'months',
        forecastPence: 106_238_003,
        months: { months: '7', wholeMonths: 7, forecastPence: 106_238_003 },
      });
      // The default calendar starts with academic year 2025-26, so it cannot count the basis year's April–August.
      expect(response.body.schoolDays).toBeNull();
      expect(response.body.differencePence).toBeNull();
      expect(response.body.explanation).toContain('× 7 ÷ 12');
      const bySchoolDays = await api.get(
        `/v1/finance/forecast?basisFinancialYear=2025-26&from=2026-09-01&to=2027-03-31&method=school_days`,
        { key: m.commissioner },
      );
      expect(bySchoolDays.status).toBe(422);
      expect(bySchoolDays.body.code).toBe('calendar_missing');
      const csv = await api.get(
        `/v1/finance/forecast?basisFinancialYear=2025-26&from=2026-09-01&to=2027-03-31`,
        { key: m.commissioner, headers: { accept: 'text/csv' } },
      );
      expect(csv.text.split('\n')[1]).toContain(',months,7,12,106238003,yes');
    });

    it('refuses a window that ends before it starts', async () => {
      const response = await api.get(
        `/v1/finance/forecast?basisFinancialYear=2025-26&from=2027-03-31&to=2026-09-01`,
        { key: m.commissioner },
      );
      expect(response.status).toBe(400);
    });
  });

  describe('approved invoices', () => {
    it('count as spend in the position, by lot and provider, in the unallocated cost centre', async () => {
      const days = ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13'];
      await api.app.get(DataSource).query(
        `INSERT INTO attendance_marks (call_off_id, date, session, mark, commissioner_organisation_id, provider_id,
                                       lot_id, recorded_at)
         SELECT $1, d::date, s::attendance_session, 'present', $2, $3, $4, now()
           FROM unnest($5::text[]) AS d, unnest(ARRAY['am', 'pm']) AS s`,
        [callOffId, m.org.id, m.providers[0].id, m.lotId, days],
      );
      api.clock.setToday('2026-11-16');
      try {
        const before = await api.get('/v1/finance/position?financialYear=2026-27', { key: m.commissioner });
        const invoice = await api.post(
          '/v1/invoices',
          {
            commissionerOrganisationId: m.org.id,
            providerInvoiceNumber: 'INV-FIN-1',
            issuedOn: '2026-11-16',
            periodFrom: '2026-11-09',
            periodTo: '2026-11-13',
            lines: [
              { callOffId, kind: 'sessions', quantity: 10, unitPricePence: 9_000, amountPence: 90_000 },
            ],
          },
          { key: m.providers[0].key },
        );
        expect(invoice.status).toBe(201);
        const approved = await api.post(`/v1/invoices/${invoice.body.id}/approve`, undefined, {
          key: m.commissioner,
          headers: { 'if-match': `"${invoice.body.version}"` },
        });
        expect(approved.status).toBe(200);
        const after = await api.get('/v1/finance/position?financialYear=2026-27', { key: m.commissioner });
        expect(after.body.total).toMatchObject({
          invoicedPence: 90_000,
          spentPence: 90_000,
          committedPence: before.body.total.committedPence,
        });
        expect(after.body.byLot.find((row: { lotId: string }) => row.lotId === m.lotId).spentPence).toBe(
          90_000,
        );
        expect(
          after.body.byCostCentre.find((row: { costCentre: string | null }) => row.costCentre === null),
        ).toMatchObject({
          spentPence: 90_000,
        });
      } finally {
        api.clock.setToday('2026-11-02');
      }
    });
  });

  describe('budget thresholds', () => {
    it('announces 90 % and 100 % once each', async () => {
      const scan = api.app.get(BudgetThresholdScan);
      expect(await scan.scan('2025-26')).toBeGreaterThanOrEqual(2);
      expect(await scan.scan('2025-26')).toBe(0);
      await api.feedCaughtUp();
      const feed = await api.get('/v1/events?limit=200&types=budget.threshold_crossed', {
        key: m.commissioner,
      });
      const crossed = feed.body.data.filter(
        (e: { type: string; payload: { organisationId: string } }) =>
          e.type === 'budget.threshold_crossed' && e.payload.organisationId === m.org.id,
      );
      expect(
        crossed.map((e: { payload: { thresholdPercent: number } }) => e.payload.thresholdPercent).sort(),
      ).toEqual([100, 90]);
    });
  });
});
