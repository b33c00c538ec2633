import { Role } from '../src/auth/role';
import { createFramework, createLot, createOrganisation, frameworkBody, lotBody } from './support/fixtures';
import { TestApp, startTestApp } from './support/test-app';

describe('frameworks and lots', () => {
  let api: TestApp;
  let lead: { id: string };
  beforeAll(async () => {
    api = await startTestApp();
    lead = await createOrganisation(api);
  });
  afterAll(() => api.close());

  it.each([
    ['closed', '2027-04-01', '2031-03-31', undefined, 201],
    ['closed', '2027-04-01', '2031-04-01', undefined, 422],
    ['open', '2027-04-01', '2035-03-31', undefined, 201],
    ['open', '2027-04-01', '2035-04-01', undefined, 422],
    ['light_touch_closed', '2027-04-01', '2031-03-31', undefined, 201],
    ['light_touch_closed', '2027-04-01', '2031-04-01', undefined, 422],
    ['light_touch_closed', '2021-09-01', '2028-08-31', 7, 201],
    ['light_touch_open', '2021-09-01', '2028-09-01', 7, 422],
    // A term whose anniversary falls after 9999 may run to 9999-12-31, the last date the API takes.
    ['closed', '9999-01-01', '9999-12-31', undefined, 201],
    ['open', '9996-01-02', '9999-12-31', undefined, 201],
  ])(
    'a %s framework from %s to %s (maxTermYears %p) answers %i',
    async (type, startDate, endDate, maxTermYears, status) => {
      const response = await api.post(
        '/v1/frameworks',
        frameworkBody(lead.id, { type, startDate, endDate, maxTermYears }),
      );
      expect(response.status).toBe(status);
      if (status === 422) expect(response.body.code).toBe('framework_term_too_long');
      // The term the framework is held to, as its type sets it (PA 2023 s.47) or its own for light touch.
      else
        expect(response.body.maxTermYears).toBe(
          type === 'open' ? 8 : type === 'closed' ? 4 : (maxTermYears ?? 4),
        );
    },
  );

  // A null for a field whose column has a default and no null is a 400 naming the field, never a 500; a null for
  // a field that may be empty (a description, a price ceiling) clears it.
  it('refuses null where a value is required and clears with null where it may be empty', async () => {
    for (const field of [
      'offerWindowSchoolDays',
      'initialReviewSchoolDays',
      'fullTimeThresholdHours',
      'annualUpliftCapPercent',
      'maxTermYears',
    ]) {
      const response = await api.post('/v1/frameworks', frameworkBody(lead.id, { [field]: null }));
      expect({ field, status: response.status, code: response.body.code }).toEqual({
        field,
        status: 400,
        code: 'validation_failed',
      });
    }
    const framework = await createFramework(api, lead.id);
    for (const field of [
      'title',
      'type',
      'startDate',
      'participantOrganisationIds',
      'annualUpliftCapPercent',
    ]) {
      const response = await api.patch(
        `/v1/frameworks/${framework.id}`,
        { [field]: null },
        await api.current(`/v1/frameworks/${framework.id}`),
      );
      expect({
        field,
        status: response.status,
        fields: [...new Set(response.body.errors?.map((e: { field: string }) => e.field))],
      }).toEqual({
        field,
        status: 400,
        fields: [field],
      });
    }
    const cleared = await api.patch(
      `/v1/frameworks/${framework.id}`,
      { description: null },
      await api.current(`/v1/frameworks/${framework.id}`),
    );
    expect(cleared.status).toBe(200);
    expect(cleared.body.description).toBeNull();

    for (const field of ['registeredProvidersOnly', 'hoursPerSession', 'mandatoryCheckTypes']) {
      const response = await api.post(`/v1/frameworks/${framework.id}/lots`, lotBody({ [field]: null }));
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
    }
    const lot = await createLot(api, framework.id, { priceCeilingPence: 30_000 });
    for (const field of ['title', 'hoursPerSession', 'pricingUnits', 'mandatoryCheckTypes']) {
      const response = await api.patch(
        `/v1/lots/${lot.id}`,
        { [field]: null },
        await api.current(`/v1/lots/${lot.id}`),
      );
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
    }
    const uncapped = await api.patch(
      `/v1/lots/${lot.id}`,
      { priceCeilingPence: null },
      await api.current(`/v1/lots/${lot.id}`),
    );
    expect(uncapped.status).toBe(200);
    expect(uncapped.body.priceCeilingPence).toBeNull();
  });

  it('refuses an end date on or before the start date with 400', async () => {
    const response = await api.post('/v1/frameworks', frameworkBody(lead.id, { endDate: '2027-04-01' }));
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('endDate');
  });

  it('refuses maxTermYears on a closed framework with 400', async () => {
    const response = await api.post('/v1/frameworks', frameworkBody(lead.id, { maxTermYears: 6 }));
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('maxTermYears');
  });

  it('refuses participants that do not exist with 422', async () => {
    const response = await api.post(
      '/v1/frameworks',
      frameworkBody(lead.id, { participantOrganisationIds: ['00000000-0000-4000-8000-000000000000'] }),
    );
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('organisation_not_found');
  });

  it('refuses lot weights that do not add up to 100', async () => {
    const framework = await createFramework(api, lead.id);
    const response = await api.post(
      `/v1/frameworks/${framework.id}/lots`,
      lotBody({ directAwardWeights: { price: 40, distance: 20, quality: 30 } }),
    );
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors[0].field).toBe('directAwardWeights');
  });

  it('refuses a duplicate lot number with 409', async () => {
    const framework = await createFramework(api, lead.id);
    await createLot(api, framework.id, { number: 2 });
    const response = await api.post(`/v1/frameworks/${framework.id}/lots`, lotBody({ number: 2 }));
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('duplicate_lot_number');
  });

  it('activates only with at least one lot, then freezes the framework', async () => {
    const framework = await createFramework(api, lead.id);
    const empty = await api.post(`/v1/frameworks/${framework.id}/activate`);
    expect(empty.status).toBe(409);
    expect(empty.body.code).toBe('framework_has_no_lots');
    const lot = await createLot(api, framework.id);
    const activated = await api.post(`/v1/frameworks/${framework.id}/activate`);
    expect(activated.status).toBe(200);
    expect(activated.body.status).toBe('active');
    expect((await api.post(`/v1/frameworks/${framework.id}/activate`)).body.code).toBe('invalid_transition');
    expect(
      (
        await api.patch(
          `/v1/frameworks/${framework.id}`,
          { title: 'x' },
          await api.current(`/v1/frameworks/${framework.id}`),
        )
      ).body.code,
    ).toBe('framework_not_draft');
    expect((await api.post(`/v1/frameworks/${framework.id}/lots`, lotBody({ number: 9 }))).body.code).toBe(
      'framework_not_draft',
    );
    expect(
      (
        await api.patch(
          `/v1/lots/${lot.id}`,
          { outcomeAtRiskPercent: '20' },
          await api.current(`/v1/lots/${lot.id}`),
        )
      ).body.code,
    ).toBe('framework_not_draft');
    expect(
      (
        await api.patch(
          `/v1/lots/${lot.id}`,
          { description: 'Clearer wording' },
          await api.current(`/v1/lots/${lot.id}`),
        )
      ).status,
    ).toBe(200);
  });

  it('answers a lot’s decimals as stored, on create and change, the same as a later read', async () => {
    const framework = await createFramework(api, lead.id);
    const created = await api.post(
      `/v1/frameworks/${framework.id}/lots`,
      lotBody({ outcomeAtRiskPercent: 12.5 }),
    );
    expect(created.body.outcomeAtRiskPercent).toBe('12.5');
    const patched = await api.patch(
      `/v1/lots/${created.body.id}`,
      { hoursPerSession: 4, outcomeAtRiskPercent: '07.50' },
      await api.current(`/v1/lots/${created.body.id}`),
    );
    const read = await api.get(`/v1/lots/${created.body.id}`);
    expect(patched.body).toEqual(read.body);
    expect(read.body).toMatchObject({ hoursPerSession: '4', outcomeAtRiskPercent: '7.5' });
  });

  it('changes a draft with If-Match, bumps the version and ETag, and refuses the stale version with 412', async () => {
    const framework = await createFramework(api, lead.id);
    const read = await api.get(`/v1/frameworks/${framework.id}`);
    expect(read.headers.etag).toBe(`"${read.body.version}"`);
    const changed = await api.patch(
      `/v1/frameworks/${framework.id}`,
      { title: 'Renamed' },
      { headers: { 'if-match': read.headers.etag as string } },
    );
    expect(changed.status).toBe(200);
    expect(changed.body.title).toBe('Renamed');
    expect(changed.body.version).toBe(read.body.version + 1);
    const stale = await api.patch(
      `/v1/frameworks/${framework.id}`,
      { title: 'Again' },
      { headers: { 'if-match': read.headers.etag as string } },
    );
    expect(stale.status).toBe(412);
    expect((await api.get(`/v1/frameworks/${framework.id}`)).body.title).toBe('Renamed');
  });

  it('re-checks the term when a PATCH moves the dates', async () => {
    const framework = await createFramework(api, lead.id);
    const response = await api.patch(
      `/v1/frameworks/${framework.id}`,
      { endDate: '2032-03-31' },
      await api.current(`/v1/frameworks/${framework.id}`),
    );
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('framework_term_too_long');
  });

  it('shows a commissioner the frameworks it may call off from, and a provider only active ones', async () => {
    const participant = await createOrganisation(api);
    const shared = await createFramework(api, lead.id, { participantOrganisationIds: [participant.id] });
    await createFramework(api, lead.id);
    const commissioner = await api.issueKey(Role.Commissioner, { organisationId: participant.id });
    const seen = await api.get('/v1/frameworks?limit=200', { key: commissioner });
    expect(seen.body.data.map((f: { id: string }) => f.id)).toEqual([shared.id]);
    expect(seen.body.data[0].participantOrganisationIds).toEqual([participant.id]);
  });

  it('reports an active framework past its end date as expired, and filters by that status', async () => {
    const framework = await createFramework(api, lead.id, { startDate: '2020-01-01', endDate: '2023-12-31' });
    await createLot(api, framework.id);
    await api.post(`/v1/frameworks/${framework.id}/activate`);
    expect((await api.get(`/v1/frameworks/${framework.id}`)).body.status).toBe('expired');
    const expired = await api.get('/v1/frameworks?status=expired&limit=200');
    expect(expired.body.data.map((f: { id: string }) => f.id)).toContain(framework.id);
    const active = await api.get('/v1/frameworks?status=active&limit=200');
    expect(active.body.data.map((f: { id: string }) => f.id)).not.toContain(framework.id);
  });
});
