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

interface Span {
  a: number;
  b: number;
  sessions: number;
  order: number;
}

// Declarations and holds as epoch-day spans, parsed once.
function spans(declarations: Declaration[], holds: Hold[]): { declared: Span[]; held: Span[] } {
  return {
    declared: declarations.map((d) => ({
      a: toEpochDay(d.from),
      b: toEpochDay(d.to),
      sessions: d.sessionsPerWeek,
      order: d.order,
    })),
    held: holds.map((h) => ({
      a: toEpochDay(h.from),
      b: toEpochDay(h.to),
      sessions: h.sessionsPerWeek,
      order: 0,
    })),
  };
}

// The days in [start, end] where what is declared or held may change, ascending and distinct, starting at `start`.
function changePoints(start: number, end: number, declared: Span[], held: Span[]): number[] {
  const cuts = new Set<number>([start]);
  for (const item of [...declared, ...held]) {
    if (item.a > start && item.a <= end) cuts.add(item.a);
    if (item.b + 1 > start && item.b + 1 <= end) cuts.add(item.b + 1);
  }
  return [...cuts].sort((x, y) => x - y);
}

// On one day (DESIGN §1 "Capacity declaration": available = declared − committed at every point of the window): the
// newest declaration covering the day is what is declared, and every hold covering it is committed.
function onDay(day: number, declared: Span[], held: Span[]): { declared: number; committed: number } {
  let newest: Span | undefined;
  for (const d of declared) if (d.a <= day && day <= d.b && (!newest || d.order > newest.order)) newest = d;
  let committed = 0;
  for (const h of held) if (h.a <= day && day <= h.b) committed += h.sessions;
  return { declared: newest?.sessions ?? 0, committed };
}

export function availability(
  from: string,
  to: string,
  declarations: Declaration[],
  holds: Hold[],
): AvailabilityInterval[] {
  const start = toEpochDay(from);
  const end = toEpochDay(to);
  const { declared, held } = spans(declarations, holds);
  const points = changePoints(start, end, declared, held);
  const intervals: AvailabilityInterval[] = [];
  for (let i = 0; i < points.length; i++) {
    const day = points[i];
    const next = i + 1 < points.length ? points[i + 1] : end + 1;
    const here = onDay(day, declared, held);
    const last = intervals[intervals.length - 1];
    if (last && last.declared === here.declared && last.committed === here.committed)
      last.to = fromEpochDay(next - 1);
    else
      intervals.push({
        from: fromEpochDay(day),
        to: fromEpochDay(next - 1),
        declared: here.declared,
        committed: here.committed,
        available: here.declared - here.committed,
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
  const { declared, held } = spans(declarations, holds);
  let least = Infinity;
  let firstShort: number | null = null;
  for (const day of changePoints(start, end, declared, held)) {
    const here = onDay(day, declared, held);
    const free = here.declared - here.committed;
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
