import {
  academicYearOf,
  financialYearBounds,
  InvalidDateError,
  IsoDate,
  toEpochDay,
} from '../../calendar/engine/dates';
import { SchoolCalendar } from '../../calendar/engine/school-calendar';
import { apportionLargestRemainder } from './apportion';
import {
  compare,
  DecimalFormatError,
  divide,
  fromInteger,
  multiply,
  parseDecimal,
  rational,
  Rational,
  roundHalfUp,
  subtract,
  sum,
  toDecimalString,
  toExactDecimalString,
  toSafeNumber,
  ZERO,
} from './decimal';

export type PricingUnit = 'session' | 'day' | 'week' | 'hour' | 'annual_place';

export const PRICING_UNITS: readonly PricingUnit[] = ['session', 'day', 'week', 'hour', 'annual_place'];

export interface QuoteInput {
  unit: PricingUnit;
  /** Integer pence per unit; for annual_place, per full-time place per academic year. */
  unitPricePence: number;
  /** Integer 1..10 (10 sessions = one full-time place; 1 day = 2 sessions; 1 week = 10 sessions). */
  sessionsPerWeek: number;
  startDate: string;
  endDate: string;
  calendar: SchoolCalendar;
  /** Decimal string e.g. '3.25' (lot setting); used by the hour unit. */
  hoursPerSession: string;
  /** Decimal string e.g. '10' or '12.5', between 0 and 100. */
  outcomeAtRiskPercent: string;
}

export interface FinancialYearQuote {
  financialYear: string;
  schoolDays: number;
  totalPence: number;
}

export interface Quote {
  unit: PricingUnit;
  unitPricePence: number;
  sessionsPerWeek: number;
  schoolDays: number;
  /** Exact sessions S × D / 5 as a decimal string (may be fractional, e.g. '0.4'). */
  sessions: string;
  /** Quantity of the charged unit, rounded half up to 4 dp for display only (trailing zeros dropped). */
  quantity: string;
  /** Price of one school week (5 school days) at these sessions, rounded half up. */
  weeklyPricePence: number;
  totalPence: number;
  basePence: number;
  atRiskPence: number;
  byFinancialYear: FinancialYearQuote[];
}

export class PricingInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PricingInputError';
  }
}

/** Named rounding rules (DESIGN.md §1 "Money is integer pence; every rounding has a named rule and a test"). */
export const ROUNDING_RULES = {
  /** The exact total is rounded once, to the nearest penny, an exact half penny up. */
  total: 'ROUND_HALF_UP',
  /** Financial-year parts: largest remainder, ties to the earlier financial year; parts sum to the total. */
  financialYearParts: 'LARGEST_REMAINDER_EARLIER_FIRST',
  /** At-risk portion = total × percent / 100, nearest penny, an exact half penny up; base = total − at-risk. */
  atRisk: 'ROUND_HALF_UP',
  /** Weekly price: the exact price of 5 school days, nearest penny, an exact half penny up. */
  weeklyPrice: 'ROUND_HALF_UP',
  /** Display quantity: 4 decimal places, half up. Never used to compute money. */
  quantityDisplay: 'ROUND_HALF_UP_4DP',
} as const;

export const QUANTITY_DISPLAY_PLACES = 4;

// One week = 5 school days (DESIGN.md §1 "one week = 10 sessions"; issue: S sessions per week).
const DAYS_PER_WEEK = fromInteger(5);
// 10 sessions = one full-time place; 1 day = 2 sessions (DESIGN.md §1).
const SESSIONS_PER_FULL_TIME_PLACE = fromInteger(10);
const HUNDRED = fromInteger(100);

interface Segment {
  financialYear: string;
  academicYear: string;
  schoolDays: number;
}

/**
 * Prices a placement (DESIGN.md §1 "Pricing engine": quote(rate card, sessions/week, dates,
 * calendar)). Pure: plain values in and out. Propagates CalendarMissingError when the range
 * touches an academic year the calendar does not define.
 */
export function quote(input: QuoteInput): Quote {
  return prepareQuote(input)(input.unitPricePence);
}

export type PreparedQuote = (unitPricePence: number) => Quote;

/**
 * Everything about a quote that does not depend on the price (school days, the exact quantity per
 * financial and academic year), worked out once; the returned function prices it at any unit price.
 * Matching uses it to price one placement for every provider on a lot.
 */
