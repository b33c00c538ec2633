import { Role } from '../src/auth/role';
import { createFramework, createLot, createOrganisation } from './support/fixtures';
import { createEligibleProvider } from './support/eligible-provider';
import { TestApp, startTestApp } from './support/test-app';

describe('rate cards and quotes', () => {
  let api: TestApp;
  let org: { id: string };
  let lotId: string;
  let providerKey: string;
  let provider: { id: string };

  beforeAll(async () => {
    api = await startTestApp();
    api.clock.setToday('2026-09-01');
    org = await createOrganisation(api);
    const framework = await createFramework(api, org.id, { startDate: '2026-04-01', endDate: '2030-03-31' });
    lotId = (
      await createLot(api, framework.id, {
        pricingUnits: ['day', 'session', 'hour', 'week', 'annual_place'],
        priceCeilingPence: 3_000_000,
        outcomeAtRiskPercent: '10',
      })
    ).id;
    await api.post(`/v1/frameworks/${framework.id}/activate`);
    provider = await createEligibleProvider(api, lotId);
    providerKey = await api.issueKey(Role.Provider, { providerId: provider.id });
  });
  afterAll(() => api.close());

  async function approvedCard(lines: { unit: string; pricePence: number }[], effectiveFrom = '2026-09-01') {
    const card = await api.post(
      `/v1/providers/${provider.id}/rate-cards`,
      { lotId, effectiveFrom, lines },
      { key: providerKey },
    );
    expect(card.status).toBe(201);
    const approved = await api.post(`/v1/rate-cards/${card.body.id}/approve`, {});
    expect(approved.status).toBe(200);
    return approved.body;
  }

  it('lets a provider submit its own card and an admin approve it; approving the next ends the previous the day before', async () => {
    const first = await approvedCard([{ unit: 'day', pricePence: 18500 }]);
    expect(first.status).toBe('approved');
    const second = await approvedCard([{ unit: 'day', pricePence: 19000 }], '2027-04-01');
    const listed = await api.get(`/v1/rate-cards?providerId=${provider.id}&lotId=${lotId}&status=approved`);
    const previous = listed.body.data.find((c: { id: string }) => c.id === first.id);
    expect(previous.effectiveTo).toBe('2027-03-31');
    const onDate = await api.get(
      `/v1/rate-cards?providerId=${provider.id}&lotId=${lotId}&status=approved&date=2027-03-31`,
    );
    expect(onDate.body.data.map((c: { id: string }) => c.id)).toEqual([first.id]);
    const after = await api.get(
      `/v1/rate-cards?providerId=${provider.id}&lotId=${lotId}&status=approved&date=2027-04-01`,
    );
    expect(after.body.data.map((c: { id: string }) => c.id)).toEqual([second.id]);
  });

  it('needs an admin override with a reason for a rise above the uplift cap', async () => {
    const card = await api.post(
      `/v1/providers/${provider.id}/rate-cards`,
      { lotId, effectiveFrom: '2027-09-01', lines: [{ unit: 'day', pricePence: 20000 }] },
      { key: providerKey },
    );
    const refused = await api.post(`/v1/rate-cards/${card.body.id}/approve`, {});
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('uplift_above_cap');
    expect(refused.body.breaches[0]).toMatchObject({
      unit: 'day',
      currentPencePerUnit: 19000,
      proposedPencePerUnit: 20000,
    });
    const overridden = await api.post(`/v1/rate-cards/${card.body.id}/approve`, {
      upliftOverrideReason: 'London weighting',
    });
    expect(overridden.status).toBe(200);
    expect(overridden.body.upliftOverrideReason).toBe('London weighting');
  });

  it('refuses a price above the lot ceiling, a unit the lot does not use, and another provider’s card', async () => {
    const above = await api.post(
      `/v1/providers/${provider.id}/rate-cards`,
      { lotId, effectiveFrom: '2026-09-01', lines: [{ unit: 'annual_place', pricePence: 3_000_001 }] },
      { key: providerKey },
    );
    expect(above.status).toBe(422);
    expect(above.body.code).toBe('price_above_ceiling');
    const other = await createEligibleProvider(api, lotId);
    const forOther = await api.post(
      `/v1/providers/${other.id}/rate-cards`,
      { lotId, effectiveFrom: '2026-09-01', lines: [{ unit: 'day', pricePence: 100 }] },
      { key: providerKey },
    );
    expect(forOther.status).toBe(404);
    const badUnit = await api.post(
      `/v1/providers/${provider.id}/rate-cards`,
      { lotId, effectiveFrom: '2026-09-01', lines: [{ unit: 'fortnight', pricePence: 100 }] },
      { key: providerKey },
    );
    expect(badUnit.status).toBe(400);
  });

  it('will not approve a card above a ceiling lowered after it was submitted', async () => {
    const draft = await createFramework(api, org.id, { startDate: '2026-04-01', endDate: '2030-03-31' });
    const capped = (await createLot(api, draft.id, { pricingUnits: ['day'], priceCeilingPence: 30_000 })).id;
    const supplier = await createEligibleProvider(api, capped);
    const card = await api.post(`/v1/providers/${supplier.id}/rate-cards`, {
      lotId: capped,
      effectiveFrom: '2026-09-01',
      lines: [{ unit: 'day', pricePence: 25_000 }],
    });
    expect(card.status).toBe(201);
    expect(
      (
        await api.patch(
          `/v1/lots/${capped}`,
          { priceCeilingPence: 20_000 },
          await api.current(`/v1/lots/${capped}`),
        )
      ).status,
    ).toBe(200);
    expect((await api.post(`/v1/frameworks/${draft.id}/activate`)).status).toBe(200);
    const approved = await api.post(`/v1/rate-cards/${card.body.id}/approve`, {});
    expect({ status: approved.status, code: approved.body.code }).toEqual({
      status: 422,
      code: 'price_above_ceiling',
    });
  });

  it('rejects a submitted card with a reason, and will not approve it afterwards', async () => {
    const card = await api.post(
      `/v1/providers/${provider.id}/rate-cards`,
      { lotId, effectiveFrom: '2028-09-01', lines: [{ unit: 'day', pricePence: 100 }] },
      { key: providerKey },
    );
    const rejected = await api.post(`/v1/rate-cards/${card.body.id}/reject`, { reason: 'Typo' });
    expect(rejected.body.status).toBe('rejected');
    expect((await api.post(`/v1/rate-cards/${card.body.id}/approve`, {})).body.code).toBe(
      'invalid_transition',
    );
  });

  it('quotes a full-time day-rate placement from 1 September to 31 March: 123 school days, all in 2026-27', async () => {
    const commissioner = await api.issueKey(Role.Commissioner, { organisationId: org.id });
    const quote = await api.post(
      '/v1/quotes',
      {
        lotId,
        providerId: provider.id,
        sessionsPerWeek: 10,
        startDate: '2026-09-01',
        endDate: '2027-03-31',
        unit: 'day',
      },
      { key: commissioner },
    );
    expect(quote.status).toBe(200);
    // 123 school days at £185 = £22,755; 10% at risk.
    expect(quote.body).toMatchObject({
      unit: 'day',
      unitPricePence: 18500,
      schoolDays: 123,
      totalPence: 2_275_500,
      atRiskPence: 227_550,
      basePence: 2_047_950,
    });
    expect(quote.body.byFinancialYear).toEqual([
      { financialYear: '2026-27', schoolDays: 123, totalPence: 2_275_500 },
    ]);
  });

  it('prices the dearest card the API accepts over two years exactly, and refuses a dearer one with 400', async () => {
    const own = await createFramework(api, org.id, { startDate: '2026-04-01', endDate: '2029-03-31' });
    const hourly = (
      await createLot(api, own.id, {
        pricingUnits: ['hour'],
        hoursPerSession: '8',
        outcomeAtRiskPercent: '10',
      })
    ).id;
    await api.post(`/v1/frameworks/${own.id}/activate`);
    const tutor = await createEligibleProvider(api, hourly);
    const submit = (pricePence: number) =>
      api.post(`/v1/providers/${tutor.id}/rate-cards`, {
        lotId: hourly,
        effectiveFrom: '2026-09-01',
        lines: [{ unit: 'hour', pricePence }],
      });
    const tooDear = await submit(100_000_001);
    expect({ status: tooDear.status, field: tooDear.body.errors?.[0]?.field }).toEqual({
      status: 400,
      field: 'lines.0.pricePence',
    });
    const dearest = await submit(100_000_000);
    expect(dearest.status).toBe(201);
    expect((await api.post(`/v1/rate-cards/${dearest.body.id}/approve`, {})).status).toBe(200);
    const quote = await api.post('/v1/quotes', {
      lotId: hourly,
      providerId: tutor.id,
      sessionsPerWeek: 10,
      startDate: '2026-09-01',
      endDate: '2028-07-21',
    });
    expect(quote.status).toBe(200);
    expect(Number.isSafeInteger(quote.body.totalPence)).toBe(true);
    expect(
      quote.body.byFinancialYear.reduce((sum: number, y: { totalPence: number }) => sum + y.totalPence, 0),
    ).toBe(quote.body.totalPence);
  });

  it('refuses to quote without a card in force, for an ineligible provider, for an uncovered date or bad sessions', async () => {
    const fresh = await createEligibleProvider(api, lotId);
    const noCard = await api.post('/v1/quotes', {
      lotId,
      providerId: fresh.id,
      sessionsPerWeek: 4,
      startDate: '2026-09-07',
      endDate: '2026-12-18',
    });
    expect(noCard.status).toBe(422);
    expect(noCard.body.code).toBe('no_rate_card');
    const early = await api.post('/v1/quotes', {
      lotId,
      providerId: provider.id,
      sessionsPerWeek: 4,
      startDate: '2026-07-01',
      endDate: '2026-12-18',
    });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('provider_ineligible');
    const nobody = await api.post('/v1/quotes', {
      lotId,
      providerId: '00000000-0000-4000-8000-000000000000',
      sessionsPerWeek: 4,
      startDate: '2026-09-07',
      endDate: '2026-12-18',
    });
    expect(nobody.status).toBe(422);
    expect(nobody.body.code).toBe('provider_not_found');
    const uncovered = await api.post('/v1/quotes', {
      lotId,
      providerId: provider.id,
      sessionsPerWeek: 4,
      startDate: '2026-09-07',
      endDate: '2029-12-18',
    });
    expect(uncovered.status).toBe(422);
    expect(uncovered.body.code).toBe('calendar_missing');
    for (const sessionsPerWeek of [0, 11]) {
      const bad = await api.post('/v1/quotes', {
        lotId,
        providerId: provider.id,
        sessionsPerWeek,
        startDate: '2026-09-07',
        endDate: '2026-12-18',
      });
      expect(bad.status).toBe(400);
    }
    const backwards = await api.post('/v1/quotes', {
      lotId,
      providerId: provider.id,
      sessionsPerWeek: 4,
      startDate: '2026-12-18',
      endDate: '2026-09-07',
    });
    expect(backwards.status).toBe(400);
  });
});

