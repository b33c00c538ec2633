import { describeMonths, forecastByMonths, forecastBySchoolDays, monthsInWindow } from './forecast';

describe('run-rate forecast', () => {
  it('counts September 2026 to March 2027 as seven whole months', () => {
    const months = monthsInWindow('2026-09-01', '2027-03-31');
    expect(months.wholeMonths).toBe(7);
    expect(months.partialMonths).toEqual([]);
    expect(describeMonths(months)).toBe('7');
  });

  it('reproduces the Cabinet report: £1,821,222.90 × 7 ÷ 12 = £1,062,380.03 (half up)', () => {
    expect(forecastByMonths(182_122_290, monthsInWindow('2026-09-01', '2027-03-31'))).toBe(106_238_003);
  });

  it('counts a part month as its days in the window over its days', () => {
    const months = monthsInWindow('2026-09-16', '2026-10-31');
    expect(months.partialMonths).toEqual([{ month: '2026-09', days: 15, of: 30 }]);
    expect(describeMonths(months)).toBe('1 1/2');
    expect(forecastByMonths(1_200, months)).toBe(150);
  });

  it('handles a window inside one month and across February of a leap year', () => {
    expect(describeMonths(monthsInWindow('2028-02-01', '2028-02-14'))).toBe('0 14/29');
    expect(describeMonths(monthsInWindow('2028-01-17', '2028-02-29'))).toBe('1 15/31');
  });

  it('scales by school days with the same rounding', () => {
    expect(forecastBySchoolDays(182_122_290, 114, 190)).toBe(109_273_374);
    expect(forecastBySchoolDays(100, 1, 3)).toBe(33);
    expect(forecastBySchoolDays(100, 1, 0)).toBe(0);
  });
});
