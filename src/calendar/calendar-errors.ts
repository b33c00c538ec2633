import { BadRequestError, RuleViolation } from '../common/domain-error';
import { CalendarMissingError, CalendarQueryError, SchoolCalendar } from './engine/school-calendar';

// DESIGN.md §1: charges count school days in the commissioner's calendar, so a date no calendar covers cannot be
// priced or counted. That is a domain rule the caller can fix (define the year), hence 422, never a 5xx.
export function calendarMissing(years: string[]): RuleViolation {
  return new RuleViolation(
    'calendar_missing',
    `No school calendar covers academic year(s) ${years.join(', ')}. ` +
      'Define them with PUT /v1/organisations/{id}/calendar.',
    { years },
  );
}

// Runs engine code and turns its errors into domain errors: CalendarMissingError → 422 calendar_missing,
// CalendarQueryError (a malformed date, an end before a start, n < 1) → 400 validation_failed.
export function withCalendarErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof CalendarMissingError) throw calendarMissing(error.years);
    if (error instanceof CalendarQueryError) throw new BadRequestError('validation_failed', error.message);
    throw error;
  }
}

// Every academic year of [from, to] must be defined before school days in it are counted or charged.
export function assertCalendarCovers(calendar: SchoolCalendar, from: string, to: string): void {
  const missing = withCalendarErrors(() => calendar.missingYears(from, to));
  if (missing.length > 0) throw calendarMissing(missing);
}
