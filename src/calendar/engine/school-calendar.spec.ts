import { ENGLAND_DEFAULT_CALENDAR } from './england-default';
import {
  AcademicYearInput,
  CalendarDefinitionError,
  CalendarMissingError,
  CalendarQueryError,
  mergeAcademicYears,
  SchoolCalendar,
} from './school-calendar';

/** One term Mon 7 Sep 2026 – Fri 28 May 2027 with no closures: 38 full weeks = 190 school days. */
const plainYear: AcademicYearInput = {
  year: '2026-27',
  terms: [{ name: 'Whole year', start: '2026-09-07', end: '2027-05-28' }],
  closures: [],
};

describe('SchoolCalendar', () => {
  describe('counting school days', () => {
    const calendar = new SchoolCalendar([plainYear]);

    it('counts only Monday to Friday inside a term, both ends inclusive', () => {
      expect(calendar.schoolDaysInAcademicYear('2026-27')).toBe(190);
      expect(calendar.schoolDaysBetween('2026-09-07', '2026-09-11')).toBe(5);
      expect(calendar.schoolDaysBetween('2026-09-07', '2026-09-07')).toBe(1);
      expect(calendar.schoolDaysBetween('2026-09-05', '2026-09-06')).toBe(0);
      expect(calendar.schoolDaysBetween('2026-09-01', '2027-08-31')).toBe(190);
    });

    it('does not count days before the first term or after the last', () => {
      expect(calendar.isSchoolDay('2026-09-04')).toBe(false);
      expect(calendar.isSchoolDay('2027-05-31')).toBe(false);
      expect(calendar.schoolDaysBetween('2027-05-31', '2027-08-31')).toBe(0);
    });

    it('lists every financial year a range touches in order, including one with no school days', () => {
      // 1 Jun–31 Aug 2027 is after the term, so financial year 2027-28 holds 0 school days.
      expect(calendar.schoolDaysByFinancialYear('2027-03-29', '2027-08-31')).toEqual([
        { financialYear: '2026-27', schoolDays: 3 },
        { financialYear: '2027-28', schoolDays: 42 },
      ]);
      expect(calendar.schoolDaysByFinancialYear('2027-06-01', '2027-08-31')).toEqual([
        { financialYear: '2027-28', schoolDays: 0 },
      ]);
    });

    it('splits a range across academic years', () => {
      const england = new SchoolCalendar(ENGLAND_DEFAULT_CALENDAR);
      expect(england.schoolDaysByAcademicYear('2026-07-01', '2026-09-04')).toEqual([
        { academicYear: '2025-26', schoolDays: 16 }, // 1–22 Jul 2026
        { academicYear: '2026-27', schoolDays: 2 }, // Thu 3 and Fri 4 Sep 2026
      ]);
    });

    it('agrees with a day-by-day count over three default years', () => {
      const england = new SchoolCalendar(ENGLAND_DEFAULT_CALENDAR);
      let running = 0;
      const start = Date.UTC(2025, 8, 1);
      for (let t = start; t <= Date.UTC(2028, 7, 31); t += 86400000) {
        const day = new Date(t).toISOString().slice(0, 10);
        if (england.isSchoolDay(day)) running += 1;
        if (day.endsWith('-15')) expect(england.schoolDaysBetween('2025-09-01', day)).toBe(running);
      }
      expect(running).toBe(190 + 188 + 190);
    });

    it('rejects a range that ends before it starts and dates that are not YYYY-MM-DD', () => {
      expect(() => calendar.schoolDaysBetween('2026-09-11', '2026-09-07')).toThrow(CalendarQueryError);
      expect(() => calendar.isSchoolDay('2026-9-7')).toThrow(CalendarQueryError);
      expect(() => calendar.nthSchoolDay('2026-09-07', 0)).toThrow(CalendarQueryError);
    });
  });

  describe('nthSchoolDay', () => {
    const calendar = new SchoolCalendar([plainYear]);

    it('counts the first school day on or after the start as day 1', () => {
      expect(calendar.nthSchoolDay('2026-09-07', 1)).toBe('2026-09-07');
      expect(calendar.nthSchoolDay('2026-09-05', 1)).toBe('2026-09-07'); // Saturday start
      expect(calendar.nthSchoolDay('2026-09-07', 6)).toBe('2026-09-14');
      expect(calendar.nthSchoolDay('2026-09-01', 190)).toBe('2027-05-28');
    });

    it('throws calendar_missing naming the next year when counting runs off the end', () => {
      expect(() => calendar.nthSchoolDay('2027-05-27', 3)).toThrow(CalendarMissingError);
      try {
        calendar.nthSchoolDay('2027-05-27', 3);
      } catch (error) {
        expect((error as CalendarMissingError).years).toEqual(['2027-28']);
      }
    });
  });

  describe('missing years', () => {
    const calendar = new SchoolCalendar([plainYear]);

    it('lists the academic years a range touches that the calendar lacks', () => {
      expect(calendar.covers('2026-09-01')).toBe(true);
      expect(calendar.covers('2027-09-01')).toBe(false);
      expect(calendar.missingYears('2025-01-01', '2027-09-01')).toEqual(['2024-25', '2025-26', '2027-28']);
      expect(calendar.missingYears('2026-09-01', '2027-08-31')).toEqual([]);
    });

    it('throws CalendarMissingError with every missing year from each query', () => {
      const attempts: (() => unknown)[] = [
        () => calendar.isSchoolDay('2029-01-15'),
        () => calendar.schoolDaysBetween('2026-09-07', '2029-01-15'),
        () => calendar.schoolDaysByFinancialYear('2026-09-07', '2029-01-15'),
        () => calendar.schoolDaysByAcademicYear('2026-09-07', '2029-01-15'),
        () => calendar.schoolDaysInAcademicYear('2028-29'),
        () => calendar.nthSchoolDay('2029-01-15', 1),
      ];
      for (const attempt of attempts) expect(attempt).toThrow(CalendarMissingError);
      try {
        calendar.schoolDaysBetween('2026-09-07', '2029-01-15');
      } catch (error) {
        expect((error as CalendarMissingError).years).toEqual(['2027-28', '2028-29']);
      }
    });
  });

  describe('merge', () => {
    const ownYear: AcademicYearInput = {
      year: '2026-27',
      terms: [{ name: 'Autumn only', start: '2026-09-07', end: '2026-09-11' }],
      closures: [],
    };

    it("uses the organisation's own year where it defines one and the default for the rest", () => {
      const merged = SchoolCalendar.merge([ownYear], ENGLAND_DEFAULT_CALENDAR);
      expect(merged.definedYears()).toEqual(['2025-26', '2026-27', '2027-28']);
      expect(merged.schoolDaysInAcademicYear('2026-27')).toBe(5);
      expect(merged.schoolDaysInAcademicYear('2025-26')).toBe(190);
      expect(merged.schoolDaysInAcademicYear('2027-28')).toBe(190);
    });

    it('keeps years the organisation defines beyond the default', () => {
      const later = {
        ...ownYear,
        year: '2030-31',
        terms: [{ name: 'T', start: '2030-09-02', end: '2030-09-06' }],
      };
      expect(mergeAcademicYears([later], ENGLAND_DEFAULT_CALENDAR).map((y) => y.year)).toEqual([
        '2025-26',
        '2026-27',
        '2027-28',
        '2030-31',
      ]);
    });
  });

  describe('invalid definitions', () => {
    const reject = (years: AcademicYearInput[], message: RegExp) =>
      expect(() => new SchoolCalendar(years)).toThrow(
        expect.objectContaining({ name: 'CalendarDefinitionError', message: expect.stringMatching(message) }),
      );

    it('rejects a year label that is malformed or not two consecutive years', () => {
      reject([{ ...plainYear, year: '2026-28' }], /consecutive/);
      reject([{ ...plainYear, year: '2026/27' }], /YYYY-YY/);
    });

    it('rejects a term outside 1 September to 31 August of its year', () => {
      reject(
        [{ ...plainYear, terms: [{ name: 'Early', start: '2026-08-31', end: '2026-09-11' }] }],
        /outside/,
      );
      reject(
        [{ ...plainYear, terms: [{ name: 'Late', start: '2027-08-02', end: '2027-09-03' }] }],
        /outside/,
      );
    });

    it('rejects a term that ends before it starts', () => {
      reject(
        [{ ...plainYear, terms: [{ name: 'Backwards', start: '2026-10-01', end: '2026-09-30' }] }],
        /before/,
      );
    });

    it('rejects overlapping terms', () => {
      reject(
        [
          {
            ...plainYear,
            terms: [
              { name: 'Autumn', start: '2026-09-07', end: '2026-12-18' },
              { name: 'Spring', start: '2026-12-18', end: '2027-03-25' },
            ],
          },
        ],
        /overlap/,
      );
    });

    it('rejects a date that is not a real YYYY-MM-DD date', () => {
      reject(
        [{ ...plainYear, terms: [{ name: 'Bad', start: '2026-09-31', end: '2026-12-18' }] }],
        /not a real date/,
      );
      reject(
        [{ ...plainYear, closures: [{ start: '7/9/2026', end: '2026-09-08', reason: 'x' }] }],
        /YYYY-MM-DD/,
      );
    });

    it('rejects the same academic year defined twice', () => {
      reject([plainYear, plainYear], /more than once/);
    });

    it('rejects a closure outside its year, back to front or without a reason', () => {
      reject(
        [{ ...plainYear, closures: [{ start: '2027-09-01', end: '2027-09-01', reason: 'INSET' }] }],
        /outside/,
      );
      reject(
        [{ ...plainYear, closures: [{ start: '2026-10-02', end: '2026-10-01', reason: 'INSET' }] }],
        /before/,
      );
      reject(
        [{ ...plainYear, closures: [{ start: '2026-10-02', end: '2026-10-02', reason: ' ' }] }],
        /reason/,
      );
    });

    it('throws the exported CalendarDefinitionError class', () => {
      expect(() => new SchoolCalendar([{ ...plainYear, terms: [] }])).toThrow(CalendarDefinitionError);
    });
  });
});
