import { ENGLAND_DEFAULT_CALENDAR } from '../../calendar/engine/england-default';
import { CalendarMissingError, SchoolCalendar } from '../../calendar/engine/school-calendar';
import { daysOverdue, nextReviewDue, ReviewPlanFacts, SCHOOL_DAYS_PER_SCHOOL_WEEK } from './review-due';

// The England default calendar, 2026-27: autumn term 3 Sep – 18 Dec 2026 with INSET 23 Oct and 2 Nov, half term
// 26–30 Oct, INSET 27 Nov; spring term from Mon 4 Jan 2027 with half term 15–19 Feb.
const calendar = new SchoolCalendar(ENGLAND_DEFAULT_CALENDAR);

const plan = (over: Partial<ReviewPlanFacts> = {}): ReviewPlanFacts => ({
  startDate: '2026-09-07',
  endDate: '2027-07-21',
  reviewFrequencyWeeks: 6,
  initialReviewSchoolDays: 10,
  ...over,
});
const none = { lastHeldOn: null, exitHeld: false };

describe('nextReviewDue', () => {
  it('a school week is five school days', () => {
    expect(SCHOOL_DAYS_PER_SCHOOL_WEEK).toBe(5);
  });

  it('an initial review falls due on the tenth school day counting the start day as the first', () => {
    // Mon 7 Sep 2026 is day 1; two plain weeks later Fri 18 Sep is day 10.
    expect(nextReviewDue(calendar, plan(), none)).toEqual({ type: 'initial', dueBy: '2026-09-18' });
  });

  it('a start on a weekend counts from the next school day', () => {
    // Sat 5 Sep → Mon 7 Sep is day 1.
    expect(nextReviewDue(calendar, plan({ startDate: '2026-09-05' }), none)).toEqual({
      type: 'initial',
      dueBy: '2026-09-18',
    });
  });

  it('the framework’s setting moves the initial review', () => {
    expect(nextReviewDue(calendar, plan({ initialReviewSchoolDays: 1 }), none)?.dueBy).toBe('2026-09-07');
    expect(nextReviewDue(calendar, plan({ initialReviewSchoolDays: 5 }), none)?.dueBy).toBe('2026-09-11');
  });

  it('the autumn half term and its INSET days push the initial review back by a week and two days', () => {
    // Start Mon 19 Oct 2026: 19–22 Oct are days 1–4, Fri 23 Oct INSET, 26–30 Oct half term, Mon 2 Nov INSET,
    // then Tue 3 – Fri 6 Nov days 5–8, Mon 9 – Tue 10 Nov days 9–10.
    expect(nextReviewDue(calendar, plan({ startDate: '2026-10-19' }), none)).toEqual({
      type: 'initial',
      dueBy: '2026-11-10',
    });
  });

  it('the Christmas holidays push the initial review into January', () => {
    // Start Mon 14 Dec 2026: 14–18 Dec are days 1–5; spring term from Mon 4 Jan: 4–8 Jan are days 6–10.
    expect(nextReviewDue(calendar, plan({ startDate: '2026-12-14' }), none)?.dueBy).toBe('2027-01-08');
  });

  it('after a review, the next falls due reviewFrequencyWeeks school weeks after the day it was held', () => {
    // Held Fri 18 Sep 2026; 6 school weeks = 30 school days from Mon 21 Sep: 21 Sep – 22 Oct holds 24 school
    // days (23 Oct INSET, half term, 2 Nov INSET), then 3–10 Nov days 25–30.
    expect(nextReviewDue(calendar, plan(), { lastHeldOn: '2026-09-18', exitHeld: false })).toEqual({
      type: 'scheduled',
      dueBy: '2026-11-10',
    });
  });

  it('without a holiday in between, n school weeks are n calendar weeks', () => {
    // Held Mon 11 Jan 2027: 1 school week → Mon 18 Jan.
    expect(
      nextReviewDue(calendar, plan({ reviewFrequencyWeeks: 1 }), {
        lastHeldOn: '2027-01-11',
        exitHeld: false,
      })?.dueBy,
    ).toBe('2027-01-18');
    // Held Mon 12 Apr 2027 (summer term start): 2 school weeks to Mon 26 Apr, with no closure in between.
    expect(
      nextReviewDue(calendar, plan({ reviewFrequencyWeeks: 2 }), {
        lastHeldOn: '2027-04-12',
        exitHeld: false,
      })?.dueBy,
    ).toBe('2027-04-26');
  });

  it('a review held in a holiday counts its weeks from the next school day', () => {
    // Held Wed 28 Oct 2026 (half term): counting starts Thu 29 Oct, but the first school day is Tue 3 Nov; one
    // school week is 3–9 Nov, due Mon 9 Nov.
    expect(
      nextReviewDue(calendar, plan({ reviewFrequencyWeeks: 1 }), {
        lastHeldOn: '2026-10-28',
        exitHeld: false,
      })?.dueBy,
    ).toBe('2026-11-09');
  });

  it('the Easter holidays push a scheduled review back by two weeks', () => {
    // Held Thu 18 Mar 2027: school days 19, 22–25 Mar are days 1–5 (spring term ends Thu 25 Mar), then the
    // summer term from Mon 12 Apr: 12–16 Apr days 6–10.
    expect(
      nextReviewDue(calendar, plan({ reviewFrequencyWeeks: 2 }), {
        lastHeldOn: '2027-03-18',
        exitHeld: false,
      })?.dueBy,
    ).toBe('2027-04-16');
  });

  it('any type of review held restarts the count, an emergency one included', () => {
    expect(
      nextReviewDue(calendar, plan({ reviewFrequencyWeeks: 1 }), {
        lastHeldOn: '2026-09-08',
        exitHeld: false,
      }),
    ).toEqual({ type: 'scheduled', dueBy: '2026-09-15' });
  });

  it('nothing is due once an exit review has been held', () => {
    expect(nextReviewDue(calendar, plan(), { lastHeldOn: '2026-12-01', exitHeld: true })).toBeNull();
  });

  it('a review that would fall due after the placement ends is not due', () => {
    expect(nextReviewDue(calendar, plan({ endDate: '2026-09-17' }), none)).toBeNull();
    // Due on the last day is still due.
    expect(nextReviewDue(calendar, plan({ endDate: '2026-09-18' }), none)?.dueBy).toBe('2026-09-18');
  });

  it('counting past the calendar’s last defined year is the calendar’s error', () => {
    const oneYear = new SchoolCalendar(ENGLAND_DEFAULT_CALENDAR.filter((y) => y.year === '2026-27'));
    expect(() =>
      nextReviewDue(oneYear, plan({ endDate: '2027-12-31' }), { lastHeldOn: '2027-07-19', exitHeld: false }),
    ).toThrow(CalendarMissingError);
  });
});

describe('daysOverdue', () => {
  it('counts calendar days after the due date, and 0 on or before it', () => {
    expect(daysOverdue('2026-11-10', '2026-11-10')).toBe(0);
    expect(daysOverdue('2026-11-10', '2026-11-01')).toBe(0);
    expect(daysOverdue('2026-11-10', '2026-11-11')).toBe(1);
    expect(daysOverdue('2026-11-10', '2026-12-04')).toBe(24);
  });
});
