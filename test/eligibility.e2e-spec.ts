import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { addDays } from '../src/calendar/engine/dates';
import { EligibilityService } from '../src/providers/eligibility.service';
import { createFramework, createLot, createOrganisation } from './support/fixtures';
import {
  activeFrameworkWithLots,
  addMember,
  approvedProvider,
  createProvider,
  recordCheck,
  setStatus,
} from './support/providers';
import { random } from './support/random';
import { TestApp, startTestApp, unique } from './support/test-app';

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

  it('applies a suspension to every date, so a backdated start cannot reach a provider suspended today', async () => {
    const { openLot } = await activeFrameworkWithLots(api);
    const provider = await approvedProvider(api);
    await addMember(api, openLot.id, provider.id);
    expect((await eligibility.evaluate(provider.id, openLot.id, '2026-08-15'))?.eligible).toBe(true);
    expect((await setStatus(api, provider.id, 'suspended', 'Safeguarding concern')).status).toBe(200);
    for (const date of ['2026-08-15', '2026-09-01', '2027-01-04']) {
      expect((await eligibility.evaluate(provider.id, openLot.id, date))?.reasons).toEqual([
        { code: 'not_approved', detail: "The provider's directory status is suspended." },
      ]);
      expect((await eligibility.evaluateLot(openLot.id, date)).get(provider.id)?.eligible).toBe(false);
    }
  });

  it('answers, for a whole lot in one query, exactly what the rules answer one provider at a time', async () => {
    const seed = 20261124;
    const next = random(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const db = api.app.get(DataSource);
    const types = (await db.query('SELECT code FROM check_types ORDER BY sort_order')).map(
      (r: { code: string }) => r.code,
    ) as string[];

    const lead = await createOrganisation(api);
    const framework = await createFramework(api, lead.id);
    const lots = [
      await createLot(api, framework.id, { number: 1, title: unique('Open') }),
      await createLot(api, framework.id, {
        number: 2,
        title: unique('Registered'),
        registeredProvidersOnly: true,
        mandatoryCheckTypes: ['qa_visit'],
      }),
      // A lot listing a type every provider needs anyway, and one only registered settings need.
      await createLot(api, framework.id, {
        number: 3,
        title: unique('Extra'),
        mandatoryCheckTypes: ['financial_standing', 'first_aid', 'ofsted_registration'].filter((t) =>
          types.includes(t),
        ),
      }),
    ];
    expect((await api.post(`/v1/frameworks/${framework.id}/activate`)).status).toBe(200);

    // 40 providers with random statuses, memberships and histories of checks (several per type, ties on the
    // verification day, conditional passes with and without a due date, failures, expiries either side of the dates).
    const days = ['2026-08-01', '2026-09-01', '2026-09-15', '2026-10-01', '2026-10-31', '2027-01-04'];
    for (let i = 0; i < 40; i++) {
      const provider = await createProvider(api, {
        registrationStatus: next() < 0.5 ? 'registered' : 'unregistered',
        ...(next() < 0.5 ? { urn: String(100000 + i) } : {}),
      });
      await db.query('UPDATE providers SET directory_status = $2 WHERE id = $1', [
        provider.id,
        pick(['approved', 'approved', 'approved', 'approved', 'conditionally_approved', 'suspended']),
      ]);
      for (const lot of lots)
        if (next() < 0.8)
          await db.query(
            'INSERT INTO lot_memberships (lot_id, provider_id, status, version) VALUES ($1, $2, $3, 1)',
            [lot.id, provider.id, pick(['active', 'active', 'active', 'suspended', 'removed'])],
          );
      // Half of them start from a clean record, so that the dates and extra checks decide between the answers.
      const clean = next() < 0.5;
      for (const type of types) {
        if (clean)
          await db.query(
            `INSERT INTO provider_checks (provider_id, type, outcome, evidence_ref, verified_at, expires_at)
             VALUES ($1, $2, 'pass', 'EV', '2026-06-01', '2027-12-31')`,
            [provider.id, type],
          );
        const count = clean ? pick([0, 0, 0, 0, 0, 1]) : pick([0, 1, 1, 1, 2, 3]);
        for (let k = 0; k < count; k++) {
          const verifiedAt = addDays('2026-07-01', Math.floor(next() * 150));
          const outcome = pick(['pass', 'pass', 'pass', 'conditional', 'fail'] as const);
          await db.query(
            `INSERT INTO provider_checks (provider_id, type, outcome, evidence_ref, verified_at, expires_at,
               conditions_due_date, created_at)
             VALUES ($1, $2, $3, 'EV', $4, $5, $6, now() + make_interval(secs => $7))`,
            [
              provider.id,
              type,
              outcome,
              verifiedAt,
              addDays(verifiedAt, Math.floor(next() * 200)),
              outcome === 'conditional' && next() < 0.7 ? addDays(verifiedAt, Math.floor(next() * 60)) : null,
              Math.floor(next() * 3),
            ],
          );
        }
      }
    }

    let compared = 0;
    let ineligible = 0;
    for (const date of days)
      for (const lot of lots) {
        const set = await eligibility.evaluateLot(lot.id, date);
        for (const [providerId, member] of set) {
          const one = await eligibility.evaluate(providerId, lot.id, date);
          expect({ seed, date, lotId: lot.id, providerId, ...one }).toEqual({
            seed,
            date,
            lotId: lot.id,
            providerId,
            eligible: member.eligible,
            reasons: member.reasons,
          });
          compared++;
          if (!member.eligible) ineligible++;
        }
      }
    // The data must exercise both answers, or the comparison proves little.
    expect(compared).toBeGreaterThan(300);
    expect(ineligible).toBeGreaterThan(compared / 4);
    expect(ineligible).toBeLessThan(compared);
  });
});
