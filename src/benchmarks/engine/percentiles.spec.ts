import { fromInteger, rational, toExactDecimalString } from '../../pricing/engine/decimal';
import {
  MEDIAN,
  P25,
  P75,
  percentile,
  percentileRank,
  quartileOf,
  quartiles,
  sortAscending,
} from './percentiles';

const values = (...xs: number[]) => xs.map((x) => fromInteger(x));
const show = (value: ReturnType<typeof percentile>) => (value === null ? null : toExactDecimalString(value));

describe('percentiles (R-7, Excel PERCENTILE.INC)', () => {
  it('interpolates between closest ranks as Excel PERCENTILE.INC does', () => {
    // Excel: PERCENTILE.INC({1,2,3,4},0.25) = 1.75, 0.5 = 2.5, 0.75 = 3.25.
    const sorted = values(1, 2, 3, 4);
    expect(show(percentile(sorted, P25))).toBe('1.75');
    expect(show(percentile(sorted, MEDIAN))).toBe('2.5');
    expect(show(percentile(sorted, P75))).toBe('3.25');
  });

  it('gives the middle value of an odd count as the median, and the ends at 0 and 1', () => {
    const sorted = values(10, 20, 30, 40, 50);
    expect(show(percentile(sorted, MEDIAN))).toBe('30');
    expect(show(percentile(sorted, P25))).toBe('20');
    expect(show(percentile(sorted, P75))).toBe('40');
    expect(show(percentile(sorted, fromInteger(0)))).toBe('10');
    expect(show(percentile(sorted, fromInteger(1)))).toBe('50');
  });

  it('answers one value with that value and no values with null', () => {
    expect(show(percentile(values(7), P75))).toBe('7');
    expect(percentile([], P75)).toBeNull();
    expect(quartiles([])).toEqual({ count: 0, min: null, p25: null, median: null, p75: null, max: null });
  });

  it('stays exact on fractions', () => {
    const sorted = sortAscending([rational(1n, 3n), rational(2n, 3n)]);
    expect(percentile(sorted, P25)).toEqual(rational(5n, 12n));
  });

  it('refuses a percentile outside 0..1', () => {
    expect(() => percentile(values(1, 2), fromInteger(2))).toThrow(RangeError);
    expect(() => percentile(values(1, 2), rational(-1n, 4n))).toThrow(RangeError);
  });

  it('sorts before it summarises', () => {
    const q = quartiles(values(40, 10, 30, 20));
    expect(q.count).toBe(4);
    expect(show(q.min)).toBe('10');
    expect(show(q.median)).toBe('25');
    expect(show(q.p75)).toBe('32.5');
    expect(show(q.max)).toBe('40');
  });
});

describe('a provider’s position', () => {
  const sorted = values(10, 20, 30, 40);

  it('ranks by the mid-rank percentile: values below plus half the equal ones', () => {
    expect(percentileRank(sorted, fromInteger(10))).toBe(13); // 0.5 ÷ 4 = 12.5 % → 13 (half up)
    expect(percentileRank(sorted, fromInteger(40))).toBe(88); // 3.5 ÷ 4 = 87.5 % → 88
    expect(percentileRank(sorted, fromInteger(25))).toBe(50);
    expect(percentileRank(sorted, fromInteger(99))).toBe(100);
    expect(percentileRank(sorted, fromInteger(1))).toBe(0);
    expect(percentileRank(values(5, 5, 5), fromInteger(5))).toBe(50);
    // (1 below + ½ × 3 equal) ÷ 5 = 50 %; (4 below + ½) ÷ 5 = 90 %.
    expect(percentileRank(values(1, 2, 2, 2, 3), fromInteger(2))).toBe(50);
    expect(percentileRank(values(1, 2, 2, 2, 3), fromInteger(3))).toBe(90);
    expect(percentileRank(values(1, 2, 2, 2, 3), rational(5n, 2n))).toBe(80);
    expect(percentileRank([], fromInteger(5))).toBeNull();
  });

  it('places a value in a quartile: at p25 is the first, just above p75 the fourth', () => {
    const q = quartiles(sorted); // p25 17.5, median 25, p75 32.5
    expect(quartileOf(rational(35n, 2n), q)).toBe(1);
    expect(quartileOf(fromInteger(18), q)).toBe(2);
    expect(quartileOf(fromInteger(25), q)).toBe(2);
    expect(quartileOf(fromInteger(30), q)).toBe(3);
    expect(quartileOf(rational(65n, 2n), q)).toBe(3);
    expect(quartileOf(fromInteger(33), q)).toBe(4);
    expect(quartileOf(fromInteger(33), quartiles([]))).toBeNull();
  });
});
