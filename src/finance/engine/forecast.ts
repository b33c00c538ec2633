import { daysInMonth, parseIsoDate } from '../../calendar/engine/dates';
import { divideRoundHalfAwayFromZero } from './money';

export interface MonthsInWindow {
  // Exact: numerator ÷ denominator months.
  numerator: bigint;
  denominator: bigint;
  wholeMonths: number;
  // Months the window covers only in part, each counted as its days in the window ÷ its days.
  partialMonths: { month: string; days: number; of: number }[];
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

// The Cabinet report's run-rate method counts calendar months in the window (whole months ÷ 12 of a year's spend).
// A month the window covers in part counts as the share of its calendar days inside the window, so 1–15 September
// is 15/30 of a month; the count is exact (a fraction), never a float.
export function monthsInWindow(from: string, to: string): MonthsInWindow {
  let numerator = 0n;
  let denominator = 1n;
  let wholeMonths = 0;
  const partialMonths: MonthsInWindow['partialMonths'] = [];
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  let year = start.year;
  let month = start.month;
  while (year < end.year || (year === end.year && month <= end.month)) {
    const length = daysInMonth(year, month);
    const first = year === start.year && month === start.month ? start.day : 1;
    const last = year === end.year && month === end.month ? end.day : length;
    const days = last - first + 1;
    if (days === length) {
      wholeMonths += 1;
      numerator += denominator;
    } else {
      partialMonths.push({ month: `${year}-${String(month).padStart(2, '0')}`, days, of: length });
      numerator = numerator * BigInt(length) + BigInt(days) * denominator;
      denominator *= BigInt(length);
    }
    const common = gcd(numerator, denominator);
    numerator /= common;
    denominator /= common;
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return { numerator, denominator, wholeMonths, partialMonths };
}

// basis × months ÷ 12, rounded half up (the report: £1,821,222.90 × 7 ÷ 12 = £1,062,380.025 → £1,062,380.03).
export function forecastByMonths(basisPence: number, months: MonthsInWindow): number {
  return Number(divideRoundHalfAwayFromZero(BigInt(basisPence) * months.numerator, 12n * months.denominator));
}

// basis × the window's school days ÷ the basis year's school days, rounded half up: spend follows the days AP runs.
export function forecastBySchoolDays(
  basisPence: number,
  windowSchoolDays: number,
  basisSchoolDays: number,
): number {
  if (basisSchoolDays === 0) return 0;
  return Number(
    divideRoundHalfAwayFromZero(BigInt(basisPence) * BigInt(windowSchoolDays), BigInt(basisSchoolDays)),
  );
}

// "7", "7 15/30" style: a readable count of months for the explanation.
export function describeMonths(months: MonthsInWindow): string {
  const whole = months.numerator / months.denominator;
  const rest = months.numerator % months.denominator;
  return rest === 0n ? `${whole}` : `${whole} ${rest}/${months.denominator}`;
}
