import { academicYearOf } from '../../calendar/engine/dates';
import {
  divide,
  fromInteger,
  multiply,
  parseDecimal,
  Rational,
  roundHalfUp,
  toSafeNumber,
} from '../../pricing/engine/decimal';
import type { PricingUnit } from '../../pricing/engine/pricing-engine';

// Named rounding rule for an invoice's per-session price: the exact price of one session in the call-off's own
// unit, rounded once to the nearest penny, an exact half penny up (DESIGN §1 Prices: every rounding has a name).
export const SESSION_PRICE_ROUNDING = 'ROUND_HALF_UP' as const;

export interface SessionPriceTerms {
  unit: PricingUnit;
  unitPricePence: number;
  // The lot's hours per session (decimal string such as '2.5'), used by the hour unit.
  hoursPerSession: string;
  // School days in the academic year the invoiced period starts in (commissioner's calendar), used by annual_place.
  schoolDaysInAcademicYear: (academicYear: string) => number;
}

const TWO = fromInteger(2);
const TEN = fromInteger(10);

// The exact price of one session (half a school day) in the call-off's pricing unit.
export function exactSessionPrice(terms: SessionPriceTerms, periodFrom: string): Rational {
  const price = fromInteger(terms.unitPricePence);
  switch (terms.unit) {
    // DESIGN §1 Prices: a session is half a day.
    case 'session':
      return price;
    // DESIGN §1 Prices: one day = 2 sessions.
    case 'day':
      return divide(price, TWO);
    // DESIGN §1 Prices: one week = 10 sessions.
    case 'week':
      return divide(price, TEN);
    // DESIGN §1 Prices: an hour is priced per hour of the lot's session length.
    case 'hour':
      return multiply(price, parseDecimal(terms.hoursPerSession));
    // DESIGN §1 Prices: an annual place is one full-time place (2 sessions a school day) for the academic year, so a
    // session is price ÷ (2 × school days of the academic year the period starts in, commissioner's calendar).
    case 'annual_place': {
      const days = terms.schoolDaysInAcademicYear(academicYearOf(periodFrom));
      if (days <= 0) return fromInteger(0);
      return divide(price, multiply(TWO, fromInteger(days)));
    }
  }
}

// The per-session price an invoice's sessions line must carry (SESSION_PRICE_ROUNDING).
export function sessionPricePence(terms: SessionPriceTerms, periodFrom: string): number {
  return toSafeNumber(roundHalfUp(exactSessionPrice(terms, periodFrom)));
}
