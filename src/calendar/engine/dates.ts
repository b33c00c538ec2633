/**
 * ISO calendar-date helpers for the pure engines.
 *
 * Dates are plain 'YYYY-MM-DD' strings with no time and no zone. All arithmetic is done on
 * integer "epoch days" (days since 1970-01-01 in the proleptic Gregorian calendar), so there is
 * no `Date`, no local-time offset and no daylight-saving pitfall anywhere in this module.
 */

/** A calendar date written 'YYYY-MM-DD'. */
export type IsoDate = string;

/** A year label written 'YYYY-YY', e.g. '2026-27' (academic or financial year). */
export type YearLabel = string;

export class InvalidDateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidDateError';
  }
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_LABEL = /^(\d{4})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Strictly parses 'YYYY-MM-DD' (four-digit year, real month and day); throws InvalidDateError. */
export function parseIsoDate(value: string): CivilDate {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!match) throw new InvalidDateError(`"${String(value)}" is not a date in the form YYYY-MM-DD`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1) throw new InvalidDateError(`"${value}" has year 0000, which is not supported`);
  if (month < 1 || month > 12) throw new InvalidDateError(`"${value}" has no month ${month}`);
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new InvalidDateError(
      `"${value}" is not a real date: that month has ${daysInMonth(year, month)} days`,
    );
  }
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function formatIsoDate({ year, month, day }: CivilDate): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// Days-from-civil / civil-from-days: H. Hinnant, "chrono-Compatible Low-Level Date Algorithms".
export function civilToEpochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function epochDayToCivil(epochDay: number): CivilDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

// Matching and capacity convert the same few hundred dates for thousands of providers: both directions are
// remembered (only valid dates get in; a bounded map, emptied when full).
const MEMO_LIMIT = 20_000;
const epochDayOf = new Map<string, number>();
const isoDateOf = new Map<number, IsoDate>();

/** Days since 1970-01-01 (which is epoch day 0). */
export function toEpochDay(date: IsoDate): number {
  const known = epochDayOf.get(date);
  if (known !== undefined) return known;
  const { year, month, day } = parseIsoDate(date);
  const epochDay = civilToEpochDay(year, month, day);
  if (epochDayOf.size >= MEMO_LIMIT) epochDayOf.clear();
  epochDayOf.set(date, epochDay);
  return epochDay;
}

export function fromEpochDay(epochDay: number): IsoDate {
  const known = isoDateOf.get(epochDay);
  if (known !== undefined) return known;
  if (!Number.isSafeInteger(epochDay)) throw new InvalidDateError(`epoch day ${epochDay} is not an integer`);
  const civil = epochDayToCivil(epochDay);
  if (civil.year < 1 || civil.year > 9999) {
    throw new InvalidDateError(`epoch day ${epochDay} falls outside years 0001-9999`);
  }
  const date = formatIsoDate(civil);
  if (isoDateOf.size >= MEMO_LIMIT) isoDateOf.clear();
  isoDateOf.set(epochDay, date);
  return date;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) throw new InvalidDateError(`cannot add ${days} days: not an integer`);
  return fromEpochDay(toEpochDay(date) + days);
}

/** Same month and day `years` later; 29 February clamps to 28 February in a non-leap year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  if (!Number.isSafeInteger(years)) throw new InvalidDateError(`cannot add ${years} years: not an integer`);
  const { year, month, day } = parseIsoDate(date);
  const target = year + years;
  return formatIsoDate({ year: target, month, day: Math.min(day, daysInMonth(target, month)) });
}

/** ISO weekday of an epoch day: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfEpochDay(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(date: IsoDate): number {
  return weekdayOfEpochDay(toEpochDay(date));
}

/** Orders two dates: negative if a is earlier, 0 if the same day, positive if later. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const diff = toEpochDay(a) - toEpochDay(b);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

export function yearLabel(startYear: number): YearLabel {
  return `${pad(startYear, 4)}-${pad((startYear + 1) % 100, 2)}`;
}

/** Parses a 'YYYY-YY' label whose two years are consecutive and returns the first year. */
export function parseYearLabel(label: string): number {
  const match = typeof label === 'string' ? YEAR_LABEL.exec(label) : null;
  if (!match) throw new InvalidDateError(`"${String(label)}" is not a year label in the form YYYY-YY`);
  const startYear = Number(match[1]);
  if (startYear < 1 || startYear > 9998) throw new InvalidDateError(`"${label}" is out of range`);
  if ((startYear + 1) % 100 !== Number(match[2])) {
    throw new InvalidDateError(
      `"${label}" does not name two consecutive years (expected ${yearLabel(startYear)})`,
    );
  }
  return startYear;
}

// Financial year: 1 April – 31 March (DESIGN.md §1 "Financial year runs 1 April – 31 March").
export const FINANCIAL_YEAR_START_MONTH = 4;
// Academic year: 1 September – 31 August (England school year; DESIGN.md §1 school calendar).
export const ACADEMIC_YEAR_START_MONTH = 9;

export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}

function yearStartingIn(date: IsoDate, startMonth: number): number {
  const { year, month } = parseIsoDate(date);
  return month >= startMonth ? year : year - 1;
}

function boundsOf(label: YearLabel, startMonth: number): DateRange {
  const startYear = parseYearLabel(label);
  const start = formatIsoDate({ year: startYear, month: startMonth, day: 1 });
  return { start, end: addDays(formatIsoDate({ year: startYear + 1, month: startMonth, day: 1 }), -1) };
}

/** The first calendar year of the financial year containing `date` (e.g. 2027-03-31 → 2026). */
export function financialYearStartYear(date: IsoDate): number {
  return yearStartingIn(date, FINANCIAL_YEAR_START_MONTH);
}

/** '2026-27' for any date from 2026-04-01 to 2027-03-31. */
export function financialYearOf(date: IsoDate): YearLabel {
  return yearLabel(financialYearStartYear(date));
}

export function financialYearBounds(label: YearLabel): DateRange {
  return boundsOf(label, FINANCIAL_YEAR_START_MONTH);
}

/** The first calendar year of the academic year containing `date` (e.g. 2027-08-31 → 2026). */
export function academicYearStartYear(date: IsoDate): number {
  return yearStartingIn(date, ACADEMIC_YEAR_START_MONTH);
}

/** '2026-27' for any date from 2026-09-01 to 2027-08-31. */
export function academicYearOf(date: IsoDate): YearLabel {
  return yearLabel(academicYearStartYear(date));
}

export function academicYearBounds(label: YearLabel): DateRange {
  return boundsOf(label, ACADEMIC_YEAR_START_MONTH);
}
