// Exact money arithmetic on integer pence (DESIGN §1: money is integer pence; every rounding has a named rule).

// "Round half away from zero": the nearest integer to numerator ÷ denominator, a half going away from zero
// (for the non-negative amounts of budgets and commitments, round half up).
export function divideRoundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  if (denominator < 0n) return divideRoundHalfAwayFromZero(-numerator, -denominator);
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (2n * magnitude + denominator) / (2n * denominator);
  return negative ? -rounded : rounded;
}

// amount × part ÷ whole in pence, rounded half away from zero. A whole of zero gives zero.
export function apportion(amountPence: number, part: number, whole: number): number {
  if (whole === 0) return 0;
  return Number(divideRoundHalfAwayFromZero(BigInt(amountPence) * BigInt(part), BigInt(whole)));
}

// part ÷ whole as a percentage with one decimal place, rounded half away from zero ('86.2'); null for a whole of 0.
export function percentOneDecimal(part: number, whole: number): string | null {
  if (whole === 0) return null;
  const tenths = divideRoundHalfAwayFromZero(BigInt(part) * 1000n, BigInt(whole));
  const negative = tenths < 0n;
  const magnitude = negative ? -tenths : tenths;
  return `${negative ? '-' : ''}${magnitude / 10n}.${magnitude % 10n}`;
}
