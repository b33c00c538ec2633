import {
  exactSessionPrice,
  sessionPricePence,
  SESSION_PRICE_ROUNDING,
  SessionPriceTerms,
} from './session-price';

const terms = (overrides: Partial<SessionPriceTerms>): SessionPriceTerms => ({
  unit: 'session',
  unitPricePence: 0,
  hoursPerSession: '2.5',
  schoolDaysInAcademicYear: () => 190,
  ...overrides,
});

describe('the per-session price of an invoice line', () => {
  it('is the session price itself for a session-priced call-off', () => {
    expect(sessionPricePence(terms({ unit: 'session', unitPricePence: 4500 }), '2026-09-07')).toBe(4500);
  });

  it('is half the day price, an odd penny rounded half up', () => {
    expect(sessionPricePence(terms({ unit: 'day', unitPricePence: 9000 }), '2026-09-07')).toBe(4500);
    // 9001 / 2 = 4500.5 → 4501 (ROUND_HALF_UP).
    expect(sessionPricePence(terms({ unit: 'day', unitPricePence: 9001 }), '2026-09-07')).toBe(4501);
    expect(SESSION_PRICE_ROUNDING).toBe('ROUND_HALF_UP');
  });

  it('is a tenth of the week price, rounded half up', () => {
    expect(sessionPricePence(terms({ unit: 'week', unitPricePence: 45000 }), '2026-09-07')).toBe(4500);
    // 45004 / 10 = 4500.4 → 4500; 45005 / 10 = 4500.5 → 4501.
    expect(sessionPricePence(terms({ unit: 'week', unitPricePence: 45004 }), '2026-09-07')).toBe(4500);
    expect(sessionPricePence(terms({ unit: 'week', unitPricePence: 45005 }), '2026-09-07')).toBe(4501);
  });

  it('is the hour price times the lot’s hours per session', () => {
    // 1801 × 2.5 = 4502.5 → 4503.
    expect(sessionPricePence(terms({ unit: 'hour', unitPricePence: 1801 }), '2026-09-07')).toBe(4503);
    expect(
      sessionPricePence(terms({ unit: 'hour', unitPricePence: 1800, hoursPerSession: '3.25' }), '2026-09-07'),
    ).toBe(5850);
  });

  it('divides an annual place by two sessions a school day of the academic year the period starts in', () => {
    const years: string[] = [];
    const annual = terms({
      unit: 'annual_place',
      unitPricePence: 1710000,
      schoolDaysInAcademicYear: (year) => {
        years.push(year);
        return year === '2026-27' ? 190 : 195;
      },
    });
    // 1,710,000 / (2 × 190) = 4500 exactly.
    expect(sessionPricePence(annual, '2027-03-01')).toBe(4500);
    // 1,710,000 / 390 = 4384.615… → 4385.
    expect(sessionPricePence(annual, '2027-09-06')).toBe(4385);
    expect(years).toEqual(['2026-27', '2027-28']);
  });

  it('prices an annual place at nothing in a year without school days (never divides by zero)', () => {
    expect(
      exactSessionPrice(terms({ unit: 'annual_place', schoolDaysInAcademicYear: () => 0 }), '2026-09-07').num,
    ).toBe(0n);
  });
});
