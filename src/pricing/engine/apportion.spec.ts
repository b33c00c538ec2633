import { apportionLargestRemainder, ApportionmentError } from './apportion';
import { parseDecimal, rational } from './decimal';

describe('Largest-remainder apportionment', () => {
  it('gives the leftover penny to the part with the largest remainder', () => {
    // 10.2 + 20.7 = 30.9 → 31: floors 10 + 20 = 30, the penny goes to 20.7.
    expect(apportionLargestRemainder(31n, [parseDecimal('10.2'), parseDecimal('20.7')])).toEqual([10n, 21n]);
  });

  it('breaks a tie in favour of the earlier part', () => {
    // 1234.5 + 1234.5 = 2469 exactly; rounding each half up would give 2470.
    expect(apportionLargestRemainder(2469n, [parseDecimal('1234.5'), parseDecimal('1234.5')])).toEqual([
      1235n,
      1234n,
    ]);
  });

  it('splits three equal thirds of a penny total so they still add up', () => {
    const third = rational(100n, 3n);
    expect(apportionLargestRemainder(100n, [third, third, third])).toEqual([34n, 33n, 33n]);
  });

  it('leaves whole-penny shares alone', () => {
    expect(
      apportionLargestRemainder(30n, [parseDecimal('10'), parseDecimal('0'), parseDecimal('20')]),
    ).toEqual([10n, 0n, 20n]);
  });

  it('refuses a total the shares cannot reach', () => {
    expect(() => apportionLargestRemainder(40n, [parseDecimal('10.2'), parseDecimal('20.7')])).toThrow(
      ApportionmentError,
    );
    expect(() => apportionLargestRemainder(29n, [parseDecimal('10.2'), parseDecimal('20.7')])).toThrow(
      ApportionmentError,
    );
  });
});
