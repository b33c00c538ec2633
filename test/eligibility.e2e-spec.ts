import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { EligibilityService } from '../src/providers/eligibility.service';
import { activeFrameworkWithLots, addMember, approvedProvider, recordCheck } from './support/providers';
import { TestApp, startTestApp } from './support/test-app';

describe('EligibilityService over a whole lot', () => {
  let api: TestApp;
  let eligibility: EligibilityService;
  beforeAll(async () => {
    api = await startTestApp();
    api.clock.setToday('2026-09-01');
    eligibility = api.app.get(EligibilityService);
  });
  afterAll(() => api.close());

  async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const result = await work();
      return { result, queries: spy.mock.calls.length };
    } finally {
      spy.mockRestore();
    }
  }

  it('evaluates every member in a fixed number of queries, however many members there are', async () => {
    const { openLot } = await activeFrameworkWithLots(api);
    for (let i = 0; i < 2; i++) await addMember(api, openLot.id, (await approvedProvider(api)).id);
    const small = await countQueries(() => eligibility.evaluateLot(openLot.id, '2026-09-01'));
    for (let i = 0; i < 4; i++) await addMember(api, openLot.id, (await approvedProvider(api)).id);
    const large = await countQueries(() => eligibility.evaluateLot(openLot.id, '2026-09-01'));
    expect(small.result.size).toBe(2);
    expect(large.result.size).toBe(6);
    expect(large.queries).toBe(small.queries);
    expect(small.queries).toBeGreaterThan(0);
    expect(large.queries).toBeLessThanOrEqual(5);
  });

  it('lists the eligible providers as plain rows and explains the others', async () => {
    const { openLot } = await activeFrameworkWithLots(api);
    const good = await approvedProvider(api);
    const lapsing = await approvedProvider(api);
    await addMember(api, openLot.id, good.id);
    await addMember(api, openLot.id, lapsing.id);
    await recordCheck(api, lapsing.id, 'fire_risk_assessment', {
      verifiedAt: '2026-08-20',
      expiresAt: '2026-09-30',
    });

    const onLastDay = await eligibility.eligibleProviders(openLot.id, '2026-09-30');
    expect(onLastDay.map((p) => p.providerId).sort()).toEqual([good.id, lapsing.id].sort());
    expect(onLastDay[0]).toEqual(
      expect.objectContaining({ name: expect.any(String), latitude: expect.any(Number), qualityScore: 50 }),
    );
    const dayAfter = await eligibility.evaluateLot(openLot.id, '2026-10-01');
    expect(dayAfter.get(good.id)?.eligible).toBe(true);
    expect(dayAfter.get(lapsing.id)?.reasons).toEqual([
      { code: 'check_expired', detail: 'fire_risk_assessment' },
    ]);
    expect((await eligibility.evaluate(lapsing.id, openLot.id, '2026-10-01'))?.eligible).toBe(false);
  });
});
