import { WeeklyAttendance, checkAttendanceOutcome, ratePercent } from './attendance-check';
import { OutcomeMetric } from './outcome-types';

// Weeks from Monday 2 November 2026, 10 sessions commissioned in a full week.
function week(
  weekStart: string,
  attended: number,
  schoolDays = 5,
  commissioned = 2 * schoolDays,
): WeeklyAttendance {
  return { weekStart, schoolDays, commissioned, attended, missed: commissioned - attended };
}

const rate = (threshold: string, sustainSchoolWeeks = 3) => ({
  metric: OutcomeMetric.AttendanceRate as const,
  threshold,
  sustainSchoolWeeks,
});

describe('Checking an attendance outcome against the marks', () => {
  describe('the attendance rate', () => {
    it('rounds half up to two places', () => {
      expect(ratePercent(2, 3)).toBe('66.67');
      expect(ratePercent(1, 8)).toBe('12.5');
      expect(ratePercent(9, 10)).toBe('90');
      expect(ratePercent(0, 0)).toBeNull();
    });
  });

  it('is supported when the rate over the last school weeks meets the threshold exactly', () => {
    const weeks = [
      week('2026-11-02', 2),
      week('2026-11-09', 9),
      week('2026-11-16', 9),
      week('2026-11-23', 9),
    ];
    const check = checkAttendanceOutcome(weeks, rate('90'), '2026-11-27');
    expect(check).toMatchObject({
      supported: true,
      finding: 'threshold_met',
      window: {
        from: '2026-11-09',
        to: '2026-11-27',
        schoolWeeks: 3,
        commissioned: 30,
        attended: 27,
        ratePercent: '90',
      },
    });
  });

  it('is not supported one session below the threshold', () => {
    const weeks = [week('2026-11-09', 9), week('2026-11-16', 9), week('2026-11-23', 8)];
    const check = checkAttendanceOutcome(weeks, rate('90'), '2026-11-27');
    expect(check).toMatchObject({
      supported: false,
      finding: 'below_threshold',
      window: { ratePercent: '86.67' },
    });
  });

  it('skips holiday weeks, so the window reaches back over half term', () => {
    const weeks = [
      week('2026-10-19', 10),
      week('2026-10-26', 0, 0),
      week('2026-11-02', 10),
      week('2026-11-09', 10),
    ];
    const check = checkAttendanceOutcome(weeks, rate('100'), '2026-11-13');
    expect(check).toMatchObject({
      supported: true,
      window: { from: '2026-10-19', schoolWeeks: 3, commissioned: 30 },
    });
  });

  it('counts a short week (an INSET day) by its own commissioned sessions', () => {
    const weeks = [week('2026-11-02', 8, 4), week('2026-11-09', 10), week('2026-11-16', 9)];
    const check = checkAttendanceOutcome(weeks, rate('95'), '2026-11-20');
    // 27 of 28 = 96.43%
    expect(check).toMatchObject({
      supported: true,
      window: { commissioned: 28, attended: 27, ratePercent: '96.43' },
    });
  });

  it('ignores weeks after the day claimed', () => {
    const weeks = [week('2026-11-02', 10), week('2026-11-09', 10), week('2026-11-16', 0)];
    const check = checkAttendanceOutcome(weeks, rate('100', 2), '2026-11-13');
    expect(check.supported).toBe(true);
  });

  it('is not supported before enough school weeks have passed', () => {
    const check = checkAttendanceOutcome(
      [week('2026-11-02', 10), week('2026-11-09', 10)],
      rate('50'),
      '2026-11-13',
    );
    expect(check).toMatchObject({
      supported: false,
      finding: 'too_few_school_weeks',
      window: { schoolWeeks: 2 },
    });
  });

  it('is not supported with no weeks at all', () => {
    expect(checkAttendanceOutcome([], rate('50'), '2026-11-13')).toMatchObject({
      supported: false,
      finding: 'too_few_school_weeks',
      window: null,
    });
  });

  it('is not supported when no session was commissioned in the window', () => {
    const weeks = [week('2026-11-02', 0, 5, 0), week('2026-11-09', 0, 5, 0), week('2026-11-16', 0, 5, 0)];
    expect(checkAttendanceOutcome(weeks, rate('0'), '2026-11-20')).toMatchObject({
      supported: false,
      finding: 'no_commissioned_sessions',
    });
  });

  describe('an improvement', () => {
    const improvement = (threshold: string) => ({
      metric: OutcomeMetric.AttendanceImprovement as const,
      threshold,
      sustainSchoolWeeks: 2,
    });
    const weeks = [
      week('2026-11-02', 5),
      week('2026-11-09', 6),
      week('2026-11-16', 8),
      week('2026-11-23', 9),
    ];

    it('compares the last school weeks with the first ones of the placement', () => {
      // baseline 11/20 = 55%, window 17/20 = 85%: +30 points
      const check = checkAttendanceOutcome(weeks, improvement('30'), '2026-11-27');
      expect(check).toMatchObject({
        supported: true,
        baseline: { from: '2026-11-02', commissioned: 20, attended: 11, ratePercent: '55' },
        window: { from: '2026-11-16', commissioned: 20, attended: 17, ratePercent: '85' },
        improvementPoints: '30',
      });
    });

    it('is not supported when the rise falls short by a hundredth of a point', () => {
      expect(checkAttendanceOutcome(weeks, improvement('30.01'), '2026-11-27')).toMatchObject({
        supported: false,
        finding: 'below_threshold',
      });
    });

    it('needs twice the sustain window, so the baseline and the window never overlap', () => {
      expect(checkAttendanceOutcome(weeks.slice(0, 3), improvement('1'), '2026-11-20')).toMatchObject({
        supported: false,
        finding: 'too_few_school_weeks',
      });
    });

    it('reports a fall as negative points', () => {
      const falling = [
        week('2026-11-02', 10),
        week('2026-11-09', 10),
        week('2026-11-16', 5),
        week('2026-11-23', 4),
      ];
      expect(checkAttendanceOutcome(falling, improvement('0'), '2026-11-27')).toMatchObject({
        supported: false,
        improvementPoints: '-55',
      });
    });
  });
});
