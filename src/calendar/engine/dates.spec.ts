import {
  academicYearBounds,
  academicYearOf,
  addDays,
  addYears,
  compareDates,
  financialYearBounds,
  financialYearOf,
  fromEpochDay,
  InvalidDateError,
  isIsoDate,
  parseYearLabel,
  toEpochDay,
  weekday,
} from './dates';

describe('ISO date helpers', () => {
  it('accepts only real dates written exactly YYYY-MM-DD', () => {
    expect(isIsoDate('2026-09-03')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    for (const bad of [
      '2027-02-29',
      '2026-13-01',
      '2026-04-31',
      '2026-9-3',
      '2026-09-03T00:00',
      ' 2026-09-03',
      '',
    ]) {
      expect(isIsoDate(bad)).toBe(false);
    }
    expect(() => toEpochDay('2026-02-30')).toThrow(InvalidDateError);
  });

  it('counts epoch days from 1 January 1970 and converts them back', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('1969-12-31')).toBe(-1);
    expect(toEpochDay('2000-03-01')).toBe(11017);
    expect(() => fromEpochDay(-800000)).toThrow(InvalidDateError);
    for (let day = -700000; day <= 2900000; day += 997) {
      expect(toEpochDay(fromEpochDay(day))).toBe(day);
    }
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-29', -29)).toBe('2026-02-28');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('adds years and clamps 29 February to 28 February in a non-leap year', () => {
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
    expect(addYears('2026-09-03', -1)).toBe('2025-09-03');
  });

  it('gives the ISO weekday with Monday as 1 and Sunday as 7', () => {
    expect(weekday('2026-09-03')).toBe(4); // Thursday
    expect(weekday('2027-05-03')).toBe(1); // Monday
    expect(weekday('2026-09-06')).toBe(7); // Sunday
    expect(weekday('1969-12-29')).toBe(1); // Monday before the epoch
  });

  it('orders dates', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareDates('2026-01-02', '2026-01-02')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
  });

  it('puts 31 March in the old financial year and 1 April in the new one', () => {
    expect(financialYearOf('2027-03-31')).toBe('2026-27');
    expect(financialYearOf('2027-04-01')).toBe('2027-28');
    expect(financialYearOf('2099-12-31')).toBe('2099-00');
    expect(financialYearBounds('2026-27')).toEqual({ start: '2026-04-01', end: '2027-03-31' });
  });

  it('puts 31 August in the old academic year and 1 September in the new one', () => {
    expect(academicYearOf('2027-08-31')).toBe('2026-27');
    expect(academicYearOf('2027-09-01')).toBe('2027-28');
    expect(academicYearBounds('2027-28')).toEqual({ start: '2027-09-01', end: '2028-08-31' });
  });

  it('rejects year labels that are malformed or not two consecutive years', () => {
    expect(parseYearLabel('2026-27')).toBe(2026);
    expect(parseYearLabel('1999-00')).toBe(1999);
    for (const bad of ['2026-28', '2026/27', '26-27', '2026-2027']) {
      expect(() => parseYearLabel(bad)).toThrow(InvalidDateError);
    }
  });
});