export function prepareQuote(
  input: Omit<QuoteInput, 'unitPricePence'> & { unitPricePence?: number },
): PreparedQuote {
  const checked = validate({ ...input, unitPricePence: input.unitPricePence ?? 0 });
  const { unit, calendar, startDate, endDate } = input;
  const sessionsPerWeek = fromInteger(input.sessionsPerWeek);
  // Fraction of a full-time place: S / 10 (DESIGN.md §1 "10 sessions = one full-time place").
  const placeFraction = divide(sessionsPerWeek, SESSIONS_PER_FULL_TIME_PLACE);

  const segments = segmentsOf(calendar, startDate, endDate);
  const schoolDays = segments.reduce((acc, s) => acc + s.schoolDays, 0);
  const daysInYear = new Map<string, Rational>();
  const academicYearDays = (label: string): Rational => {
    let days = daysInYear.get(label);
    if (!days) {
      days = fromInteger(calendar.schoolDaysInAcademicYear(label));
      daysInYear.set(label, days);
    }
    return days;
  };

  /** Exact quantity of the charged unit for `days` school days of academic year `academicYear`. */
  const quantityFor = (days: number, academicYear: string): Rational => {
    const d = fromInteger(days);
    switch (unit) {
      // session: S × D / 5 sessions (DESIGN §1 Prices: one day = 2 sessions, one week = 10 sessions).
      case 'session':
        return divide(multiply(sessionsPerWeek, d), DAYS_PER_WEEK);
      // day: (S / 10) × D days (DESIGN §1 Prices: one day = 2 sessions, one week = 10 sessions).
      case 'day':
        return multiply(placeFraction, d);
      // week: (S / 10) × D / 5 weeks (DESIGN §1 Prices: one day = 2 sessions, one week = 10 sessions).
      case 'week':
        return divide(multiply(placeFraction, d), DAYS_PER_WEEK);
      // hour: S × D / 5 × hoursPerSession hours (DESIGN §1 Prices: one day = 2 sessions, one week = 10 sessions).
      case 'hour':
        return multiply(divide(multiply(sessionsPerWeek, d), DAYS_PER_WEEK), checked.hoursPerSession);
      // annual_place: (S / 10) × D / (school days in that academic year) places (DESIGN §1 Prices: one day = 2 sessions, one week = 10 sessions).
      case 'annual_place': {
        const yearDays = academicYearDays(academicYear);
        // A year with no school days charges nothing (and must not divide by zero).
        if (days === 0 || yearDays.num === 0n) return ZERO;
        return divide(multiply(placeFraction, d), yearDays);
      }
    }
  };

  const segmentQuantities = segments.map((s) => quantityFor(s.schoolDays, s.academicYear));
  const financialYears: string[] = [];
  const fyQuantities: Rational[] = [];
  const fyDays: number[] = [];
  segments.forEach((s, i) => {
    const last = financialYears.length - 1;
    if (last >= 0 && financialYears[last] === s.financialYear) {
      fyQuantities[last] = sum([fyQuantities[last], segmentQuantities[i]]);
      fyDays[last] += s.schoolDays;
    } else {
      financialYears.push(s.financialYear);
      fyQuantities.push(segmentQuantities[i]);
      fyDays.push(s.schoolDays);
    }
  });
  const quantity = sum(segmentQuantities);
  const weeklyQuantity = quantityFor(5, weeklyBasisYear(input));
  const sessions = toExactDecimalString(
    divide(multiply(sessionsPerWeek, fromInteger(schoolDays)), DAYS_PER_WEEK),
  );
  const quantityText = toDecimalString(quantity, QUANTITY_DISPLAY_PLACES);

  return (unitPricePence: number): Quote => {
    if (!Number.isSafeInteger(unitPricePence) || unitPricePence < 0)
      throw new PricingInputError('unitPricePence must be a non-negative integer number of pence');
    const price = fromInteger(unitPricePence);
    // ROUND_HALF_UP once on the exact total (DESIGN §1 Prices: money is integer pence, every rounding named).
    const totalPence = roundHalfUp(multiply(price, quantity));
    // LARGEST_REMAINDER_EARLIER_FIRST so the financial-year parts add up to the rounded total.
    const fyPence = apportionLargestRemainder(
      totalPence,
      fyQuantities.map((q) => multiply(price, q)),
    );
    // At-risk outcome portion: total × percent / 100, ROUND_HALF_UP; base is the rest (DESIGN.md §1).
    const atRiskPence = roundHalfUp(divide(multiply(rational(totalPence), checked.atRiskPercent), HUNDRED));
    return {
      unit,
      unitPricePence,
      sessionsPerWeek: input.sessionsPerWeek,
      schoolDays,
      sessions,
      quantity: quantityText,
      weeklyPricePence: toSafeNumber(roundHalfUp(multiply(price, weeklyQuantity))),
      totalPence: toSafeNumber(totalPence),
      basePence: toSafeNumber(totalPence - atRiskPence),
      atRiskPence: toSafeNumber(atRiskPence),
      byFinancialYear: financialYears.map((financialYear, i) => ({
        financialYear,
        schoolDays: fyDays[i],
        totalPence: toSafeNumber(fyPence[i]),
      })),
    };
  };
}

