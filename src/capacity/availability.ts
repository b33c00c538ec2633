// Pure: declared, committed and available sessions per week over a window, as maximal constant intervals.
import { fromEpochDay, toEpochDay } from '../calendar/engine/dates';

export interface Declaration {
  from: string;
  to: string;
  sessionsPerWeek: number;
  // Later declarations replace earlier ones where they overlap.
  order: number;
}

export interface Hold {
  from: string;
  to: string;
  sessionsPerWeek: number;
}

export interface AvailabilityInterval {
  from: string;
  to: string;
  declared: number;
  committed: number;
  available: number;
}

export function availability(
  from: string,
  to: string,
  declarations: Declaration[],
  holds: Hold[],
): AvailabilityInterval[] {
  const start = toEpochDay(from);
  const end = toEpochDay(to);
  const cuts = new Set<number>([start, end + 1]);
  for (const item of [...declarations, ...holds]) {
    const a = toEpochDay(item.from);
    const b = toEpochDay(item.to) + 1;
    if (a > start && a <= end) cuts.add(a);
    if (b > start && b <= end) cuts.add(b);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const intervals: AvailabilityInterval[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const day = points[i];
    const covering = declarations.filter((d) => toEpochDay(d.from) <= day && day <= toEpochDay(d.to));
    const newest = covering.reduce<Declaration | undefined>(
      (best, d) => (!best || d.order > best.order ? d : best),
      undefined,
    );
    const declared = newest?.sessionsPerWeek ?? 0;
    const committed = holds
      .filter((h) => toEpochDay(h.from) <= day && day <= toEpochDay(h.to))
      .reduce((sum, h) => sum + h.sessionsPerWeek, 0);
    const last = intervals[intervals.length - 1];
    if (last && last.declared === declared && last.committed === committed)
      last.to = fromEpochDay(points[i + 1] - 1);
    else
      intervals.push({
        from: fromEpochDay(day),
        to: fromEpochDay(points[i + 1] - 1),
        declared,
        committed,
        available: declared - committed,
      });
  }
  return intervals;
}

// The fewest sessions free on any day of the window, and the first day fewer than `needed` are free (null if none):
// what availability() gives as the least interval and the first short one, without building the intervals (matching
// asks this of every provider on a lot per request).
export function leastAvailable(
  from: string,
  to: string,
  declarations: Declaration[],
  holds: Hold[],
  needed: number,
): { available: number; firstShortDate: string | null } {
  const start = toEpochDay(from);
  const end = toEpochDay(to);
  const declared = declarations.map((d) => ({
    a: toEpochDay(d.from),
    b: toEpochDay(d.to),
    sessions: d.sessionsPerWeek,
    order: d.order,
  }));
  const held = holds.map((h) => ({
    a: toEpochDay(h.from),
    b: toEpochDay(h.to),
    sessions: h.sessionsPerWeek,
  }));
  const cuts = [start];
  for (const item of declared) {
    if (item.a > start && item.a <= end) cuts.push(item.a);
    if (item.b + 1 > start && item.b + 1 <= end) cuts.push(item.b + 1);
  }
  for (const item of held) {
    if (item.a > start && item.a <= end) cuts.push(item.a);
    if (item.b + 1 > start && item.b + 1 <= end) cuts.push(item.b + 1);
  }
  if (cuts.length > 1) cuts.sort((x, y) => x - y);
  let least = Infinity;
  let firstShort: number | null = null;
  for (let i = 0; i < cuts.length; i++) {
    const day = cuts[i];
    if (i > 0 && day === cuts[i - 1]) continue;
    let newest: (typeof declared)[number] | undefined;
    for (const d of declared) if (d.a <= day && day <= d.b && (!newest || d.order > newest.order)) newest = d;
    let committed = 0;
    for (const h of held) if (h.a <= day && day <= h.b) committed += h.sessions;
    const free = (newest?.sessions ?? 0) - committed;
    if (free < least) least = free;
    if (firstShort === null && free < needed) firstShort = day;
  }
  return { available: least, firstShortDate: firstShort === null ? null : fromEpochDay(firstShort) };
}

// Free capacity over a window that can be drawn down as placements are added, so a batch (the blanket extension)
// checks each placement against what the earlier ones left, without recomputing from every hold each time.
export class CapacityLedger {
  private intervals: { start: number; end: number; available: number }[];

  constructor(from: string, to: string, declarations: Declaration[], holds: Hold[]) {
    this.intervals = availability(from, to, declarations, holds).map((i) => ({
      start: toEpochDay(i.from),
      end: toEpochDay(i.to),
      available: i.available,
    }));
  }

  firstShort(from: string, to: string, sessions: number): string | null {
    const a = toEpochDay(from);
    const b = toEpochDay(to);
    const first = this.intervals[0];
    const last = this.intervals[this.intervals.length - 1];
    // Days outside the window the ledger was built for are unknown, so they count as short.
    if (!first || a < first.start) return from;
    for (const interval of this.intervals)
      if (interval.end >= a && interval.start <= b && interval.available < sessions)
        return fromEpochDay(Math.max(interval.start, a));
    return b > last.end ? fromEpochDay(last.end + 1) : null;
  }

  take(from: string, to: string, sessions: number): void {
    const a = toEpochDay(from);
    const b = toEpochDay(to);
    const next: { start: number; end: number; available: number }[] = [];
    for (const interval of this.intervals) {
      if (interval.end < a || interval.start > b) {
        next.push(interval);
        continue;
      }
      if (interval.start < a) next.push({ ...interval, end: a - 1 });
      next.push({
        start: Math.max(interval.start, a),
        end: Math.min(interval.end, b),
        available: interval.available - sessions,
      });
      if (interval.end > b) next.push({ ...interval, start: b + 1 });
    }
    this.intervals = next;
  }
}
