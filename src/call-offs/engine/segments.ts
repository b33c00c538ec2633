// Pure: the price of a placement made of periods at different sessions, at one frozen unit price.
import { SchoolCalendar } from '../../calendar/engine/school-calendar';
import {
  fromInteger,
  multiply,
  parseDecimal,
  divide,
  roundHalfUp,
  toSafeNumber,
} from '../../pricing/engine/decimal';
import { PreparedQuote, PricingUnit, QuoteInput, prepareQuote } from '../../pricing/engine/pricing-engine';

export interface PricedSegment {
  from: string;
  to: string;
  sessionsPerWeek: number;
}

export interface SegmentPrice {
  schoolDays: number;
  totalPence: number;
  basePence: number;
  atRiskPence: number;
  byFinancialYear: { financialYear: string; schoolDays: number; totalPence: number }[];
}

export interface SegmentTerms {
  unit: PricingUnit;
  unitPricePence: number;
  hoursPerSession: string;
  outcomeAtRiskPercent: string;
  calendar: SchoolCalendar;
  // What the engine works out for a period before its price (school days, quantities), when the caller keeps it:
  // a batch pricing thousands of placements over the same periods prepares each period once.
  prepare?: (input: Omit<QuoteInput, 'unitPricePence'>) => PreparedQuote;
}

// Each period is priced by the engine (rounded once, half up); the placement's total is their sum, and the
// at-risk share is taken once from that total, half up, so base + at-risk = total always.
export function priceSegments(segments: PricedSegment[], terms: SegmentTerms): SegmentPrice {
  let schoolDays = 0;
  let totalPence = 0;
  const years = new Map<string, { schoolDays: number; totalPence: number }>();
  for (const segment of segments) {
    if (segment.to < segment.from) continue;
    // quote(input) is prepareQuote(input)(input.unitPricePence).
    const q = (terms.prepare ?? prepareQuote)({
      unit: terms.unit,
      sessionsPerWeek: segment.sessionsPerWeek,
      startDate: segment.from,
      endDate: segment.to,
      calendar: terms.calendar,
      hoursPerSession: terms.hoursPerSession,
      outcomeAtRiskPercent: terms.outcomeAtRiskPercent,
    })(terms.unitPricePence);
    schoolDays += q.schoolDays;
    totalPence += q.totalPence;
    for (const part of q.byFinancialYear) {
      const year = years.get(part.financialYear) ?? { schoolDays: 0, totalPence: 0 };
      year.schoolDays += part.schoolDays;
      year.totalPence += part.totalPence;
      years.set(part.financialYear, year);
    }
  }
  const atRiskPence = toSafeNumber(
    roundHalfUp(
      divide(multiply(fromInteger(totalPence), parseDecimal(terms.outcomeAtRiskPercent)), fromInteger(100)),
    ),
  );
  return {
    schoolDays,
    totalPence,
    basePence: totalPence - atRiskPence,
    atRiskPence,
    byFinancialYear: [...years.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([financialYear, v]) => ({ financialYear, ...v })),
  };
}
