import {
  Rational,
  divide,
  fromInteger,
  multiply,
  parseDecimal,
  roundHalfUp,
  toSafeNumber,
} from '../../pricing/engine/decimal';

// Pure: every price the framework pays, whatever its unit, as pence per pupil-day — one child for one school day
// (two sessions), the unit cost benchmarking compares (DESIGN §1 Money: "Benchmarks normalise every price to pence per
// pupil-day").

export type BenchmarkUnit = 'session' | 'day' | 'week' | 'hour' | 'annual_place';

export class BenchmarkInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BenchmarkInputError';
  }
}

export interface UnitPrice {
  unit: BenchmarkUnit;
  /** Integer pence per unit; for annual_place, per full-time place per academic year. */
  pricePence: number;
  /** The lot's hours per session, a decimal string such as '3.25'; used by the hour unit. */
  hoursPerSession: string;
  /**
   * School days of the academic year in the commissioner's calendar; used by annual_place only (may be omitted for
   * the other units, so a caller need not look up a calendar it does not use).
   */
  schoolDaysInYear?: number;
}

// DESIGN §1 Prices: one day = 2 sessions; one week = 10 sessions = 5 school days.
const SESSIONS_PER_DAY = fromInteger(2);
const DAYS_PER_WEEK = fromInteger(5);
const SESSIONS_PER_FULL_TIME_WEEK = fromInteger(10);

/** The exact price of one pupil-day, before any rounding. */
export function perPupilDay(price: UnitPrice): Rational {
  if (!Number.isSafeInteger(price.pricePence) || price.pricePence < 0)
    throw new BenchmarkInputError('pricePence must be a non-negative integer number of pence');
  const pence = fromInteger(price.pricePence);
  switch (price.unit) {
    // session × 2: a pupil-day is two sessions (DESIGN §1 Prices: one day = 2 sessions).
    case 'session':
      return multiply(pence, SESSIONS_PER_DAY);
    // day: already one pupil-day (DESIGN §1 Prices).
    case 'day':
      return pence;
    // week ÷ 5: a full-time week is five school days (DESIGN §1 Prices: one week = 10 sessions).
    case 'week':
      return divide(pence, DAYS_PER_WEEK);
    // hour × the lot's hours per session × 2 (DESIGN §1 Lots: hours per session is the lot's setting).
    case 'hour': {
      let hours: Rational;
      try {
        hours = parseDecimal(price.hoursPerSession);
      } catch {
        throw new BenchmarkInputError(`hoursPerSession "${price.hoursPerSession}" is not a decimal number`);
      }
      if (hours.num <= 0n) throw new BenchmarkInputError('hoursPerSession must be above 0');
      return multiply(pence, hours, SESSIONS_PER_DAY);
    }
    // annual_place ÷ the school days of that academic year in the commissioner's calendar (DESIGN §1 Prices: "never
    // hard-code 190 days").
    case 'annual_place': {
      const days = price.schoolDaysInYear;
      if (days === undefined || !Number.isSafeInteger(days) || days < 1)
        throw new BenchmarkInputError('annual_place needs the school days of its academic year (at least 1)');
      return divide(pence, fromInteger(days));
    }
  }
}

/**
 * A weekly price for a placement of `sessionsPerWeek` sessions (a spot purchase's terms) per pupil-day: the week buys
 * sessionsPerWeek ÷ 2 pupil-days, so weekly × 2 ÷ sessions; at 10 sessions that is week ÷ 5 (DESIGN §1 Prices).
 */
export function weeklyPricePerPupilDay(weeklyPricePence: number, sessionsPerWeek: number): Rational {
  if (!Number.isSafeInteger(weeklyPricePence) || weeklyPricePence < 0)
    throw new BenchmarkInputError('weeklyPricePence must be a non-negative integer number of pence');
  if (!Number.isSafeInteger(sessionsPerWeek) || sessionsPerWeek < 1 || sessionsPerWeek > 10)
    throw new BenchmarkInputError('sessionsPerWeek must be an integer from 1 to 10');
  return divide(
    multiply(fromInteger(weeklyPricePence), SESSIONS_PER_FULL_TIME_WEEK),
    multiply(fromInteger(sessionsPerWeek), DAYS_PER_WEEK),
  );
}

/** Named rounding rules (DESIGN §1 Money: "every rounding has a named rule and a test"). */
export const BENCHMARK_ROUNDING = {
  /** Every figure the API shows is rounded once, at the end, to the nearest penny, an exact half penny up. */
  pencePerPupilDay: 'ROUND_HALF_UP',
  /** A percentile rank is rounded once to a whole percent, an exact half up. */
  percentileRank: 'ROUND_HALF_UP',
} as const;

/** The one final rounding: exact pence per pupil-day to whole pence, ROUND_HALF_UP. */
export function toPence(value: Rational): number {
  return toSafeNumber(roundHalfUp(value));
}
