// Pure: which sessions of which school days a placement commissions, from its priced periods and a school calendar.
import { addDays, toEpochDay, weekday } from '../../calendar/engine/dates';
import { PatternSession, WEEKDAYS } from '../../call-offs/engine/pattern';

export type { PatternSession };

export const SESSIONS = ['am', 'pm'] as const;
export type Session = (typeof SESSIONS)[number];

export interface CommissionedPeriod {
  from: string;
  to: string;
  sessionsPerWeek: number;
  pattern?: PatternSession[] | null;
}

// The part of the school calendar the engine reads.
export interface SchoolDays {
  isSchoolDay(date: string): boolean;
}

export interface CommissionedDay {
  date: string;
  sessions: Session[];
}

// The pattern code of a date's session ('2026-09-07', 'am' → 'mon_am'); null at weekends.
export function patternSessionOf(date: string, session: Session): PatternSession | null {
  const day = weekday(date);
  return day <= 5 ? (`${WEEKDAYS[day - 1]}_${session}`) : null;
}

// The Monday of a date's week.
export function weekStartOf(date: string): string {
  return addDays(date, 1 - weekday(date));
}

// The commissioned sessions of every school day in [from, to], in date order; days with none are left out.
//
// With a pattern: the pattern's sessions on each school day of the period (a holiday or INSET day commissions none).
// Without one, sessionsPerWeek is shared pro rata among the school days of each week (DESIGN §1: AP is term-time only,
// charged by school days): a week of d school days in the period commissions round-half-up(sessionsPerWeek × d ÷ 5)
// sessions, allotted by the LARGEST-REMAINDER rule: every school day first gets floor(sessionsPerWeek ÷ 5), and the
// sessions left over go one each to the earliest school days of that week (the remainders are equal, so ties go to the
// earlier day). A full week therefore commissions exactly sessionsPerWeek; a one-session day is the morning. The week
// is always judged whole within the period, so counting a range in pieces gives the same total as counting it at once.
export function commissionedDays(
  periods: readonly CommissionedPeriod[],
  calendar: SchoolDays,
  from: string,
  to: string,
): CommissionedDay[] {
  const days: CommissionedDay[] = [];
  for (const period of [...periods].sort((a, b) => a.from.localeCompare(b.from))) {
    const start = period.from > from ? period.from : from;
    const end = period.to < to ? period.to : to;
    if (start > end) continue;
    if (period.pattern && period.pattern.length > 0) {
      const wanted = new Set<string>(period.pattern);
      for (let date = start; date <= end; date = addDays(date, 1)) {
        if (!isSchoolDay(calendar, date)) continue;
        const sessions = SESSIONS.filter((s) => wanted.has(patternSessionOf(date, s) ?? ''));
        if (sessions.length > 0) days.push({ date, sessions });
      }
      continue;
    }
    // Whole weeks of the period that overlap [start, end].
    for (let monday = weekStartOf(start); monday <= end; monday = addDays(monday, 7)) {
      const schoolDays: string[] = [];
      for (let i = 0; i < 5; i++) {
        const date = addDays(monday, i);
        if (date >= period.from && date <= period.to && isSchoolDay(calendar, date)) schoolDays.push(date);
      }
      for (const [date, count] of proRata(period.sessionsPerWeek, schoolDays))
        if (date >= start && date <= end && count > 0)
          days.push({ date, sessions: count === 2 ? ['am', 'pm'] : ['am'] });
    }
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

// One week's sessions without a pattern, by the largest-remainder rule above.
export function proRata(sessionsPerWeek: number, schoolDays: readonly string[]): [string, number][] {
  const d = schoolDays.length;
  // Round half up: floor((2 × spw × d + 5) ÷ 10) = floor(spw × d ÷ 5 + ½), in integers.
  const total = Math.floor((2 * sessionsPerWeek * d + 5) / 10);
  const base = Math.floor(sessionsPerWeek / 5);
  let left = total - base * d;
  return schoolDays.map((date) => {
    const extra = left > 0 ? 1 : 0;
    left -= extra;
    return [date, base + extra];
  });
}

export function countSessions(days: readonly CommissionedDay[]): number {
  return days.reduce((sum, day) => sum + day.sessions.length, 0);
}

export interface SchoolWeek {
  weekStart: string;
  schoolDays: number;
}

// The school weeks of [from, to]: each Monday with the school days of that week inside the range; weeks with none are
// left out.
export function schoolWeeks(calendar: SchoolDays, from: string, to: string): SchoolWeek[] {
  const weeks: SchoolWeek[] = [];
  if (from > to) return weeks;
  for (let monday = weekStartOf(from); monday <= to; monday = addDays(monday, 7)) {
    let schoolDays = 0;
    for (let i = 0; i < 5; i++) {
      const date = addDays(monday, i);
      if (date >= from && date <= to && isSchoolDay(calendar, date)) schoolDays += 1;
    }
    if (schoolDays > 0) weeks.push({ weekStart: monday, schoolDays });
  }
  return weeks;
}

// The date `n` school days after `date` (n ≥ 1), or null when the calendar runs out first (within a year's search).
export function schoolDaysAfter(calendar: SchoolDays, date: string, n: number): string | null {
  let found = 0;
  let day = date;
  for (let i = 0; i < 400; i++) {
    day = addDays(day, 1);
    if (isSchoolDay(calendar, day)) found += 1;
    if (found === n) return day;
  }
  return null;
}

// A date the calendar does not define is not a school day here: a placement's periods were priced on a defined
// calendar, so such a date lies outside them.
function isSchoolDay(calendar: SchoolDays, date: string): boolean {
  try {
    return calendar.isSchoolDay(date);
  } catch {
    return false;
  }
}

export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}
