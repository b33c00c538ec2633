import { compare, floor, fractionalPart, Rational } from './decimal';

export class ApportionmentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApportionmentError';
  }
}

/**
 * Rounding rule LARGEST_REMAINDER (Hamilton's method): split the already-rounded `total` into
 * integer parts that follow the exact `shares` and add up to `total` exactly.
 *
 * Each part starts at floor(share); the pennies still needed (total − Σ floors) go one each to the
 * parts with the largest fractional remainders. Ties go to the EARLIER part (lower index: for
 * financial years, the earlier year first). DESIGN.md §1 "Values are apportioned to financial
 * years by school days" and "every rounding has a named rule and a test".
 *
 * Shares must be non-negative and `total` must be within one unit of their sum, as it is when
 * `total` is the sum rounded to an integer; otherwise ApportionmentError.
 */
export function apportionLargestRemainder(total: bigint, shares: readonly Rational[]): bigint[] {
  if (shares.some((share) => share.num < 0n)) throw new ApportionmentError('Shares must not be negative');
  const parts = shares.map(floor);
  const leftover = total - parts.reduce((acc, part) => acc + part, 0n);
  if (leftover < 0n || leftover > BigInt(shares.length)) {
    throw new ApportionmentError(`Cannot split ${total} into ${shares.length} parts following these shares`);
  }
  const remainders = shares.map((share, index) => ({ index, remainder: fractionalPart(share) }));
  // Largest remainder first; equal remainders keep their original (earlier-first) order.
  remainders.sort((a, b) => compare(b.remainder, a.remainder) || a.index - b.index);
  for (let i = 0; BigInt(i) < leftover; i++) parts[remainders[i].index] += 1n;
  return parts;
}
