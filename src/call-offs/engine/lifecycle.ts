// Pure call-off lifecycle: date-driven states are derived when read, so they are right without a job running.
import { addDays } from '../../calendar/engine/dates';

export enum CallOffStatus {
  Offered = 'offered',
  Accepted = 'accepted',
  Active = 'active',
  Completed = 'completed',
  Declined = 'declined',
  Withdrawn = 'withdrawn',
  Lapsed = 'lapsed',
  Terminated = 'terminated',
}

// What is stored; `active`, `completed` and (until the sweep runs) `lapsed` and `terminated` are derived.
export type StoredStatus = 'offered' | 'accepted' | 'declined' | 'withdrawn' | 'lapsed';

export interface LifecycleFacts {
  status: StoredStatus;
  offerExpiresAt: Date;
  startDate: string;
  endDate: string;
  terminatedOn: string | null;
}

export function effectiveStatus(facts: LifecycleFacts, now: Date, today: string): CallOffStatus {
  switch (facts.status) {
    case 'offered':
      return now.getTime() >= facts.offerExpiresAt.getTime() ? CallOffStatus.Lapsed : CallOffStatus.Offered;
    case 'accepted':
      if (today > facts.endDate)
        return facts.terminatedOn ? CallOffStatus.Terminated : CallOffStatus.Completed;
      return today >= facts.startDate ? CallOffStatus.Active : CallOffStatus.Accepted;
    case 'declined':
      return CallOffStatus.Declined;
    case 'withdrawn':
      return CallOffStatus.Withdrawn;
    case 'lapsed':
      return CallOffStatus.Lapsed;
  }
}

// What a writer may do to one call-off. (The lapse sweep records, set-based, what reads already show.)
export type CallOffAction = 'accepted' | 'declined' | 'withdrawn' | 'varied' | 'terminated';

// DESIGN §1 Lifecycle: an offer is answered (accept, decline) or withdrawn by the commissioner before acceptance;
// only an accepted placement, before or during its term, is varied or terminated.
export function mayApply(status: CallOffStatus, action: CallOffAction): boolean {
  switch (action) {
    case 'accepted':
    case 'declined':
    case 'withdrawn':
      return status === CallOffStatus.Offered;
    case 'varied':
    case 'terminated':
      return status === CallOffStatus.Accepted || status === CallOffStatus.Active;
  }
}

// Ends of days already worked out, by date: every raise asks for the few days its offers expire on, and each answer
// costs an Intl formatting. Forgotten whole past a bound, so any number of dates asked for is harmless.
const DAY_ENDS = new Map<string, number>();
const MAX_DAY_ENDS = 1000;

// The instant a London calendar day ends (midnight at its close, in GMT or BST as the date falls).
export function endOfLondonDay(date: string): Date {
  let end = DAY_ENDS.get(date);
  if (end === undefined) {
    const guess = new Date(`${addDays(date, 1)}T00:00:00Z`);
    end = guess.getTime() - londonOffsetMinutes(guess) * 60_000;
    if (DAY_ENDS.size >= MAX_DAY_ENDS) DAY_ENDS.clear();
    DAY_ENDS.set(date, end);
  }
  return new Date(end);
}

const LONDON_OFFSET = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  timeZoneName: 'shortOffset',
});

function londonOffsetMinutes(instant: Date): number {
  const name =
    LONDON_OFFSET.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}
