import { Role } from '../src/auth/role';
import { createFramework, createLot, createOrganisation } from './support/fixtures';
import {
  ALL_CHECKS,
  activeFrameworkWithLots,
  addMember,
  approvedProvider,
  checkBody,
  createProvider,
  passAllChecks,
  providerBody,
  recordCheck,
  setStatus,
} from './support/providers';
import { Response, TestApp, startTestApp, unique } from './support/test-app';

describe('providers, due diligence and the directory', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
    api.clock.setToday('2026-09-01');
  });
  afterAll(() => api.close());

  describe('providers', () => {
    it('registers a provider with a normalised postcode, default quality score and applied status', async () => {
      const response = await api.post(
        '/v1/providers',
        providerBody({ postcode: ' bl90ej ', companiesHouseNumber: 'sc123456' }),
      );
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        postcode: 'BL9 0EJ',
        companiesHouseNumber: 'SC123456',
        qualityScore: 50,
        directoryStatus: 'applied',
        statusHistory: [],
        version: 1,
      });
      expect(response.headers.etag).toBe('"1"');
    });

    it('refuses malformed identifiers, postcodes and coordinates outside the UK with 400 naming each field', async () => {
      const response = await api.post(
        '/v1/providers',
        providerBody({
          urn: '12345',
          ukprn: '20012345',
          companiesHouseNumber: 'S1234567',
          postcode: 'NOT A CODE',
          latitude: 48.9,
          longitude: 2.35,
          qualityScore: 101,
        }),
      );
      expect(response.status).toBe(400);
      const fields = response.body.errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(
        expect.arrayContaining([
          'urn',
          'ukprn',
          'companiesHouseNumber',
          'postcode',
          'latitude',
          'longitude',
          'qualityScore',
        ]),
      );
    });

    it('refuses coordinates inside the UK’s bounding box but outside the UK, such as Dublin or Boulogne', async () => {
      for (const [latitude, longitude] of [
        [53.3498, -6.2603],
        [50.7264, 1.6147],
      ]) {
        const response = await api.post('/v1/providers', providerBody({ latitude, longitude }));
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('validation_failed');
        expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual([
          'latitude',
          'longitude',
        ]);
      }
      const belfast = await api.post(
        '/v1/providers',
        providerBody({ latitude: 54.5973, longitude: -5.9301 }),
      );
      expect(belfast.status).toBe(201);

      const provider = await createProvider(api);
      const moved = await api.patch(
        `/v1/providers/${provider.id}`,
        { longitude: -6.2603 },
        await api.current(`/v1/providers/${provider.id}`),
      );
      expect(moved.status).toBe(400);
      expect(moved.body.code).toBe('validation_failed');
      expect((await api.get(`/v1/providers/${provider.id}`)).body).toMatchObject({
        longitude: -2.2967,
        version: 1,
      });
    });

    it('refuses a second provider with the same URN with 409', async () => {
      const urn = await api.nextUrn();
      await createProvider(api, { urn });
      const response = await api.post('/v1/providers', providerBody({ urn }));
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('duplicate_provider_urn');
    });

    it('filters the list by category and directory status', async () => {
      const tuition = await createProvider(api, { category: 'tuition' });
      const response = await api.get('/v1/providers?category=tuition&directoryStatus=applied&limit=200');
      expect(response.status).toBe(200);
      expect(response.body.data.map((p: { id: string }) => p.id)).toContain(tuition.id);
      expect(response.body.data.every((p: { category: string }) => p.category === 'tuition')).toBe(true);
      expect((await api.get('/v1/providers?category=circus')).status).toBe(400);
    });

    it('clears optional identifiers with null but refuses null for required fields, never failing with 5xx', async () => {
      const provider = await createProvider(api, { charityNumber: '1123456' });
      const cleared = await api.patch(
        `/v1/providers/${provider.id}`,
        { charityNumber: null, description: null },
        await api.current(`/v1/providers/${provider.id}`),
      );
      expect(cleared.status).toBe(200);
      expect(cleared.body).toMatchObject({ charityNumber: null, description: null });
      const refused = await api.patch(
        `/v1/providers/${provider.id}`,
        { name: null, postcode: null, sme: null },
        await api.current(`/v1/providers/${provider.id}`),
      );
      expect(refused.status).toBe(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'name',
        'postcode',
        'sme',
      ]);
      const check = await api.post(
        `/v1/providers/${provider.id}/checks`,
        checkBody('first_aid', { expiresAt: null, coverPence: null }),
      );
      expect(check.status).toBe(201);
      expect((await api.get(`/v1/providers?lotId=${provider.id}`)).status).toBe(404);
    });

    it('updates with If-Match and refuses a stale version with 412', async () => {
      const provider = await createProvider(api);
      const ok = await api.patch(
        `/v1/providers/${provider.id}`,
        { qualityScore: 80 },
        { headers: { 'if-match': '"1"' } },
      );
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ qualityScore: 80, version: 2 });
      const stale = await api.patch(
        `/v1/providers/${provider.id}`,
        { qualityScore: 70 },
        { headers: { 'if-match': '"1"' } },
      );
      expect(stale.status).toBe(412);
    });
  });

  describe('provider keys', () => {
    it('may read and change only their own contact email and description', async () => {
      const own = await createProvider(api);
      const other = await createProvider(api);
      const key = await api.issueKey(Role.Provider, { providerId: own.id });

      expect((await api.get(`/v1/providers/${own.id}`, { key })).status).toBe(200);
      expect((await api.get(`/v1/providers/${other.id}`, { key })).status).toBe(404);
      const list = await api.get('/v1/providers?limit=200', { key });
      expect(list.body.data.map((p: { id: string }) => p.id)).toEqual([own.id]);

      const edit = await api.patch(
        `/v1/providers/${own.id}`,
        { contactEmail: 'new@own.example', description: 'New' },
        await api.current(`/v1/providers/${own.id}`, key),
      );
      expect(edit.status).toBe(200);
      expect(edit.body).toMatchObject({ contactEmail: 'new@own.example', description: 'New' });

      const forbidden = await api.patch(
        `/v1/providers/${own.id}`,
        { qualityScore: 100, name: 'Best' },
        await api.current(`/v1/providers/${own.id}`, key),
      );
      expect(forbidden.status).toBe(403);
      expect(forbidden.body.code).toBe('forbidden');
      expect(forbidden.body.detail).toContain('qualityScore');
      expect((await api.get(`/v1/providers/${own.id}`)).body.qualityScore).toBe(50);

      expect(
        (
          await api.patch(
            `/v1/providers/${other.id}`,
            { description: 'x' },
            { key, headers: { 'if-match': '"1"' } },
          )
        ).status,
      ).toBe(404);
      expect((await api.post('/v1/providers', providerBody(), { key })).status).toBe(403);
    });

    it('cannot read another provider’s checks (404) but can read its own', async () => {
      const own = await createProvider(api);
      const other = await createProvider(api);
      await recordCheck(api, other.id, 'first_aid');
      const key = await api.issueKey(Role.Provider, { providerId: own.id });
      expect((await api.get(`/v1/providers/${other.id}/checks`, { key })).status).toBe(404);
      expect((await api.get(`/v1/providers/${own.id}/checks`, { key })).status).toBe(200);
    });

    it('must name a provider that exists', async () => {
      const response = await api.post('/v1/api-keys', {
        role: 'provider',
        providerId: '00000000-0000-4000-8000-000000000000',
        label: 'ghost',
      });
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('provider_not_found');
    });
  });

  describe('check catalogue and checks', () => {
    it('serves the catalogue seeded by the migration to any role', async () => {
      const org = await createOrganisation(api);
      const key = await api.issueKey(Role.Commissioner, { organisationId: org.id });
      const response = await api.get('/v1/check-types', { key });
      expect(response.status).toBe(200);
      const byCode = Object.fromEntries(response.body.data.map((t: { code: string }) => [t.code, t]));
      expect(Object.keys(byCode)).toEqual(
        expect.arrayContaining([...ALL_CHECKS, 'ofsted_registration', 'qa_visit', 'financial_standing']),
      );
      expect(byCode.employers_liability_insurance).toMatchObject({
        mandatory: 'all',
        minimumCoverPence: 500_000_000,
      });
      expect(byCode.ofsted_registration.mandatory).toBe('registered');
      expect(byCode.qa_visit.mandatory).toBe('lot');
    });

    it('defaults expiry from the catalogue validity and records who verified it', async () => {
      const provider = await createProvider(api);
      const response = await api.post(
        `/v1/providers/${provider.id}/checks`,
        checkBody('dsl_training', { verifiedAt: '2026-01-31' }),
      );
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ expiresAt: '2028-01-30', current: true, outcome: 'pass' });
      expect(typeof response.body.verifiedBy).toBe('string');
    });

    it('refuses employers’ liability cover below £5m with 422 insurance_cover_too_low, and missing cover with 400', async () => {
      const provider = await createProvider(api);
      const low = await api.post(
        `/v1/providers/${provider.id}/checks`,
        checkBody('employers_liability_insurance', { coverPence: 499_999_999 }),
      );
      expect(low.status).toBe(422);
      expect(low.body).toMatchObject({ code: 'insurance_cover_too_low', minimumCoverPence: 500_000_000 });
      const enough = await api.post(
        `/v1/providers/${provider.id}/checks`,
        checkBody('employers_liability_insurance', { coverPence: 500_000_000 }),
      );
      expect(enough.status).toBe(201);
      const { coverPence: _omit, ...missing } = checkBody('employers_liability_insurance');
      expect((await api.post(`/v1/providers/${provider.id}/checks`, missing)).status).toBe(400);
    });

    it('refuses an unknown check type, a future verification and a conditional outcome without conditions', async () => {
      const provider = await createProvider(api);
      const unknown = await api.post(`/v1/providers/${provider.id}/checks`, checkBody('astrology'));
      expect(unknown.status).toBe(422);
      expect(unknown.body.code).toBe('unknown_check_type');
      expect(
        (
          await api.post(
            `/v1/providers/${provider.id}/checks`,
            checkBody('first_aid', { verifiedAt: '2026-09-02' }),
          )
        ).status,
      ).toBe(400);
      expect(
        (
          await api.post(
            `/v1/providers/${provider.id}/checks`,
            checkBody('first_aid', { outcome: 'conditional' }),
          )
        ).status,
      ).toBe(400);
      expect(
        (await api.post(`/v1/providers/00000000-0000-4000-8000-000000000000/checks`, checkBody('first_aid')))
          .status,
      ).toBe(404);
    });

    it('keeps the history and marks the newest check of each type as current', async () => {
      const provider = await createProvider(api);
      const older = await recordCheck(api, provider.id, 'first_aid', { verifiedAt: '2026-03-01' });
      const newer = await recordCheck(api, provider.id, 'first_aid', { verifiedAt: '2026-06-01' });
      const backfilled = await recordCheck(api, provider.id, 'first_aid', { verifiedAt: '2026-01-01' });
      expect(backfilled.current).toBe(false);
      const list = await api.get(`/v1/providers/${provider.id}/checks`);
      const current = Object.fromEntries(
        list.body.data.map((c: { id: string; current: boolean }) => [c.id, c.current]),
      );
      expect(current).toEqual({ [older.id]: false, [newer.id]: true, [backfilled.id]: false });
    });

    it('lets only admins, auditors and the provider itself read checks', async () => {
      const provider = await createProvider(api);
      const org = await createOrganisation(api);
      const commissioner = await api.issueKey(Role.Commissioner, { organisationId: org.id });
      const auditor = await api.issueKey(Role.Auditor);
      expect((await api.get(`/v1/providers/${provider.id}/checks`, { key: commissioner })).status).toBe(403);
      expect((await api.get(`/v1/providers/${provider.id}/checks`, { key: auditor })).status).toBe(200);
      expect(
        (await api.post(`/v1/providers/${provider.id}/checks`, checkBody('first_aid'), { key: auditor }))
          .status,
      ).toBe(403);
    });
  });

  describe('directory status', () => {
    it('refuses approval with the exact list of failing checks', async () => {
      const provider = await createProvider(api, {
        registrationStatus: 'registered',
        category: 'independent_school',
      });
      const passing = ALL_CHECKS.filter(
        (t) => !['dsl_training', 'fire_risk_assessment', 'first_aid'].includes(t),
      );
      await passAllChecks(api, provider.id, passing);
      await recordCheck(api, provider.id, 'fire_risk_assessment', { outcome: 'fail' });
      await recordCheck(api, provider.id, 'first_aid', { verifiedAt: '2025-01-01', expiresAt: '2026-08-31' });
      const response = await setStatus(api, provider.id, 'approved');
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('checks_not_satisfied');
      expect(response.body.failures).toEqual([
        { checkType: 'dsl_training', problem: 'missing' },
        { checkType: 'fire_risk_assessment', problem: 'failed' },
        { checkType: 'first_aid', problem: 'expired' },
        { checkType: 'ofsted_registration', problem: 'missing' },
      ]);
    });

    it('accepts a conditional check for conditional approval only, and keeps the status history', async () => {
      const provider = await createProvider(api);
      await passAllChecks(
        api,
        provider.id,
        ALL_CHECKS.filter((t) => t !== 'data_protection'),
      );
      await recordCheck(api, provider.id, 'data_protection', {
        outcome: 'conditional',
        conditions: 'Register with the ICO',
        conditionsDueDate: '2026-12-01',
      });
      const full = await setStatus(api, provider.id, 'approved');
      expect(full.status).toBe(422);
      expect(full.body.failures).toEqual([{ checkType: 'data_protection', problem: 'failed' }]);
      const conditional = await setStatus(
        api,
        provider.id,
        'conditionally_approved',
        'Conditions agreed at panel',
      );
      expect(conditional.status).toBe(200);
      expect(conditional.body.directoryStatus).toBe('conditionally_approved');
      expect(conditional.body.statusHistory).toEqual([
        expect.objectContaining({
          status: 'conditionally_approved',
          reason: 'Conditions agreed at panel',
          byKeyId: expect.any(String),
        }),
      ]);
    });

    it('moves approved ↔ suspended, makes removal final, and refuses other moves with 409 invalid_transition', async () => {
      const provider = await approvedProvider(api);
      expect((await setStatus(api, provider.id, 'suspended', 'Complaint under investigation')).status).toBe(
        200,
      );
      expect((await setStatus(api, provider.id, 'approved', 'Complaint not upheld')).status).toBe(200);
      expect((await setStatus(api, provider.id, 'removed', 'Left the framework')).status).toBe(200);
      const again = await setStatus(api, provider.id, 'approved');
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('invalid_transition');
      const fresh = await createProvider(api);
      expect((await setStatus(api, fresh.id, 'suspended')).status).toBe(409);
      expect((await setStatus(api, fresh.id, 'applied')).status).toBe(400);
      const history = (await api.get(`/v1/providers/${provider.id}`)).body.statusHistory.map(
        (h: { status: string }) => h.status,
      );
      expect(history).toEqual(['approved', 'suspended', 'approved', 'removed']);
    });
  });

  describe('lot membership and eligibility', () => {
    it('validates the check types a lot requires', async () => {
      const { framework } = await activeFrameworkWithLots(api);
      const lead = await createOrganisation(api);
      const draft = await api.post('/v1/frameworks', {
        reference: unique('FW'),
        title: 'Draft',
        type: 'closed',
        leadOrganisationId: lead.id,
        participantOrganisationIds: [],
        startDate: '2027-04-01',
        endDate: '2031-03-31',
        estimatedValuePence: 1,
      });
      const response = await api.post(`/v1/frameworks/${draft.body.id}/lots`, {
        number: 1,
        title: 'Lot',
        description: 'd',
        pathway: 'full_time',
        awardMethods: ['direct'],
        directAwardWeights: { price: 40, distance: 20, quality: 40 },
        pricingUnits: ['day'],
        outcomeAtRiskPercent: '10',
        mandatoryCheckTypes: ['qa_visit', 'tarot_reading'],
      });
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ code: 'unknown_check_type', unknown: ['tarot_reading'] });
      const nullTypes = await api.post(`/v1/frameworks/${draft.body.id}/lots`, {
        number: 2,
        title: 'Lot',
        description: 'd',
        pathway: 'full_time',
        awardMethods: ['direct'],
        directAwardWeights: { price: 40, distance: 20, quality: 40 },
        pricingUnits: ['day'],
        outcomeAtRiskPercent: '10',
        mandatoryCheckTypes: null,
      });
      expect(nullTypes.status).toBe(400);
      const lots = await api.get(`/v1/frameworks/${framework.id}/lots`);
      expect(lots.body.data[0].mandatoryCheckTypes).toEqual(['qa_visit']);
    });

    it('admits approved providers only, keeps unregistered ones off registered-only lots, and refuses duplicates', async () => {
      const { registeredLot, openLot } = await activeFrameworkWithLots(api);
      const applied = await createProvider(api);
      const notApproved = await api.post(`/v1/lots/${openLot.id}/members`, { providerId: applied.id });
      expect(notApproved.status).toBe(422);
      expect(notApproved.body.code).toBe('provider_not_approved');
      const unregistered = await approvedProvider(api);
      const wrongLot = await api.post(`/v1/lots/${registeredLot.id}/members`, {
        providerId: unregistered.id,
      });
      expect(wrongLot.status).toBe(422);
      expect(wrongLot.body.code).toBe('unregistered_for_registered_lot');
      expect((await api.post(`/v1/lots/${openLot.id}/members`, { providerId: unregistered.id })).status).toBe(
        201,
      );
      const duplicate = await api.post(`/v1/lots/${openLot.id}/members`, { providerId: unregistered.id });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.code).toBe('duplicate_lot_member');
    });

    it('suspends, reinstates and removes members, and lists only the eligible ones with eligibleOn', async () => {
      const { openLot, lead } = await activeFrameworkWithLots(api);
      const a = await approvedProvider(api);
      const b = await approvedProvider(api);
      await addMember(api, openLot.id, a.id);
      await addMember(api, openLot.id, b.id);
      const suspended = await api.post(`/v1/lots/${openLot.id}/members/${b.id}/suspend`, {
        reason: 'Investigation',
      });
      expect(suspended.status).toBe(200);
      expect(suspended.body).toMatchObject({ status: 'suspended', statusReason: 'Investigation' });
      expect(
        (await api.post(`/v1/lots/${openLot.id}/members/${b.id}/suspend`, { reason: 'Again' })).status,
      ).toBe(409);

      const all = await api.get(`/v1/lots/${openLot.id}/members`);
      expect(
        all.body.data.map((m: { providerId: string; status: string }) => [m.providerId, m.status]),
      ).toEqual([
        [a.id, 'active'],
        [b.id, 'suspended'],
      ]);
      const eligible = await api.get(`/v1/lots/${openLot.id}/members?eligibleOn=2026-09-01`);
      expect(eligible.body.data.map((m: { providerId: string }) => m.providerId)).toEqual([a.id]);

      const commissioner = await api.issueKey(Role.Commissioner, { organisationId: lead.id });
      expect((await api.get(`/v1/lots/${openLot.id}/members`, { key: commissioner })).status).toBe(200);
      const stranger = await api.issueKey(Role.Commissioner, {
        organisationId: (await createOrganisation(api)).id,
      });
      expect((await api.get(`/v1/lots/${openLot.id}/members`, { key: stranger })).status).toBe(404);
      expect((await api.get(`/v1/providers?lotId=${openLot.id}`, { key: stranger })).status).toBe(404);
      const viaProviders = await api.get(`/v1/providers?lotId=${openLot.id}`, { key: commissioner });
      expect(viaProviders.status).toBe(200);
      expect(viaProviders.body.data.map((p: { id: string }) => p.id).sort()).toEqual([a.id, b.id].sort());

      expect(
        (await api.post(`/v1/lots/${openLot.id}/members/${b.id}/reinstate`, { reason: 'Cleared' })).body
          .status,
      ).toBe('active');
      expect(
        (await api.post(`/v1/lots/${openLot.id}/members/${b.id}/remove`, { reason: 'Left' })).body.status,
      ).toBe('removed');
      expect(
        (await api.post(`/v1/lots/${openLot.id}/members/${b.id}/reinstate`, { reason: 'x' })).status,
      ).toBe(409);
    });

    it('honours If-Match on suspend, reinstate and remove, refusing a stale ETag with 412 and changing nothing', async () => {
      const { openLot } = await activeFrameworkWithLots(api);
      const provider = await approvedProvider(api);
      const added = await addMember(api, openLot.id, provider.id);
      expect(added.version).toBe(1);
      const url = (action: string) => `/v1/lots/${openLot.id}/members/${provider.id}/${action}`;
      const ifMatch = (version: string) => ({ headers: { 'if-match': version } });

      const stale = await api.post(url('suspend'), { reason: 'Safeguarding concern' }, ifMatch('"6"'));
      expect(stale.status).toBe(412);
      expect(stale.body).toMatchObject({ code: 'precondition_failed', currentVersion: 1 });
      const members = await api.get(`/v1/lots/${openLot.id}/members`);
      expect(members.body.data).toEqual([expect.objectContaining({ status: 'active', version: 1 })]);

      const suspended = await api.post(url('suspend'), { reason: 'Safeguarding concern' }, ifMatch('"1"'));
      expect(suspended.status).toBe(200);
      expect(suspended.headers.etag).toBe('"2"');
      expect((await api.post(url('reinstate'), { reason: 'Cleared' }, ifMatch('"1"'))).status).toBe(412);
      expect((await api.post(url('reinstate'), { reason: 'Cleared' }, ifMatch('"2"'))).status).toBe(200);
      expect((await api.post(url('remove'), { reason: 'Left' }, ifMatch('"2"'))).status).toBe(412);
      expect((await api.post(url('remove'), { reason: 'Left' }, ifMatch('"3"'))).body.status).toBe('removed');
    });

    it('is eligible on the last valid day of a check and not the day after, with the reason', async () => {
      const { openLot } = await activeFrameworkWithLots(api);
      const provider = await approvedProvider(api);
      await addMember(api, openLot.id, provider.id);
      const insurance = await recordCheck(api, provider.id, 'public_liability_insurance', {
        verifiedAt: '2026-08-15',
        expiresAt: '2026-10-31',
      });
      expect(insurance.current).toBe(true);
      const onLastDay = await api.get(
        `/v1/providers/${provider.id}/eligibility?lotId=${openLot.id}&date=2026-10-31`,
      );
      expect(onLastDay.status).toBe(200);
      expect(onLastDay.body).toEqual({
        providerId: provider.id,
        lotId: openLot.id,
        date: '2026-10-31',
        eligible: true,
        reasons: [],
      });
      const dayAfter = await api.get(
        `/v1/providers/${provider.id}/eligibility?lotId=${openLot.id}&date=2026-11-01`,
      );
      expect(dayAfter.body).toMatchObject({
        eligible: false,
        reasons: [{ code: 'check_expired', detail: 'public_liability_insurance' }],
      });
    });

    it('explains every reason a provider is not eligible', async () => {
      const { registeredLot } = await activeFrameworkWithLots(api);
      const provider = await createProvider(api);
      const response = await api.get(
        `/v1/providers/${provider.id}/eligibility?lotId=${registeredLot.id}&date=2026-09-01`,
      );
      expect(response.status).toBe(200);
      const codes = response.body.reasons.map(
        (r: { code: string; detail: string }) => `${r.code}:${r.code.startsWith('check') ? r.detail : ''}`,
      );
      expect(codes).toEqual([
        'not_approved:',
        'not_member:',
        'unregistered_for_registered_lot:',
        ...ALL_CHECKS.map((t) => `check_missing:${t}`),
        'check_missing:qa_visit',
      ]);
    });

    it('scopes eligibility to the provider itself and commissioners entitled to the framework', async () => {
      const { openLot, lead } = await activeFrameworkWithLots(api);
      const provider = await createProvider(api);
      const other = await createProvider(api);
      const own = await api.issueKey(Role.Provider, { providerId: provider.id });
      const url = (id: string) => `/v1/providers/${id}/eligibility?lotId=${openLot.id}`;
      expect((await api.get(url(provider.id), { key: own })).status).toBe(200);
      expect((await api.get(url(other.id), { key: own })).status).toBe(404);
      const entitled = await api.issueKey(Role.Commissioner, { organisationId: lead.id });
      expect((await api.get(url(provider.id), { key: entitled })).status).toBe(200);
      const stranger = await api.issueKey(Role.Commissioner, {
        organisationId: (await createOrganisation(api)).id,
      });
      expect((await api.get(url(provider.id), { key: stranger })).status).toBe(404);
      expect(
        (await api.get(`/v1/providers/${provider.id}/eligibility?lotId=00000000-0000-4000-8000-000000000000`))
          .status,
      ).toBe(404);
      expect(
        (await api.get(`/v1/providers/${provider.id}/eligibility?lotId=${openLot.id}&date=2026-02-30`))
          .status,
      ).toBe(400);
      expect(
        (await api.get(`/v1/providers/00000000-0000-4000-8000-000000000000/eligibility?lotId=${openLot.id}`))
          .body.code,
      ).toBe('not_found');
      // A lot of a draft framework is out of a provider's sight: the same 404 as GET /v1/lots/{id}.
      const draft = await createFramework(api, lead.id);
      const draftLot = await createLot(api, draft.id);
      expect((await api.get(`/v1/lots/${draftLot.id}`, { key: own })).status).toBe(404);
      expect(
        (await api.get(`/v1/providers/${provider.id}/eligibility?lotId=${draftLot.id}`, { key: own })).status,
      ).toBe(404);
    });
  });

  describe('public directory', () => {
    it('lists eligible approved providers by lot with the postcode district only and no contact details', async () => {
      const { openLot, registeredLot } = await activeFrameworkWithLots(api);
      const listed = await approvedProvider(
        api,
        {
          postcode: 'M26 2SP',
          contactEmail: 'secret-contact@listed.example',
          registrationStatus: 'registered',
          category: 'independent_school',
          urn: await api.nextUrn(),
        },
        ['qa_visit'],
      );
      await addMember(api, openLot.id, listed.id);
      await addMember(api, registeredLot.id, listed.id);
      const suspended = await approvedProvider(api);
      await addMember(api, openLot.id, suspended.id);
      await api.post(`/v1/lots/${openLot.id}/members/${suspended.id}/suspend`, { reason: 'x' });

      const response = await api.get(`/v1/directory?lotId=${openLot.id}`, { key: null });
      expect(response.status).toBe(200);
      const ids = response.body.data.map((e: { providerId: string }) => e.providerId);
      expect(ids).toContain(listed.id);
      expect(ids).not.toContain(suspended.id);
      const entry = response.body.data.find((e: { providerId: string }) => e.providerId === listed.id);
      expect(entry.postcodeDistrict).toBe('M26');
      expect(entry.lots.map((l: { lotId: string }) => l.lotId).sort()).toEqual(
        [openLot.id, registeredLot.id].sort(),
      );
      expect(response.text).not.toContain('secret-contact');
      expect(response.text).not.toContain('M26 2SP');
      expect(response.text).not.toMatch(/latitude|longitude|contactEmail|qualityScore/);

      const page = await api.get(`/directory?lotId=${openLot.id}`, { key: null });
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.text).toContain(listed.name);
      expect(page.text).not.toContain('secret-contact');
      expect(page.text).not.toContain('M26 2SP');

      const css = await api.get('/directory/styles.css', { key: null });
      expect(css.status).toBe(200);
      expect(css.headers['content-type']).toMatch(/^text\/css/);
    });

    it('refuses a malformed filter with 400 rather than failing', async () => {
      expect((await api.get('/v1/directory?lotId=nope', { key: null })).status).toBe(400);
      expect((await api.get('/directory?lotId=&q=&category=', { key: null })).status).toBe(200);
    });

    it('is left out of the OpenAPI document as HTML', async () => {
      const doc = (await api.get('/openapi.json', { key: null })).body;
      expect(doc.paths['/v1/directory'].get.operationId).toBe('getDirectory');
      expect(doc.paths['/directory']).toBeUndefined();
    });
  });

  describe('lists and records that say what they mean', () => {
    it('answers 404 for the checks of a provider that does not exist', async () => {
      const ghost = '00000000-0000-4000-8000-000000000000';
      const auditor = await api.issueKey(Role.Auditor);
      expect((await api.get(`/v1/providers/${ghost}/checks`)).status).toBe(404);
      expect((await api.get(`/v1/providers/${ghost}/checks`, { key: auditor })).status).toBe(404);
    });

    it('pages a lot’s members and a provider’s checks, each row once, current marked across pages', async () => {
      const { openLot } = await activeFrameworkWithLots(api);
      const added: string[] = [];
      for (let i = 0; i < 3; i++) {
        const provider = await approvedProvider(api);
        await addMember(api, openLot.id, provider.id);
        added.push(provider.id);
      }
      const walk = async (url: string) => {
        const rows: Record<string, unknown>[] = [];
        let cursor: string | null = null;
        do {
          const page: Response = await api.get(
            `${url}${url.includes('?') ? '&' : '?'}limit=2${cursor ? `&cursor=${cursor}` : ''}`,
          );
          expect(page.status).toBe(200);
          expect(page.body.data.length).toBeLessThanOrEqual(2);
          rows.push(...page.body.data);
          cursor = page.body.nextCursor;
        } while (cursor);
        return rows;
      };
      expect((await walk(`/v1/lots/${openLot.id}/members`)).map((m) => m.providerId)).toEqual(added);
      expect(
        (await walk(`/v1/lots/${openLot.id}/members?eligibleOn=2026-09-01`)).map((m) => m.providerId),
      ).toEqual(added);
      const provider = added[0];
      await recordCheck(api, provider, 'first_aid', { verifiedAt: '2026-08-15' });
      const checks = await walk(`/v1/providers/${provider}/checks`);
      const all = (await api.get(`/v1/providers/${provider}/checks?limit=200`)).body.data;
      expect(checks).toEqual(all);
      expect(checks.filter((c) => c.type === 'first_aid').map((c) => c.current)).toEqual([true, false]);
      expect((await api.get(`/v1/lots/${openLot.id}/members?cursor=bm9wZQ`)).body.code).toBe(
        'invalid_cursor',
      );
      // A member that stops being eligible between pages does not break the walk.
      const first = await api.get(`/v1/lots/${openLot.id}/members?eligibleOn=2026-09-01&limit=1`);
      await api.post(`/v1/lots/${openLot.id}/members/${added[0]}/suspend`, { reason: 'Safeguarding review' });
      const next = await api.get(
        `/v1/lots/${openLot.id}/members?eligibleOn=2026-09-01&limit=1&cursor=${first.body.nextCursor}`,
      );
      expect(next.body.data.map((m: { providerId: string }) => m.providerId)).toEqual([added[1]]);
    });

    it('needs a due date on a conditional check, not before it was verified', async () => {
      const provider = await createProvider(api);
      const base = {
        type: 'first_aid',
        outcome: 'conditional',
        evidenceRef: 'FA-1',
        verifiedAt: '2026-08-01',
        conditions: 'Train a second first-aider',
      };
      const undated = await api.post(`/v1/providers/${provider.id}/checks`, base);
      expect(undated.body.errors).toEqual([
        { field: 'conditionsDueDate', message: 'conditionsDueDate is required for a conditional outcome' },
      ]);
      const early = await api.post(`/v1/providers/${provider.id}/checks`, {
        ...base,
        conditionsDueDate: '2026-01-01',
      });
      expect(early.status).toBe(400);
      const dated = await api.post(`/v1/providers/${provider.id}/checks`, {
        ...base,
        conditionsDueDate: '2026-10-31',
      });
      expect(dated.status).toBe(201);
    });

    it('refuses a reason that is only whitespace, for directory status and membership changes', async () => {
      const provider = await approvedProvider(api);
      const status = await setStatus(api, provider.id, 'suspended', '   ');
      expect(status.body.errors).toEqual([{ field: 'reason', message: 'reason must not be blank' }]);
      const { openLot } = await activeFrameworkWithLots(api);
      const member = await approvedProvider(api);
      await addMember(api, openLot.id, member.id);
      const suspend = await api.post(`/v1/lots/${openLot.id}/members/${member.id}/suspend`, {
        reason: ' \n\t ',
      });
      expect(suspend.status).toBe(400);
    });
  });
});
