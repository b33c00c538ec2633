import { SchoolCalendar } from '../../calendar/engine/school-calendar';
import {
  commissionedDays,
  countSessions,
  patternSessionOf,
  proRata,
  schoolDaysAfter,
  schoolWeeks,
  weekStartOf,
} from './commissioned-sessions';

// Autumn term 2026: Thu 3 Sep – Fri 18 Dec, half term Mon 26 – Fri 30 Oct, an INSET day on Fri 9 Oct.
const calendar = new SchoolCalendar([
  {
    year: '2026-27',
    terms: [
      { name: 'Autumn 1', start: '2026-09-03', end: '2026-10-23' },
      { name: 'Autumn 2', start: '2026-11-02', end: '2026-12-18' },
      { name: 'Spring', start: '2027-01-05', end: '2027-03-26' },
    ],
    closures: [{ start: '2026-10-09', end: '2026-10-09', reason: 'INSET day' }],
  },
]);

const sessions = (days: ReturnType<typeof commissionedDays>) => countSessions(days);

describe('commissioned sessions with a weekly pattern', () => {
  const period = {
    from: '2026-10-05',
    to: '2026-11-06',
    sessionsPerWeek: 3,
    pattern: ['mon_am' as const, 'wed_pm' as const, 'fri_am' as const],
  };

  it('a full school week commissions exactly the pattern, on the days and sessions it names', () => {
    const days = commissionedDays([period], calendar, '2026-10-12', '2026-10-18');
    expect(days).toEqual([
      { date: '2026-10-12', sessions: ['am'] },
      { date: '2026-10-14', sessions: ['pm'] },
      { date: '2026-10-16', sessions: ['am'] },
    ]);
  });

  it('an INSET day on a pattern day commissions nothing that day', () => {
    // Week of 5 Oct: Fri 9 Oct is INSET, so only Monday am and Wednesday pm.
    expect(sessions(commissionedDays([period], calendar, '2026-10-05', '2026-10-11'))).toBe(2);
  });

  it('a half-term week commissions nothing', () => {
    expect(commissionedDays([period], calendar, '2026-10-26', '2026-10-30')).toEqual([]);
  });

  it('counts across half term: 2 + 3 + 3 + 0 + 3 sessions over five weeks', () => {
    expect(sessions(commissionedDays([period], calendar, '2026-10-01', '2026-11-30'))).toBe(11);
  });

  it('follows each period its own pattern after a change of sessions', () => {
    const periods = [
      { ...period, to: '2026-10-13' },
      {
        from: '2026-10-14',
        to: '2026-10-23',
        sessionsPerWeek: 2,
        pattern: ['tue_am' as const, 'tue_pm' as const],
      },
    ];
    const days = commissionedDays(periods, calendar, '2026-10-12', '2026-10-23');
    expect(days).toEqual([
      { date: '2026-10-12', sessions: ['am'] },
      { date: '2026-10-20', sessions: ['am', 'pm'] },
    ]);
  });

  it('commissions nothing outside the placement or the range', () => {
    expect(commissionedDays([period], calendar, '2026-09-01', '2026-10-04')).toEqual([]);
    expect(commissionedDays([period], calendar, '2026-11-07', '2026-12-31')).toEqual([]);
  });
});

