import { ValidationOptions, registerDecorator } from 'class-validator';

export function isDateOnly(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900;
}

// Built once: constructing an Intl formatter costs ~100 µs, and lists ask for today once per row.
const LONDON_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

// London's date changes only on a whole minute of UTC (its offsets are whole hours), so the date of the last minute
// asked about stands for the whole of that minute; formatting costs ~20 µs, and a raise asks more than once.
let lastMinute = NaN;
let lastDate = '';

export function todayIso(now: Date = new Date()): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute) {
    // The council works in England: "today" is the London calendar date.
    lastDate = LONDON_DATE.format(now);
    lastMinute = minute;
  }
  return lastDate;
}

// A calendar date 'YYYY-MM-DD' that exists (no 2026-02-30).
export function IsDateOnly(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isDateOnly',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be a date as YYYY-MM-DD`, ...options },
      validator: { validate: isDateOnly },
    });
}
