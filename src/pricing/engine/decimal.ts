/**
 * Exact rational arithmetic on bigint, for money. No floating point anywhere: every quantity is
 * numerator / denominator with a positive denominator, reduced to lowest terms.
 */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

export class DecimalFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecimalFormatError';
  }
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rational(num: bigint, den: bigint = 1n): Rational {
  if (den === 0n) throw new RangeError('Division by zero');
  const sign = den < 0n ? -1n : 1n;
  const divisor = gcd(num, den) || 1n;
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

/** From a JavaScript integer (must be a safe integer) or a bigint. */
export function fromInteger(value: number | bigint): Rational {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    throw new DecimalFormatError(`${value} is not an integer`);
  }
  return rational(BigInt(value));
}

/** From a plain decimal string such as '3.25', '-0.5' or '12' (no exponent, no spaces). */
export function parseDecimal(value: string): Rational {
  const match = typeof value === 'string' ? DECIMAL.exec(value) : null;
  if (!match) throw new DecimalFormatError(`"${String(value)}" is not a decimal number like 3.25`);
  const fraction = match[3] ?? '';
  const digits = BigInt(match[2] + fraction);
  return rational(match[1] === '-' ? -digits : digits, 10n ** BigInt(fraction.length));
}

export const ZERO = rational(0n);
export const ONE = rational(1n);

export function add(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function subtract(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function multiply(...factors: Rational[]): Rational {
  return factors.reduce((acc, f) => rational(acc.num * f.num, acc.den * f.den), ONE);
}

export function divide(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new RangeError('Division by zero');
  return rational(a.num * b.den, a.den * b.num);
}

export function sum(values: Rational[]): Rational {
  return values.reduce(add, ZERO);
}

/** Negative if a < b, 0 if equal, positive if a > b. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const diff = a.num * b.den - b.num * a.den;
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

/** Largest integer not greater than the value. */
export function floor(value: Rational): bigint {
  const q = value.num / value.den; // bigint division truncates towards zero
  return value.num < 0n && q * value.den !== value.num ? q - 1n : q;
}

/** value − floor(value), in [0, 1). */
export function fractionalPart(value: Rational): Rational {
  return subtract(value, rational(floor(value)));
}

// Rounding rule ROUND_HALF_UP: to the nearest integer; an exact half rounds away from zero
// (so 32.5 → 33, -32.5 → -33). DESIGN.md §1 "every rounding has a named rule and a test".
export function roundHalfUp(value: Rational): bigint {
  const magnitude = rational(abs(value.num), value.den);
  const rounded = floor(add(magnitude, rational(1n, 2n)));
  return value.num < 0n ? -rounded : rounded;
}

/** Rounds half up to `places` decimal places and writes it without trailing zeros ('20', '0.4'). */
export function toDecimalString(value: Rational, places: number): string {
  if (!Number.isSafeInteger(places) || places < 0) throw new RangeError(`places must be >= 0, got ${places}`);
  const scale = 10n ** BigInt(places);
  const scaled = roundHalfUp(multiply(value, rational(scale)));
  const negative = scaled < 0n;
  const digits = abs(scaled)
    .toString()
    .padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** The exact decimal expansion; throws if the value does not terminate (e.g. 1/3). */
export function toExactDecimalString(value: Rational): string {
  let den = value.den;
  let places = 0;
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) [den, twos] = [den / 2n, twos + 1];
  while (den % 5n === 0n) [den, fives] = [den / 5n, fives + 1];
  if (den !== 1n) throw new RangeError('The value has no exact decimal expansion');
  places = Math.max(twos, fives);
  return toDecimalString(value, places);
}

/** A bigint as a JavaScript number, refusing anything beyond Number.MAX_SAFE_INTEGER. */
export function toSafeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`${value} is too large to represent exactly`);
  }
  return Number(value);
}