describe('capacity', () => {
  let api: TestApp;
  let lotId: string;
  let provider: { id: string };
  let providerKey: string;

  beforeAll(async () => {
    api = await startTestApp();
    api.clock.setToday('2026-09-01');
    const org = await createOrganisation(api);
    const framework = await createFramework(api, org.id, { startDate: '2026-04-01', endDate: '2030-03-31' });
    lotId = (await createLot(api, framework.id)).id;
    await api.post(`/v1/frameworks/${framework.id}/activate`);
    provider = await createEligibleProvider(api, lotId);
    providerKey = await api.issueKey(Role.Provider, { providerId: provider.id });
  });
  afterAll(() => api.close());

  it('lets the newest declaration win where declarations overlap, with intervals over the window', async () => {
    await api.post(
      `/v1/providers/${provider.id}/capacity`,
      { lotId, from: '2026-09-01', to: '2027-07-21', sessionsPerWeek: 60 },
      { key: providerKey },
    );
    await api.post(
      `/v1/providers/${provider.id}/capacity`,
      { lotId, from: '2027-01-01', to: '2027-03-31', sessionsPerWeek: 30 },
      { key: providerKey },
    );
    const response = await api.get(
      `/v1/capacity?lotId=${lotId}&from=2026-12-01&to=2027-04-30&providerId=${provider.id}`,
    );
    expect(response.status).toBe(200);
    expect(response.body.data[0].intervals).toEqual([
      { from: '2026-12-01', to: '2026-12-31', declared: 60, committed: 0, available: 60 },
      { from: '2027-01-01', to: '2027-03-31', declared: 30, committed: 0, available: 30 },
      { from: '2027-04-01', to: '2027-04-30', declared: 60, committed: 0, available: 60 },
    ]);
    expect(response.body.data[0].stale).toBe(false);
  });

  it('reports when a provider last declared, even outside the window, and lists it with nothing declared there', async () => {
    const newest = await api.post(
      `/v1/providers/${provider.id}/capacity`,
      { lotId, from: '2027-05-01', to: '2027-05-31', sessionsPerWeek: 20 },
      { key: providerKey },
    );
    expect(newest.status).toBe(201);
    const december = await api.get(
      `/v1/capacity?lotId=${lotId}&from=2026-12-01&to=2026-12-31&providerId=${provider.id}`,
    );
    expect(december.body.data[0].lastConfirmedAt).toBe(newest.body.createdAt);
    expect(december.body.data[0].intervals).toEqual([
      { from: '2026-12-01', to: '2026-12-31', declared: 60, committed: 0, available: 60 },
    ]);
    const later = await api.get(
      `/v1/capacity?lotId=${lotId}&from=2028-09-01&to=2028-09-30&providerId=${provider.id}`,
    );
    expect(later.body.data).toEqual([
      {
        providerId: provider.id,
        lastConfirmedAt: newest.body.createdAt,
        stale: false,
        intervals: [{ from: '2028-09-01', to: '2028-09-30', declared: 0, committed: 0, available: 0 }],
      },
    ]);
  });

  it('marks a provider stale after 14 days without a declaration', async () => {
    const realNow = api.clock.current;
    api.clock.current = new Date(Date.now() + 15 * 86_400_000);
    const response = await api.get(
      `/v1/capacity?lotId=${lotId}&from=2026-12-01&to=2026-12-31&providerId=${provider.id}`,
    );
    expect(response.body.data[0].stale).toBe(true);
    api.clock.current = realNow;
  });

  it('shows a provider only its own capacity, and refuses a window that ends before it starts', async () => {
    const other = await createEligibleProvider(api, lotId);
    await api.post(`/v1/providers/${other.id}/capacity`, {
      lotId,
      from: '2026-09-01',
      to: '2027-07-21',
      sessionsPerWeek: 10,
    });
    const own = await api.get(`/v1/capacity?lotId=${lotId}&from=2026-09-01&to=2026-09-30`, {
      key: providerKey,
    });
    expect(own.body.data.map((p: { providerId: string }) => p.providerId)).toEqual([provider.id]);
    const all = await api.get(`/v1/capacity?lotId=${lotId}&from=2026-09-01&to=2026-09-30`);
    expect(all.body.data).toHaveLength(2);
    expect(
      (
        await api.post(
          `/v1/providers/${other.id}/capacity`,
          { lotId, from: '2026-09-01', to: '2026-10-01', sessionsPerWeek: 1 },
          { key: providerKey },
        )
      ).status,
    ).toBe(404);
    expect((await api.get(`/v1/capacity?lotId=${lotId}&from=2026-10-01&to=2026-09-01`)).status).toBe(400);
  });
});

