import { fromEpochDay, toEpochDay } from '../calendar/engine/dates';
import { CapacityLedger, Declaration, Hold, availability, leastAvailable } from './availability';

describe('capacity availability', () => {
  it('gives nothing declared as zero available', () => {
    expect(availability('2026-09-01', '2026-09-30', [], [])).toEqual([
      { from: '2026-09-01', to: '2026-09-30', declared: 0, committed: 0, available: 0 },
    ]);
  });

  it('lets the newest declaration win where two overlap, and the older one stand elsewhere', () => {
    const result = availability(
      '2026-09-01',
      '2026-12-31',
      [
        { from: '2026-09-01', to: '2026-12-31', sessionsPerWeek: 40, order: 1 },
        { from: '2026-11-01', to: '2026-11-30', sessionsPerWeek: 20, order: 2 },
      ],
      [],
    );
    expect(result.map((r) => [r.from, r.to, r.declared])).toEqual([
      ['2026-09-01', '2026-10-31', 40],
      ['2026-11-01', '2026-11-30', 20],
      ['2026-12-01', '2026-12-31', 40],
    ]);
  });

  it('subtracts committed sessions at every point of the window', () => {
    const result = availability(
      '2026-09-01',
      '2026-09-30',
      [{ from: '2026-09-01', to: '2026-09-30', sessionsPerWeek: 30, order: 1 }],
      [
        { from: '2026-09-07', to: '2026-09-30', sessionsPerWeek: 10 },
        { from: '2026-09-14', to: '2026-09-20', sessionsPerWeek: 10 },
      ],
    );
    expect(result).toEqual([
      { from: '2026-09-01', to: '2026-09-06', declared: 30, committed: 0, available: 30 },
      { from: '2026-09-07', to: '2026-09-13', declared: 30, committed: 10, available: 20 },
      { from: '2026-09-14', to: '2026-09-20', declared: 30, committed: 20, available: 10 },
      { from: '2026-09-21', to: '2026-09-30', declared: 30, committed: 10, available: 20 },
    ]);
  });

  it('clips declarations and holds to the window', () => {
    const result = availability(
      '2026-10-01',
      '2026-10-10',
      [{ from: '2026-01-01', to: '2027-12-31', sessionsPerWeek: 10, order: 1 }],
      [{ from: '2026-09-01', to: '2026-10-05', sessionsPerWeek: 4 }],
    );
    expect(result).toEqual([
      { from: '2026-10-01', to: '2026-10-05', declared: 10, committed: 4, available: 6 },
      { from: '2026-10-06', to: '2026-10-10', declared: 10, committed: 0, available: 10 },
    ]);
  });
});

describe('capacity shortfall', () => {
  it('names the first date on which the placement does not fit', () => {
    const declarations = [{ from: '2026-09-01', to: '2027-07-21', sessionsPerWeek: 20, order: 1 }];
    const holds = [{ from: '2026-11-09', to: '2026-12-18', sessionsPerWeek: 15 }];
    const autumn = new CapacityLedger('2026-10-01', '2026-12-31', declarations, holds);
    expect(autumn.firstShort('2026-10-01', '2026-12-31', 5)).toBeNull();
    expect(autumn.firstShort('2026-10-01', '2026-12-31', 6)).toBe('2026-11-09');
    const summer = new CapacityLedger('2027-07-01', '2027-08-31', declarations, holds);
    expect(summer.firstShort('2027-07-01', '2027-08-31', 1)).toBe('2027-07-22');
  });
});

describe('capacity ledger', () => {
  it('checks each placement against what the earlier ones in the batch left', () => {
    const ledger = new CapacityLedger(
      '2027-02-13',
      '2027-03-31',
      [{ from: '2026-09-01', to: '2027-07-21', sessionsPerWeek: 30, order: 1 }],
      [{ from: '2027-02-15', to: '2027-03-31', sessionsPerWeek: 10 }],
    );
    expect(ledger.firstShort('2027-02-13', '2027-03-31', 20)).toBeNull();
    ledger.take('2027-02-13', '2027-03-31', 10);
    expect(ledger.firstShort('2027-02-13', '2027-03-31', 10)).toBeNull();
    ledger.take('2027-03-01', '2027-03-31', 10);
    expect(ledger.firstShort('2027-02-13', '2027-03-31', 1)).toBe('2027-03-01');
    expect(ledger.firstShort('2027-02-13', '2027-02-28', 10)).toBeNull();
  });

  it('treats days outside its window as short', () => {
    const ledger = new CapacityLedger(
      '2027-02-13',
      '2027-03-31',
      [{ from: '2026-09-01', to: '2027-07-21', sessionsPerWeek: 30, order: 1 }],
      [],
    );
    expect(ledger.firstShort('2027-02-01', '2027-03-31', 1)).toBe('2027-02-01');
    expect(ledger.firstShort('2027-03-01', '2027-04-30', 1)).toBe('2027-04-01');
  });

  // Matching asks leastAvailable of every provider: it must say what the intervals say, on any mix of rows.
  it('gives the least availability and the first short day exactly as the intervals do', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const base = toEpochDay('2026-09-01');
    const span = () => {
      const a = base - 20 + next(140);
      return { from: fromEpochDay(a), to: fromEpochDay(a + next(90)) };
    };
    for (let round = 0; round < 500; round++) {
      const declarations: Declaration[] = Array.from({ length: next(4) }, (_, order) => ({
        ...span(),
        sessionsPerWeek: next(30),
        order,
      }));
      const holds: Hold[] = Array.from({ length: next(6) }, () => ({
        ...span(),
        sessionsPerWeek: 1 + next(8),
      }));
      const window = span();
      const needed = 1 + next(12);
      const intervals = availability(window.from, window.to, declarations, holds);
      expect(leastAvailable(window.from, window.to, declarations, holds, needed)).toEqual({
        available: Math.min(...intervals.map((i) => i.available)),
        firstShortDate: intervals.find((i) => i.available < needed)?.from ?? null,
      });
    }
  });
});
