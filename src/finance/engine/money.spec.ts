import { apportion, divideRoundHalfAwayFromZero, percentOneDecimal } from './money';

describe('money rounding (round half away from zero)', () => {
  it('rounds a half up for positive amounts and away from zero for credits', () => {
    expect(divideRoundHalfAwayFromZero(5n, 2n)).toBe(3n);
    expect(divideRoundHalfAwayFromZero(7n, 3n)).toBe(2n);
    expect(divideRoundHalfAwayFromZero(-5n, 2n)).toBe(-3n);
    expect(divideRoundHalfAwayFromZero(5n, -2n)).toBe(-3n);
    expect(divideRoundHalfAwayFromZero(4n, 2n)).toBe(2n);
  });

  it('apportions pence exactly and gives nothing of a zero whole', () => {
    expect(apportion(1000, 1, 3)).toBe(333);
    expect(apportion(1000, 2, 3)).toBe(667);
    expect(apportion(1000, 5, 0)).toBe(0);
  });

  it('gives the report’s 86.2 % overspend: £843,222.90 of £978,000', () => {
    expect(percentOneDecimal(84_322_290, 97_800_000)).toBe('86.2');
    expect(percentOneDecimal(182_122_290, 97_800_000)).toBe('186.2');
    expect(percentOneDecimal(-5, 1000)).toBe('-0.5');
    expect(percentOneDecimal(1, 0)).toBeNull();
  });
});
