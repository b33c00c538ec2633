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

// The last day a term of `years` starting on `startDate` may run to: the day before the anniversary.
export function latestEndDate(startDate: string, years: number): string {
  const [y, m, d] = startDate.split('-').map(Number);
  const anniversary = new Date(Date.UTC(y + years, m - 1, d));
  // 29 February start: the anniversary in a common year is 1 March, so the term ends on 28 February.
  if (anniversary.getUTCMonth() !== m - 1) anniversary.setUTCDate(0);
  else anniversary.setUTCDate(anniversary.getUTCDate() - 1);
  return anniversary.toISOString().slice(0, 10);
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
