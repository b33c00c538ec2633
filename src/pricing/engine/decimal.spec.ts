import {
  add,
  compare,
  DecimalFormatError,
  divide,
  floor,
  fromInteger,
  multiply,
  parseDecimal,
  rational,
  roundHalfUp,
  subtract,
  toDecimalString,
  toExactDecimalString,
} from './decimal';

describe('Exact decimal arithmetic', () => {
  it('parses decimal strings exactly, without floating point', () => {
    expect(parseDecimal('3.25')).toEqual(rational(13n, 4n));
    expect(parseDecimal('12.5')).toEqual(rational(25n, 2n));
    expect(parseDecimal('-0.5')).toEqual(rational(-1n, 2n));
    expect(parseDecimal('10')).toEqual(fromInteger(10));
    for (const bad of ['', '1e3', '.5', '5.', '1,000', ' 1', 'NaN']) {
      expect(() => parseDecimal(bad)).toThrow(DecimalFormatError);
    }
  });

  it('adds 0.1 and 0.2 to exactly 0.3', () => {
    expect(compare(add(parseDecimal('0.1'), parseDecimal('0.2')), parseDecimal('0.3'))).toBe(0);
  });

  it('multiplies, divides and subtracts in lowest terms', () => {
    expect(multiply(parseDecimal('3.25'), fromInteger(4))).toEqual(fromInteger(13));
    expect(divide(fromInteger(2265000), fromInteger(190))).toEqual(rational(226500n, 19n));
    expect(subtract(fromInteger(1), rational(1n, 3n))).toEqual(rational(2n, 3n));
    expect(() => divide(fromInteger(1), fromInteger(0))).toThrow(RangeError);
  });

  it('rounds an exact half up, away from zero, and anything below a half down', () => {
    expect(roundHalfUp(parseDecimal('32.5'))).toBe(33n);
    expect(roundHalfUp(parseDecimal('32.4999999'))).toBe(32n);
    expect(roundHalfUp(parseDecimal('32.5000001'))).toBe(33n);
    expect(roundHalfUp(parseDecimal('-32.5'))).toBe(-33n);
    expect(roundHalfUp(parseDecimal('-32.4'))).toBe(-32n);
    expect(roundHalfUp(fromInteger(7))).toBe(7n);
  });

  it('rounds 1.005 × 100 to 101 where floating point would give 100', () => {
    expect(Math.round(1.005 * 100)).toBe(100); // the floating-point trap
    expect(roundHalfUp(multiply(parseDecimal('1.005'), fromInteger(100)))).toBe(101n);
  });

  it('floors towards minus infinity', () => {
    expect(floor(rational(7n, 2n))).toBe(3n);
    expect(floor(rational(-7n, 2n))).toBe(-4n);
    expect(floor(rational(-4n))).toBe(-4n);
  });

  it('writes decimals rounded half up to a number of places without trailing zeros', () => {
    expect(toDecimalString(rational(226500n, 19n), 4)).toBe('11921.0526');
    expect(toDecimalString(rational(1n, 8n), 2)).toBe('0.13');
    expect(toDecimalString(fromInteger(20), 4)).toBe('20');
    expect(toDecimalString(rational(-1n, 20n), 1)).toBe('-0.1');
    expect(toExactDecimalString(rational(2n, 5n))).toBe('0.4');
    expect(toExactDecimalString(rational(1n, 8n))).toBe('0.125');
    expect(() => toExactDecimalString(rational(1n, 3n))).toThrow(RangeError);
  });
});