describe('commissioned sessions without a pattern (pro rata, largest remainder per week)', () => {
  it('a full week commissions exactly sessionsPerWeek, for every number of sessions', () => {
    for (let spw = 1; spw <= 10; spw++) {
      const days = commissionedDays(
        [{ from: '2026-10-12', to: '2026-10-16', sessionsPerWeek: spw }],
        calendar,
        '2026-10-12',
        '2026-10-16',
      );
      expect(sessions(days)).toBe(spw);
    }
  });

  it('gives the leftover sessions to the earliest school days of the week, mornings first', () => {
    const days = commissionedDays(
      [{ from: '2026-10-12', to: '2026-10-16', sessionsPerWeek: 7 }],
      calendar,
      '2026-10-12',
      '2026-10-16',
    );
    expect(days).toEqual([
      { date: '2026-10-12', sessions: ['am', 'pm'] },
      { date: '2026-10-13', sessions: ['am', 'pm'] },
      { date: '2026-10-14', sessions: ['am'] },
      { date: '2026-10-15', sessions: ['am'] },
      { date: '2026-10-16', sessions: ['am'] },
    ]);
  });

  it('a week with an INSET day commissions sessionsPerWeek × 4 ÷ 5, rounded half up', () => {
    // 3 × 4 ÷ 5 = 2.4 → 2; 8 × 4 ÷ 5 = 6.4 → 6; 10 × 4 ÷ 5 = 8 exactly.
    const week = (spw: number) =>
      sessions(
        commissionedDays(
          [{ from: '2026-09-03', to: '2026-12-18', sessionsPerWeek: spw }],
          calendar,
          '2026-10-05',
          '2026-10-11',
        ),
      );
    expect(week(3)).toBe(2);
    expect(week(8)).toBe(6);
    expect(week(10)).toBe(8);
  });

  it('rounds each short week to the nearest session (a half cannot arise: 2 × spw × d is even, 10k + 5 is odd)', () => {
    expect(proRata(5, ['a', 'b', 'c'])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 1],
    ]);
    // 5 × 1 ÷ 5 = 1; 1 × 1 ÷ 5 = 0.2 → 0; 3 × 1 ÷ 5 = 0.6 → 1; 5 × 2 ÷ 5 = 2; 1 × 3 ÷ 5 = 0.6 → 1; 4 × 3 ÷ 5 = 2.4 → 2.
    expect(proRata(1, ['a'])).toEqual([['a', 0]]);
    expect(proRata(3, ['a'])).toEqual([['a', 1]]);
    expect(proRata(1, ['a', 'b', 'c'])).toEqual([
      ['a', 1],
      ['b', 0],
      ['c', 0],
    ]);
    expect(proRata(4, ['a', 'b', 'c']).reduce((s, [, n]) => s + n, 0)).toBe(2);
  });

  it('a half-term week commissions nothing and the term around it keeps its weekly total', () => {
    const period = { from: '2026-09-03', to: '2026-12-18', sessionsPerWeek: 6 };
    expect(commissionedDays([period], calendar, '2026-10-26', '2026-10-30')).toEqual([]);
    // Week of 19 Oct (5 days) = 6, half term = 0, week of 2 Nov (5 days) = 6.
    expect(sessions(commissionedDays([period], calendar, '2026-10-19', '2026-11-06'))).toBe(12);
  });

  it('judges each week whole, so a range counted in pieces adds up to the range counted at once', () => {
    const period = { from: '2026-09-03', to: '2026-12-18', sessionsPerWeek: 3 };
    const whole = sessions(commissionedDays([period], calendar, '2026-09-01', '2026-12-31'));
    let pieces = 0;
    for (const [from, to] of [
      ['2026-09-01', '2026-10-07'],
      ['2026-10-08', '2026-10-28'],
      ['2026-10-29', '2026-12-31'],
    ])
      pieces += sessions(commissionedDays([period], calendar, from, to));
    expect(pieces).toBe(whole);
  });

  it('a placement starting on a Wednesday commissions its first week pro rata to the 3 days it has', () => {
    // 10 × 3 ÷ 5 = 6.
    const days = commissionedDays(
      [{ from: '2026-10-14', to: '2026-10-23', sessionsPerWeek: 10 }],
      calendar,
      '2026-10-12',
      '2026-10-16',
    );
    expect(sessions(days)).toBe(6);
    expect(days[0].date).toBe('2026-10-14');
  });

  it('a date the calendar does not define is no school day', () => {
    expect(
      commissionedDays(
        [{ from: '2028-01-03', to: '2028-01-07', sessionsPerWeek: 10 }],
        calendar,
        '2028-01-03',
        '2028-01-07',
      ),
    ).toEqual([]);
  });
});

describe('school weeks and dates', () => {
  it('lists each school week of a range with its school days and leaves half term out', () => {
    expect(schoolWeeks(calendar, '2026-10-05', '2026-11-08')).toEqual([
      { weekStart: '2026-10-05', schoolDays: 4 },
      { weekStart: '2026-10-12', schoolDays: 5 },
      { weekStart: '2026-10-19', schoolDays: 5 },
      { weekStart: '2026-11-02', schoolDays: 5 },
    ]);
  });

  it('counts only the days of a partial week inside the range', () => {
    expect(schoolWeeks(calendar, '2026-10-14', '2026-10-14')).toEqual([
      { weekStart: '2026-10-12', schoolDays: 1 },
    ]);
  });

  it('names a date and session by the pattern code', () => {
    expect(patternSessionOf('2026-10-12', 'am')).toBe('mon_am');
    expect(patternSessionOf('2026-10-16', 'pm')).toBe('fri_pm');
    expect(patternSessionOf('2026-10-17', 'am')).toBeNull();
    expect(weekStartOf('2026-10-18')).toBe('2026-10-12');
  });

  it('finds the date two school days later, skipping the weekend and half term', () => {
    expect(schoolDaysAfter(calendar, '2026-10-15', 2)).toBe('2026-10-19');
    expect(schoolDaysAfter(calendar, '2026-10-22', 2)).toBe('2026-11-02');
  });
});
