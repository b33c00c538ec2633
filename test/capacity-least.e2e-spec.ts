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

  it('keeps each lot’s hold totals equal to its holds through inserts, updates, deletes and rolled-back changes', async () => {
    const seed = 20261205;
    const next = random(seed);
    const int = (n: number) => Math.floor(next() * n);
    const db = api.app.get(DataSource);
    const { openLot } = await activeFrameworkWithLots(api);
    const lotId = openLot.id;
    const providers: string[] = [];
    for (let i = 0; i < 4; i++) providers.push((await createProvider(api)).id);
    // Few dates and expiries, so holds share totals and totals come to nothing and go.
    const froms = ['2026-09-07', '2026-11-02'];
    const expiries = [null, '2026-09-04T22:59:59.999Z', '2026-09-11T22:59:59.999Z'];
    const totals = (table: 'holds' | 'totals') =>
      db.query(
        table === 'totals'
          ? `SELECT provider_id, from_date, to_date, expires_at, sessions_per_week AS s FROM capacity_hold_totals
              WHERE lot_id = $1 ORDER BY 1, 2, 3, 4`
          : `SELECT provider_id, from_date, to_date, coalesce(expires_at, 'infinity') AS expires_at,
                    sum(sessions_per_week)::int AS s
               FROM capacity_holds WHERE lot_id = $1 GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
        [lotId],
      );
    const someHolds = () =>
      Array.from({ length: 1 + int(4) }, () => {
        const from = froms[int(2)];
        return {
          provider_id: providers[int(4)],
          from_date: from,
          to_date: addDays(from, [20, 40][int(2)]),
          sessions_per_week: 1 + int(5),
          expires_at: expiries[int(3)],
        };
      });
    let checked = 0;
    let emptied = 0;
    for (let step = 0; step < 120; step++) {
      const change = async (manager: DataSource['manager']) => {
        const kind = int(5);
        if (kind <= 1)
          await manager.query(
            `INSERT INTO capacity_holds (provider_id, lot_id, from_date, to_date, sessions_per_week, expires_at)
             SELECT provider_id, $2, from_date, to_date, sessions_per_week, expires_at
               FROM jsonb_to_recordset($1::jsonb) AS h(provider_id uuid, from_date date, to_date date,
                    sessions_per_week int, expires_at timestamptz)`,
            [JSON.stringify(someHolds()), lotId],
          );
        else if (kind === 2)
          // An offer accepted (its hold kept for good), a variation moving an end, or a change of sessions.
          await manager.query(
            `UPDATE capacity_holds SET expires_at = CASE WHEN $2 = 0 THEN NULL ELSE expires_at END,
                    to_date = CASE WHEN $2 = 1 THEN to_date + 7 ELSE to_date END,
                    sessions_per_week = CASE WHEN $2 = 2 THEN sessions_per_week + 1 ELSE sessions_per_week END
              WHERE id IN (SELECT id FROM capacity_holds WHERE lot_id = $1 ORDER BY md5(id::text || $3) LIMIT 3)`,
            [lotId, int(3), String(int(1e9))],
          );
        else
          await manager.query(
            `DELETE FROM capacity_holds
              WHERE id IN (SELECT id FROM capacity_holds WHERE lot_id = $1 ORDER BY md5(id::text || $3) LIMIT $2)`,
            [lotId, 1 + int(4), String(int(1e9))],
          );
      };
      const before = await totals('totals');
      if (int(6) === 0) {
        await expect(
          db.transaction(async (manager) => {
            await change(manager);
            throw new Error('rolled back');
          }),
        ).rejects.toThrow('rolled back');
        expect(await totals('totals')).toEqual(before);
      } else await db.transaction((manager) => change(manager));
      const kept = await totals('totals');
      expect({ seed, step, kept }).toEqual({ seed, step, kept: await totals('holds') });
      if (kept.length < before.length) emptied++;
      checked++;
    }
    expect(checked).toBe(120);
    expect(emptied).toBeGreaterThan(5);
  });
});
