import { DataSource } from 'typeorm';
import { Role } from '../src/auth/role';
import { ENGLAND_DEFAULT_CALENDAR } from '../src/calendar/engine/england-default';
import { SchoolCalendar } from '../src/calendar/engine/school-calendar';
import { addDays } from '../src/calendar/engine/dates';
import { callOffBody, market, Market, raise } from './support/call-offs';
import { TestApp, startTestApp } from './support/test-app';

// 9 Nov 2026 – 31 Mar 2027 at £185 a day in the default calendar: 83 school days, £2,830.50… the at-risk share is
// read from the call-off itself so these tests follow the pricing engine, and every payment is asserted to the penny.
describe('Outcomes: rules, claims and payments', () => {
  let api: TestApp;
  let auditor: string;

  beforeAll(async () => {
    api = await startTestApp();
    auditor = await api.issueKey(Role.Auditor);
  });
  afterAll(() => api.close());

  async function placement(
    m: Market,
    provider = 0,
  ): Promise<{ id: string; atRiskPence: number; basePence: number }> {
    api.clock.setToday('2026-11-02');
    const raised = await raise(
      api,
      m.commissioner,
      callOffBody(m.lotId, { providerId: m.providers[provider].id, justification: 'Closest to home' }),
    );
    if (raised.status !== 201) throw new Error(`raise: ${raised.text}`);
    const accepted = await api.post(
      `/v1/call-offs/${raised.body.id}/accept`,
      {},
      { key: m.providers[provider].key },
    );
    if (accepted.status !== 200) throw new Error(`accept: ${accepted.text}`);
    return {
      id: raised.body.id,
      atRiskPence: accepted.body.price.atRiskPence,
      basePence: accepted.body.price.basePence,
    };
  }

  function rule(m: Market, body: Record<string, unknown>, key?: string) {
    return api.post(
      `/v1/lots/${m.lotId}/outcome-rules`,
      { title: 'An outcome', threshold: '80', sustainSchoolWeeks: 6, ...body },
      { key },
    );
  }

  function claim(m: Market, callOffId: string, body: Record<string, unknown>, provider = 0) {
    return api.post(
      `/v1/call-offs/${callOffId}/outcome-claims`,
      { evidenceRef: 'CERT-0001', ...body },
      { key: m.providers[provider].key },
    );
  }

  // round half up(pence × percent ÷ 100), as the payment rule states it.
  const share = (pence: number, percent: number) => Math.floor((2 * pence * percent + 100) / 200);

  describe('rules per lot', () => {
    let m: Market;
    beforeAll(async () => {
      m = await market(api, { count: 1 });
    });

    it('creates a rule whose definition states the seven elements of a payable outcome', async () => {
      const created = await rule(m, {
        code: 'attendance_90',
        metric: 'attendance_rate',
        threshold: '90',
        evidence: 'attendance_records',
        shareOfAtRiskPercent: '40',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        code: 'attendance_90',
        threshold: '90',
        shareOfAtRiskPercent: '40',
      });
      expect(created.body.definition).toContain('paid 40% of the placement');
      expect(created.body.definition).toContain('never exceed 12% of its base value');
      const listed = await api.get(`/v1/lots/${m.lotId}/outcome-rules`, { key: m.providers[0].key });
      expect(listed.status).toBe(200);
      expect(listed.body.data.map((r: { code: string }) => r.code)).toEqual(['attendance_90']);
    });

    it('refuses shares that would pass 100 % of the at-risk value, even when sent at once', async () => {
      const racing = await Promise.all(
        ['a_one', 'a_two', 'a_three'].map((code) =>
          rule(m, { code, metric: 'qualification', evidence: 'certificate', shareOfAtRiskPercent: '30' }),
        ),
      );
      expect(racing.map((r) => r.status).sort()).toEqual([201, 201, 422]);
      const refused = racing.find((r) => r.status === 422)!;
      expect(refused.body).toMatchObject({ code: 'outcome_shares_above_100', availablePercent: '0' });
      const over = await rule(m, {
        code: 'one_more',
        metric: 'qualification',
        evidence: 'certificate',
        shareOfAtRiskPercent: '0.01',
      });
      expect(over.status).toBe(422);
      expect(over.body.code).toBe('outcome_shares_above_100');
    });

    it('refuses a code the lot already has, and evidence that does not fit the metric', async () => {
      const again = await rule(m, {
        code: 'attendance_90',
        metric: 'attendance_rate',
        evidence: 'attendance_records',
        shareOfAtRiskPercent: '1',
      });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('duplicate_outcome_rule_code');
      const mismatch = await rule(m, {
        code: 'att_cert',
        metric: 'attendance_rate',
        evidence: 'certificate',
        shareOfAtRiskPercent: '1',
      });
      expect(mismatch.status).toBe(422);
      expect(mismatch.body.code).toBe('outcome_evidence_mismatch');
    });

    it('validates the fields', async () => {
      const bad = await rule(m, {
        code: 'Bad Code',
        metric: 'happiness',
        evidence: 'certificate',
        shareOfAtRiskPercent: '101',
        sustainSchoolWeeks: 0,
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
        ['code', 'metric', 'shareOfAtRiskPercent', 'sustainSchoolWeeks'].sort(),
      );
    });
  });

  describe('claims, verification and the per-child cap', () => {
    let m: Market;
    let callOff: { id: string; atRiskPence: number; basePence: number };
    let other: { id: string; atRiskPence: number; basePence: number };

    beforeAll(async () => {
      m = await market(api, { count: 2 });
      for (const body of [
        {
          code: 'qualification',
          metric: 'qualification',
          threshold: '1',
          evidence: 'certificate',
          shareOfAtRiskPercent: '60',
        },
        {
          code: 'destination',
          metric: 'destination_sustained',
          evidence: 'college_confirmation',
          shareOfAtRiskPercent: '40',
        },
      ])
        expect((await rule(m, body)).status).toBe(201);
      callOff = await placement(m);
      api.clock.setToday('2027-01-20');
    });

    it('takes a claim from the addressed provider, due for verification within 20 school days', async () => {
      const submitted = await claim(m, callOff.id, { ruleCode: 'qualification', achievedOn: '2027-01-15' });
      expect(submitted.status).toBe(201);
      expect(submitted.body).toMatchObject({
        status: 'submitted',
        supported: null,
        financialYear: '2026-27',
        // 21 Jan 2027 is school day 1; half term (15–19 Feb) is skipped.
        verifyBy: '2027-02-24',
        overdue: false,
        payablePence: null,
      });
    });

    it('refuses a second claim for the same rule on the placement with 409', async () => {
      const again = await claim(m, callOff.id, { ruleCode: 'qualification', achievedOn: '2027-01-16' });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('outcome_already_claimed');
    });

    it('refuses an unknown rule, a future day and a day before the placement', async () => {
      expect((await claim(m, callOff.id, { ruleCode: 'nope', achievedOn: '2027-01-15' })).body.code).toBe(
        'unknown_outcome_rule',
      );
      for (const achievedOn of ['2027-01-21', '2026-11-06'])
        expect((await claim(m, callOff.id, { ruleCode: 'destination', achievedOn })).body).toMatchObject({
          status: 422,
          code: 'achieved_on_out_of_range',
        });
    });

    it('pays a verified claim its share of the at-risk value, round half up, once', async () => {
      const [submitted] = (
        await api.get(`/v1/outcome-claims?callOffId=${callOff.id}`, { key: m.commissioner })
      ).body.data;
      const verified = await api.post(`/v1/outcome-claims/${submitted.id}/verify`, undefined, {
        key: m.commissioner,
      });
      expect(verified.status).toBe(200);
      expect(verified.body).toMatchObject({
        status: 'verified',
        atRiskPenceAtVerification: callOff.atRiskPence,
        uncappedPence: share(callOff.atRiskPence, 60),
        payablePence: share(callOff.atRiskPence, 60),
        capApplied: 'none',
      });
      const twice = await api.post(`/v1/outcome-claims/${submitted.id}/verify`, undefined, {
        key: m.commissioner,
      });
      expect(twice.status).toBe(409);
      expect(twice.body.code).toBe('invalid_transition');
      const stale = await api.post(
        `/v1/outcome-claims/${submitted.id}/reject`,
        { reason: 'x' },
        {
          key: m.commissioner,
          headers: { 'if-match': '"1"' },
        },
      );
      expect(stale.status).toBe(412);
    });

    it("never pays one child more than the placement's at-risk value when the placement shrinks", async () => {
      const second = await claim(m, callOff.id, { ruleCode: 'destination', achievedOn: '2027-01-18' });
      expect(second.status).toBe(201);
      const terminated = await api.post(
        `/v1/call-offs/${callOff.id}/variations`,
        { kind: 'terminate', effectiveDate: '2027-03-05', reason: 'Moved to a college course' },
        { key: m.commissioner },
      );
      expect(terminated.status).toBe(200);
      const atRisk = terminated.body.price.atRiskPence as number;
      expect(atRisk).toBeLessThan(callOff.atRiskPence);
      expect(atRisk - share(callOff.atRiskPence, 60)).toBeLessThan(share(atRisk, 40));
      const verified = await api.post(`/v1/outcome-claims/${second.body.id}/verify`, undefined, {
        key: m.commissioner,
      });
      expect(verified.status).toBe(200);
      const paidBefore = share(callOff.atRiskPence, 60);
      expect(verified.body).toMatchObject({
        atRiskPenceAtVerification: atRisk,
        uncappedPence: share(atRisk, 40),
        payablePence: atRisk - paidBefore,
        capApplied: 'per_child',
      });
    });

    it('rejects a claim with a reason, and lists claims overdue for verification', async () => {
      other = await placement(m);
      api.clock.setToday('2027-01-20');
      const first = await claim(m, other.id, { ruleCode: 'qualification', achievedOn: '2027-01-15' });
      const second = await claim(m, other.id, { ruleCode: 'destination', achievedOn: '2027-01-15' });
      const rejected = await api.post(
        `/v1/outcome-claims/${first.body.id}/reject`,
        { reason: 'The certificate is for another course' },
        { key: m.commissioner },
      );
      expect(rejected.status).toBe(200);
      expect(rejected.body).toMatchObject({
        status: 'rejected',
        rejectionReason: 'The certificate is for another course',
        payablePence: null,
      });
      api.clock.setToday('2027-02-25');
      const overdue = await api.get(`/v1/outcome-claims?overdue=true`, { key: m.commissioner });
      expect(overdue.body.data.map((c: { id: string }) => c.id)).toEqual([second.body.id]);
      expect(overdue.body.data[0]).toMatchObject({ overdue: true, verifyBy: '2027-02-24' });
      const submittedOnly = await api.get(`/v1/outcome-claims?status=rejected`, { key: m.providers[0].key });
      expect(submittedOnly.body.data.map((c: { id: string }) => c.id)).toEqual([first.body.id]);
      api.clock.setToday('2027-01-20');
    });
    it('reports at-risk money a placement did not release as retained once it has ended', async () => {
      api.clock.setToday('2027-04-02');
      const summary = await api.get(`/v1/outcome-payments/summary?providerId=${m.providers[0].id}`);
      expect(summary.status).toBe(200);
      const claims = (await api.get(`/v1/outcome-claims?callOffId=${callOff.id}`, { key: m.commissioner }))
        .body.data;
      const paid = claims.reduce((sum: number, c: { payablePence: number }) => sum + c.payablePence, 0);
      const atRisk = claims[1].atRiskPenceAtVerification as number;
      // The terminated placement released all its at-risk value; the other released none of it.
      expect(paid).toBe(atRisk);
      expect(summary.body.data).toEqual([
        expect.objectContaining({
          providerId: m.providers[0].id,
          lotId: m.lotId,
          financialYear: '2026-27',
          atRiskPence: atRisk + other.atRiskPence,
          paidPence: paid,
          verifiedClaims: 2,
          submittedClaims: 1,
          retainedPence: other.atRiskPence,
        }),
      ]);
      api.clock.setToday('2027-01-20');
    });
  });

  describe('attendance claims checked against the marks', () => {
    let m: Market;
    const calendar = new SchoolCalendar(ENGLAND_DEFAULT_CALENDAR);
    // The autumn term's school days from the start of the placement, by school week (one holds a closure day).
    const days: string[] = [];
    for (let d = '2026-11-09'; d <= '2026-12-18'; d = addDays(d, 1))
      if (calendar.isSchoolDay(d)) days.push(d);

    // Marks a whole school day (am and pm) for every day, absent on the first `absences[week]` sessions of each week.
    async function markAll(
      callOff: string,
      provider: Market['providers'][number],
      absences: number[],
    ): Promise<number> {
      const marks: { callOffId: string; date: string; session: string; mark: string }[] = [];
      const byWeek = new Map<string, string[]>();
      for (const day of days) {
        const monday = addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));
        byWeek.set(monday, [...(byWeek.get(monday) ?? []), day]);
      }
      let absent = 0;
      [...byWeek.values()].forEach((weekDays, week) => {
        let toMiss = absences[week] ?? 0;
        for (const date of weekDays)
          for (const session of ['am', 'pm']) {
            const mark = toMiss > 0 ? 'unauthorised_absence' : 'present';
            if (toMiss > 0) {
              toMiss -= 1;
              absent += 1;
            }
            marks.push({ callOffId: callOff, date, session, mark });
          }
      });
      const sent = await api.post('/v1/attendance', { marks }, { key: provider.key });
      if (sent.status === 404) {
        // The attendance endpoint is not merged yet: the marks go straight into its table.
        const [row] = await api.app
          .get(DataSource)
          .query('SELECT commissioner_organisation_id, provider_id, lot_id FROM call_offs WHERE id = $1', [
            callOff,
          ]);
        for (const mark of marks)
          await api.app.get(DataSource).query(
            `INSERT INTO attendance_marks (call_off_id, date, session, mark, commissioner_organisation_id, provider_id,
               lot_id, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, now())`,
            [
              mark.callOffId,
              mark.date,
              mark.session,
              mark.mark,
              row.commissioner_organisation_id,
              row.provider_id,
              row.lot_id,
            ],
          );
      } else if (sent.status >= 300) throw new Error(`marks: ${sent.status} ${sent.text}`);
      return absent;
    }

    beforeAll(async () => {
      m = await market(api, { count: 1 });
      for (const body of [
        {
          code: 'attendance_90',
          metric: 'attendance_rate',
          threshold: '90',
          sustainSchoolWeeks: 6,
          shareOfAtRiskPercent: '40',
        },
        {
          code: 'improved_20',
          metric: 'attendance_improvement',
          threshold: '20',
          sustainSchoolWeeks: 3,
          shareOfAtRiskPercent: '30',
        },
      ])
        expect((await rule(m, { ...body, evidence: 'attendance_records' })).status).toBe(201);
    });

    it('answers unsupported, with the figures, when the marks fall short, and will not verify it', async () => {
      const callOff = await placement(m);
      api.clock.setToday('2026-12-18');
      const absent = await markAll(callOff.id, m.providers[0], [3, 3, 3]);
      const claimed = await claim(m, callOff.id, { ruleCode: 'attendance_90', achievedOn: '2026-12-18' });
      expect(claimed.status).toBe(201);
      const commissioned = 2 * days.length;
      expect(claimed.body).toMatchObject({
        status: 'submitted',
        supported: false,
        attendanceCheck: {
          supported: false,
          finding: 'below_threshold',
          threshold: '90',
          window: {
            from: '2026-11-09',
            to: '2026-12-18',
            schoolWeeks: 6,
            commissioned,
            attended: commissioned - absent,
          },
        },
      });
      const refused = await api.post(`/v1/outcome-claims/${claimed.body.id}/verify`, undefined, {
        key: m.commissioner,
      });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('outcome_not_supported');

      // The same marks support an improvement: the first three school weeks against the last three.
      const improved = await claim(m, callOff.id, { ruleCode: 'improved_20', achievedOn: '2026-12-18' });
      expect(improved.body).toMatchObject({
        supported: true,
        attendanceCheck: {
          finding: 'threshold_met',
          baseline: { from: '2026-11-09' },
          window: { ratePercent: '100' },
        },
      });
    });

    it('answers supported when the threshold is met to the session, and pays it on verification', async () => {
      const callOff = await placement(m);
      api.clock.setToday('2026-12-18');
      // 58 commissioned sessions: 5 missed leaves 91.38 %, 6 missed leaves 89.66 %.
      const absent = await markAll(callOff.id, m.providers[0], [5]);
      const claimed = await claim(m, callOff.id, { ruleCode: 'attendance_90', achievedOn: '2026-12-18' });
      expect(claimed.body).toMatchObject({
        supported: true,
        attendanceCheck: { finding: 'threshold_met', window: { attended: 2 * days.length - absent } },
      });
      const verified = await api.post(`/v1/outcome-claims/${claimed.body.id}/verify`, undefined, {
        key: m.commissioner,
      });
      expect(verified.status).toBe(200);
      expect(verified.body).toMatchObject({
        status: 'verified',
        payablePence: share(callOff.atRiskPence, 40),
        capApplied: 'none',
      });
    });
  });

  describe('the per-provider cap in a financial year', () => {
    it("holds the provider's outcome payments on the lot to the cap percent of its base value, to the penny", async () => {
      const m = await market(api, { count: 1, lot: { outcomeCapPercentPerProviderYear: '4' } });
      expect(
        (
          await rule(m, {
            code: 'qualification',
            metric: 'qualification',
            threshold: '1',
            evidence: 'certificate',
            shareOfAtRiskPercent: '60',
          })
        ).status,
      ).toBe(201);
      const first = await placement(m);
      const second = await placement(m);
      api.clock.setToday('2027-01-20');
      // Both placements lie wholly in 2026-27: the provider's base there is both bases; the cap rounds down.
      const cap = Math.floor(((first.basePence + second.basePence) * 4) / 100);
      const a = await claim(m, first.id, { ruleCode: 'qualification', achievedOn: '2027-01-15' });
      const b = await claim(m, second.id, { ruleCode: 'qualification', achievedOn: '2027-01-15' });
      const paidA = await api.post(`/v1/outcome-claims/${a.body.id}/verify`, undefined, {
        key: m.commissioner,
      });
      const uncapped = share(first.atRiskPence, 60);
      expect(paidA.body).toMatchObject({ uncappedPence: uncapped, payablePence: Math.min(uncapped, cap) });
      const paidB = await api.post(`/v1/outcome-claims/${b.body.id}/verify`, undefined, {
        key: m.commissioner,
      });
      expect(paidB.body).toMatchObject({
        uncappedPence: share(second.atRiskPence, 60),
        payablePence: cap - paidA.body.payablePence,
        capApplied: 'per_provider_year',
      });
      const summary = await api.get(
        `/v1/outcome-payments/summary?financialYear=2026-27&providerId=${m.providers[0].id}`,
      );
      expect(summary.body.data).toEqual([
        expect.objectContaining({
          capPercentPerProviderYear: '4',
          capPence: cap,
          paidPence: cap,
          verifiedClaims: 2,
        }),
      ]);
    });
  });

  describe('scope', () => {
    let m: Market;
    let outsider: Market;
    let claimId: string;
    let lotId: string;

    beforeAll(async () => {
      m = await market(api, { count: 2 });
      outsider = await market(api, { count: 1 });
      lotId = m.lotId;
      await rule(m, {
        code: 'qualification',
        metric: 'qualification',
        threshold: '1',
        evidence: 'certificate',
        shareOfAtRiskPercent: '50',
      });
      await rule(m, {
        code: 'destination',
        metric: 'destination_sustained',
        evidence: 'college_confirmation',
        shareOfAtRiskPercent: '50',
      });
      const callOff = await placement(m);
      api.clock.setToday('2027-01-20');
      claimId = (await claim(m, callOff.id, { ruleCode: 'qualification', achievedOn: '2027-01-15' })).body.id;
      expect(claimId).toBeDefined();
    });

    it('lets only admin create rules, and anyone who may read the lot list them', async () => {
      const body = {
        code: 'x_rule',
        metric: 'qualification',
        evidence: 'certificate',
        shareOfAtRiskPercent: '1',
      };
      for (const key of [m.commissioner, m.providers[0].key, auditor])
        expect((await rule(m, body, key)).status).toBe(403);
      for (const key of [api.adminKey, auditor, m.commissioner, m.providers[1].key])
        expect((await api.get(`/v1/lots/${lotId}/outcome-rules`, { key })).status).toBe(200);
      expect((await api.get(`/v1/lots/${lotId}/outcome-rules`, { key: outsider.commissioner })).status).toBe(
        404,
      );
    });

    it('takes claims from the addressed provider only', async () => {
      const { callOffId } = (await api.get(`/v1/outcome-claims/${claimId}`, { key: m.commissioner })).body;
      const body = { ruleCode: 'destination', achievedOn: '2027-01-15', evidenceRef: 'LETTER-1' };
      const url = `/v1/call-offs/${callOffId}/outcome-claims`;
      expect((await api.post(url, body, { key: m.providers[1].key })).status).toBe(404);
      expect((await api.post(url, body, { key: outsider.providers[0].key })).status).toBe(404);
      for (const key of [m.commissioner, api.adminKey, auditor])
        expect((await api.post(url, body, { key })).status).toBe(403);
    });

    it('shows a claim to the commissioner organisation and the addressed provider only', async () => {
      for (const key of [m.commissioner, m.providers[0].key])
        expect((await api.get(`/v1/outcome-claims/${claimId}`, { key })).status).toBe(200);
      for (const key of [outsider.commissioner, m.providers[1].key, outsider.providers[0].key])
        expect((await api.get(`/v1/outcome-claims/${claimId}`, { key })).status).toBe(404);
      for (const key of [api.adminKey, auditor]) {
        expect((await api.get(`/v1/outcome-claims/${claimId}`, { key })).status).toBe(403);
        expect((await api.get(`/v1/outcome-claims`, { key })).status).toBe(403);
      }
      const ids = async (key: string) =>
        (await api.get(`/v1/outcome-claims`, { key })).body.data.map((c: { id: string }) => c.id);
      expect(await ids(m.commissioner)).toContain(claimId);
      expect(await ids(m.providers[0].key)).toContain(claimId);
      expect(await ids(m.providers[1].key)).not.toContain(claimId);
      expect(await ids(outsider.commissioner)).not.toContain(claimId);
    });

    it("lets only the placement's commissioner verify or reject", async () => {
      for (const path of ['verify', 'reject']) {
        const url = `/v1/outcome-claims/${claimId}/${path}`;
        const body = path === 'reject' ? { reason: 'No' } : undefined;
        expect((await api.post(url, body, { key: outsider.commissioner })).status).toBe(404);
        for (const key of [m.providers[0].key, api.adminKey, auditor])
          expect((await api.post(url, body, { key })).status).toBe(403);
      }
    });

    it('gives everyone the payments summary of their own scope, the cap to those who see the whole provider', async () => {
      const rows = async (key: string) =>
        (await api.get(`/v1/outcome-payments/summary?financialYear=2026-27`, { key })).body.data.filter(
          (r: { lotId: string }) => r.lotId === lotId,
        );
      for (const key of [api.adminKey, auditor, m.providers[0].key])
        expect(await rows(key)).toEqual([
          expect.objectContaining({ submittedClaims: 1, capPence: expect.any(Number) }),
        ]);
      expect(await rows(m.commissioner)).toEqual([
        expect.objectContaining({ submittedClaims: 1, capPence: null }),
      ]);
      expect(await rows(outsider.commissioner)).toEqual([]);
      expect(await rows(m.providers[1].key)).toEqual([]);
    });

    it("sends claim events to the child's two parties only, with the evidence in the restricted part", async () => {
      await api.feedCaughtUp();
      const feed = async (key: string) =>
        (await api.get(`/v1/events?limit=200&types=outcome_claim.submitted`, { key })).body.data.filter(
          (e: { subject: { id: string } }) => e.subject.id === claimId,
        );
      const [seen] = await feed(m.commissioner);
      expect(seen).toMatchObject({
        payload: { ruleCode: 'qualification' },
        restricted: { evidenceRef: 'CERT-0001' },
      });
      expect(await feed(m.providers[0].key)).toHaveLength(1);
      for (const key of [api.adminKey, auditor, outsider.commissioner, m.providers[1].key])
        expect(await feed(key)).toHaveLength(0);
    });
  });
});
