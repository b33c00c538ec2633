import { ENGLAND_DEFAULT_CALENDAR } from '../../calendar/engine/england-default';
import { CalendarMissingError, SchoolCalendar } from '../../calendar/engine/school-calendar';
import { PricingInputError, quote, QuoteInput, ROUNDING_RULES } from './pricing-engine';

/**
 * A synthetic 2026-27 with one term Mon 7 Sep 2026 – Fri 28 May 2027 and no closures: 38 full
 * weeks = exactly 190 school days, every weekday in between a school day. 148 of them fall in
 * financial year 2026-27 (Mon 7 Sep 2026 – Fri 26 Mar 2027 = 29 weeks = 145, plus Mon 29 – Wed 31
 * Mar) and 42 in 2027-28 (Thu 1 and Fri 2 Apr, plus 8 weeks Mon 5 Apr – Fri 28 May 2027).
 */
const year190 = new SchoolCalendar([
  { year: '2026-27', terms: [{ name: 'Whole year', start: '2026-09-07', end: '2027-05-28' }], closures: [] },
]);
const england = new SchoolCalendar(ENGLAND_DEFAULT_CALENDAR);

/** Two full school weeks: Mon 7 – Fri 18 Sep 2026 = 10 school days. */
const twoWeeks = { startDate: '2026-09-07', endDate: '2026-09-18' };

function q(overrides: Partial<QuoteInput>): ReturnType<typeof quote> {
  return quote({
    unit: 'session',
    unitPricePence: 0,
    sessionsPerWeek: 10,
    calendar: year190,
    hoursPerSession: '3.25',
    outcomeAtRiskPercent: '0',
    ...twoWeeks,
    ...overrides,
  });
}

