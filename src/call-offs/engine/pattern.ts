// Pure: a placement's weekly pattern, the half-day sessions of the school week it is bought for.

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

// The ten half-day sessions of a school week (DESIGN §1: one day = 2 sessions; one week = 10 sessions).
export const PATTERN_SESSIONS = [
  'mon_am',
  'mon_pm',
  'tue_am',
  'tue_pm',
  'wed_am',
  'wed_pm',
  'thu_am',
  'thu_pm',
  'fri_am',
  'fri_pm',
] as const;
export type PatternSession = (typeof PATTERN_SESSIONS)[number];

// Why a pattern cannot stand for a number of sessions a week, or null when it can: distinct sessions of the week,
// exactly as many as are bought (DESIGN §1 Attendance: a weekly pattern of sessionsPerWeek sessions).
export function patternProblem(pattern: readonly string[], sessionsPerWeek: number): string | null {
  if (pattern.some((s) => !(PATTERN_SESSIONS as readonly string[]).includes(s)))
    return `pattern sessions must be among ${PATTERN_SESSIONS.join(', ')}`;
  if (new Set(pattern).size !== pattern.length) return 'pattern sessions must be distinct';
  if (pattern.length !== sessionsPerWeek)
    return `pattern must name exactly sessionsPerWeek (${sessionsPerWeek}) sessions, not ${pattern.length}`;
  return null;
}

// A pattern in week order, so the same sessions are always stored and shown alike.
export function sortPattern(pattern: readonly string[]): PatternSession[] {
  return PATTERN_SESSIONS.filter((s) => pattern.includes(s));
}
