import { DataSource } from 'typeorm';
import { Role } from '../src/auth/role';
import { CalendarService } from '../src/calendar/calendar.service';
import { LapseSweeper } from '../src/call-offs/lapse-sweeper';
import { MatchingService } from '../src/call-offs/matching.service';
import { FrameworksService } from '../src/frameworks/frameworks.service';
import { CapacityService } from '../src/capacity/capacity.service';
import { Market, callOffBody, market, raise } from './support/call-offs';
import { createEligibleProvider } from './support/eligible-provider';
import { checkBody } from './support/providers';
import { TestApp, startTestApp, unique } from './support/test-app';

describe('call-offs', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
    api.clock.setToday('2026-11-02');
  });
  afterAll(() => api.close());

  describe('raising a call-off', () => {
    let m: Market;
    beforeAll(async () => {
      m = await market(api, { count: 3, dayPrices: [18_000, 19_000, 20_000] });
    });

    it('offers the placement to the top-ranked provider, priced, with the ranking frozen as evidence', async () => {
      const response = await raise(api, m.commissioner, callOffBody(m.lotId));
      expect(response.status).toBe(201);
      expect(response.headers.location).toBe(`/v1/call-offs/${response.body.id}`);
      expect(response.headers.etag).toBe(`"${response.body.version}"`);
      expect(response.body).toMatchObject({
        status: 'offered',
        providerId: m.providers[0].id,
        sessionsPerWeek: 10,
      });
      expect(response.body.reference).toMatch(/^CO-\d{6}$/);
      // 9 Nov 2026 – 31 Mar 2027 in the default calendar: 29 autumn + 54 spring = 83 school days at £180.
      expect(response.body.price).toMatchObject({
        unit: 'day',
        unitPricePence: 18_000,
        schoolDays: 83,
        totalPence: 1_494_000,
        atRiskPence: 149_400,
      });
      const evidence = response.body.awardEvidence;
      expect(evidence.selection).toBe('top_ranked');
      expect(evidence.chosenRank).toBe(1);
      expect(evidence.ranking.map((r: { providerId: string }) => r.providerId)).toEqual(
        m.providers.map((p) => p.id),
      );
      expect(evidence.weightsApplied).toEqual({ price: 50, distance: 0, quality: 50 });
      expect(evidence.rule).toContain('normalised');
    });

    it('needs a justification to choose a lower-ranked provider, and records it', async () => {
      const refused = await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, { providerId: m.providers[2].id }),
      );
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('justification_required');
      const blank = await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, { providerId: m.providers[2].id, justification: '  \n ' }),
      );
      expect(blank.body.errors).toEqual([
        { field: 'justification', message: 'justification must not be blank' },
      ]);
      const chosen = await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, {
          providerId: m.providers[2].id,
          justification: 'Only provider with a female mentor, as the plan needs',
        }),
      );
      expect(chosen.status).toBe(201);
      expect(chosen.body.awardEvidence).toMatchObject({ chosenRank: 3, selection: 'named_by_commissioner' });
    });

    it('requires an Idempotency-Key', async () => {
      const response = await api.post('/v1/call-offs', callOffBody(m.lotId), { key: m.commissioner });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('idempotency_key_required');
    });

    it('answers 20 concurrent identical requests with one call-off and 20 identical answers', async () => {
      const body = callOffBody(m.lotId);
      const key = unique('same');
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => raise(api, m.commissioner, body, key)),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
      expect(new Set(responses.map((r) => r.text)).size).toBe(1);
      const listed = await api.get(`/v1/call-offs?lotId=${m.lotId}&limit=200`, { key: m.commissioner });
      expect(listed.body.data.filter((c: { childRef: string }) => c.childRef === body.childRef)).toHaveLength(
        1,
      );
    });

    it.each(['A123456789012', 'H12345678901X', 'k 1234 5678 9012'])(
      'refuses the UPN-shaped childRef %s',
      async (childRef) => {
        const response = await raise(api, m.commissioner, callOffBody(m.lotId, { childRef }));
        expect(response.status).toBe(422);
        expect(response.body.code).toBe('child_ref_looks_like_upn');
      },
    );

    it('refuses an EHC-plan placement unless the SEND caseworker was notified by the start date', async () => {
      const child = { yearGroup: 8, ehcp: true, lookedAfter: false };
      const missing = await raise(api, m.commissioner, callOffBody(m.lotId, { child }));
      expect(missing.body.code).toBe('send_caseworker_not_notified');
      const late = await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, { child, sendCaseworkerNotifiedAt: '2026-11-10' }),
      );
      expect(late.body.code).toBe('send_caseworker_not_notified');
      const ok = await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, { child, sendCaseworkerNotifiedAt: '2026-11-09' }),
      );
      expect(ok.status).toBe(201);
    });

    it('refuses a plan without reintegration criteria when the next step is reintegration, and a missing plan', async () => {
      const plan = { objectives: ['x'], reviewFrequencyWeeks: 4, nextStep: 'reintegration' };
      expect((await raise(api, m.commissioner, callOffBody(m.lotId, { plan }))).body.code).toBe(
        'plan_incomplete',
      );
      const body: Record<string, unknown> = callOffBody(m.lotId);
      delete body.plan;
      expect((await raise(api, m.commissioner, body)).status).toBe(400);
    });

    it('computes the sixth school day of a permanent exclusion across INSET days and half term', async () => {
      // Exclusion Thu 22 Oct 2026: day 1 = 22 Oct; 23 Oct INSET; 26–30 Oct half term; 2 Nov INSET;
      // days 2–6 = 3, 4, 5, 6, 9 Nov.
      const onTime = await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, {
          statutoryBasis: 's19_permanent_exclusion',
          exclusionDate: '2026-10-22',
          startDate: '2026-11-09',
        }),
      );
      expect(onTime.body).toMatchObject({ statutoryDeadline: '2026-11-09', statutoryDeadlineMet: true });
      const late = await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, {
          statutoryBasis: 's19_permanent_exclusion',
          exclusionDate: '2026-10-22',
          startDate: '2026-11-10',
        }),
      );
      expect(late.status).toBe(201);
      expect(late.body).toMatchObject({ statutoryDeadline: '2026-11-09', statutoryDeadlineMet: false });
      const missed = await api.get(`/v1/call-offs?statutoryDeadlineMet=false&lotId=${m.lotId}`, {
        key: m.commissioner,
      });
      expect(missed.body.data.map((c: { id: string }) => c.id)).toEqual([late.body.id]);
    });

    it('refuses an ineligible provider with the reasons', async () => {
      const outsider = await market(api, { count: 1 });
      const response = await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, { providerId: outsider.providers[0].id }),
      );
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('provider_ineligible');
      expect(response.body.reasons.map((r: { code: string }) => r.code)).toContain('not_member');
    });

    it('refuses a commissioner whose organisation the framework does not name', async () => {
      const other = await market(api, { count: 1 });
      const response = await raise(api, other.commissioner, callOffBody(m.lotId));
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('not_entitled');
    });
  });

  describe('capacity under concurrency', () => {
    it('lets exactly 10 of 50 concurrent full-time requests take a provider with room for 10 places', async () => {
      const m = await market(api, { count: 1, sessionsCapacity: 100 });
      const providerId = m.providers[0].id;
      const responses = await Promise.all(
        Array.from({ length: 50 }, () => raise(api, m.commissioner, callOffBody(m.lotId, { providerId }))),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(10);
      expect(statuses.filter((s) => s === 409)).toHaveLength(40);
      expect(
        responses.filter((r) => r.status === 409).every((r) => r.body.code === 'capacity_exhausted'),
      ).toBe(true);
      const capacity = await api.get(`/v1/capacity?lotId=${m.lotId}&from=2026-11-09&to=2027-03-31`);
      for (const interval of capacity.body.data[0].intervals)
        expect(interval.committed).toBeLessThanOrEqual(interval.declared);
      expect(capacity.body.data[0].intervals[0]).toMatchObject({
        declared: 100,
        committed: 100,
        available: 0,
      });
    });

    it('names the first date the provider is short', async () => {
      const m = await market(api, { count: 1, sessionsCapacity: 10 });
      const providerId = m.providers[0].id;
      await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, { providerId, startDate: '2027-01-04', endDate: '2027-02-26' }),
      );
      const response = await raise(api, m.commissioner, callOffBody(m.lotId, { providerId }));
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'capacity_exhausted', firstShortDate: '2027-01-04' });
    });
  });

  describe('registration threshold (Education Act 1996 s.463)', () => {
    it('allows an unregistered provider a 4th full-time pupil but refuses a 5th', async () => {
      const m = await market(api, { count: 1, registered: false });
      const providerId = m.providers[0].id;
      for (let i = 0; i < 4; i++)
        expect((await raise(api, m.commissioner, callOffBody(m.lotId, { providerId }))).status).toBe(201);
      const fifth = await raise(api, m.commissioner, callOffBody(m.lotId, { providerId }));
      expect(fifth.status).toBe(422);
      expect(fifth.body.code).toBe('registration_threshold');
      const partTime = await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, { providerId, sessionsPerWeek: 4 }),
      );
      expect(partTime.status).toBe(201);
    });

    it('counts a placement varied to full time, and refuses an extension that would make a 5th pupil', async () => {
      const m = await market(api, { count: 1, registered: false });
      const providerId = m.providers[0].id;
      const provider = m.providers[0].key;
      const accept = async (id: string) =>
        expect((await api.post(`/v1/call-offs/${id}/accept`, {}, { key: provider })).status).toBe(200);
      const vary = (id: string, body: Record<string, unknown>) =>
        api.post(`/v1/call-offs/${id}/variations`, body, { key: m.commissioner });

      // Part time, then full time from January: from then on it is one of the provider's full-time pupils.
      const partTime = (
        await raise(api, m.commissioner, callOffBody(m.lotId, { providerId, sessionsPerWeek: 4 }))
      ).body;
      await accept(partTime.id);
      expect(
        (
          await vary(partTime.id, {
            kind: 'change_sessions',
            sessionsPerWeek: 10,
            effectiveFrom: '2027-01-04',
          })
        ).status,
      ).toBe(200);
      for (let i = 0; i < 3; i++)
        expect((await raise(api, m.commissioner, callOffBody(m.lotId, { providerId }))).status).toBe(201);
      const fifth = await raise(api, m.commissioner, callOffBody(m.lotId, { providerId }));
      expect({ status: fifth.status, code: fifth.body.code }).toEqual({
        status: 422,
        code: 'registration_threshold',
      });

      // Four full-time pupils in the summer term; extending a spring placement into it would make five.
      const other = await market(api, { count: 1, registered: false });
      const otherId = other.providers[0].id;
      const spring = (await raise(api, other.commissioner, callOffBody(other.lotId, { providerId: otherId })))
        .body;
      expect(
        (await api.post(`/v1/call-offs/${spring.id}/accept`, {}, { key: other.providers[0].key })).status,
      ).toBe(200);
      for (let i = 0; i < 4; i++)
        expect(
          (
            await raise(
              api,
              other.commissioner,
              callOffBody(other.lotId, {
                providerId: otherId,
                startDate: '2027-04-12',
                endDate: '2027-07-21',
              }),
            )
          ).status,
        ).toBe(201);
      const extended = await api.post(
        `/v1/call-offs/${spring.id}/variations`,
        { kind: 'extend', newEndDate: '2027-07-21' },
        { key: other.commissioner },
      );
      expect({ status: extended.status, code: extended.body.code }).toEqual({
        status: 422,
        code: 'registration_threshold',
      });
    });

    it('refuses one looked-after child full time at an unregistered provider', async () => {
      const m = await market(api, { count: 1, registered: false });
      const response = await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, {
          providerId: m.providers[0].id,
          child: { yearGroup: 10, ehcp: false, lookedAfter: true },
        }),
      );
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('registration_threshold');
    });
  });

  describe('lifecycle', () => {
    let m: Market;
    beforeEach(async () => {
      m = await market(api, { count: 1, sessionsCapacity: 10 });
    });
    afterEach(() => api.clock.setToday('2026-11-02'));

    const offer = async () =>
      (await raise(api, m.commissioner, callOffBody(m.lotId, { providerId: m.providers[0].id }))).body;

    it('lets the addressed provider accept; then it is active from the start date and completed after the end', async () => {
      const created = await offer();
      const other = await market(api, { count: 1 });
      expect(
        (await api.post(`/v1/call-offs/${created.id}/accept`, {}, { key: other.providers[0].key })).status,
      ).toBe(404);
      const stale = await api.post(
        `/v1/call-offs/${created.id}/accept`,
        {},
        { key: m.providers[0].key, headers: { 'if-match': '"99"' } },
      );
      expect(stale.status).toBe(412);
      const accepted = await api.post(
        `/v1/call-offs/${created.id}/accept`,
        {},
        { key: m.providers[0].key, headers: { 'if-match': `"${created.version}"` } },
      );
      expect(accepted.status).toBe(200);
      expect(accepted.body.status).toBe('accepted');
      api.clock.setToday('2026-11-09');
      expect((await api.get(`/v1/call-offs/${created.id}`)).body.status).toBe('active');
      api.clock.setToday('2027-04-01');
      expect((await api.get(`/v1/call-offs/${created.id}`)).body.status).toBe('completed');
      const again = await api.post(
        `/v1/call-offs/${created.id}/decline`,
        { reasonCode: 'other' },
        { key: m.providers[0].key },
      );
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('invalid_transition');
      await api.post(
        `/v1/call-offs/${created.id}/variations`,
        { kind: 'terminate', effectiveDate: '2027-03-31', reason: 'tidy up' },
        { key: m.commissioner },
      );
    });

    it('releases capacity when the provider declines', async () => {
      const created = await offer();
      expect(
        (await raise(api, m.commissioner, callOffBody(m.lotId, { providerId: m.providers[0].id }))).status,
      ).toBe(409);
      const declined = await api.post(
        `/v1/call-offs/${created.id}/decline`,
        { reasonCode: 'needs_not_met', note: 'No SEMH specialist' },
        { key: m.providers[0].key },
      );
      expect(declined.body).toMatchObject({ status: 'declined', declineReasonCode: 'needs_not_met' });
      const next = await raise(api, m.commissioner, callOffBody(m.lotId, { providerId: m.providers[0].id }));
      expect(next.status).toBe(201);
      await api.post(
        `/v1/call-offs/${next.body.id}/withdraw`,
        { reason: 'Placed elsewhere' },
        { key: m.commissioner },
      );
    });

    it('lets the commissioner withdraw before acceptance, releasing capacity', async () => {
      const created = await offer();
      const withdrawn = await api.post(
        `/v1/call-offs/${created.id}/withdraw`,
        { reason: 'Child returned to school' },
        { key: m.commissioner },
      );
      expect(withdrawn.body.status).toBe('withdrawn');
      expect(
        (await api.post(`/v1/call-offs/${created.id}/withdraw`, { reason: 'again' }, { key: m.commissioner }))
          .body.code,
      ).toBe('invalid_transition');
    });

    it('lapses an unanswered offer when its window passes, releasing capacity even before the sweep runs', async () => {
      // The sweep is global, so this test stands in October 2025, where no other test or the demo has offers.
      api.clock.setToday('2025-10-06');
      const old = await market(api, {
        count: 1,
        sessionsCapacity: 10,
        framework: { startDate: '2025-04-01', endDate: '2029-03-31' },
        from: '2025-04-01',
      });
      const body = callOffBody(old.lotId, {
        providerId: old.providers[0].id,
        startDate: '2025-10-13',
        endDate: '2025-12-19',
      });
      const created = (await raise(api, old.commissioner, body)).body;
      // Offered on Mon 6 Oct: the window is three school days (7, 8, 9 Oct), so it lapses at the end of 9 Oct (BST).
      expect(created.offerExpiresAt).toBe('2025-10-09T23:00:00.000Z');
      api.clock.current = new Date('2025-10-09T23:00:01Z');
      expect((await api.get(`/v1/call-offs/${created.id}`)).body.status).toBe('lapsed');
      expect(
        (await api.post(`/v1/call-offs/${created.id}/accept`, {}, { key: old.providers[0].key })).body.code,
      ).toBe('invalid_transition');
      const next = await raise(api, old.commissioner, { ...body, childRef: `${body.childRef}-2` });
      expect(next.status).toBe(201);
      api.clock.current = new Date('2025-10-20T00:00:00Z');
      expect(await api.app.get(LapseSweeper).sweep()).toBeGreaterThanOrEqual(2);
      const listed = await api.get(`/v1/call-offs?status=lapsed&lotId=${old.lotId}`, {
        key: old.commissioner,
      });
      expect(listed.body.data.map((c: { id: string }) => c.id)).toEqual(
        expect.arrayContaining([created.id, next.body.id]),
      );
      // The sweep's writes are accounted for like a request's, in their own transaction: the service acted, no key.
      const audited: { actor_key_id: string | null; action: string }[] = await api.app
        .get(DataSource)
        .query(`SELECT actor_key_id, action FROM audit_log WHERE subject_id = $1 ORDER BY id`, [
          next.body.id,
        ]);
      expect(audited.map((entry) => entry.action)).toEqual(['createCallOff', 'call_off.lapsed']);
      expect(audited[1].actor_key_id).toBeNull();
    });
  });

  describe('review of live placements', () => {
    it('flags, but never ends, an accepted placement whose provider stops being eligible', async () => {
      const m = await market(api, { count: 1 });
      const created = (await raise(api, m.commissioner, callOffBody(m.lotId))).body;
      const offered = (await raise(api, m.commissioner, callOffBody(m.lotId, { sessionsPerWeek: 1 }))).body;
      await api.post(`/v1/call-offs/${created.id}/accept`, {}, { key: m.providers[0].key });
      const before = await api.get(`/v1/call-offs/${created.id}`, { key: m.commissioner });
      expect(before.body.review).toEqual({ required: false, reasons: [] });
      const failed = await api.post(`/v1/providers/${m.providers[0].id}/checks`, {
        type: 'fire_risk_assessment',
        outcome: 'fail',
        evidenceRef: 'FRA-2026-11',
        verifiedAt: '2026-11-01',
      });
      expect(failed.status).toBe(201);
      const after = await api.get(`/v1/call-offs/${created.id}`, { key: m.commissioner });
      expect(after.body.status).toBe('accepted');
      expect(after.body.review.required).toBe(true);
      expect(after.body.review.reasons.map((r: { code: string }) => r.code)).toContain('check_failed');
      // An offer not yet accepted is not a live placement: nothing to review.
      expect((await api.get(`/v1/call-offs/${offered.id}`, { key: m.commissioner })).body.review).toBeNull();
    });
  });

  describe('variations', () => {
    let m: Market;
    beforeEach(async () => {
      m = await market(api, { count: 1, sessionsCapacity: 8 });
    });

    async function accepted(overrides: Record<string, unknown> = {}) {
      const created = (
        await raise(
          api,
          m.commissioner,
          callOffBody(m.lotId, { providerId: m.providers[0].id, sessionsPerWeek: 4, ...overrides }),
        )
      ).body;
      return (await api.post(`/v1/call-offs/${created.id}/accept`, {}, { key: m.providers[0].key })).body;
    }

    it('extends a placement, re-pricing the added days and holding the capacity', async () => {
      const callOff = await accepted();
      const extended = await api.post(
        `/v1/call-offs/${callOff.id}/variations`,
        { kind: 'extend', newEndDate: '2027-07-21' },
        { key: m.commissioner },
      );
      expect(extended.status).toBe(200);
      expect(extended.body.endDate).toBe('2027-07-21');
      // 65 more school days (summer term 2027) at 4 sessions a week = 0.4 of a day each, at £185 a day.
      expect(callOff.price.unit).toBe('day');
      expect(extended.body.price.totalPence - callOff.price.totalPence).toBe(481_000);
      expect(extended.body.variations[0]).toMatchObject({ kind: 'extend', previousEndDate: '2027-03-31' });
      expect(
        extended.body.price.byFinancialYear.map((y: { financialYear: string }) => y.financialYear),
      ).toEqual(['2026-27', '2027-28']);
    });

    it('changes sessions from a date, re-checking capacity for the increase', async () => {
      const callOff = await accepted();
      const tooMany = await api.post(
        `/v1/call-offs/${callOff.id}/variations`,
        { kind: 'change_sessions', sessionsPerWeek: 10, effectiveFrom: '2027-01-04' },
        { key: m.commissioner },
      );
      expect(tooMany.status).toBe(409);
      expect(tooMany.body.code).toBe('capacity_exhausted');
      const changed = await api.post(
        `/v1/call-offs/${callOff.id}/variations`,
        { kind: 'change_sessions', sessionsPerWeek: 6, effectiveFrom: '2027-01-04' },
        { key: m.commissioner },
      );
      expect(changed.status).toBe(200);
      expect(changed.body.sessionsPerWeek).toBe(6);
      expect(changed.body.price.totalPence).toBeGreaterThan(callOff.price.totalPence);
    });

    it('terminates early with a reason, re-pricing to the new end date', async () => {
      const callOff = await accepted();
      const terminated = await api.post(
        `/v1/call-offs/${callOff.id}/variations`,
        { kind: 'terminate', effectiveDate: '2026-12-18', reason: 'Returned to mainstream school' },
        { key: m.commissioner },
      );
      expect(terminated.status).toBe(200);
      expect(terminated.body).toMatchObject({ endDate: '2026-12-18', terminatedOn: '2026-12-18' });
      expect(terminated.body.price.totalPence).toBeLessThan(callOff.price.totalPence);
      api.clock.setToday('2026-12-19');
      expect((await api.get(`/v1/call-offs/${callOff.id}`)).body.status).toBe('terminated');
      api.clock.setToday('2026-11-02');
    });

    it('answers more concurrent variations than the pool has connections', async () => {
      // The test app's pool holds 10 connections. A variation once read the lot and calendar through the pool while
      // its transaction held a row lock: 10 at once each waited for an eleventh connection, and the instance hung.
      const roomy = await market(api, { count: 1, sessionsCapacity: 100 });
      const ids: string[] = [];
      for (let i = 0; i < 16; i++) {
        const created = await raise(
          api,
          roomy.commissioner,
          callOffBody(roomy.lotId, { providerId: roomy.providers[0].id, sessionsPerWeek: 2 }),
        );
        await api.post(`/v1/call-offs/${created.body.id}/accept`, {}, { key: roomy.providers[0].key });
        ids.push(created.body.id);
      }
      const answers = await Promise.all(
        ids.map((id) =>
          api.post(
            `/v1/call-offs/${id}/variations`,
            { kind: 'extend', newEndDate: '2027-05-28' },
            { key: roomy.commissioner },
          ),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(ids.map(() => 200));
    });

    it('shows the sessions of the last period bought when a termination cuts off a later change', async () => {
      const callOff = await accepted();
      const vary = (body: Record<string, unknown>) =>
        api.post(`/v1/call-offs/${callOff.id}/variations`, body, { key: m.commissioner });
      expect(
        (await vary({ kind: 'change_sessions', sessionsPerWeek: 6, effectiveFrom: '2027-01-04' })).status,
      ).toBe(200);
      const terminated = await vary({
        kind: 'terminate',
        effectiveDate: '2026-12-18',
        reason: 'Returned to school',
      });
      // 29 school days (9 Nov – 18 Dec, less the INSET day) at 0.4 of a day × £185: all at 4 a week.
      expect(terminated.body.price.totalPence).toBe(214_600);
      expect(terminated.body.sessionsPerWeek).toBe(4);
    });

    it('checks every later period of a sessions change for capacity, so nothing is overbooked', async () => {
      // Capacity 8. This placement is 4 a week, then 1 from January; another takes 5 from January, leaving 2.
      const callOff = await accepted();
      const vary = (body: Record<string, unknown>) =>
        api.post(`/v1/call-offs/${callOff.id}/variations`, body, { key: m.commissioner });
      expect(
        (await vary({ kind: 'change_sessions', sessionsPerWeek: 1, effectiveFrom: '2027-01-04' })).status,
      ).toBe(200);
      expect(
        (
          await raise(
            api,
            m.commissioner,
            callOffBody(m.lotId, {
              providerId: m.providers[0].id,
              sessionsPerWeek: 5,
              startDate: '2027-01-04',
            }),
          )
        ).status,
      ).toBe(201);
      // 6 from December: +2 before January fits, but +5 from January does not.
      const tooMany = await vary({
        kind: 'change_sessions',
        sessionsPerWeek: 6,
        effectiveFrom: '2026-12-01',
      });
      expect({
        status: tooMany.status,
        code: tooMany.body.code,
        firstShortDate: tooMany.body.firstShortDate,
      }).toEqual({
        status: 409,
        code: 'capacity_exhausted',
        firstShortDate: '2027-01-04',
      });
      const capacity = await api.get(
        `/v1/capacity?lotId=${m.lotId}&from=2026-11-09&to=2027-03-31&providerId=${m.providers[0].id}`,
      );
      const intervals = capacity.body.data[0].intervals as { committed: number; declared: number }[];
      expect(intervals.every((i) => i.committed <= i.declared)).toBe(true);
    });

    it('refuses to extend a placement under notice of termination', async () => {
      const callOff = await accepted();
      const vary = (body: Record<string, unknown>) =>
        api.post(`/v1/call-offs/${callOff.id}/variations`, body, { key: m.commissioner });
      expect(
        (await vary({ kind: 'terminate', effectiveDate: '2027-01-29', reason: 'Moving school' })).status,
      ).toBe(200);
      const extended = await vary({ kind: 'extend', newEndDate: '2027-07-21' });
      expect({ status: extended.status, code: extended.body.code }).toEqual({
        status: 409,
        code: 'invalid_transition',
      });
    });

    it('refuses to vary an offer that is not yet accepted', async () => {
      const created = (
        await raise(
          api,
          m.commissioner,
          callOffBody(m.lotId, { providerId: m.providers[0].id, sessionsPerWeek: 1 }),
        )
      ).body;
      const response = await api.post(
        `/v1/call-offs/${created.id}/variations`,
        { kind: 'extend', newEndDate: '2027-07-21' },
        { key: m.commissioner },
      );
      expect(response.body.code).toBe('invalid_transition');
    });
  });

  describe('blanket extension', () => {
    it('answers an empty run to the last date the API takes, instead of failing', async () => {
      const m = await market(api, { count: 1 });
      const run = await api.post(`/v1/frameworks/${m.frameworkId}/blanket-extensions`, {
        extendTo: '9999-12-31',
        dryRun: true,
      });
      expect(run.status).toBe(200);
      expect(run.body).toMatchObject({ count: 0, additionalPence: 0, extended: [], blocked: [] });
    });

    it('extends every in-flight placement to one date, and the dry run equals the real run', async () => {
      const m = await market(api, { count: 2, sessionsCapacity: 30 });
      const ids: string[] = [];
      for (const [i, provider] of m.providers.entries()) {
        for (let n = 0; n < 2; n++) {
          const created = (
            await raise(
              api,
              m.commissioner,
              callOffBody(m.lotId, {
                providerId: provider.id,
                endDate: '2027-02-12',
                sessionsPerWeek: 10,
                ...(i === 1 ? { justification: 'Nearer home' } : {}),
              }),
            )
          ).body;
          await api.post(`/v1/call-offs/${created.id}/accept`, {}, { key: provider.key });
          ids.push(created.id);
        }
      }
      // Two more offers take 20 of the second provider's 30 sessions after half term, so only one of its two
      // placements can be extended.
      for (let n = 0; n < 2; n++) {
        const offer = await raise(
          api,
          m.commissioner,
          callOffBody(m.lotId, {
            providerId: m.providers[1].id,
            startDate: '2027-02-15',
            endDate: '2027-03-31',
            justification: 'Only option',
          }),
        );
        expect(offer.status).toBe(201);
      }
      const dry = await api.post(`/v1/frameworks/${m.frameworkId}/blanket-extensions`, {
        extendTo: '2027-03-31',
        dryRun: true,
      });
      expect(dry.status).toBe(200);
      expect(dry.body.count).toBe(3);
      expect(dry.body.blocked).toHaveLength(1);
      expect(dry.body.blocked[0].reason).toContain('capacity_exhausted');
      expect(dry.body.additionalPence).toBe(
        dry.body.extended.reduce((s: number, e: { additionalPence: number }) => s + e.additionalPence, 0),
      );
      expect((await api.get(`/v1/call-offs/${ids[0]}`)).body.endDate).toBe('2027-02-12');

      const real = await api.post(`/v1/frameworks/${m.frameworkId}/blanket-extensions`, {
        extendTo: '2027-03-31',
        dryRun: false,
      });
      expect({ ...real.body, dryRun: true }).toEqual(dry.body);
      const extended = await api.get(`/v1/call-offs/${dry.body.extended[0].callOffId}`);
      expect(extended.body.endDate).toBe('2027-03-31');
      // Same provider, same unit price: a blanket extension never raises prices.
      expect(extended.body.price.unitPricePence).toBe(
        extended.body.providerId === m.providers[0].id ? 18_500 : 19_000,
      );
      expect(extended.body.variations.at(-1).kind).toBe('blanket_extension');
      // The run is one event for the council, beside each call-off's own; the dry run left none.
      const runs: { type: string; payload: Record<string, unknown>; audience: string }[] = await api.app
        .get(DataSource)
        .query(
          `SELECT type, payload, audience FROM events WHERE type = 'blanket_extension.run' AND subject_id = $1`,
          [m.frameworkId],
        );
      expect(runs).toEqual([
        {
          type: 'blanket_extension.run',
          audience: 'council',
          payload: {
            extendTo: '2027-03-31',
            providerIds: null,
            extended: 3,
            blocked: 1,
            additionalPence: dry.body.additionalPence,
          },
        },
      ]);
      // Each extended call-off's own event names its framework, like any other change to it.
      const varied: { framework_id: string | null }[] = await api.app
        .get(DataSource)
        .query(
          `SELECT framework_id FROM events WHERE type = 'call_off.varied' AND subject_id = ANY($1::uuid[])`,
          [dry.body.extended.map((e: { callOffId: string }) => e.callOffId)],
        );
      expect(varied).toEqual([1, 2, 3].map(() => ({ framework_id: m.frameworkId })));
      const again = await api.post(`/v1/frameworks/${m.frameworkId}/blanket-extensions`, {
        extendTo: '2027-03-31',
        dryRun: true,
      });
      expect(again.body.count).toBe(0);
    });

    it('does not overwrite a variation committed while the extension was planning', async () => {
      const m = await market(api, { count: 1, sessionsCapacity: 10 });
      const [provider] = m.providers;
      const created = (
        await raise(
          api,
          m.commissioner,
          callOffBody(m.lotId, { providerId: provider.id, endDate: '2027-02-12' }),
        )
      ).body;
      await api.post(`/v1/call-offs/${created.id}/accept`, {}, { key: provider.key });
      // The termination takes its locks and then pauses, uncommitted, until the extension is waiting on it: the
      // extension must then see the termination, not the placement as it was before.
      const capacity = api.app.get(CapacityService);
      const original = capacity.lock.bind(capacity);
      let open!: () => void;
      const gate = new Promise<void>((resolve) => (open = resolve));
      let variationPid: number | undefined;
      const spy = jest.spyOn(capacity, 'lock').mockImplementationOnce(async (manager, providerId, lotId) => {
        await original(manager, providerId, lotId);
        variationPid = (await manager.query('SELECT pg_backend_pid() AS pid'))[0].pid;
        await gate;
      });
      const terminating = api.post(
        `/v1/call-offs/${created.id}/variations`,
        { kind: 'terminate', effectiveDate: '2026-12-18', reason: 'Returned to school' },
        { key: m.commissioner },
      );
      const database = api.app.get(DataSource);
      const waitFor = async (done: () => boolean | Promise<boolean>): Promise<boolean> => {
        for (let i = 0; i < 500; i++) {
          if (await done()) return true;
          await new Promise((r) => setTimeout(r, 10));
        }
        return false;
      };
      const held = await waitFor(() => variationPid !== undefined);
      const extending = api.post(`/v1/frameworks/${m.frameworkId}/blanket-extensions`, {
        extendTo: '2027-03-31',
        dryRun: false,
        providerIds: [provider.id],
      });
      const blocked = await waitFor(
        async () =>
          (
            await database.query('SELECT 1 FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))', [
              variationPid,
            ])
          ).length > 0,
      );
      open();
      const [terminated, run] = await Promise.all([terminating, extending]);
      spy.mockRestore();
      // The interleaving happened: the termination held its locks and the extension had to wait for it.
      expect({ held, blocked }).toEqual({ held: true, blocked: true });
      expect(terminated.status).toBe(200);
      expect(run.status).toBe(200);
      const after = (await api.get(`/v1/call-offs/${created.id}`, { key: m.commissioner })).body;
      expect({ endDate: after.endDate, terminatedOn: after.terminatedOn, extended: run.body.count }).toEqual({
        endDate: '2026-12-18',
        terminatedOn: '2026-12-18',
        extended: 0,
      });
      const holds = await database.query(
        'SELECT max(to_date)::text AS last FROM capacity_holds WHERE source_id = $1',
        [created.id],
      );
      expect(holds[0].last).toBe('2026-12-18');
    });
  });

  describe('blanket extension and s.463', () => {
    it('blocks the extension that would give an unregistered provider a 5th full-time pupil, counting the run itself', async () => {
      const m = await market(api, { count: 1, registered: false });
      const [provider] = m.providers;
      const spring: string[] = [];
      for (let n = 0; n < 2; n++) {
        const created = (
          await raise(
            api,
            m.commissioner,
            callOffBody(m.lotId, { providerId: provider.id, endDate: '2027-02-12' }),
          )
        ).body;
        expect((await api.post(`/v1/call-offs/${created.id}/accept`, {}, { key: provider.key })).status).toBe(
          200,
        );
        spring.push(created.id);
      }
      // Three more full-time pupils after half term: extending one spring placement makes 4, the second would make 5.
      for (let n = 0; n < 3; n++)
        expect(
          (
            await raise(
              api,
              m.commissioner,
              callOffBody(m.lotId, {
                providerId: provider.id,
                startDate: '2027-02-15',
                endDate: '2027-03-31',
              }),
            )
          ).status,
        ).toBe(201);
      const body = { extendTo: '2027-03-31', providerIds: [provider.id] };
      const dry = await api.post(`/v1/frameworks/${m.frameworkId}/blanket-extensions`, {
        ...body,
        dryRun: true,
      });
      expect(dry.status).toBe(200);
      expect(dry.body.count).toBe(1);
      // Same start date: the run takes them in id order, so either may be the one that would make the 5th.
      expect(dry.body.blocked).toEqual([
        expect.objectContaining({ reason: expect.stringContaining('registration_threshold') }),
      ]);
      expect([dry.body.blocked[0].callOffId, dry.body.extended[0].callOffId].sort()).toEqual(
        [...spring].sort(),
      );
      const real = await api.post(`/v1/frameworks/${m.frameworkId}/blanket-extensions`, {
        ...body,
        dryRun: false,
      });
      expect({ ...real.body, dryRun: true }).toEqual(dry.body);
    });
  });

  describe('scope', () => {
    let a: Market;
    let b: Market;
    let callOffId: string;
    beforeAll(async () => {
      a = await market(api, { count: 1 });
      b = await market(api, { count: 1 });
      callOffId = (
        await raise(
          api,
          a.commissioner,
          callOffBody(a.lotId, { child: { yearGroup: 9, ehcp: false, lookedAfter: true } }),
        )
      ).body.id;
    });

    it('shows a call-off to its commissioner and addressed provider with child flags, to admin and auditor without them', async () => {
      const auditor = await api.issueKey(Role.Auditor);
      for (const key of [a.commissioner, a.providers[0].key]) {
        const response = await api.get(`/v1/call-offs/${callOffId}`, { key });
        expect(response.status).toBe(200);
        expect(response.body.child.lookedAfter).toBe(true);
      }
      for (const key of [api.adminKey, auditor]) {
        const response = await api.get(`/v1/call-offs/${callOffId}`, { key });
        expect(response.status).toBe(200);
        expect(response.body.child).toMatchObject({ lookedAfter: null, ehcp: null, needsSummary: null });
      }
    });

    it('answers 404 to another commissioner and another provider on every call-off endpoint', async () => {
      for (const key of [b.commissioner, b.providers[0].key]) {
        expect((await api.get(`/v1/call-offs/${callOffId}`, { key })).status).toBe(404);
        const list = await api.get(`/v1/call-offs?limit=200`, { key });
        expect(list.body.data.map((c: { id: string }) => c.id)).not.toContain(callOffId);
      }
      expect(
        (await api.post(`/v1/call-offs/${callOffId}/accept`, {}, { key: b.providers[0].key })).status,
      ).toBe(404);
      expect(
        (
          await api.post(
            `/v1/call-offs/${callOffId}/decline`,
            { reasonCode: 'risk' },
            { key: b.providers[0].key },
          )
        ).status,
      ).toBe(404);
      expect(
        (await api.post(`/v1/call-offs/${callOffId}/withdraw`, { reason: 'x' }, { key: b.commissioner }))
          .status,
      ).toBe(404);
      expect(
        (
          await api.post(
            `/v1/call-offs/${callOffId}/variations`,
            { kind: 'extend', newEndDate: '2027-07-21' },
            { key: b.commissioner },
          )
        ).status,
      ).toBe(404);
    });

    it('answers 403 to a role that may not call an endpoint', async () => {
      const auditor = await api.issueKey(Role.Auditor);
      expect((await raise(api, a.providers[0].key, callOffBody(a.lotId))).status).toBe(403);
      expect((await raise(api, api.adminKey, callOffBody(a.lotId))).status).toBe(403);
      expect((await raise(api, auditor, callOffBody(a.lotId))).status).toBe(403);
      expect((await api.post(`/v1/call-offs/${callOffId}/accept`, {}, { key: a.commissioner })).status).toBe(
        403,
      );
      expect(
        (await api.post(`/v1/call-offs/${callOffId}/withdraw`, { reason: 'x' }, { key: a.providers[0].key }))
          .status,
      ).toBe(403);
      expect(
        (
          await api.get(
            `/v1/lots/${a.lotId}/matches?startDate=2026-11-09&endDate=2027-03-31&sessionsPerWeek=10`,
            { key: a.providers[0].key },
          )
        ).status,
      ).toBe(403);
      expect(
        (
          await api.post(
            `/v1/frameworks/${a.frameworkId}/blanket-extensions`,
            { extendTo: '2027-03-31', dryRun: true },
            { key: a.commissioner },
          )
        ).status,
      ).toBe(403);
    });
  });

  describe('matching', () => {
    it('ranks members and lists the others with every reason they cannot take the placement', async () => {
      const m = await market(api, { count: 2, sessionsCapacity: 5 });
      const roomy = await market(api, { count: 1 });
      void roomy;
      const response = await api.get(
        `/v1/lots/${m.lotId}/matches?startDate=2026-11-09&endDate=2027-03-31&sessionsPerWeek=4&latitude=53.59&longitude=-2.29`,
        { key: m.commissioner },
      );
      expect(response.status).toBe(200);
      expect(response.body.matches).toHaveLength(2);
      expect(response.body.matches[0]).toMatchObject({ rank: 1, availableSessionsPerWeek: 5 });
      expect(response.body.matches[0].quote.totalPence).toBeGreaterThan(0);
      const full = await api.get(
        `/v1/lots/${m.lotId}/matches?startDate=2026-11-09&endDate=2027-03-31&sessionsPerWeek=10`,
        { key: m.commissioner },
      );
      expect(full.body.matches).toHaveLength(0);
      expect(full.body.excluded.map((e: { reasons: { code: string }[] }) => e.reasons[0].code)).toEqual([
        'capacity_exhausted',
        'capacity_exhausted',
      ]);
      expect(full.body.excluded[0].reasons[0].firstShortDate).toBe('2026-11-09');
      const bad = await api.get(
        `/v1/lots/${m.lotId}/matches?startDate=2026-11-09&endDate=2027-03-31&sessionsPerWeek=11`,
        { key: m.commissioner },
      );
      expect(bad.status).toBe(400);
    });

    // Matching keeps each lot's eligibility and cards per process until a write to the directory or the prices;
    // the same question asked again must see every such write at once, whoever made it and however.
    it('sees every change to the directory and the prices on the very next request', async () => {
      const m = await market(api, { count: 2, dayPrices: [18_000, 19_000] });
      const [cheap, dear] = m.providers;
      const ask = async () => {
        const response = await api.get(
          `/v1/lots/${m.lotId}/matches?startDate=2026-11-09&endDate=2027-03-31&sessionsPerWeek=4`,
          { key: m.commissioner },
        );
        expect(response.status).toBe(200);
        return {
          ranked: response.body.matches.map((r: { providerId: string }) => r.providerId),
          prices: response.body.matches.map(
            (r: { quote: { unitPricePence: number } }) => r.quote.unitPricePence,
          ),
          excluded: response.body.excluded.map((e: { providerId: string; reasons: { code: string }[] }) => [
            e.providerId,
            e.reasons.map((r) => r.code),
          ]),
        };
      };
      expect(await ask()).toEqual({ ranked: [cheap.id, dear.id], prices: [18_000, 19_000], excluded: [] });
      expect(await ask()).toEqual({ ranked: [cheap.id, dear.id], prices: [18_000, 19_000], excluded: [] });

      // A failed check through the API.
      expect(
        (
          await api.post(
            `/v1/providers/${cheap.id}/checks`,
            checkBody('first_aid', { outcome: 'fail', verifiedAt: '2026-11-01' }),
          )
        ).status,
      ).toBe(201);
      expect(await ask()).toEqual({
        ranked: [dear.id],
        prices: [19_000],
        excluded: [[cheap.id, ['check_failed']]],
      });

      // A passing check again, then a suspension straight in the database (a migration or a DBA would do this).
      expect(
        (
          await api.post(
            `/v1/providers/${cheap.id}/checks`,
            checkBody('first_aid', { verifiedAt: '2026-11-02' }),
          )
        ).status,
      ).toBe(201);
      await api.app
        .get(DataSource)
        .query(`UPDATE lot_memberships SET status = 'suspended' WHERE provider_id = $1`, [cheap.id]);
      expect(await ask()).toEqual({
        ranked: [dear.id],
        prices: [19_000],
        excluded: [[cheap.id, ['membership_suspended']]],
      });
      await api.app
        .get(DataSource)
        .query(`UPDATE lot_memberships SET status = 'active' WHERE provider_id = $1`, [cheap.id]);

      // A new card for the dearer provider, approved from the start date: it now ranks first.
      const card = await api.post(`/v1/providers/${dear.id}/rate-cards`, {
        lotId: m.lotId,
        effectiveFrom: '2026-11-01',
        lines: [
          { unit: 'day', pricePence: 17_000 },
          { unit: 'session', pricePence: 9_000 },
        ],
      });
      expect(card.status).toBe(201);
      expect((await api.post(`/v1/rate-cards/${card.body.id}/approve`, {})).status).toBe(200);
      expect(await ask()).toEqual({ ranked: [dear.id, cheap.id], prices: [17_000, 18_000], excluded: [] });
    });

    // What matching keeps per lot (eligibility, cards, quotes, the ranking and its JSON) must never hold capacity: a
    // placement raised between two identical requests changes the second answer.
    it('keeps capacity and holds live while the same question is answered from what is kept', async () => {
      const m = await market(api, { count: 2, sessionsCapacity: 10, dayPrices: [18_000, 19_000] });
      const [cheap, dear] = m.providers;
      const path = `/v1/lots/${m.lotId}/matches?startDate=2026-11-09&endDate=2027-03-31&sessionsPerWeek=6`;
      const ask = async () => {
        const response = await api.get(path, { key: m.commissioner });
        expect(response.status).toBe(200);
        expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
        // Written as JSON.stringify writes it: no whitespace, the DTO's field order.
        expect(response.text).toBe(JSON.stringify(response.body));
        return response.body;
      };
      const first = await ask();
      expect(Object.keys(first)).toEqual([
        'lotId',
        'startDate',
        'endDate',
        'sessionsPerWeek',
        'weights',
        'weightsApplied',
        'rule',
        'matches',
        'excluded',
      ]);
      expect(Object.keys(first.matches[0])).toEqual([
        'providerId',
        'name',
        'rank',
        'score',
        'inputs',
        'scores',
        'quote',
        'availableSessionsPerWeek',
        'registered',
      ]);
      expect(await ask()).toEqual(first);
      expect(first.matches.map((r: { providerId: string }) => r.providerId)).toEqual([cheap.id, dear.id]);
      // The text the endpoint sends is the text of the matches a call-off records as its evidence.
      const found = (await api.app.get(FrameworksService).findLot(m.lotId))!;
      const { calendar } = await api.app.get(CalendarService).calendarFor(m.org.id);
      const direct = await api.app.get(MatchingService).match(found.lot, found.framework, calendar, {
        startDate: '2026-11-09',
        endDate: '2027-03-31',
        sessionsPerWeek: 6,
      });
      expect(direct.matchesJson()).toBe(JSON.stringify(direct.matches));
      expect(JSON.parse(direct.matchesJson())).toEqual(first.matches);
      expect(
        first.matches.map((r: { availableSessionsPerWeek: number }) => r.availableSessionsPerWeek),
      ).toEqual([10, 10]);

      // 3 sessions with the cheaper provider: still ranked, with 7 free.
      const three = await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, { providerId: cheap.id, sessionsPerWeek: 3 }),
      );
      expect(three.status).toBe(201);
      const second = await ask();
      expect(
        second.matches.map((r: { availableSessionsPerWeek: number }) => r.availableSessionsPerWeek),
      ).toEqual([7, 10]);
      expect(
        second.matches.map(({ availableSessionsPerWeek: _free, ...rest }: Record<string, unknown>) => rest),
      ).toEqual(
        first.matches.map(({ availableSessionsPerWeek: _free, ...rest }: Record<string, unknown>) => rest),
      );

      // 3 more: 4 free, too few for 6; the dearer provider is now the only one ranked, and ranked alone.
      const more = await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, { providerId: cheap.id, sessionsPerWeek: 3, justification: 'x' }),
      );
      expect(more.status).toBe(201);
      const third = await ask();
      expect(third.matches).toHaveLength(1);
      expect(third.matches[0]).toMatchObject({ providerId: dear.id, rank: 1, availableSessionsPerWeek: 10 });
      expect(third.excluded).toEqual([
        {
          providerId: cheap.id,
          name: expect.any(String),
          reasons: [expect.objectContaining({ code: 'capacity_exhausted', firstShortDate: '2026-11-09' })],
        },
      ]);

      // The offers withdrawn: their holds go, and the first answer is back.
      for (const id of [three.body.id, more.body.id])
        expect(
          (await api.post(`/v1/call-offs/${id}/withdraw`, { reason: 'x' }, { key: m.commissioner })).status,
        ).toBe(200);
      expect(await ask()).toEqual(first);
    });
  });

  describe('award rules and what each reader sees', () => {
    // An unregistered, eligible provider with a card and capacity on an existing lot.
    async function addUnregistered(m: Market) {
      const provider = await createEligibleProvider(api, m.lotId, {
        registrationStatus: 'unregistered',
        category: 'non_school',
        qualityScore: 50,
      });
      const card = await api.post(`/v1/providers/${provider.id}/rate-cards`, {
        lotId: m.lotId,
        effectiveFrom: '2026-04-01',
        lines: [
          { unit: 'day', pricePence: 15_000 },
          { unit: 'session', pricePence: 7_000 },
        ],
      });
      expect((await api.post(`/v1/rate-cards/${card.body.id}/approve`, {})).status).toBe(200);
      await api.post(`/v1/providers/${provider.id}/capacity`, {
        lotId: m.lotId,
        from: '2026-04-01',
        to: '2028-08-31',
        sessionsPerWeek: 100,
      });
      return provider;
    }

    it('asks for a justification before reporting a lower choice’s capacity', async () => {
      const m = await market(api, { count: 2, sessionsCapacity: 10 });
      const second = m.providers[1].id;
      const fill = await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, { providerId: second, justification: 'x' }),
      );
      expect(fill.status).toBe(201);
      const unjustified = await raise(api, m.commissioner, callOffBody(m.lotId, { providerId: second }));
      expect(unjustified.body).toMatchObject({ code: 'justification_required', rank: null });
      const justified = await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, { providerId: second, justification: 'Closest to home' }),
      );
      expect(justified.body.code).toBe('capacity_exhausted');
    });

    it('refuses a direct award on a lot whose only award method is referral', async () => {
      const m = await market(api, { count: 1, lot: { awardMethods: ['referral'] } });
      const response = await raise(api, m.commissioner, callOffBody(m.lotId));
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('direct_award_not_allowed');
    });

    it('checks the named provider’s eligibility before the lot’s session maximum', async () => {
      const m = await market(api, { count: 2, lot: { maxSessionsPerWeek: 6 } });
      await api.post(
        `/v1/providers/${m.providers[1].id}/checks`,
        checkBody('first_aid', { outcome: 'fail', verifiedAt: '2026-11-01' }),
      );
      const ineligible = await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, { providerId: m.providers[1].id, sessionsPerWeek: 10, justification: 'x' }),
      );
      expect(ineligible.body.code).toBe('provider_ineligible');
      const tooMany = await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, { providerId: m.providers[0].id, sessionsPerWeek: 10 }),
      );
      expect(tooMany.body.code).toBe('sessions_above_lot_maximum');
      const matches = await api.get(
        `/v1/lots/${m.lotId}/matches?startDate=2026-11-09&endDate=2027-03-31&sessionsPerWeek=10`,
        { key: m.commissioner },
      );
      expect(matches.body.code).toBe('sessions_above_lot_maximum');
    });

    it('shows the addressed provider its own ranking row only, not competitors’ prices or due diligence', async () => {
      const m = await market(api, { count: 3, dayPrices: [18_000, 19_000, 20_000] });
      await api.post(
        `/v1/providers/${m.providers[2].id}/checks`,
        checkBody('first_aid', { outcome: 'fail', verifiedAt: '2026-11-01' }),
      );
      const created = await raise(api, m.commissioner, callOffBody(m.lotId));
      const own = m.providers[0].id;
      const asProvider = (await api.get(`/v1/call-offs/${created.body.id}`, { key: m.providers[0].key }))
        .body;
      expect(asProvider.awardEvidence.ranking.map((r: { providerId: string }) => r.providerId)).toEqual([
        own,
      ]);
      expect(asProvider.awardEvidence.excluded).toEqual([]);
      expect(asProvider.awardEvidence.weights).toEqual(created.body.awardEvidence.weights);
      const asCommissioner = (await api.get(`/v1/call-offs/${created.body.id}`, { key: m.commissioner }))
        .body;
      expect(asCommissioner.awardEvidence.ranking).toHaveLength(2);
      expect(asCommissioner.awardEvidence.excluded).toHaveLength(1);
    });

    it('hides the caseworker date from admin and auditor, and words the s.463 exclusion alike for every child', async () => {
      const m = await market(api, { count: 1 });
      await addUnregistered(m);
      const auditor = await api.issueKey(Role.Auditor);
      const ehcp = await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, {
          providerId: m.providers[0].id,
          justification: 'x',
          child: { yearGroup: 9, ehcp: true, lookedAfter: false },
          sendCaseworkerNotifiedAt: '2026-11-02',
        }),
      );
      expect(ehcp.status).toBe(201);
      for (const key of [api.adminKey, auditor]) {
        const seen = (await api.get(`/v1/call-offs/${ehcp.body.id}`, { key })).body;
        expect(seen.child.ehcp).toBeNull();
        expect(seen.sendCaseworkerNotifiedAt).toBeNull();
        // The exclusion stays, for audit of the s.463 rule, in the same words the five-pupil limb uses.
        expect(seen.awardEvidence.excluded[0].reasons).toEqual([
          {
            code: 'registration_threshold',
            detail:
              'An unregistered provider may not take this placement full time (Education Act 1996 s.463).',
          },
        ]);
      }
      const own = (await api.get(`/v1/call-offs/${ehcp.body.id}`, { key: m.commissioner })).body;
      expect(own.sendCaseworkerNotifiedAt).toBe('2026-11-02');
    });

    it('warns only about a check that is mandatory for the provider on the lot', async () => {
      const m = await market(api, { count: 1 });
      await api.post(
        `/v1/providers/${m.providers[0].id}/checks`,
        checkBody('qa_visit', { verifiedAt: '2026-08-01', expiresAt: '2027-01-31' }),
      );
      await api.post(
        `/v1/providers/${m.providers[0].id}/checks`,
        checkBody('first_aid', { verifiedAt: '2026-08-01', expiresAt: '2027-02-28' }),
      );
      const created = await raise(api, m.commissioner, callOffBody(m.lotId));
      expect(created.body.warnings.map((w: { detail: string }) => w.detail.split(' ')[0])).toEqual([
        'first_aid',
      ]);
    });

    it('lists the s.463 reason beside the others for an ineligible unregistered provider', async () => {
      const m = await market(api, { count: 1, registered: false });
      const providerId = m.providers[0].id;
      for (let i = 0; i < 4; i++)
        expect((await raise(api, m.commissioner, callOffBody(m.lotId, { providerId }))).status).toBe(201);
      await api.post(
        `/v1/providers/${providerId}/checks`,
        checkBody('first_aid', { outcome: 'fail', verifiedAt: '2026-11-01' }),
      );
      const response = await api.get(
        `/v1/lots/${m.lotId}/matches?startDate=2026-11-09&endDate=2027-03-31&sessionsPerWeek=10`,
        { key: m.commissioner },
      );
      expect(response.body.excluded[0].reasons.map((r: { code: string }) => r.code)).toEqual(
        expect.arrayContaining(['check_failed', 'registration_threshold']),
      );
    });
  });
});