describe('quote', () => {
  describe('one scenario per unit', () => {
    it('charges 4 sessions a week for two weeks at £45 a session as 8 sessions, £360', () => {
      const result = q({ unit: 'session', unitPricePence: 4500, sessionsPerWeek: 4 });
      // S × D / 5 = 4 × 10 / 5 = 8 sessions × 4500p = 36000p.
      expect(result).toMatchObject({ schoolDays: 10, sessions: '8', quantity: '8', totalPence: 36000 });
      expect(result.weeklyPricePence).toBe(18000); // 4 sessions × 4500p
    });

    it('charges 3 days a week for two weeks at £90 a day as 6 days, £540', () => {
      const result = q({ unit: 'day', unitPricePence: 9000, sessionsPerWeek: 6 });
      // (S / 10) × D = 0.6 × 10 = 6 days × 9000p = 54000p.
      expect(result).toMatchObject({ schoolDays: 10, sessions: '12', quantity: '6', totalPence: 54000 });
      expect(result.weeklyPricePence).toBe(27000); // 3 days × 9000p
    });

    it('charges 3 sessions a week for two weeks at £450 a full-time week as 0.6 weeks, £270', () => {
      const result = q({ unit: 'week', unitPricePence: 45000, sessionsPerWeek: 3 });
      // (S / 10) × D / 5 = 0.3 × 10 / 5 = 0.6 weeks × 45000p = 27000p.
      expect(result).toMatchObject({ schoolDays: 10, sessions: '6', quantity: '0.6', totalPence: 27000 });
      expect(result.weeklyPricePence).toBe(13500); // 0.3 of a full-time week
    });

    it('charges 2 sessions a week of 3.25 hours for two weeks at £15 an hour as 13 hours, £195', () => {
      const result = q({ unit: 'hour', unitPricePence: 1500, sessionsPerWeek: 2, hoursPerSession: '3.25' });
      // S × D / 5 × h = 2 × 10 / 5 × 3.25 = 13 hours × 1500p = 19500p.
      expect(result).toMatchObject({ schoolDays: 10, sessions: '4', quantity: '13', totalPence: 19500 });
      expect(result.weeklyPricePence).toBe(9750); // 6.5 hours × 1500p
    });

    it('charges an annual place by the share of the academic year’s school days', () => {
      const result = q({ unit: 'annual_place', unitPricePence: 2265000, sessionsPerWeek: 5 });
      // (S / 10) × price × D / N = 0.5 × 2265000 × 10 / 190 = 59605.263… → 59605p.
      expect(result).toMatchObject({ schoolDays: 10, sessions: '10', quantity: '0.0263', totalPence: 59605 });
    });
  });

  describe('the £22,650-a-year place priced per day on a 190-day year', () => {
    const annual = (overrides: Partial<QuoteInput>) =>
      q({ unit: 'annual_place', unitPricePence: 2265000, sessionsPerWeek: 10, ...overrides });

    it('costs exactly £22,650 full time for the whole academic year', () => {
      const result = annual({ startDate: '2026-09-01', endDate: '2027-08-31' });
      expect(result).toMatchObject({ schoolDays: 190, quantity: '1', totalPence: 2265000 });
      // Financial years by school days: 2265000 × 148/190 = 1764315.78…, × 42/190 = 500684.21…;
      // floors 1764315 + 500684 = 2264999, the spare penny goes to the larger remainder (.78).
      expect(result.byFinancialYear).toEqual([
        { financialYear: '2026-27', schoolDays: 148, totalPence: 1764316 },
        { financialYear: '2027-28', schoolDays: 42, totalPence: 500684 },
      ]);
    });

    it('costs 2265000 × 20 / 190 = 238421.05… → £2,384.21 for 20 school days', () => {
      // Mon 7 Sep – Fri 2 Oct 2026 = 4 weeks = 20 school days.
      const result = annual({ startDate: '2026-09-07', endDate: '2026-10-02' });
      expect(result).toMatchObject({ schoolDays: 20, totalPence: 238421 });
      // One school week is 5/190 of the place: 59605.26… → 59605p.
      expect(result.weeklyPricePence).toBe(59605);
    });

    it('works out as a day rate of 2265000 / 190 = 11921.05… pence, so a whole-penny day rate drifts', () => {
      const perDay = annual({ startDate: '2026-09-07', endDate: '2026-09-07' });
      expect(perDay.totalPence).toBe(11921);
      // Charging the rounded day rate per day instead loses the .05p a day: 11921 × 20 = 238420.
      const asDays = q({ unit: 'day', unitPricePence: 11921, sessionsPerWeek: 10, endDate: '2026-10-02' });
      expect(asDays.totalPence).toBe(238420);
    });
  });

  describe('rounding the total once, half up', () => {
    it('rounds an exact half penny up: 1 session a week of a £123.45 day for 1 day is 1234.5p → 1235p', () => {
      // (S / 10) × D × price = 0.1 × 1 × 12345 = 1234.5 exactly.
      const result = q({ unit: 'day', unitPricePence: 12345, sessionsPerWeek: 1, endDate: '2026-09-07' });
      expect(result).toMatchObject({ sessions: '0.2', quantity: '0.1', totalPence: 1235 });
      expect(ROUNDING_RULES.total).toBe('ROUND_HALF_UP');
    });

    it('rounds 3.25 hours at 10p to 33p but 3.24999 hours to 32p', () => {
      // 5 sessions a week for 1 day = 1 session; 1 × 3.25 × 10p = 32.5p exactly → 33p.
      const half = q({ unit: 'hour', unitPricePence: 10, sessionsPerWeek: 5, endDate: '2026-09-07' });
      expect(half).toMatchObject({ sessions: '1', quantity: '3.25', totalPence: 33 });
      // 1 × 3.24999 × 10p = 32.4999p, just below the half → 32p.
      const below = q({
        unit: 'hour',
        unitPricePence: 10,
        sessionsPerWeek: 5,
        endDate: '2026-09-07',
        hoursPerSession: '3.24999',
      });
      expect(below).toMatchObject({ quantity: '3.25', totalPence: 32 });
    });

    it('rounds 1.005 hours at £1 to 101p where floating point would round 100.49999… down to 100p', () => {
      const result = q({
        unit: 'hour',
        unitPricePence: 100,
        sessionsPerWeek: 5,
        endDate: '2026-09-07',
        hoursPerSession: '1.005',
      });
      expect(result.totalPence).toBe(101);
    });

    it('rounds an annual-place share just below a half down: 0.1 × 2265000 × 14 / 190 = 16689.47… → 16689p', () => {
      // Mon 7 – Fri 25 Sep 2026 minus the last day: 7 Sep – Thu 24 Sep = 14 school days.
      const result = q({
        unit: 'annual_place',
        unitPricePence: 2265000,
        sessionsPerWeek: 1,
        endDate: '2026-09-24',
      });
      expect(result).toMatchObject({ schoolDays: 14, totalPence: 16689 });
    });
  });

  describe('splitting across 31 March by financial year', () => {
    it('puts Mon 29 – Wed 31 Mar in 2026-27 and Thu 1 – Fri 9 Apr 2027 in 2027-28, adding up to the total', () => {
      const result = q({
        unit: 'day',
        unitPricePence: 10000,
        sessionsPerWeek: 10,
        startDate: '2027-03-29',
        endDate: '2027-04-09',
      });
      expect(result.totalPence).toBe(100000);
      expect(result.byFinancialYear).toEqual([
        { financialYear: '2026-27', schoolDays: 3, totalPence: 30000 },
        { financialYear: '2027-28', schoolDays: 7, totalPence: 70000 },
      ]);
    });

    it('gives the tied spare penny to the earlier year where rounding each year alone would overcharge', () => {
      // Wed 31 Mar and Thu 1 Apr 2027, one school day in each financial year, 1 session a week of a
      // £123.45 day: each year's exact share is 1234.5p, the exact total 2469p. Rounding each year
      // half up would give 1235 + 1235 = 2470p, a penny more than the total. Largest remainder: floors
      // 1234 + 1234 = 2468, one spare penny, remainders tie at .5, so the earlier year gets it.
      const result = q({
        unit: 'day',
        unitPricePence: 12345,
        sessionsPerWeek: 1,
        startDate: '2027-03-31',
        endDate: '2027-04-01',
      });
      expect(result.totalPence).toBe(2469);
      expect(result.byFinancialYear).toEqual([
        { financialYear: '2026-27', schoolDays: 1, totalPence: 1235 },
        { financialYear: '2027-28', schoolDays: 1, totalPence: 1234 },
      ]);
      expect(ROUNDING_RULES.financialYearParts).toBe('LARGEST_REMAINDER_EARLIER_FIRST');
    });

    it('lists a financial year the placement touches even when it holds no school days', () => {
      // The synthetic term ends Fri 28 May 2027, so June 2027 has no school days.
      const empty = q({ unit: 'day', unitPricePence: 10000, startDate: '2027-06-01', endDate: '2027-06-30' });
      expect(empty.byFinancialYear).toEqual([{ financialYear: '2027-28', schoolDays: 0, totalPence: 0 }]);
    });
  });

  describe('the at-risk outcome portion', () => {
    it('holds back 10% of £360 as £36 at risk and £324 base', () => {
      const result = q({
        unit: 'session',
        unitPricePence: 4500,
        sessionsPerWeek: 4,
        outcomeAtRiskPercent: '10',
      });
      expect(result).toMatchObject({ totalPence: 36000, atRiskPence: 3600, basePence: 32400 });
    });

    it('rounds a half-penny at-risk amount up: 10% of 1235p is 123.5p → 124p, leaving 1111p base', () => {
      const result = q({
        unit: 'day',
        unitPricePence: 12345,
        sessionsPerWeek: 1,
        endDate: '2026-09-07',
        outcomeAtRiskPercent: '10',
      });
      expect(result).toMatchObject({ totalPence: 1235, atRiskPence: 124, basePence: 1111 });
      expect(ROUNDING_RULES.atRisk).toBe('ROUND_HALF_UP');
    });

    it('takes a fractional percentage exactly: 12.5% of 1004p is 125.5p → 126p', () => {
      // 4 sessions a week of a 251p session for 5 days = 4 sessions = 1004p.
      const result = q({
        unit: 'session',
        unitPricePence: 251,
        sessionsPerWeek: 4,
        endDate: '2026-09-11',
        outcomeAtRiskPercent: '12.5',
      });
      expect(result).toMatchObject({ totalPence: 1004, atRiskPence: 126, basePence: 878 });
    });
  });

  describe('a realistic placement on the default England calendar', () => {
    it('prices a full-time £22,650 place for 2026-27 at 123/188 and 65/188 of the year by financial year', () => {
      const result = quote({
        unit: 'annual_place',
        unitPricePence: 2265000,
        sessionsPerWeek: 10,
        startDate: '2026-09-01',
        endDate: '2027-08-31',
        calendar: england,
        hoursPerSession: '3.25',
        outcomeAtRiskPercent: '10',
      });
      // 2265000 × 123/188 = 1481888.29…, × 65/188 = 783111.70…: the spare penny goes to 2027-28.
      expect(result).toMatchObject({
        schoolDays: 188,
        totalPence: 2265000,
        atRiskPence: 226500,
        basePence: 2038500,
      });
      expect(result.byFinancialYear).toEqual([
        { financialYear: '2026-27', schoolDays: 123, totalPence: 1481888 },
        { financialYear: '2027-28', schoolDays: 65, totalPence: 783112 },
      ]);
    });

    it('prices a half-time place over two academic years by each year’s own length', () => {
      // 2026-27 whole year: 0.5 × 2265000 × 188/188 = 1132500; autumn 2027: 0.5 × 2265000 × 69/190
      // = 411276.31…; total 1543776.31… → 1543776p. FY 2026-27 = 1132500 × 123/188 = 740944.14…;
      // FY 2027-28 = 1132500 × 65/188 + 411276.31… = 802832.16…; floors already add up.
      const result = quote({
        unit: 'annual_place',
        unitPricePence: 2265000,
        sessionsPerWeek: 5,
        startDate: '2026-09-03',
        endDate: '2027-12-17',
        calendar: england,
        hoursPerSession: '3.25',
        outcomeAtRiskPercent: '10',
      });
      expect(result).toMatchObject({
        schoolDays: 257,
        sessions: '257',
        totalPence: 1543776,
        atRiskPence: 154378,
      });
      expect(result.byFinancialYear).toEqual([
        { financialYear: '2026-27', schoolDays: 123, totalPence: 740944 },
        { financialYear: '2027-28', schoolDays: 134, totalPence: 802832 },
      ]);
    });

    it('refuses to price into an academic year the calendar does not define', () => {
      expect(() => q({ calendar: england, startDate: '2028-07-01', endDate: '2028-09-30' })).toThrow(
        CalendarMissingError,
      );
    });
  });

  describe('inputs', () => {
    it('prices a range with no school days at zero', () => {
      const result = q({
        unit: 'day',
        unitPricePence: 10000,
        startDate: '2026-09-12',
        endDate: '2026-09-13',
      });
      expect(result).toMatchObject({
        schoolDays: 0,
        sessions: '0',
        quantity: '0',
        totalPence: 0,
        atRiskPence: 0,
      });
      expect(result.byFinancialYear).toEqual([{ financialYear: '2026-27', schoolDays: 0, totalPence: 0 }]);
    });

    it('rejects an end date before the start date', () => {
      expect(() => q({ startDate: '2026-09-18', endDate: '2026-09-07' })).toThrow(PricingInputError);
    });

    it('rejects sessions per week outside 1 to 10, fractional prices and malformed decimals', () => {
      for (const bad of [
        { sessionsPerWeek: 0 },
        { sessionsPerWeek: 11 },
        { sessionsPerWeek: 2.5 },
        { unitPricePence: 12.5 },
        { unitPricePence: -1 },
        { hoursPerSession: '3,25' },
        { unit: 'hour' as const, hoursPerSession: '0' },
        { outcomeAtRiskPercent: '100.5' },
        { outcomeAtRiskPercent: '-1' },
        { startDate: '2026-9-7' },
        { unit: 'month' as unknown as 'day' },
      ]) {
        expect(() => q(bad)).toThrow(PricingInputError);
      }
    });
  });
});
