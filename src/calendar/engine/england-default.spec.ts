import { ENGLAND_DEFAULT_CALENDAR } from './england-default';
import { CalendarMissingError, SchoolCalendar } from './school-calendar';

describe('The default England school calendar', () => {
  const england = new SchoolCalendar(ENGLAND_DEFAULT_CALENDAR);

  it('defines 2025-26, 2026-27 and 2027-28', () => {
    expect(england.definedYears()).toEqual(['2025-26', '2026-27', '2027-28']);
  });

  it('gives 188 school days in 2026-27: 123 in financial year 2026-27 and 65 in 2027-28', () => {
    expect(england.schoolDaysInAcademicYear('2026-27')).toBe(188);
    expect(england.schoolDaysByFinancialYear('2026-09-01', '2027-08-31')).toEqual([
      { financialYear: '2026-27', schoolDays: 123 },
      { financialYear: '2027-28', schoolDays: 65 },
    ]);
  });

  it('gives 2026-27 terms of 69, 54 and 65 school days', () => {
    // Autumn: Thu 3 Sep–Fri 18 Dec = Thu/Fri + 15 full weeks = 77 weekdays,
    // minus half term 26–30 Oct (5) and INSET 23 Oct, 2 Nov, 27 Nov (3) = 69.
    expect(england.schoolDaysBetween('2026-09-03', '2026-12-18')).toBe(69);
    // Spring: 4 Jan–25 Mar = 11 full weeks + Mon–Thu = 59 weekdays, minus half term (5) = 54.
    expect(england.schoolDaysBetween('2027-01-04', '2027-03-25')).toBe(54);
    // Summer: 12 Apr–21 Jul = 14 full weeks + Mon–Wed = 73, minus 3 May, half term (5), INSET 28 May, 25 Jun = 65.
    expect(england.schoolDaysBetween('2027-04-12', '2027-07-21')).toBe(65);
  });

  it('gives 190 school days in 2025-26: 125 in financial year 2025-26 and 65 in 2026-27', () => {
    expect(england.schoolDaysInAcademicYear('2025-26')).toBe(190);
    expect(england.schoolDaysByFinancialYear('2025-09-01', '2026-08-31')).toEqual([
      { financialYear: '2025-26', schoolDays: 125 },
      { financialYear: '2026-27', schoolDays: 65 },
    ]);
  });

  it('gives 190 school days in 2027-28: 128 in financial year 2027-28 and 62 in 2028-29', () => {
    expect(england.schoolDaysInAcademicYear('2027-28')).toBe(190);
    // The spring term's last week (3–7 Apr 2028) is already in financial year 2028-29: 57 + 5 = 62.
    expect(england.schoolDaysByFinancialYear('2027-09-01', '2028-08-31')).toEqual([
      { financialYear: '2027-28', schoolDays: 128 },
      { financialYear: '2028-29', schoolDays: 62 },
    ]);
  });

  it('does not count the Early May bank holiday on Monday 3 May 2027 as a school day', () => {
    expect(england.isSchoolDay('2027-05-03')).toBe(false);
    expect(england.isSchoolDay('2027-05-04')).toBe(true);
  });

  it('does not count Good Friday or Easter Monday, which fall in the spring break', () => {
    for (const day of ['2026-04-03', '2026-04-06', '2027-03-26', '2027-03-29', '2028-04-14', '2028-04-17']) {
      expect(england.isSchoolDay(day)).toBe(false);
    }
  });

  it('does not count a weekend in term time as a school day', () => {
    expect(england.isSchoolDay('2026-09-05')).toBe(false); // Saturday
    expect(england.isSchoolDay('2026-09-06')).toBe(false); // Sunday
    expect(england.isSchoolDay('2026-09-07')).toBe(true); // Monday
  });

  it('puts the sixth school day of an exclusion starting Thu 22 Oct 2026 on Mon 9 Nov 2026', () => {
    // Day 1 Thu 22 Oct; Fri 23 Oct INSET; 24–25 weekend; 26–30 Oct half term; 31 Oct–1 Nov weekend;
    // Mon 2 Nov INSET; day 2 Tue 3 Nov, day 3 Wed 4, day 4 Thu 5, day 5 Fri 6, day 6 Mon 9 Nov.
    expect(england.nthSchoolDay('2026-10-22', 1)).toBe('2026-10-22');
    expect(england.nthSchoolDay('2026-10-22', 2)).toBe('2026-11-03');
    expect(england.nthSchoolDay('2026-10-22', 6)).toBe('2026-11-09');
  });

  it('counts the sixth school day across the Christmas holiday', () => {
    // Day 1 Wed 16 Dec, day 2 Thu 17, day 3 Fri 18 Dec (end of term); spring starts Mon 4 Jan 2027:
    // day 4 Mon 4 Jan, day 5 Tue 5 Jan, day 6 Wed 6 Jan.
    expect(england.nthSchoolDay('2026-12-16', 6)).toBe('2027-01-06');
  });

  it('counts from the next school day when the start date is in a holiday', () => {
    // Tue 27 Oct 2026 is half term, Mon 2 Nov is INSET: day 1 is Tue 3 Nov, day 6 is Tue 10 Nov.
    expect(england.nthSchoolDay('2026-10-27', 1)).toBe('2026-11-03');
    expect(england.nthSchoolDay('2026-10-27', 6)).toBe('2026-11-10');
  });

  it('counts the sixth school day across the summer holiday into the next academic year', () => {
    // Day 1 Mon 19 Jul 2027, day 2 Tue 20, day 3 Wed 21 Jul (end of year); 2027-28 starts Thu 2 Sep:
    // day 4 Thu 2 Sep, day 5 Fri 3 Sep, day 6 Mon 6 Sep.
    expect(england.nthSchoolDay('2027-07-19', 6)).toBe('2027-09-06');
  });

  it('reports calendar_missing for 2029', () => {
    expect(england.covers('2029-01-15')).toBe(false);
    expect(england.missingYears('2028-06-01', '2029-10-01')).toEqual(['2028-29', '2029-30']);
    expect(() => england.schoolDaysBetween('2029-01-01', '2029-01-31')).toThrow(CalendarMissingError);
    try {
      england.isSchoolDay('2029-01-15');
      throw new Error('expected CalendarMissingError');
    } catch (error) {
      expect(error).toBeInstanceOf(CalendarMissingError);
      expect((error as CalendarMissingError).years).toEqual(['2028-29']);
      expect((error as CalendarMissingError).code).toBe('calendar_missing');
    }
  });
});
