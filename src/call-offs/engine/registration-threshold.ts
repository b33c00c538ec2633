// Education Act 1996 s.463: an institution giving full-time education to 5 or more pupils of compulsory school age,
// or to one who is looked after or has an EHC plan, is an independent school and must be registered.
import { fromEpochDay, toEpochDay } from '../../calendar/engine/dates';

export interface FullTimePlacement {
  from: string;
  to: string;
  lookedAfterOrEhcp: boolean;
}

export const REGISTRATION_THRESHOLD_PUPILS = 5;

export type ThresholdBreach =
  { kind: 'looked_after_or_ehcp'; date: string } | { kind: 'five_or_more'; date: string; pupils: number };

// `existing` are the provider's other full-time placements holding a place, for every commissioner.
export function registrationBreach(
  existing: FullTimePlacement[],
  next: FullTimePlacement,
): ThresholdBreach | null {
  if (next.lookedAfterOrEhcp) return { kind: 'looked_after_or_ehcp', date: next.from };
  // Alone, the new placement is one pupil (matching asks this of every unregistered member, most with none).
  if (existing.length === 0) return null;
  const start = toEpochDay(next.from);
  const end = toEpochDay(next.to);
  const overlapping = existing.filter((p) => toEpochDay(p.from) <= end && toEpochDay(p.to) >= start);
  const vulnerable = overlapping.find((p) => p.lookedAfterOrEhcp);
  if (vulnerable)
    return { kind: 'looked_after_or_ehcp', date: vulnerable.from > next.from ? vulnerable.from : next.from };
  // The most pupils at once within the new placement: sweep the start/end events of the overlapping ones.
  const events: [number, number][] = [];
  for (const p of overlapping) {
    events.push([Math.max(toEpochDay(p.from), start), 1]);
    events.push([Math.min(toEpochDay(p.to), end) + 1, -1]);
  }
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let current = 1;
  let peak = 1;
  let peakDay = start;
  for (const [day, delta] of events) {
    current += delta;
    if (current > peak) {
      peak = current;
      peakDay = day;
    }
  }
  if (peak >= REGISTRATION_THRESHOLD_PUPILS) {
    return { kind: 'five_or_more', date: fromEpochDay(peakDay), pupils: peak };
  }
  return null;
}
