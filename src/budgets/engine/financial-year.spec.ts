import { financialYearRange, financialYearStart } from './financial-year';

describe('financial year labels', () => {
  it('reads 2025-26 as the year starting 1 April 2025 and ending 31 March 2026', () => {
    expect(financialYearStart('2025-26')).toBe(2025);
    expect(financialYearRange('2025-26')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
  });

  it('reads a label crossing a century, 2099-00, as invalid because the range stops at 2098-99', () => {
    expect(financialYearStart('2098-99')).toBe(2098);
    expect(financialYearStart('2099-00')).toBeNull();
  });

  it('refuses labels that do not name two consecutive years', () => {
    for (const label of ['2025-27', '2025/26', '2025-2026', '25-26', '2025-25', '', '1999-00'])
      expect(financialYearStart(label)).toBeNull();
  });
});
