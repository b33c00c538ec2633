import { ENGLAND_DEFAULT_CALENDAR } from '../../calendar/engine/england-default';
import { SchoolCalendar } from '../../calendar/engine/school-calendar';
import { priceSegments } from './segments';

const calendar = new SchoolCalendar(ENGLAND_DEFAULT_CALENDAR);
const terms = {
  unit: 'session' as const,
  unitPricePence: 6000,
  hoursPerSession: '3.25',
  outcomeAtRiskPercent: '15',
  calendar,
};

describe('pricing a placement in periods', () => {
  it('prices one period like the engine and splits base and at-risk', () => {
    // Autumn term 2026 from 2 Nov: 33 school days (INSET 2 and 27 Nov); 4 sessions a week → 26.4 sessions.
    const price = priceSegments([{ from: '2026-11-02', to: '2026-12-18', sessionsPerWeek: 4 }], terms);
    expect(price.schoolDays).toBe(33);
    expect(price.totalPence).toBe(158_400);
    expect(price.atRiskPence).toBe(23_760);
    expect(price.basePence + price.atRiskPence).toBe(price.totalPence);
  });

  it('sums a change of sessions mid-placement, period by period, and merges the financial years', () => {
    const price = priceSegments(
      [
        { from: '2026-11-02', to: '2026-12-18', sessionsPerWeek: 4 },
        { from: '2027-01-04', to: '2027-04-30', sessionsPerWeek: 6 },
      ],
      terms,
    );
    const first = priceSegments([{ from: '2026-11-02', to: '2026-12-18', sessionsPerWeek: 4 }], terms);
    const second = priceSegments([{ from: '2027-01-04', to: '2027-04-30', sessionsPerWeek: 6 }], terms);
    expect(price.totalPence).toBe(first.totalPence + second.totalPence);
    expect(price.byFinancialYear.map((y) => y.financialYear)).toEqual(['2026-27', '2027-28']);
    expect(price.byFinancialYear.reduce((s, y) => s + y.totalPence, 0)).toBe(price.totalPence);
  });
});
