import { parse } from 'csv-parse/sync';
import { Role } from '../src/auth/role';
import { Market, callOffBody, market, raise } from './support/call-offs';
import { createOrganisation } from './support/fixtures';
import { TestApp, startTestApp } from './support/test-app';

// Cost benchmarking and high-cost flags (DESIGN §1 Money). One lot of six providers charging £100 … £300 a day: the
// lot's p25 is £125, median £150, p75 £175; the framework flags placements more than 70 % above p75 (£297.50).
// Council A has six part-time placements with the £300 provider and one with the cheapest; council B two with the
// £300 provider and two filling the £140 provider's capacity.
describe('cost benchmarks and high-cost flags', () => {
  let api: TestApp;
  let m: Market;
  let councilB: { id: string };
  let commissionerB: string;
  let auditor: string;
  const ids: { a: string[]; b: string[] } = { a: [], b: [] };
  const DAY_PRICES = [10_000, 12_000, 14_000, 16_000, 18_000, 30_000];

  const place = async (key: string, providerIndex: number, sessionsPerWeek: number) => {
    const raised = await raise(
      api,
      key,
      callOffBody(m.lotId, {
        providerId: m.providers[providerIndex].id,
        justification: 'Named for the test',
        sessionsPerWeek,
        location: { latitude: 53.59, longitude: -2.29 },
      }),
    );
    if (raised.status !== 201) throw new Error(`raise: ${raised.status} ${raised.text}`);
    const accepted = await api.post(
      `/v1/call-offs/${raised.body.id}/accept`,
      {},
      { key: m.providers[providerIndex].key },
    );
    if (accepted.status !== 200) throw new Error(`accept: ${accepted.status} ${accepted.text}`);
    return raised.body.id as string;
  };

  beforeAll(async () => {
    api = await startTestApp();
    api.clock.setToday('2026-11-02');
    councilB = await createOrganisation(api);
    m = await market(api, {
      count: 6,
      dayPrices: DAY_PRICES,
      sessionsCapacity: 20,
      framework: { participantOrganisationIds: [councilB.id], highCostThresholdPercent: '70' },
    });
    commissionerB = await api.issueKey(Role.Commissioner, { organisationId: councilB.id });
    auditor = await api.issueKey(Role.Auditor);
    for (let i = 0; i < 6; i++) ids.a.push(await place(m.commissioner, 5, 2));
    ids.a.push(await place(m.commissioner, 0, 2));
    for (let i = 0; i < 2; i++) ids.b.push(await place(commissionerB, 5, 2));
    // The £140 provider's 20 sessions a week are all taken: it cannot be an alternative.
    for (let i = 0; i < 2; i++) ids.b.push(await place(commissionerB, 2, 10));
    // The £120 provider is suspended from the lot: no longer eligible, so not an alternative either.
    const suspended = await api.post(`/v1/lots/${m.lotId}/members/${m.providers[1].id}/suspend`, {
      reason: 'Safeguarding review',
    });
    if (suspended.status !== 200) throw new Error(`suspend: ${suspended.status} ${suspended.text}`);
    api.clock.setToday('2026-11-20');
  }, 180_000);
  afterAll(() => api.close());

  const benchmarks = (key: string, query = '') =>
    api.get(`/v1/finance/benchmarks?lotId=${m.lotId}${query}`, { key });

  describe('GET /v1/finance/benchmarks', () => {
    it('normalises every provider’s price to pence per pupil-day with the lot’s R-7 quartiles', async () => {
      const response = await benchmarks(auditor);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        lotId: m.lotId,
        frameworkId: m.frameworkId,
        from: '2026-11-20',
        to: '2026-11-20',
        percentileMethod: 'R-7 linear interpolation (Excel PERCENTILE.INC)',
        rounding: 'ROUND_HALF_UP',
        prices: {
          count: 6,
          minPencePerPupilDay: 10_000,
          p25PencePerPupilDay: 12_500,
          medianPencePerPupilDay: 15_000,
          p75PencePerPupilDay: 17_500,
          maxPencePerPupilDay: 30_000,
        },
      });
      const dearest = response.body.providers.find(
        (p: { providerId: string }) => p.providerId === m.providers[5].id,
      );
      expect(dearest).toMatchObject({
        unit: 'day',
        unitPricePence: 30_000,
        pencePerPupilDay: 30_000,
        aboveCeiling: false,
        // (5 below + ½ equal) ÷ 6 = 91.67 % → 92
        percentileRank: 92,
        quartile: 4,
      });
      // Each line of the card too: a £90 session is £180 a pupil-day (two sessions).
      expect(dearest.lines).toEqual(
        expect.arrayContaining([
          { unit: 'day', unitPricePence: 30_000, pencePerPupilDay: 30_000 },
          { unit: 'session', unitPricePence: 9_000, pencePerPupilDay: 18_000 },
        ]),
      );
      expect(response.body.providers.map((p: { pencePerPupilDay: number }) => p.pencePerPupilDay)).toEqual(
        DAY_PRICES,
      );
    });

    it('shows admin and auditor every placement and both routes’ aggregates', async () => {
      const response = await benchmarks(api.adminKey);
      expect(response.body.placements).toHaveLength(11);
      const first = response.body.placements.find((p: { callOffId: string }) => p.callOffId === ids.a[0]);
      expect(first).toMatchObject({
        providerId: m.providers[5].id,
        unit: 'day',
        unitPricePence: 30_000,
        pencePerPupilDay: 30_000,
        sessionsPerWeek: 2,
        percentileRank: 92,
        quartile: 4,
      });
      expect(response.body.aggregates).toEqual([
        {
          purchase: 'framework',
          scope: 'all',
          suppressed: false,
          count: 11,
          // 10,000, 14,000 ×2, 30,000 ×8: h = 2.5 → 14,000 + ½ × 16,000
          p25PencePerPupilDay: 22_000,
          medianPencePerPupilDay: 30_000,
          p75PencePerPupilDay: 30_000,
        },
        {
          purchase: 'spot',
          scope: 'all',
          suppressed: false,
          count: 0,
          p25PencePerPupilDay: null,
          medianPencePerPupilDay: null,
          p75PencePerPupilDay: null,
        },
      ]);
    });

    it('never shows a commissioner another council’s placement costs, and its aggregates only from five', async () => {
      const a = await benchmarks(m.commissioner);
      expect(a.status).toBe(200);
      expect(a.body.providers).toHaveLength(6);
      expect(a.body.placements.map((p: { callOffId: string }) => p.callOffId).sort()).toEqual(
        [...ids.a].sort(),
      );
      expect(JSON.stringify(a.body)).not.toContain(councilB.id);
      for (const id of ids.b) expect(JSON.stringify(a.body)).not.toContain(id);
      // Council B has 4 placements: too few to show even as an aggregate.
      expect(a.body.aggregates).toContainEqual({
        purchase: 'framework',
        scope: 'others',
        suppressed: true,
        count: null,
        p25PencePerPupilDay: null,
        medianPencePerPupilDay: null,
        p75PencePerPupilDay: null,
      });
      expect(a.body.aggregates).toContainEqual(
        expect.objectContaining({ purchase: 'framework', scope: 'own', count: 7, suppressed: false }),
      );

      const b = await benchmarks(commissionerB);
      expect(b.body.placements).toHaveLength(4);
      expect(
        b.body.placements.every(
          (p: { commissionerOrganisationId: string }) => p.commissionerOrganisationId === councilB.id,
        ),
      ).toBe(true);
      // Council A has 7: shown as an aggregate, never one by one.
      expect(b.body.aggregates).toContainEqual({
        purchase: 'framework',
        scope: 'others',
        suppressed: false,
        count: 7,
        p25PencePerPupilDay: 30_000,
        medianPencePerPupilDay: 30_000,
        p75PencePerPupilDay: 30_000,
      });
    });

    it('shows a provider its own position and the aggregates only', async () => {
      const response = await benchmarks(m.providers[5].key);
      expect(response.status).toBe(200);
      expect(response.body.providers).toEqual([
        expect.objectContaining({ providerId: m.providers[5].id, quartile: 4 }),
      ]);
      expect(response.body.placements).toEqual([]);
      expect(response.body.aggregates).toContainEqual(
        expect.objectContaining({ purchase: 'framework', scope: 'all', count: 11 }),
      );
    });

    it('counts spot purchases on the lot apart from framework placements', async () => {
      const spot = await api.post(
        '/v1/spot-purchases',
        {
          supplierName: 'Off-framework Academy',
          lotId: m.lotId,
          childRef: 'SPOT-1',
          startDate: '2026-11-09',
          endDate: '2027-03-31',
          sessionsPerWeek: 4,
          weeklyPricePence: 80_000,
          reason: 'no_framework_capacity',
          approvedBy: 'head_of_service',
        },
        { key: m.commissioner, headers: { 'idempotency-key': 'benchmarks-spot-1' } },
      );
      expect(spot.status).toBe(201);
      const a = await benchmarks(m.commissioner);
      // £800 a week for 4 sessions (2 pupil-days) = £400 a pupil-day.
      expect(a.body.spotPurchases).toEqual([
        expect.objectContaining({
          spotPurchaseId: spot.body.id,
          pencePerPupilDay: 40_000,
          percentileRank: 100,
          quartile: 4,
        }),
      ]);
      expect(a.body.aggregates).toContainEqual(
        expect.objectContaining({ purchase: 'spot', scope: 'own', count: 1, medianPencePerPupilDay: 40_000 }),
      );
      const b = await benchmarks(commissionerB);
      expect(b.body.spotPurchases).toEqual([]);
      expect(b.body.aggregates).toContainEqual(
        expect.objectContaining({ purchase: 'spot', scope: 'others', suppressed: true, count: null }),
      );
    });

    it('answers CSV for Accept: text/csv, scoped like the JSON', async () => {
      const response = await api.get(`/v1/finance/benchmarks?lotId=${m.lotId}`, {
        key: m.commissioner,
        headers: { accept: 'text/csv' },
      });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      const rows = parse<Record<string, string>>(response.text, { columns: true });
      expect(rows[0]).toMatchObject({ row: 'lot_prices', count: '6', p75PencePerPupilDay: '17500' });
      expect(rows.filter((r) => r.row === 'provider_price')).toHaveLength(6);
      expect(
        rows
          .filter((r) => r.row === 'placement')
          .map((r) => r.callOffId)
          .sort(),
      ).toEqual([...ids.a].sort());
      expect(response.text).not.toContain(councilB.id);
      expect(
        rows.find((r) => r.row === 'framework_placements' && r.scope === 'others (suppressed)'),
      ).toMatchObject({
        count: '',
      });
    });

    it('refuses a window that ends before it starts, and a lot the caller cannot see', async () => {
      const bad = await benchmarks(auditor, '&from=2026-12-01&to=2026-11-01');
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('validation_failed');
      const outsider = await api.issueKey(Role.Commissioner, {
        organisationId: (await createOrganisation(api)).id,
      });
      expect((await benchmarks(outsider)).status).toBe(404);
      expect((await api.get(`/v1/finance/benchmarks?lotId=not-a-uuid`, { key: auditor })).status).toBe(400);
    });

    it('reads placements live in a past window only', async () => {
      const before = await benchmarks(auditor, '&from=2026-09-01&to=2026-11-08');
      expect(before.body.placements).toEqual([]);
    });
  });

  describe('GET /v1/finance/high-cost-placements', () => {
    const flags = (key: string, query = '') =>
      api.get(`/v1/finance/high-cost-placements?lotId=${m.lotId}${query}`, { key });

    it('flags placements more than the framework’s threshold above p75, with cheaper eligible alternatives that have capacity', async () => {
      const response = await flags(m.commissioner);
      expect(response.status).toBe(200);
      expect(response.body.data.map((p: { callOffId: string }) => p.callOffId)).toEqual(ids.a.slice(0, 6));
      expect(response.body.nextCursor).toBeNull();
      const first = response.body.data[0];
      expect(first).toMatchObject({
        providerId: m.providers[5].id,
        pencePerPupilDay: 30_000,
        lotP75PencePerPupilDay: 17_500,
        thresholdPercent: '70',
        // 17,500 × 1.7
        highCostLinePencePerPupilDay: 29_750,
        aboveP75Percent: '71.4',
        reasons: ['above_p75_threshold'],
        priceCeilingPence: null,
      });
      // Not the suspended £120 provider, not the full £140 one, not the placement's own: £100, £160, £180.
      expect(first.alternatives.map((a: { providerId: string }) => a.providerId)).toEqual([
        m.providers[0].id,
        m.providers[3].id,
        m.providers[4].id,
      ]);
      expect(first.alternatives[0]).toMatchObject({
        pencePerPupilDay: 10_000,
        savingPencePerPupilDay: 20_000,
        unit: 'day',
      });
      for (const alternative of first.alternatives) {
        expect(alternative.pencePerPupilDay).toBeLessThan(first.pencePerPupilDay);
        expect(alternative.availableSessionsPerWeek).toBeGreaterThanOrEqual(2);
      }
      // What the matches endpoint says of the same placement agrees: eligible, with capacity.
      const matches = await api.get(
        `/v1/lots/${m.lotId}/matches?startDate=2026-11-20&endDate=2027-03-31&sessionsPerWeek=2&latitude=53.59&longitude=-2.29`,
        { key: m.commissioner },
      );
      const excluded = new Map(
        matches.body.excluded.map((e: { providerId: string; reasons: { code: string }[] }) => [
          e.providerId,
          e.reasons.map((r) => r.code),
        ]),
      );
      expect(excluded.get(m.providers[1].id)).toContain('membership_suspended');
      expect(excluded.get(m.providers[2].id)).toContain('capacity_exhausted');
    });

    it('shows a commissioner its own only, and admin all or one organisation’s', async () => {
      expect((await flags(m.commissioner, `&organisationId=${councilB.id}`)).status).toBe(404);
      const all = await flags(api.adminKey);
      expect(all.body.data).toHaveLength(8);
      const b = await flags(api.adminKey, `&organisationId=${councilB.id}`);
      expect(b.body.data.map((p: { callOffId: string }) => p.callOffId)).toEqual(ids.b.slice(0, 2));
      expect((await flags(m.providers[5].key)).status).toBe(403);
      expect((await flags(auditor)).status).toBe(403);
    });

    it('pages by call-off number', async () => {
      const first = await flags(api.adminKey, '&limit=5');
      expect(first.body.data).toHaveLength(5);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await flags(api.adminKey, `&limit=5&cursor=${first.body.nextCursor}`);
      expect(second.body.data).toHaveLength(3);
      expect(second.body.nextCursor).toBeNull();
      expect((await flags(api.adminKey, '&cursor=garbage')).body.code).toBe('invalid_cursor');
    });

    it('answers CSV, one row per alternative', async () => {
      const response = await api.get(`/v1/finance/high-cost-placements?lotId=${m.lotId}&limit=2`, {
        key: m.commissioner,
        headers: { accept: 'text/csv' },
      });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.headers['x-next-cursor']).toEqual(expect.any(String));
      const rows = parse<Record<string, string>>(response.text, { columns: true });
      expect(rows).toHaveLength(6);
      expect(rows[0]).toMatchObject({
        callOffId: ids.a[0],
        pencePerPupilDay: '30000',
        reasons: 'above_p75_threshold',
        alternativeProviderId: m.providers[0].id,
        alternativeSavingPencePerPupilDay: '20000',
      });
    });

    it('uses the default threshold of 20 % on a framework that sets none', async () => {
      const framework = await api.get(`/v1/frameworks/${m.frameworkId}`);
      expect(framework.body.highCostThresholdPercent).toBe('70');
      const lead = await createOrganisation(api);
      const created = await api.post('/v1/frameworks', {
        reference: `FW-DEFAULT-${Date.now()}`,
        title: 'Default threshold',
        type: 'closed',
        leadOrganisationId: lead.id,
        participantOrganisationIds: [],
        startDate: '2027-04-01',
        endDate: '2031-03-31',
        estimatedValuePence: 1,
      });
      expect(created.body.highCostThresholdPercent).toBe('20');
      const refused = await api.patch(
        `/v1/frameworks/${created.body.id}`,
        { highCostThresholdPercent: '-1' },
        await api.current(`/v1/frameworks/${created.body.id}`),
      );
      expect(refused.status).toBe(400);
    });
  });

  // Each process keeps a lot's benchmarks under the change counts of what they are made from: a write to any of it
  // must give the next request a new answer, never the kept one.
  describe('kept benchmarks', () => {
    it('answers a new placement and a renamed provider at once', async () => {
      const before = await benchmarks(auditor);
      expect(before.status).toBe(200);
      const count = before.body.placements.length;

      const added = await place(commissionerB, 0, 1);
      const afterPlacement = await benchmarks(auditor);
      expect(afterPlacement.body.placements).toHaveLength(count + 1);
      expect(afterPlacement.body.placements).toContainEqual(
        expect.objectContaining({ callOffId: added, commissionerOrganisationId: councilB.id }),
      );

      const renamed = await api.patch(
        `/v1/providers/${m.providers[3].id}`,
        { name: 'Renamed Learning Centre' },
        await api.current(`/v1/providers/${m.providers[3].id}`),
      );
      expect(renamed.status).toBe(200);
      const afterRename = await benchmarks(auditor);
      expect(afterRename.body.providers).toContainEqual(
        expect.objectContaining({ providerId: m.providers[3].id, name: 'Renamed Learning Centre' }),
      );
    });

    it('checks each flagged placement’s alternatives against capacity over its own dates, in one read for the page', async () => {
      // The £160 provider has no room from April 2027: a placement running past March cannot go to it.
      const declared = await api.post(`/v1/providers/${m.providers[3].id}/capacity`, {
        lotId: m.lotId,
        from: '2027-04-01',
        to: '2028-08-31',
        sessionsPerWeek: 0,
      });
      expect(declared.status).toBe(201);
      const raised = await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, {
          providerId: m.providers[5].id,
          justification: 'Named for the test',
          sessionsPerWeek: 2,
          endDate: '2027-07-16',
          location: { latitude: 53.59, longitude: -2.29 },
        }),
      );
      expect(raised.status).toBe(201);
      const accepted = await api.post(
        `/v1/call-offs/${raised.body.id}/accept`,
        {},
        { key: m.providers[5].key },
      );
      expect(accepted.status).toBe(200);

      const page = await api.get(`/v1/finance/high-cost-placements?lotId=${m.lotId}`, {
        key: m.commissioner,
      });
      expect(page.status).toBe(200);
      const alternativesOf = (callOffId: string) =>
        page.body.data
          .find((p: { callOffId: string }) => p.callOffId === callOffId)
          .alternatives.map((a: { providerId: string }) => a.providerId);
      // Ending in March, as before: £100, £160, £180.
      expect(alternativesOf(ids.a[0])).toEqual([m.providers[0].id, m.providers[3].id, m.providers[4].id]);
      // Running to July: not the £160 provider.
      expect(alternativesOf(raised.body.id)).toEqual([m.providers[0].id, m.providers[4].id]);
      // The matches endpoint says the same of that placement's dates.
      const matches = await api.get(
        `/v1/lots/${m.lotId}/matches?startDate=2026-11-20&endDate=2027-07-16&sessionsPerWeek=2&latitude=53.59&longitude=-2.29`,
        { key: m.commissioner },
      );
      expect(
        matches.body.excluded.find((e: { providerId: string }) => e.providerId === m.providers[3].id).reasons,
      ).toContainEqual(expect.objectContaining({ code: 'capacity_exhausted' }));
    });
  });
});
