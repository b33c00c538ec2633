import { DataSource } from 'typeorm';
import { addDays } from '../src/calendar/engine/dates';
import { leastAvailable } from '../src/capacity/availability';
import { CapacityService } from '../src/capacity/capacity.service';
import { activeFrameworkWithLots, createProvider } from './support/providers';
import { random } from './support/random';
import { TestApp, startTestApp } from './support/test-app';

describe('Least available capacity worked out by PostgreSQL', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
    api.clock.setToday('2026-09-01');
  });
  afterAll(() => api.close());

  it('answers, for a whole lot in one statement, what the pure function answers from the rows', async () => {
    const seed = 20261204;
    const next = random(seed);
    const int = (n: number) => Math.floor(next() * n);
    const db = api.app.get(DataSource);
    const capacity = api.app.get(CapacityService);
    const { openLot } = await activeFrameworkWithLots(api);
    const lotId = openLot.id;
    const providers: string[] = [];
    for (let i = 0; i < 30; i++) providers.push((await createProvider(api)).id);

    // Overlapping declarations made at different moments (some at the same moment, so the id breaks the tie), some
    // of zero; holds that never lapse, have lapsed or lapse later; a few providers with nothing at all.
    const base = '2026-09-01';
    for (const providerId of providers.slice(0, 27)) {
      for (let k = int(4); k >= 0; k--) {
        const from = addDays(base, int(120));
        await db.query(
          `INSERT INTO capacity_declarations (provider_id, lot_id, from_date, to_date, sessions_per_week, created_at)
           VALUES ($1, $2, $3, $4, $5, '2026-08-01T09:00:00Z'::timestamptz + make_interval(secs => $6))`,
          [providerId, lotId, from, addDays(from, int(150)), [0, 5, 10, 20, 40][int(5)], int(3)],
        );
      }
      for (let k = int(6); k > 0; k--) {
        const from = addDays(base, int(150));
        const lapse = int(3);
        await db.query(
          `INSERT INTO capacity_holds (provider_id, lot_id, from_date, to_date, sessions_per_week, expires_at)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            providerId,
            lotId,
            from,
            addDays(from, int(60)),
            1 + int(10),
            lapse === 0 ? null : lapse === 1 ? '2026-08-31T12:00:00Z' : '2026-09-02T12:00:00Z',
          ],
        );
      }
    }

    let compared = 0;
    let short = 0;
    let someFree = 0;
    let overHeld = 0;
    for (let w = 0; w < 25; w++) {
      const from = addDays(base, int(160) - 10);
      const to = addDays(from, int(90));
      const needed = 1 + int(15);
      const fromSql = await capacity.leastAvailableForLot(db.manager, lotId, from, to, needed);
      const rows = await capacity.loadForLot(db.manager, lotId, from, to);
      for (const providerId of providers) {
        const loaded = rows.get(providerId);
        const expected = leastAvailable(from, to, loaded?.declarations ?? [], loaded?.holds ?? [], needed);
        // No row from PostgreSQL means nothing declared or held there, which the pure function answers from none.
        const actual = fromSql.get(providerId) ?? leastAvailable(from, to, [], [], needed);
        expect({ seed, w, from, to, needed, providerId, ...actual }).toEqual({
          seed,
          w,
          from,
          to,
          needed,
          providerId,
          ...expected,
        });
        if (loaded) expect(fromSql.has(providerId)).toBe(true);
        compared++;
        if (expected.firstShortDate !== null) short++;
        if (expected.available > 0) someFree++;
        if (expected.available < 0) overHeld++;
      }
    }
    // The data must exercise both answers, and negative availability (more held than declared), or it proves little.
    expect(compared).toBe(750);
    expect(short).toBeGreaterThan(compared / 5);
    expect(short).toBeLessThan(compared);
    expect(someFree).toBeGreaterThan(compared / 5);
    expect(overHeld).toBeGreaterThan(0);
  });
});