/**
 * For annual_place the weekly price depends on the academic year's length: it uses the academic
 * year in which the placement starts. Other units do not depend on the year.
 */
function weeklyBasisYear(input: Pick<QuoteInput, 'startDate'>): string {
  return academicYearOf(input.startDate);
}

/**
 * Splits the range at every financial-year and academic-year boundary, in date order, so each
 * segment lies in exactly one of each. Financial years with no school days still appear.
 */
// Matching prices one placement for every provider on a lot: the same calendar and dates each time, so the
// split is remembered per calendar (a WeakMap, so a calendar and its entries go together).
const segmentCache = new WeakMap<SchoolCalendar, Map<string, Segment[]>>();

function segmentsOf(calendar: SchoolCalendar, startDate: IsoDate, endDate: IsoDate): Segment[] {
  let cache = segmentCache.get(calendar);
  if (!cache) segmentCache.set(calendar, (cache = new Map<string, Segment[]>()));
  const key = `${startDate}/${endDate}`;
  let segments = cache.get(key);
  if (!segments) {
    if (cache.size > 1000) cache.clear();
    segments = computeSegments(calendar, startDate, endDate);
    cache.set(key, segments);
  }
  return segments;
}

function computeSegments(calendar: SchoolCalendar, startDate: IsoDate, endDate: IsoDate): Segment[] {
  const segments: Segment[] = [];
  for (const fy of calendar.schoolDaysByFinancialYear(startDate, endDate)) {
    const bounds = financialYearBounds(fy.financialYear);
    const from = later(startDate, bounds.start);
    const to = earlier(endDate, bounds.end);
    for (const ay of calendar.schoolDaysByAcademicYear(from, to)) {
      segments.push({
        financialYear: fy.financialYear,
        academicYear: ay.academicYear,
        schoolDays: ay.schoolDays,
      });
    }
  }
  return segments;
}

function later(a: IsoDate, b: IsoDate): IsoDate {
  return toEpochDay(a) >= toEpochDay(b) ? a : b;
}

function earlier(a: IsoDate, b: IsoDate): IsoDate {
  return toEpochDay(a) <= toEpochDay(b) ? a : b;
}

function validate(input: QuoteInput): { hoursPerSession: Rational; atRiskPercent: Rational } {
  if (!input || typeof input !== 'object') throw new PricingInputError('A quote needs an input object');
  if (!PRICING_UNITS.includes(input.unit)) {
    throw new PricingInputError(`unit must be one of ${PRICING_UNITS.join(', ')}`);
  }
  if (!Number.isSafeInteger(input.unitPricePence) || input.unitPricePence < 0) {
    throw new PricingInputError('unitPricePence must be a non-negative integer number of pence');
  }
  if (!Number.isInteger(input.sessionsPerWeek) || input.sessionsPerWeek < 1 || input.sessionsPerWeek > 10) {
    throw new PricingInputError('sessionsPerWeek must be an integer from 1 to 10');
  }
  let start: number;
  let end: number;
  try {
    start = toEpochDay(input.startDate);
    end = toEpochDay(input.endDate);
  } catch (error) {
    if (error instanceof InvalidDateError) throw new PricingInputError(error.message);
    throw error;
  }
  if (end < start) {
    throw new PricingInputError(`endDate (${input.endDate}) is before startDate (${input.startDate})`);
  }
  if (!(input.calendar instanceof SchoolCalendar))
    throw new PricingInputError('calendar must be a SchoolCalendar');
  const hoursPerSession = decimalInput(input.hoursPerSession, 'hoursPerSession');
  if (compare(hoursPerSession, ZERO) < 0 || (input.unit === 'hour' && compare(hoursPerSession, ZERO) === 0)) {
    throw new PricingInputError('hoursPerSession must be positive');
  }
  const atRiskPercent = decimalInput(input.outcomeAtRiskPercent, 'outcomeAtRiskPercent');
  if (compare(atRiskPercent, ZERO) < 0 || compare(subtract(atRiskPercent, HUNDRED), ZERO) > 0) {
    throw new PricingInputError('outcomeAtRiskPercent must be between 0 and 100');
  }
  return { hoursPerSession, atRiskPercent };
}

function decimalInput(value: string, name: string): Rational {
  try {
    return parseDecimal(value);
  } catch (error) {
    if (error instanceof DecimalFormatError) throw new PricingInputError(`${name}: ${error.message}`);
    throw error;
  }
}
