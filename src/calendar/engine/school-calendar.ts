import {
  academicYearBounds,
  academicYearStartYear,
  epochDayToCivil,
  financialYearBounds,
  financialYearStartYear,
  fromEpochDay,
  InvalidDateError,
  IsoDate,
  parseYearLabel,
  toEpochDay,
  weekdayOfEpochDay,
  YearLabel,
  yearLabel,
} from './dates';

export interface TermInput {
  name: string;
  start: string;
  end: string;
}

export interface ClosureInput {
  start: string;
  end: string;
  reason: string;
}

export interface AcademicYearInput {
  year: string /* '2026-27' */;
  terms: TermInput[];
  closures: ClosureInput[];
}

export interface FinancialYearSchoolDays {
  financialYear: YearLabel;
  schoolDays: number;
}

export interface AcademicYearSchoolDays {
  academicYear: YearLabel;
  schoolDays: number;
}

/** The calendar definition itself is unusable (bad label, term outside its year, overlap, …). */
export class CalendarDefinitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CalendarDefinitionError';
  }
}

/** A query reached an academic year the calendar does not define (`years` lists their labels). */
export class CalendarMissingError extends Error {
  readonly code = 'calendar_missing';
  constructor(readonly years: string[]) {
    super(`The school calendar does not define academic year(s) ${years.join(', ')}`);
    this.name = 'CalendarMissingError';
  }
}

/** A query was malformed: a date that is not 'YYYY-MM-DD', an end before a start, n < 1. */
export class CalendarQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CalendarQueryError';
  }
}

/** Precomputed facts about one defined academic year, indexed by offset from 1 September. */
interface YearIndex {
  label: YearLabel;
  firstEpochDay: number;
  /** prefix[i] = number of school days on offsets 0 … i-1; prefix.length = days in year + 1. */
  prefix: Int32Array;
  /** epoch days of every school day, ascending. */
  schoolDays: Int32Array;
}

/**
 * A commissioner's school calendar: which days are school days, year by year.
 *
 * Definition (DESIGN.md §1 "AP is term-time only: charges count school days in the
 * commissioner's calendar"): a school day is a Monday–Friday inside a term and not inside any
 * closure (half term, INSET day, bank holiday, …). Weekends are never school days.
 *
 * Every academic year is indexed once at construction (a prefix sum over its ~365 days and a
 * sorted list of its school days), so counts cost O(academic years touched) and
 * `nthSchoolDay` costs O(1) per year it crosses, whatever the length of the range.
 */
export class SchoolCalendar {
  private readonly years = new Map<number, YearIndex>();

  constructor(definitions: readonly AcademicYearInput[]) {
    const list: unknown = definitions;
    if (!Array.isArray(list)) throw new CalendarDefinitionError('A calendar is a list of academic years');
    for (const definition of definitions) {
      const index = buildYearIndex(definition);
      const startYear = parseYearLabel(index.label);
      if (this.years.has(startYear)) {
        throw new CalendarDefinitionError(`Academic year ${index.label} is defined more than once`);
      }
      this.years.set(startYear, index);
    }
  }

  /**
   * The organisation's own years win; any academic year it does not define falls back to the
   * default (DESIGN.md §1 "School calendar per commissioning organisation … a default England
   * calendar ships").
   */
  static merge(own: readonly AcademicYearInput[], fallback: readonly AcademicYearInput[]): SchoolCalendar {
    return new SchoolCalendar(mergeAcademicYears(own, fallback));
  }

  /** Labels of the academic years this calendar defines, in order. */
  definedYears(): YearLabel[] {
    return [...this.years.keys()].sort((a, b) => a - b).map(yearLabel);
  }

  /** Whether the academic year containing `date` is defined. */
  covers(date: IsoDate): boolean {
    return this.years.has(academicYearStartYear(checkDate(date)));
  }

  /** Academic years (labels, in order) that the inclusive range touches but the calendar lacks. */
  missingYears(from: IsoDate, to: IsoDate): YearLabel[] {
    const [first, last] = checkRange(from, to);
    const missing: YearLabel[] = [];
    for (let y = academicYearStartYear(first); y <= academicYearStartYear(last); y++) {
      if (!this.years.has(y)) missing.push(yearLabel(y));
    }
    return missing;
  }

  isSchoolDay(date: IsoDate): boolean {
    const epochDay = toEpochDay(checkDate(date));
    const year = this.yearFor(epochDay);
    const offset = epochDay - year.firstEpochDay;
    return year.prefix[offset + 1] - year.prefix[offset] === 1;
  }

