import {
  Rational,
  add,
  compare,
  divide,
  floor,
  fromInteger,
  multiply,
  rational,
  roundHalfUp,
  subtract,
  toSafeNumber,
} from '../../pricing/engine/decimal';

// Pure: the lot's spread of prices. Percentiles use one named method, exactly, on exact values.

/**
 * PERCENTILE_METHOD: linear interpolation between closest ranks, Hyndman & Fan type 7 — the default of R and NumPy
 * and Excel's PERCENTILE.INC. For sorted x[0..n-1] and p in [0, 1]: h = (n − 1)·p, result x[⌊h⌋] + (h − ⌊h⌋)·
 * (x[⌊h⌋+1] − x[⌊h⌋]). Exact on rationals; the caller rounds once.
 */
export const PERCENTILE_METHOD = 'R-7 linear interpolation (Excel PERCENTILE.INC)';

export const P25 = rational(1n, 4n);
export const MEDIAN = rational(1n, 2n);
export const P75 = rational(3n, 4n);

export function sortAscending(values: readonly Rational[]): Rational[] {
  return [...values].sort(compare);
}

/** The p-th percentile (p a fraction in [0, 1]) of values already sorted ascending; null for no values. */
export function percentile(sorted: readonly Rational[], p: Rational): Rational | null {
  if (compare(p, fromInteger(0)) < 0 || compare(p, fromInteger(1)) > 0)
    throw new RangeError('A percentile is a fraction from 0 to 1');
  const n = sorted.length;
  if (n === 0) return null;
  const h = multiply(fromInteger(n - 1), p);
  const low = toSafeNumber(floor(h));
  if (low >= n - 1) return sorted[n - 1];
  const weight = subtract(h, fromInteger(low));
  return add(sorted[low], multiply(weight, subtract(sorted[low + 1], sorted[low])));
}

export interface Quartiles {
  count: number;
  min: Rational | null;
  p25: Rational | null;
  median: Rational | null;
  p75: Rational | null;
  max: Rational | null;
}

/** Count, extremes, p25, median and p75 of any values. */
export function quartiles(values: readonly Rational[]): Quartiles {
  const sorted = sortAscending(values);
  return {
    count: sorted.length,
    min: sorted[0] ?? null,
    p25: percentile(sorted, P25),
    median: percentile(sorted, MEDIAN),
    p75: percentile(sorted, P75),
    max: sorted[sorted.length - 1] ?? null,
  };
}

/**
 * Where one value stands among the lot's values, as a whole percent: the mid-rank percentile rank, 100 × (values
 * below + ½ × values equal) ÷ n, rounded ROUND_HALF_UP. The cheapest of many scores near 0, the dearest near 100, a
 * value equal to every other 50. null when there is nothing to compare with.
 */
export function percentileRank(sorted: readonly Rational[], value: Rational): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  // Two binary searches on the sorted values: the first not below the value, and the first above it.
  const below = firstIndex(sorted, (other) => compare(other, value) >= 0);
  const notAbove = firstIndex(sorted, (other) => compare(other, value) > 0);
  const equal = notAbove - below;
  const rank = divide(fromInteger(200 * below + 100 * equal), fromInteger(2 * n));
  return toSafeNumber(roundHalfUp(rank));
}

// The first index whose value meets `test` (false for a prefix, true after it), or the length.
function firstIndex(sorted: readonly Rational[], test: (value: Rational) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(sorted[middle])) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The quartile a value falls in against the lot's percentiles: 1 at or below p25, 2 at or below the median, 3 at or
 * below p75, 4 above p75. null when the lot has no values.
 */
export function quartileOf(
  value: Rational,
  q: Pick<Quartiles, 'p25' | 'median' | 'p75'>,
): 1 | 2 | 3 | 4 | null {
  if (q.p25 === null || q.median === null || q.p75 === null) return null;
  if (compare(value, q.p25) <= 0) return 1;
  if (compare(value, q.median) <= 0) return 2;
  if (compare(value, q.p75) <= 0) return 3;
  return 4;
}
