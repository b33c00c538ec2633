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