  /** School days from `from` to `to`, both inclusive. Throws CalendarQueryError if to < from. */
  schoolDaysBetween(from: IsoDate, to: IsoDate): number {
    this.assertCovered(from, to);
    return this.countEpochDays(toEpochDay(from), toEpochDay(to));
  }

  /**
   * The n-th school day (n >= 1), counting the first school day on or after `from` as day 1.
   * So a start on a holiday or weekend counts from the next school day. Throws
   * CalendarMissingError if counting runs into an undefined academic year.
   */
  nthSchoolDay(from: IsoDate, n: number): IsoDate {
    if (!Number.isSafeInteger(n) || n < 1)
      throw new CalendarQueryError(`n must be an integer >= 1, got ${n}`);
    const fromDay = toEpochDay(checkDate(from));
    let startYear = academicYearStartYear(from);
    let year = this.years.get(startYear);
    if (!year) throw new CalendarMissingError([yearLabel(startYear)]);
    let remaining = n;
    let before = year.prefix[fromDay - year.firstEpochDay];
    for (;;) {
      const index = before + remaining - 1;
      if (index < year.schoolDays.length) return fromEpochDay(year.schoolDays[index]);
      remaining -= year.schoolDays.length - before;
      startYear += 1;
      year = this.years.get(startYear);
      if (!year) throw new CalendarMissingError([yearLabel(startYear)]);
      before = 0;
    }
  }

  /**
   * School days in the inclusive range split by financial year (1 April – 31 March). Every
   * financial year the range touches is listed, in order, even when it holds 0 school days, so
   * callers can rely on one entry per year of the range.
   */
  schoolDaysByFinancialYear(from: IsoDate, to: IsoDate): FinancialYearSchoolDays[] {
    this.assertCovered(from, to);
    return this.splitBy(from, to, financialYearStartYear, financialYearBounds).map(([label, schoolDays]) => ({
      financialYear: label,
      schoolDays,
    }));
  }

  /**
   * School days in the inclusive range split by academic year (1 September – 31 August). Every
   * academic year the range touches is listed, in order, even when it holds 0 school days.
   */
  schoolDaysByAcademicYear(from: IsoDate, to: IsoDate): AcademicYearSchoolDays[] {
    this.assertCovered(from, to);
    return this.splitBy(from, to, academicYearStartYear, academicYearBounds).map(([label, schoolDays]) => ({
      academicYear: label,
      schoolDays,
    }));
  }

  /** All school days in one academic year, e.g. '2026-27'. */
  schoolDaysInAcademicYear(year: YearLabel): number {
    let startYear: number;
    try {
      startYear = parseYearLabel(year);
    } catch (error) {
      throw new CalendarQueryError((error as Error).message);
    }
    const index = this.years.get(startYear);
    if (!index) throw new CalendarMissingError([yearLabel(startYear)]);
    return index.schoolDays.length;
  }

  private assertCovered(from: IsoDate, to: IsoDate): void {
    const missing = this.missingYears(from, to);
    if (missing.length > 0) throw new CalendarMissingError(missing);
  }

  private yearFor(epochDay: number): YearIndex {
    const civil = epochDayToCivil(epochDay);
    const startYear = civil.month >= 9 ? civil.year : civil.year - 1;
    const year = this.years.get(startYear);
    if (!year) throw new CalendarMissingError([yearLabel(startYear)]);
    return year;
  }

  /** Inclusive count; the caller has already checked that every year in the range is defined. */
  private countEpochDays(fromDay: number, toDay: number): number {
    let total = 0;
    let day = fromDay;
    while (day <= toDay) {
      const year = this.yearFor(day);
      const lastOffset = Math.min(toDay - year.firstEpochDay, year.prefix.length - 2);
      const firstOffset = day - year.firstEpochDay;
      total += year.prefix[lastOffset + 1] - year.prefix[firstOffset];
      day = year.firstEpochDay + lastOffset + 1;
    }
    return total;
  }

  private splitBy(
    from: IsoDate,
    to: IsoDate,
    startYearOf: (date: IsoDate) => number,
    boundsOf: (label: YearLabel) => { start: IsoDate; end: IsoDate },
  ): [YearLabel, number][] {
    const fromDay = toEpochDay(from);
    const toDay = toEpochDay(to);
    const parts: [YearLabel, number][] = [];
    for (let y = startYearOf(from); y <= startYearOf(to); y++) {
      const label = yearLabel(y);
      const bounds = boundsOf(label);
      const partFrom = Math.max(fromDay, toEpochDay(bounds.start));
      const partTo = Math.min(toDay, toEpochDay(bounds.end));
      parts.push([label, this.countEpochDays(partFrom, partTo)]);
    }
    return parts;
  }
}

