import { DataSource } from 'typeorm';
import { looksLikeUpn } from '../src/call-offs/engine/child-ref';
import { CallOffStatus } from '../src/call-offs/engine/lifecycle';
import { DemoKeys, seedDemo } from '../src/demo/seed-demo';
import { runReviewScheduleJobs } from './support/review-schedules';
import { Response, TestApp, startTestApp } from './support/test-app';

describe('the demo dataset', () => {
  let api: TestApp;
  beforeAll(async () => {
    // Its own empty database: the dataset is for a fresh install, and other files' records (an organisation
    // made from the OpenAPI example code, say) would collide with it.
    api = await startTestApp({ ownDatabase: true });
    // A fixed day inside the demo term, so the dataset and every status in it are the same whenever this runs.
    api.clock.setToday('2026-12-01');
  });
  afterAll(() => api.close());

  let keys: DemoKeys;
  beforeAll(async () => {
    keys = await seedDemo(api.app);
  });

  it('reproduces the Cabinet report: £1,821,222.90 spent against £978,000, £843,222.90 over (86.2 %), and the £1,062,380.03 run rate', async () => {
    const key = keys.buryCommissioner;
    const position = await api.get('/v1/finance/position?financialYear=2025-26', { key });
    expect(position.status).toBe(200);
    expect(position.body.total).toMatchObject({
      budgetPence: 97_800_000,
      spentPence: 182_122_290,
      committedPence: 0,
      projectedOutturnPence: 182_122_290,
      variancePence: 84_322_290,
      variancePercent: '86.2',
    });
    expect(
      position.body.byProvider.filter((row: { providerId: string | null }) => row.providerId),
    ).not.toHaveLength(0);
    expect(
      position.body.byProvider.filter((row: { supplierName: string | null }) => row.supplierName),
    ).not.toHaveLength(0);
    const forecast = await api.get(
      '/v1/finance/forecast?basisFinancialYear=2025-26&from=2026-09-01&to=2027-03-31&method=months',
      { key },
    );
    expect(forecast.body).toMatchObject({ basisSpentPence: 182_122_290, forecastPence: 106_238_003 });
    expect(forecast.body.schoolDays.forecastPence).toBeGreaterThan(0);
    const next = await api.get('/v1/finance/position?financialYear=2026-27', { key });
    expect(next.body.budgetNote).toBe('demo assumption');
    expect(next.body.total.committedPence).toBeGreaterThan(0);
    expect(next.body.total.spotCommittedPence).toBeGreaterThan(0);
    const spot = await api.get('/v1/spot-purchases', { key });
    expect(spot.body.data).toHaveLength(2);
  });

  it('loads 24 providers with checks, approvals and memberships, and a working provider key', async () => {
    const providers = await api.get('/v1/providers?limit=200', { key: keys.admin });
    const demo = providers.body.data.filter((p: { contactEmail: string }) =>
      p.contactEmail.endsWith('.example'),
    );
    expect(demo).toHaveLength(24);

    const own = await api.get('/v1/providers', { key: keys.provider });
    expect(own.body.data).toHaveLength(1);
    expect(own.body.data[0].name).toBe('Chamber Hall Skills Centre');

    const directory = await api.get('/v1/directory', { key: null });
    const names = directory.body.data.map((e: { name: string }) => e.name);
    expect(names).toContain('Chamber Hall Skills Centre');
    // The lapsed cover note, the failed check and the provider still applying keep these out of the directory.
    expect(names).not.toContain('Irwell Valley Motor Vehicle Academy');
    expect(names).not.toContain('Radcliffe Riverside Construction Skills');
    expect(names).not.toContain('Bolton Road Music Studio');
    expect(names).toContain('Besses Hair and Beauty Training');
    const lotNumbers = new Set(
      directory.body.availableLots.map(
        (l: { frameworkReference: string; number: number }) => `${l.frameworkReference}/${l.number}`,
      ),
    );
    for (const lot of [
      'BURY-AP-2021/1',
      'BURY-AP-2021/2',
      'BURY-AP-2021/3',
      'BURY-AP-2027/1',
      'BURY-AP-2027/2',
      'BURY-AP-2027/3',
    ])
      expect(lotNumbers).toContain(lot);

    const motor = providers.body.data.find(
      (p: { name: string }) => p.name === 'Irwell Valley Motor Vehicle Academy',
    );
    const lot3 = directory.body.availableLots.find(
      (l: { frameworkReference: string; number: number }) =>
        l.frameworkReference === 'BURY-AP-2027' && l.number === 3,
    );
    const eligibility = await api.get(`/v1/providers/${motor.id}/eligibility?lotId=${lot3.lotId}`, {
      key: keys.buryCommissioner,
    });
    expect(eligibility.body.reasons).toEqual([
      { code: 'check_expired', detail: 'employers_liability_insurance' },
    ]);
  });

  // The demo's lots are found through the public directory: the shared test database holds other tests' data too.
  async function demoLots(): Promise<{ lotId: string; frameworkReference: string; number: number }[]> {
    const directory = await api.get('/v1/directory', { key: null });
    return directory.body.availableLots.filter((l: { frameworkReference: string }) =>
      ['BURY-AP-2021', 'BURY-AP-2027'].includes(l.frameworkReference),
    );
  }

  it('prices every member of every lot with an approved card, and has one card awaiting approval', async () => {
    const lots = await demoLots();
    expect(lots).toHaveLength(6);
    let submitted = 0;
    for (const lot of lots) {
      const members = await api.get(`/v1/lots/${lot.lotId}/members`, { key: keys.admin });
      expect(members.status).toBe(200);
      const cards = await api.get(`/v1/rate-cards?lotId=${lot.lotId}&limit=200`, { key: keys.admin });
      const approved = new Set(
        cards.body.data
          .filter((c: { status: string }) => c.status === 'approved')
          .map((c: { providerId: string }) => c.providerId),
      );
      expect(members.body.data.length).toBeGreaterThan(0);
      for (const member of members.body.data as { providerId: string }[])
        expect(approved).toContain(member.providerId);
      submitted += cards.body.data.filter((c: { status: string }) => c.status === 'submitted').length;
    }
    expect(submitted).toBe(1);
  });

  it('has its card awaiting approval inside the uplift cap, so the council can approve it as it stands', async () => {
    const pending = await api.get('/v1/rate-cards?status=submitted&limit=200', { key: keys.admin });
    expect(pending.body.data).toHaveLength(1);
    const approved = await api.post(
      `/v1/rate-cards/${pending.body.data[0].id}/approve`,
      {},
      { key: keys.admin },
    );
    expect(approved.status).toBe(200);
  });

  it('runs the README’s first placement: matches, a call-off, and the top-ranked provider accepting with its demo key', async () => {
    const frameworks = await api.get('/v1/frameworks', { key: keys.buryCommissioner });
    const legacy = frameworks.body.data.find((f: { reference: string }) => f.reference === 'BURY-AP-2021');
    const lots = await api.get(`/v1/frameworks/${legacy.id}/lots`, { key: keys.buryCommissioner });
    const lotId = lots.body.data[0].id as string;
    const matches = await api.get(
      `/v1/lots/${lotId}/matches?startDate=2026-12-01&endDate=2027-03-25&sessionsPerWeek=4`,
      { key: keys.buryCommissioner },
    );
    expect(matches.status).toBe(200);
    const raised = await api.post(
      '/v1/call-offs',
      {
        lotId,
        childRef: 'BURY-TRY-0001',
        child: { yearGroup: 10, ehcp: false, lookedAfter: false },
        statutoryBasis: 's19_illness',
        primaryReason: 'Medical needs',
        startDate: '2026-12-01',
        endDate: '2027-03-25',
        sessionsPerWeek: 4,
        plan: {
          objectives: ['Maths and English'],
          reviewFrequencyWeeks: 6,
          nextStep: 'reintegration',
          reintegrationCriteria: '90% attendance for six weeks',
        },
      },
      { key: keys.buryCommissioner, headers: { 'idempotency-key': 'first-1' } },
    );
    expect(raised.status).toBe(201);
    expect(raised.body.providerId).toBe(matches.body.matches[0].providerId);
    const providerKey = keys.providers[matches.body.matches[0].name];
    const accepted = await api.post(`/v1/call-offs/${raised.body.id}/accept`, {}, { key: providerKey });
    expect(accepted.status).toBe(200);
    // The test stands on 1 December, the start date, so the accepted placement is already active.
    expect(accepted.body.status).toBe('active');
  });

  it('has capacity declared on every lot, one provider’s stale', async () => {
    const stale = new Set<string>();
    for (const lot of await demoLots()) {
      const from = lot.frameworkReference === 'BURY-AP-2021' ? '2026-12-01' : '2027-04-01';
      const capacity = await api.get(`/v1/capacity?lotId=${lot.lotId}&from=${from}&to=${from}`, {
        key: keys.admin,
      });
      expect(capacity.status).toBe(200);
      expect(capacity.body.data.length).toBeGreaterThan(0);
      for (const entry of capacity.body.data as { providerId: string; stale: boolean }[])
        if (entry.stale) stale.add(entry.providerId);
    }
    expect(stale.size).toBe(1);
  });

  it('raises about 140 placements in every status, with sixth-day deadlines both met and missed', async () => {
    const commissioners = [keys.buryCommissioner, keys.schoolCommissioner, keys.castlebrookCommissioner];
    const list = async (key: string, query: string) => {
      type Row = { statutoryBasis: string; statutoryDeadlineMet: boolean | null; childRef: string };
      const rows: Row[] = [];
      let cursor: string | null = null;
      do {
        const page: Response<{ data: Row[]; nextCursor: string | null }> = await api.get(
          `/v1/call-offs?limit=200&${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          { key },
        );
        expect(page.status).toBe(200);
        rows.push(...page.body.data);
        cursor = page.body.nextCursor;
      } while (cursor);
      return rows;
    };
    let total = 0;
    for (const key of commissioners) total += (await list(key, '')).length;
    expect(total).toBeGreaterThanOrEqual(130);
    expect(total).toBeLessThanOrEqual(150);

    for (const status of Object.values(CallOffStatus)) {
      const rows = await list(keys.buryCommissioner, `status=${status}`);
      expect({ status, present: rows.length > 0 }).toEqual({ status, present: true });
    }

    const all = await list(keys.buryCommissioner, '');
    // Data minimisation: opaque references, never UPN-shaped by the rule the API itself refuses them with.
    expect(all.filter((row) => looksLikeUpn(row.childRef)).map((row) => row.childRef)).toEqual([]);
    const exclusions = all.filter((r) => r.statutoryBasis === 's19_permanent_exclusion');
    expect(exclusions.some((r) => r.statutoryDeadlineMet === true)).toBe(true);
    expect(exclusions.some((r) => r.statutoryDeadlineMet === false)).toBe(true);
  });

  it('flags the high-cost placements on the legacy lot 3 with cheaper alternatives that have room', async () => {
    const frameworks = await api.get('/v1/frameworks?limit=200', { key: keys.admin });
    const legacy = frameworks.body.data.find((f: { reference: string }) => f.reference === 'BURY-AP-2021');
    const lots = await api.get(`/v1/frameworks/${legacy.id}/lots`, { key: keys.admin });
    const lot3 = lots.body.data.find((l: { number: number }) => l.number === 3);

    // Every unit on one scale: lot 1 prices annual places by Bury's school days, weeks and days; lot 2 hours.
    const bury = (await api.get('/v1/organisations?limit=200', { key: keys.admin })).body.data.find(
      (o: { name: string }) => o.name === 'Bury Council',
    );
    const year = await api.get(
      `/v1/organisations/${bury.id}/calendar/school-days?from=2026-09-01&to=2027-08-31`,
      { key: keys.buryCommissioner },
    );
    const lot1 = lots.body.data.find((l: { number: number }) => l.number === 1);
    const lot1Prices = await api.get(`/v1/finance/benchmarks?lotId=${lot1.id}`, {
      key: keys.buryCommissioner,
    });
    type Line = { unit: string; unitPricePence: number; pencePerPupilDay: number };
    const lines: Line[] = lot1Prices.body.providers.flatMap((p: { lines: Line[] }) => p.lines);
    const annual = lines.find((l) => l.unit === 'annual_place' && l.unitPricePence === 2_195_000);
    // £21,950 a year ÷ the school days of 2026-27 in Bury's calendar, half up.
    expect(annual?.pencePerPupilDay).toBe(Math.floor(2_195_000 / year.body.schoolDays + 0.5));
    expect(lines).toContainEqual({ unit: 'week', unitPricePence: 92_500, pencePerPupilDay: 18_500 });
    expect(lines).toContainEqual({ unit: 'day', unitPricePence: 18_500, pencePerPupilDay: 18_500 });
    const lot2 = lots.body.data.find((l: { number: number }) => l.number === 2);
    const lot2Prices = await api.get(`/v1/finance/benchmarks?lotId=${lot2.id}`, {
      key: keys.buryCommissioner,
    });
    const lot2Lines: Line[] = lot2Prices.body.providers.flatMap((p: { lines: Line[] }) => p.lines);
    // £45 an hour × 3.25 hours a session × 2 sessions.
    expect(lot2Lines).toContainEqual({ unit: 'hour', unitPricePence: 4_500, pencePerPupilDay: 29_250 });
    expect(lot2Lines).toContainEqual({ unit: 'session', unitPricePence: 6_800, pencePerPupilDay: 13_600 });

    const benchmarks = await api.get(`/v1/finance/benchmarks?lotId=${lot3.id}`, {
      key: keys.buryCommissioner,
    });
    expect(benchmarks.status).toBe(200);
    // 16 providers price lot 3; sessions ×2 per pupil-day (hour-only tuition: £44 × 3.25 × 2): p75 = £178 (R-7).
    expect(benchmarks.body.prices).toMatchObject({ count: 16, p75PencePerPupilDay: 17_800 });

    const flags = await api.get(`/v1/finance/high-cost-placements?lotId=${lot3.id}`, {
      key: keys.buryCommissioner,
    });
    expect(flags.status).toBe(200);
    const equine = flags.body.data.filter(
      (p: { pencePerPupilDay: number; unitPricePence: number }) => p.unitPricePence === 11_800,
    );
    expect(equine.length).toBeGreaterThanOrEqual(3);
    for (const placement of equine) {
      expect(placement).toMatchObject({
        pencePerPupilDay: 23_600,
        lotP75PencePerPupilDay: 17_800,
        thresholdPercent: '20',
        highCostLinePencePerPupilDay: 21_360,
        reasons: ['above_p75_threshold'],
      });
      expect(placement.alternatives.length).toBeGreaterThan(0);
      for (const alternative of placement.alternatives)
        expect(alternative.pencePerPupilDay).toBeLessThan(23_600);
    }
  });

  it('has invoices in every state: matched, queried, approved, disputed, paid and overdue', async () => {
    const all = await api.get('/v1/invoices?limit=200', { key: keys.buryCommissioner });
    expect(all.status).toBe(200);
    type Row = { id: string; status: string; matchStatus: string; overdue: boolean; providerId: string };
    const rows: Row[] = all.body.data;
    expect(rows).toHaveLength(6);
    const count = (pick: (row: Row) => boolean) => rows.filter(pick).length;
    expect({
      matchedSubmitted: count((r) => r.status === 'submitted' && r.matchStatus === 'matched'),
      queried: count((r) => r.status === 'submitted' && r.matchStatus === 'query'),
      approved: count((r) => r.status === 'approved'),
      disputed: count((r) => r.status === 'disputed'),
      paid: count((r) => r.status === 'paid'),
      overdue: count((r) => r.overdue),
    }).toEqual({ matchedSubmitted: 1, queried: 1, approved: 2, disputed: 1, paid: 1, overdue: 1 });
    const overdue = await api.get('/v1/invoices?overdue=true', { key: keys.buryCommissioner });
    expect(overdue.body.data).toEqual([expect.objectContaining({ status: 'approved', overdue: true })]);
    // Schools never see the council's invoices.
    expect((await api.get('/v1/invoices', { key: keys.schoolCommissioner })).body.data).toEqual([]);
  });

  it('has attendance for every accepted placement: most at 85–95 %, a few persistent absentees, some cancellations', async () => {
    const summary = await api.get('/v1/attendance/summary?from=2026-04-01&to=2026-12-01', {
      key: keys.buryCommissioner,
    });
    expect(summary.status).toBe(200);
    expect(summary.body.totals.marked).toBeGreaterThan(1000);
    expect(summary.body.totals.attendancePercent).toBeGreaterThanOrEqual(85);
    expect(summary.body.totals.attendancePercent).toBeLessThanOrEqual(95);
    expect(summary.body.totals.providerCancelled).toBeGreaterThan(0);
    const placements = await api.get('/v1/call-offs?limit=200&status=active', { key: keys.buryCommissioner });
    const patterned = placements.body.data.filter((c: { pattern: string[] | null }) => c.pattern !== null);
    expect(patterned.length).toBeGreaterThan(0);
    const figures: {
      attendancePercent: number | null;
      persistentAbsence: boolean;
      unmarkedPastSessions: number;
      commissionedToDate: number;
    }[] = [];
    for (const c of placements.body.data as { id: string }[]) {
      const read = await api.get(`/v1/call-offs/${c.id}/attendance?to=2026-12-01`, {
        key: keys.buryCommissioner,
      });
      if (read.status === 200 && read.body.commissionedToDate > 0) figures.push(read.body);
    }
    expect(figures.length).toBeGreaterThan(10);
    expect(figures.every((f) => f.unmarkedPastSessions === 0)).toBe(true);
    // Most children attend 85–95 %: the median placement, and four in five of those with 20 sessions or more to date
    // (fewer give coarse percentages: one session of five is 20 points).
    const percent = (f: (typeof figures)[number]) => f.attendancePercent!;
    const sorted = figures.map(percent).sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeGreaterThanOrEqual(85);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThanOrEqual(95);
    const settled = figures.filter((f) => f.commissionedToDate >= 20);
    const typical = settled.filter((f) => percent(f) >= 85 && percent(f) <= 95);
    expect(typical.length).toBeGreaterThanOrEqual(0.8 * settled.length);
    // A few persistent absentees (missing 10 % or more), each below 90 %; the rest of the settled are typical.
    const persistent = settled.filter((f) => f.persistentAbsence);
    expect(persistent.length).toBeGreaterThan(0);
    expect(persistent.length).toBeLessThanOrEqual(settled.length / 5);
    expect(persistent.every((f) => percent(f) < 90)).toBe(true);
    expect(
      settled.filter((f) => !f.persistentAbsence).every((f) => percent(f) >= 85 && percent(f) <= 95),
    ).toBe(true);
  });

  it('carries outcome rules on the three legacy lots and claims in every state', async () => {
    const legacy = (await api.get('/v1/frameworks?limit=200', { key: keys.admin })).body.data.find(
      (f: { reference: string }) => f.reference === 'BURY-AP-2021',
    );
    const lots = (await api.get(`/v1/frameworks/${legacy.id}/lots`, { key: keys.admin })).body.data;
    for (const lot of lots) {
      const rules = await api.get(`/v1/lots/${lot.id}/outcome-rules`, { key: keys.provider });
      expect(rules.body.data.map((r: { metric: string }) => r.metric).sort()).toEqual([
        'attendance_rate',
        'destination_sustained',
        'qualification',
        'reintegration_sustained',
      ]);
    }
    const claims: {
      status: string;
      overdue: boolean;
      supported: boolean | null;
      payablePence: number | null;
    }[] = [];
    for (const key of [keys.buryCommissioner, keys.schoolCommissioner, keys.castlebrookCommissioner])
      claims.push(...(await api.get('/v1/outcome-claims?limit=200', { key })).body.data);
    const count = (test: (c: (typeof claims)[number]) => boolean) => claims.filter(test).length;
    expect({
      submitted: count((c) => c.status === 'submitted'),
      overdue: count((c) => c.overdue),
      attendanceChecked: count((c) => c.supported !== null),
      unsupported: count((c) => c.supported === false),
      verified: count((c) => c.status === 'verified'),
      paid: count((c) => (c.payablePence ?? 0) > 0),
      rejected: count((c) => c.status === 'rejected'),
    }).toEqual({
      submitted: 10,
      overdue: 3,
      attendanceChecked: 4,
      unsupported: expect.any(Number),
      verified: 8,
      paid: 8,
      rejected: 2,
    });
    expect(count((c) => c.supported === false)).toBeGreaterThan(0);
    const summary = await api.get('/v1/outcome-payments/summary?financialYear=2026-27', { key: keys.admin });
    expect(summary.body.data.reduce((sum: number, r: { paidPence: number }) => sum + r.paidPence, 0)).toBe(
      claims.reduce((sum, c) => sum + (c.status === 'verified' ? (c.payablePence ?? 0) : 0), 0),
    );
  });

  it('has reviews for the placements that started: most on time, some overdue, exits with destinations', async () => {
    // The README's placement, accepted above, has its schedule from the job its acceptance added.
    await runReviewScheduleJobs(api.app);
    const summary = await api.get('/v1/reviews/summary?due=overdue', { key: keys.admin });
    expect(summary.status).toBe(200);
    const overdue = await api.get('/v1/reviews?due=overdue&limit=200', { key: keys.buryCommissioner });
    const upcoming = await api.get('/v1/reviews/summary?due=upcoming', { key: keys.admin });
    const counts: { type: string; destination: string | null }[] = await api.app
      .get(DataSource)
      .query('SELECT type::text, destination::text FROM reviews');
    const exits = counts.filter((r) => r.type === 'exit');
    expect(counts).toHaveLength(112);
    // Every placement that has ended has its exit review, with a destination of each kind among them.
    expect(exits).toHaveLength(30);
    expect(new Set(exits.map((e) => e.destination))).toEqual(
      new Set(['school_roll', 'fe_college', 'apprenticeship', 'employment', 'neet', 'other']),
    );
    // One placement in eight never reviewed, one in eight with its scheduled review missed: overdue on 1 December.
    expect(summary.body.total).toBe(5);
    expect(overdue.body.data).toHaveLength(5);
    expect(overdue.body.data.every((d: { daysOverdue: number }) => d.daysOverdue > 0)).toBe(true);
    expect(upcoming.body.total).toBe(60);
  });
});
