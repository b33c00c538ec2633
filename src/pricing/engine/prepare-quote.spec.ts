import { ENGLAND_DEFAULT_CALENDAR } from '../../calendar/engine/england-default';
import { SchoolCalendar } from '../../calendar/engine/school-calendar';
import { PRICING_UNITS, prepareQuote, quote } from './pricing-engine';

describe('a prepared quote', () => {
  const calendar = new SchoolCalendar(ENGLAND_DEFAULT_CALENDAR);
  const base = {
    sessionsPerWeek: 7,
    startDate: '2026-11-09',
    endDate: '2027-07-21',
    calendar,
    hoursPerSession: '3.25',
    outcomeAtRiskPercent: '12.5',
  };

  it.each(PRICING_UNITS)('prices %s at any unit price exactly as a fresh quote does', (unit) => {
    const prepared = prepareQuote({ ...base, unit });
    for (const unitPricePence of [1, 4_499, 18_500, 2_265_000, 9_999_999])
      expect(prepared(unitPricePence)).toEqual(quote({ ...base, unit, unitPricePence }));
  });

  it('refuses a price that is not whole pence', () => {
    expect(() => prepareQuote({ ...base, unit: 'day' })(12.5)).toThrow('unitPricePence');
  });
});