/** Own years first, then every fallback year whose label the organisation did not define. */
export function mergeAcademicYears(
  own: readonly AcademicYearInput[],
  fallback: readonly AcademicYearInput[],
): AcademicYearInput[] {
  const ownLabels = new Set(own.map((y) => y.year));
  return [...own, ...fallback.filter((y) => !ownLabels.has(y.year))].sort((a, b) =>
    a.year.localeCompare(b.year),
  );
}

function checkDate(date: IsoDate): IsoDate {
  try {
    toEpochDay(date);
  } catch (error) {
    if (error instanceof InvalidDateError) throw new CalendarQueryError(error.message);
    throw error;
  }
  return date;
}

function checkRange(from: IsoDate, to: IsoDate): [IsoDate, IsoDate] {
  if (toEpochDay(checkDate(to)) < toEpochDay(checkDate(from))) {
    throw new CalendarQueryError(`The range ends (${to}) before it starts (${from})`);
  }
  return [from, to];
}

function definitionDate(value: string, what: string): number {
  try {
    return toEpochDay(value);
  } catch (error) {
    throw new CalendarDefinitionError(`${what}: ${(error as Error).message}`);
  }
}

function buildYearIndex(definition: AcademicYearInput): YearIndex {
  if (!definition || typeof definition !== 'object') {
    throw new CalendarDefinitionError('Each academic year must be an object');
  }
  let label: YearLabel;
  try {
    parseYearLabel(definition.year);
    label = definition.year;
  } catch (error) {
    throw new CalendarDefinitionError(`Academic year label: ${(error as Error).message}`);
  }
  // Academic year runs 1 September – 31 August (England school year).
  const bounds = academicYearBounds(label);
  const firstEpochDay = toEpochDay(bounds.start);
  const lastEpochDay = toEpochDay(bounds.end);
  const length = lastEpochDay - firstEpochDay + 1;

  const inRange = (value: string, what: string): number => {
    const day = definitionDate(value, what);
    if (day < firstEpochDay || day > lastEpochDay) {
      throw new CalendarDefinitionError(`${what} (${value}) lies outside ${bounds.start} to ${bounds.end}`);
    }
    return day;
  };

  if (!Array.isArray(definition.terms) || !Array.isArray(definition.closures)) {
    throw new CalendarDefinitionError(`${label}: terms and closures must both be lists`);
  }
  if (definition.terms.length === 0)
    throw new CalendarDefinitionError(`${label}: an academic year needs a term`);

  const terms = definition.terms.map((term, i) => {
    const name = typeof term.name === 'string' && term.name.trim() !== '' ? term.name : `term ${i + 1}`;
    const what = `${label} ${name}`;
    if (typeof term.name !== 'string' || term.name.trim() === '') {
      throw new CalendarDefinitionError(`${what}: a term needs a name`);
    }
    const start = inRange(term.start, `${what} start`);
    const end = inRange(term.end, `${what} end`);
    if (end < start)
      throw new CalendarDefinitionError(`${what} ends (${term.end}) before it starts (${term.start})`);
    return { name, start, end };
  });
  const sorted = [...terms].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].start <= sorted[i - 1].end) {
      throw new CalendarDefinitionError(
        `${label}: terms "${sorted[i - 1].name}" and "${sorted[i].name}" overlap`,
      );
    }
  }

  const isSchool = new Uint8Array(length);
  for (const term of terms) {
    for (let day = term.start; day <= term.end; day++) {
      // A school day is Monday–Friday (DESIGN.md §1: school days in the commissioner's calendar).
      if (weekdayOfEpochDay(day) <= 5) isSchool[day - firstEpochDay] = 1;
    }
  }
  definition.closures.forEach((closure, i) => {
    const what = `${label} closure ${i + 1}`;
    if (typeof closure.reason !== 'string' || closure.reason.trim() === '') {
      throw new CalendarDefinitionError(`${what}: a closure needs a reason`);
    }
    const start = inRange(closure.start, `${what} (${closure.reason}) start`);
    const end = inRange(closure.end, `${what} (${closure.reason}) end`);
    if (end < start) {
      throw new CalendarDefinitionError(`${what} (${closure.reason}) ends before it starts`);
    }
    // Closures (half terms, INSET days, bank holidays) are not school days even inside a term.
    isSchool.fill(0, start - firstEpochDay, end - firstEpochDay + 1);
  });

  const prefix = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) prefix[i + 1] = prefix[i] + isSchool[i];
  const schoolDays = new Int32Array(prefix[length]);
  for (let i = 0, k = 0; i < length; i++) if (isSchool[i]) schoolDays[k++] = firstEpochDay + i;

  return { label, firstEpochDay, prefix, schoolDays };
}
