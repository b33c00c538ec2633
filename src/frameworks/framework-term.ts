// Pure term rules for frameworks (no framework imports).
export type FrameworkType = 'closed' | 'open' | 'light_touch_closed' | 'light_touch_open';

// Procurement Act 2023 s.47 (framework term: at most 4 years) and s.49 (open framework: at most 8 years).
// Light-touch frameworks carry no statutory cap here (DESIGN §1); the framework's own maxTermYears applies.
export function maxTermYears(type: FrameworkType, ownMaxTermYears: number): number {
  switch (type) {
    case 'closed':
      return 4;
    case 'open':
      return 8;
    case 'light_touch_closed':
    case 'light_touch_open':
      return ownMaxTermYears;
  }
}

// The latest date the API accepts: its dates are ISO 8601 calendar dates with four-digit years.
const LAST_DATE = '9999-12-31';

// The last day a term of `years` starting on `startDate` may run to: the day before the anniversary.
// Plain calendar arithmetic, capped at LAST_DATE: Date#toISOString writes years past 9999 as "+010002".
export function latestEndDate(startDate: string, years: number): string {
  const [y, m, d] = startDate.split('-').map(Number);
  const year = y + years;
  // A 29 February start ends on 28 February: the day before a leap-year anniversary, or before 1 March.
  const [endYear, endMonth, endDay] =
    d > 1 ? [year, m, d - 1] : m > 1 ? [year, m - 1, daysIn(year, m - 1)] : [year - 1, 12, 31];
  if (endYear > 9999) return LAST_DATE;
  return `${pad(endYear, 4)}-${pad(endMonth, 2)}-${pad(endDay, 2)}`;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function termTooLong(
  type: FrameworkType,
  startDate: string,
  endDate: string,
  ownMaxTermYears: number,
) {
  const years = maxTermYears(type, ownMaxTermYears);
  const latest = latestEndDate(startDate, years);
  return endDate > latest ? { years, latest } : null;
}