describe('who sees prices and capacity', () => {
  let api: TestApp;
  let lotId: string;
  let draftLotId: string;
  let provider: { id: string };
  let providerKey: string;
  let org: { id: string };

  beforeAll(async () => {
    api = await startTestApp();
    api.clock.setToday('2026-09-01');
    org = await createOrganisation(api);
    const framework = await createFramework(api, org.id, { startDate: '2026-04-01', endDate: '2030-03-31' });
    lotId = (await createLot(api, framework.id)).id;
    await api.post(`/v1/frameworks/${framework.id}/activate`);
    const draft = await createFramework(api, org.id, { startDate: '2026-04-01', endDate: '2030-03-31' });
    draftLotId = (await createLot(api, draft.id)).id;
    provider = await createEligibleProvider(api, lotId);
    providerKey = await api.issueKey(Role.Provider, { providerId: provider.id });
    const card = await api.post(`/v1/providers/${provider.id}/rate-cards`, {
      lotId,
      effectiveFrom: '2026-09-01',
      lines: [{ unit: 'day', pricePence: 18_500 }],
    });
    expect((await api.post(`/v1/rate-cards/${card.body.id}/approve`, {})).status).toBe(200);
  });
  afterAll(() => api.close());

  it('shows a commissioner the approved prices of its own frameworks only', async () => {
    const outsider = await api.issueKey(Role.Commissioner, {
      organisationId: (await createOrganisation(api)).id,
    });
    expect((await api.get(`/v1/rate-cards?lotId=${lotId}`, { key: outsider })).body.data).toEqual([]);
    const participant = await api.issueKey(Role.Commissioner, { organisationId: org.id });
    const seen = await api.get(`/v1/rate-cards?lotId=${lotId}`, { key: participant });
    expect(seen.body.data.map((c: { providerId: string }) => c.providerId)).toEqual([provider.id]);
  });

  it('keeps a draft framework’s lot out of a provider’s capacity and prices, as if it did not exist', async () => {
    expect(
      (await api.get(`/v1/capacity?lotId=${draftLotId}&from=2026-09-01&to=2026-09-30`, { key: providerKey }))
        .status,
    ).toBe(404);
    const declared = await api.post(
      `/v1/providers/${provider.id}/capacity`,
      { lotId: draftLotId, from: '2026-09-01', to: '2026-12-18', sessionsPerWeek: 10 },
      { key: providerKey },
    );
    expect(declared.body.code).toBe('lot_not_found');
    const card = await api.post(
      `/v1/providers/${provider.id}/rate-cards`,
      { lotId: draftLotId, effectiveFrom: '2026-09-01', lines: [{ unit: 'day', pricePence: 18_500 }] },
      { key: providerKey },
    );
    expect(card.body.code).toBe('lot_not_found');
  });

  it('lists a member that never declared capacity as stale, with nothing declared', async () => {
    const response = await api.get(`/v1/capacity?lotId=${lotId}&from=2026-09-01&to=2026-09-30`);
    expect(response.body.data).toEqual([
      {
        providerId: provider.id,
        lastConfirmedAt: null,
        stale: true,
        intervals: [{ from: '2026-09-01', to: '2026-09-30', declared: 0, committed: 0, available: 0 }],
      },
    ]);
  });
});
