import { InvalidDateError, financialYearBounds, parseYearLabel } from '../../calendar/engine/dates';

// Financial years (DESIGN §1 Prices, capacity, calendar: 1 April – 31 March), named '2025-26', read by the calendar
// engine's label rules; budgets accept the years 2000-01 to 2098-99.

// The year the label starts in, or null when the label does not name two consecutive years ('2025-27', '2025/26').
export function financialYearStart(label: string): number | null {
  let start: number;
  try {
    start = parseYearLabel(label);
  } catch (error) {
    if (error instanceof InvalidDateError) return null;
    throw error;
  }
  return start >= 2000 && start <= 2098 ? start : null;
}

// 1 April to 31 March, both inclusive.
export function financialYearRange(label: string): { from: string; to: string } | null {
  if (financialYearStart(label) === null) return null;
  const { start, end } = financialYearBounds(label);
  return { from: start, to: end };
}
