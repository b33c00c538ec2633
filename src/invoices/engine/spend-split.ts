import { financialYearBounds, toEpochDay } from '../../calendar/engine/dates';
import { SchoolCalendar } from '../../calendar/engine/school-calendar';
import { apportionLargestRemainder } from '../../pricing/engine/apportion';
import { divide, fromInteger, multiply, toSafeNumber } from '../../pricing/engine/decimal';

// Named rounding rule: the parts follow the school days of each financial year exactly and are rounded by largest
// remainder, ties to the earlier year, so they sum to the line's amount to the penny (DESIGN §1 Money).
export const SPEND_SPLIT_ROUNDING = 'LARGEST_REMAINDER_EARLIER_FIRST' as const;

export interface SpendPart {
  financialYear: string;
  schoolDays: number;
  amountPence: number;
}

// An approved line's amount as spend in the financial years of its period (1 April – 31 March), split by the school
// days of each in the commissioner's calendar (DESIGN §1 Financial year: values are apportioned by school days). A
// period with no school day at all is split by calendar days instead, so the money is never lost.
export function splitByFinancialYear(
  amountPence: number,
  from: string,
  to: string,
  calendar: SchoolCalendar,
): SpendPart[] {
  const years = calendar.schoolDaysByFinancialYear(from, to);
  if (years.length === 1) return [{ ...years[0], amountPence }];
  const totalSchoolDays = years.reduce((acc, year) => acc + year.schoolDays, 0);
  const weights = years.map((year) =>
    totalSchoolDays > 0 ? year.schoolDays : calendarDaysIn(year.financialYear, from, to),
  );
  const totalWeight = weights.reduce((acc, weight) => acc + weight, 0);
  const amount = fromInteger(amountPence);
  const parts = apportionLargestRemainder(
    BigInt(amountPence),
    weights.map((weight) => divide(multiply(amount, fromInteger(weight)), fromInteger(totalWeight))),
  );
  return years.map((year, i) => ({
    financialYear: year.financialYear,
    schoolDays: year.schoolDays,
    amountPence: toSafeNumber(parts[i]),
  }));
}

function calendarDaysIn(financialYear: string, from: string, to: string): number {
  const bounds = financialYearBounds(financialYear);
  const start = Math.max(toEpochDay(from), toEpochDay(bounds.start));
  const end = Math.min(toEpochDay(to), toEpochDay(bounds.end));
  return Math.max(0, end - start + 1);
}
