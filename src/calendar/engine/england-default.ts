import { AcademicYearInput } from './school-calendar';

/**
 * The default England school calendar that ships with AP Exchange (DESIGN.md §1 "a default
 * England calendar ships"). Commissioners override it year by year with `SchoolCalendar.merge`.
 *
 * Pattern used every year: October half term; INSET days on the Friday before October half
 * term, the Monday after it and the last Friday of November; spring half term in mid February;
 * Easter (Good Friday and Easter Monday) in the spring break; the Early May bank holiday as a
 * closure; the Spring bank holiday inside the May half term; INSET days on the Friday before the
 * May half term and a Friday in late June. Christmas and the summer holiday fall between terms.
 *
 * School days (asserted in england-default.spec.ts):
 *   2025-26: 190 (autumn 70, spring 55, summer 65); financial year 2025-26: 125, 2026-27: 65
 *   2026-27: 188 (autumn 69, spring 54, summer 65); financial year 2026-27: 123, 2027-28: 65
 *   2027-28: 190 (autumn 69, spring 64, summer 57); financial year 2027-28: 128, 2028-29: 62
 *            (the spring term's last week, 3–7 April 2028, is already in financial year 2028-29)
 */
export const ENGLAND_DEFAULT_CALENDAR: AcademicYearInput[] = [
  {
    year: '2025-26',
    terms: [
      { name: 'Autumn', start: '2025-09-03', end: '2025-12-19' },
      // Spring term ends Fri 27 Mar 2026; Good Friday 3 Apr and Easter Monday 6 Apr 2026 fall in the break.
      { name: 'Spring', start: '2026-01-05', end: '2026-03-27' },
      { name: 'Summer', start: '2026-04-13', end: '2026-07-22' },
    ],
    closures: [
      { start: '2025-10-24', end: '2025-10-24', reason: 'INSET day' },
      { start: '2025-10-27', end: '2025-10-31', reason: 'Autumn half term' },
      { start: '2025-11-03', end: '2025-11-03', reason: 'INSET day' },
      { start: '2025-11-28', end: '2025-11-28', reason: 'INSET day' },
      { start: '2026-02-16', end: '2026-02-20', reason: 'Spring half term' },
      // GOV.UK bank holidays: Early May bank holiday Mon 4 May 2026.
      { start: '2026-05-04', end: '2026-05-04', reason: 'Early May bank holiday' },
      { start: '2026-05-22', end: '2026-05-22', reason: 'INSET day' },
      // Spring bank holiday Mon 25 May 2026 (GOV.UK) falls in the half term.
      { start: '2026-05-25', end: '2026-05-29', reason: 'Summer half term' },
      { start: '2026-06-26', end: '2026-06-26', reason: 'INSET day' },
    ],
  },
  {
    year: '2026-27',
    terms: [
      { name: 'Autumn', start: '2026-09-03', end: '2026-12-18' },
      // Spring term ends Thu 25 Mar 2027; Good Friday 26 Mar and Easter Monday 29 Mar 2027 fall in the break.
      { name: 'Spring', start: '2027-01-04', end: '2027-03-25' },
      { name: 'Summer', start: '2027-04-12', end: '2027-07-21' },
    ],
    closures: [
      { start: '2026-10-23', end: '2026-10-23', reason: 'INSET day' },
      { start: '2026-10-26', end: '2026-10-30', reason: 'Autumn half term' },
      { start: '2026-11-02', end: '2026-11-02', reason: 'INSET day' },
      { start: '2026-11-27', end: '2026-11-27', reason: 'INSET day' },
      { start: '2027-02-15', end: '2027-02-19', reason: 'Spring half term' },
      // GOV.UK bank holidays: Early May bank holiday Mon 3 May 2027.
      { start: '2027-05-03', end: '2027-05-03', reason: 'Early May bank holiday' },
      { start: '2027-05-28', end: '2027-05-28', reason: 'INSET day' },
      // Spring bank holiday Mon 31 May 2027 (GOV.UK) falls in the half term.
      { start: '2027-05-31', end: '2027-06-04', reason: 'Summer half term' },
      { start: '2027-06-25', end: '2027-06-25', reason: 'INSET day' },
    ],
  },
  {
    year: '2027-28',
    terms: [
      { name: 'Autumn', start: '2027-09-02', end: '2027-12-17' },
      // Spring term starts Tue 4 Jan 2028: Mon 3 Jan 2028 is the New Year's Day substitute bank holiday.
      { name: 'Spring', start: '2028-01-04', end: '2028-04-07' },
      // Summer term starts Mon 24 Apr 2028; Good Friday 14 Apr and Easter Monday 17 Apr 2028 fall in the break.
      { name: 'Summer', start: '2028-04-24', end: '2028-07-21' },
    ],
    closures: [
      { start: '2027-10-22', end: '2027-10-22', reason: 'INSET day' },
      { start: '2027-10-25', end: '2027-10-29', reason: 'Autumn half term' },
      { start: '2027-11-01', end: '2027-11-01', reason: 'INSET day' },
      { start: '2027-11-26', end: '2027-11-26', reason: 'INSET day' },
      { start: '2028-02-14', end: '2028-02-18', reason: 'Spring half term' },
      // GOV.UK bank holidays: Early May bank holiday Mon 1 May 2028.
      { start: '2028-05-01', end: '2028-05-01', reason: 'Early May bank holiday' },
      { start: '2028-05-26', end: '2028-05-26', reason: 'INSET day' },
      // Spring bank holiday Mon 29 May 2028 (GOV.UK) falls in the half term.
      { start: '2028-05-29', end: '2028-06-02', reason: 'Summer half term' },
      { start: '2028-06-23', end: '2028-06-23', reason: 'INSET day' },
    ],
  },
];
