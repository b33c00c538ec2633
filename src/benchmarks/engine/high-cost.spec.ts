import { fromInteger, rational, toExactDecimalString } from '../../pricing/engine/decimal';
import { highCostLine, highCostReasons } from './high-cost';

const base = {
  lotP75: fromInteger(20_000),
  thresholdPercent: '20',
  unitPricePence: 10_000,
  priceCeilingPence: null,
};

describe('high-cost flags', () => {
  it('draws the line at p75 plus the framework’s threshold', () => {
    expect(toExactDecimalString(highCostLine(fromInteger(20_000), '20'))).toBe('24000');
    expect(toExactDecimalString(highCostLine(fromInteger(20_000), '12.5'))).toBe('22500');
    expect(highCostLine(rational(1n, 3n), '0')).toEqual(rational(1n, 3n));
  });

  it('flags a placement more than the threshold above p75, and not one at the line', () => {
    expect(highCostReasons({ ...base, pencePerPupilDay: fromInteger(24_001) })).toEqual([
      'above_p75_threshold',
    ]);
    expect(highCostReasons({ ...base, pencePerPupilDay: fromInteger(24_000) })).toEqual([]);
    expect(highCostReasons({ ...base, pencePerPupilDay: rational(480_001n, 20n) })).toEqual([
      'above_p75_threshold',
    ]);
  });

  it('follows the framework’s own threshold', () => {
    expect(
      highCostReasons({ ...base, thresholdPercent: '50', pencePerPupilDay: fromInteger(29_000) }),
    ).toEqual([]);
    expect(
      highCostReasons({ ...base, thresholdPercent: '0', pencePerPupilDay: fromInteger(20_001) }),
    ).toEqual(['above_p75_threshold']);
  });

  it('flags a unit price above the lot ceiling, as rate cards check it', () => {
    expect(
      highCostReasons({
        ...base,
        pencePerPupilDay: fromInteger(1),
        unitPricePence: 3_000_001,
        priceCeilingPence: 3_000_000,
      }),
    ).toEqual(['above_ceiling']);
    expect(
      highCostReasons({
        ...base,
        pencePerPupilDay: fromInteger(1),
        unitPricePence: 3_000_000,
        priceCeilingPence: 3_000_000,
      }),
    ).toEqual([]);
    expect(
      highCostReasons({
        ...base,
        pencePerPupilDay: fromInteger(30_000),
        unitPricePence: 31,
        priceCeilingPence: 30,
      }),
    ).toEqual(['above_p75_threshold', 'above_ceiling']);
  });

  it('flags nothing against p75 on a lot with no prices', () => {
    expect(highCostReasons({ ...base, lotP75: null, pencePerPupilDay: fromInteger(99_999) })).toEqual([]);
  });

  it('refuses a negative threshold', () => {
    expect(() => highCostLine(fromInteger(1), '-1')).toThrow(RangeError);
  });
});
