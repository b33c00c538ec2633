import {
  Rational,
  add,
  compare,
  fromInteger,
  multiply,
  parseDecimal,
  rational,
} from '../../pricing/engine/decimal';

// Pure: which live placements cost more than they should (DESIGN §1 Money: "placements far above the lot's p75 are
// flagged"; framework clause: no unit price above the lot's price ceiling).

export type HighCostReason = 'above_p75_threshold' | 'above_ceiling';

export interface HighCostInput {
  /** The placement's exact cost per pupil-day. */
  pencePerPupilDay: Rational;
  /** The lot's exact p75 of prices per pupil-day; null when the lot has no prices in force. */
  lotP75: Rational | null;
  /** The framework's highCostThresholdPercent, a decimal string such as '20'. */
  thresholdPercent: string;
  /** The placement's unit price and the lot's ceiling in the same unit (the ceiling is per unit, as cards check it). */
  unitPricePence: number;
  priceCeilingPence: number | null;
}

const HUNDRED = fromInteger(100);

/** The daily cost above which a placement is flagged: p75 × (100 + threshold) ÷ 100, exact. */
export function highCostLine(lotP75: Rational, thresholdPercent: string): Rational {
  const percent = parseDecimal(thresholdPercent);
  if (percent.num < 0n) throw new RangeError('thresholdPercent must not be negative');
  return multiply(lotP75, add(HUNDRED, percent), rational(1n, 100n));
}

/** Every reason the placement is high-cost; empty when it is not. */
export function highCostReasons(input: HighCostInput): HighCostReason[] {
  const reasons: HighCostReason[] = [];
  // "exceeds the lot's p75 by more than the threshold": strictly above the line; at the line is not flagged.
  if (
    input.lotP75 !== null &&
    compare(input.pencePerPupilDay, highCostLine(input.lotP75, input.thresholdPercent)) > 0
  )
    reasons.push('above_p75_threshold');
  // The same test rate cards and matching apply (src/pricing/chargeable-line.ts: price_above_ceiling).
  if (input.priceCeilingPence !== null && input.unitPricePence > input.priceCeilingPence)
    reasons.push('above_ceiling');
  return reasons;
}
