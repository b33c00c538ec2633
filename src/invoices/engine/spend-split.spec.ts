import { SchoolCalendar } from '../../calendar/engine/school-calendar';
import { splitByFinancialYear, SPEND_SPLIT_ROUNDING } from './spend-split';

// One term Mon 7 Sep 2026 – Fri 28 May 2027, no closures: every weekday a school day.
const calendar = new SchoolCalendar([
  { year: '2026-27', terms: [{ name: 'Whole year', start: '2026-09-07', end: '2027-05-28' }], closures: [] },
]);

describe('approved spend by financial year', () => {
  it('keeps a period inside one financial year whole', () => {
    expect(splitByFinancialYear(90000, '2027-03-01', '2027-03-26', calendar)).toEqual([
      { financialYear: '2026-27', schoolDays: 20, amountPence: 90000 },
    ]);
  });

  it('splits a period straddling 31 March by school days on each side', () => {
    // Mon 22 Mar – Fri 9 Apr 2027: 8 school days to Wed 31 Mar, 7 from Thu 1 Apr; 15 in all.
    // 100000 × 8 / 15 = 53333.33…, 100000 × 7 / 15 = 46666.66… → floors 53333 + 46666 = 99999, the penny to the
    // larger remainder (2027-28).
    expect(splitByFinancialYear(100000, '2027-03-22', '2027-04-09', calendar)).toEqual([
      { financialYear: '2026-27', schoolDays: 8, amountPence: 53333 },
      { financialYear: '2027-28', schoolDays: 7, amountPence: 46667 },
    ]);
    expect(SPEND_SPLIT_ROUNDING).toBe('LARGEST_REMAINDER_EARLIER_FIRST');
  });

  it('gives a tied penny to the earlier financial year', () => {
    // Tue 30 Mar – Fri 2 Apr 2027: 2 school days on each side; 1.5p and 1.5p, the tied penny to 2026-27.
    expect(splitByFinancialYear(3, '2027-03-30', '2027-04-02', calendar)).toEqual([
      { financialYear: '2026-27', schoolDays: 2, amountPence: 2 },
      { financialYear: '2027-28', schoolDays: 2, amountPence: 1 },
    ]);
  });

  it('always sums to the amount to the penny', () => {
    for (const amount of [1, 2, 7, 99, 12345, 999999]) {
      const parts = splitByFinancialYear(amount, '2027-03-17', '2027-04-13', calendar);
      expect(parts.reduce((acc, part) => acc + part.amountPence, 0)).toBe(amount);
    }
  });

  it('splits a period with no school day by calendar days', () => {
    const closed = new SchoolCalendar([
      {
        year: '2026-27',
        terms: [{ name: 'Whole year', start: '2026-09-07', end: '2027-05-28' }],
        closures: [{ start: '2027-03-29', end: '2027-04-09', reason: 'Easter' }],
      },
    ]);
    // Mon 29 Mar – Sun 4 Apr 2027: 3 calendar days in 2026-27 (29–31 Mar), 4 in 2027-28 (1–4 Apr).
    expect(splitByFinancialYear(700, '2027-03-29', '2027-04-04', closed)).toEqual([
      { financialYear: '2026-27', schoolDays: 0, amountPence: 300 },
      { financialYear: '2027-28', schoolDays: 0, amountPence: 400 },
    ]);
  });
});
