import { BadRequestError, RuleViolation } from '../common/domain-error';
import { assertCalendarCovers, calendarMissing, withCalendarErrors } from './calendar-errors';
import { ENGLAND_DEFAULT_CALENDAR } from './engine/england-default';
import { SchoolCalendar } from './engine/school-calendar';

describe('calendar errors at the service edge', () => {
  const england = new SchoolCalendar(ENGLAND_DEFAULT_CALENDAR);

  it('names every missing academic year in a 422 calendar_missing rule violation', () => {
    const error = calendarMissing(['2028-29', '2029-30']);
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error.code).toBe('calendar_missing');
    expect(error.message).toContain('2028-29, 2029-30');
    expect(error.extras).toEqual({ years: ['2028-29', '2029-30'] });
  });

  it("turns the engine's CalendarMissingError into calendar_missing", () => {
    expect(() => withCalendarErrors(() => england.nthSchoolDay('2030-01-07', 1))).toThrow(
      expect.objectContaining({ code: 'calendar_missing', extras: { years: ['2029-30'] } }),
    );
  });

  it("turns the engine's CalendarQueryError into 400 validation_failed", () => {
    const run = () => withCalendarErrors(() => england.schoolDaysBetween('2027-01-01', '2026-09-01'));
    expect(run).toThrow(BadRequestError);
    expect(run).toThrow(expect.objectContaining({ code: 'validation_failed' }));
  });

  it('passes results and unrelated errors through unchanged', () => {
    expect(withCalendarErrors(() => england.schoolDaysBetween('2026-09-01', '2027-08-31'))).toBe(188);
    const bug = new TypeError('bug');
    expect(() =>
      withCalendarErrors(() => {
        throw bug;
      }),
    ).toThrow(bug);
  });

  it('accepts a range every year of which is defined and refuses one that reaches past the last', () => {
    expect(() => assertCalendarCovers(england, '2025-09-01', '2028-08-31')).not.toThrow();
    expect(() => assertCalendarCovers(england, '2028-08-31', '2028-09-01')).toThrow(
      expect.objectContaining({ code: 'calendar_missing', extras: { years: ['2028-29'] } }),
    );
  });
});
