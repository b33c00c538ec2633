// When a placement's next review falls due. Pure: plain values in, plain values out.
import { addDays, toEpochDay } from '../../calendar/engine/dates';

// The review types a reviewer records, and those the schedule calls for (an emergency or exit review is never
// "due" by date; the commissioner calls it).
export const REVIEW_TYPES = ['initial', 'scheduled', 'emergency', 'exit'] as const;
export type ReviewType = (typeof REVIEW_TYPES)[number];
export type DueReviewType = 'initial' | 'scheduled';

// A school week is 5 school days of the commissioner's calendar (DESIGN §1 Prices, capacity, calendar: "one day = 2
// sessions; one week = 10 sessions"), so a holiday week does not count and pushes the date back.
export const SCHOOL_DAYS_PER_SCHOOL_WEEK = 5;

// The calendar questions the schedule asks (SchoolCalendar answers them).
export interface ReviewCalendar {
  nthSchoolDay(from: string, n: number): string;
}

export interface ReviewPlanFacts {
  startDate: string;
  // The placement's last day (its end date, or the day a termination took effect).
  endDate: string;
  // The placement plan's review frequency (DESIGN §1 Call-offs: the statutory guidance requires review arrangements).
  reviewFrequencyWeeks: number;
  // The framework setting: the initial review falls within this many school days of the start.
  initialReviewSchoolDays: number;
}

export interface ReviewHistory {
  // The latest heldOn of any review recorded (null before the first).
  lastHeldOn: string | null;
  // Whether an exit review has been held: the placement's reviews are then complete.
  exitHeld: boolean;
}

export interface ReviewDue {
  type: DueReviewType;
  dueBy: string;
}

// The next review the plan calls for, or null when none falls due within the placement.
// - DESIGN §1 "an initial review soon after the start": until a first review is held, an initial review is due by
//   the Nth school day counting the start day as day 1 (or the first school day after it, if the start is not one).
// - DESIGN §1 "then every reviewFrequencyWeeks school weeks": after a review (of any type) is held, the next is due
//   by the (weeks × 5)th school day after the day it was held.
// - A review due after the placement's last day is not due (the exit review takes its place), and after an exit
//   review nothing more is due.
// Throws the calendar's CalendarMissingError when counting runs past the years the calendar defines.
export function nextReviewDue(
  calendar: ReviewCalendar,
  plan: ReviewPlanFacts,
  history: ReviewHistory,
): ReviewDue | null {
  if (history.exitHeld) return null;
  const due: ReviewDue =
    history.lastHeldOn === null
      ? { type: 'initial', dueBy: calendar.nthSchoolDay(plan.startDate, plan.initialReviewSchoolDays) }
      : {
          type: 'scheduled',
          dueBy: calendar.nthSchoolDay(
            addDays(history.lastHeldOn, 1),
            plan.reviewFrequencyWeeks * SCHOOL_DAYS_PER_SCHOOL_WEEK,
          ),
        };
  return due.dueBy > plan.endDate ? null : due;
}

// Calendar days since the due date (0 on the day itself or before it): how late a review is, as a reader counts.
export function daysOverdue(dueBy: string, today: string): number {
  return Math.max(0, toEpochDay(today) - toEpochDay(dueBy));
}
