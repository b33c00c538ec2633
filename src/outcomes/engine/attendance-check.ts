import { OutcomeMetric, hundredths } from './outcome-types';

// One week of a placement's attendance as the attendance module reports it (AttendanceService.weekly).
export interface WeeklyAttendance {
  weekStart: string;
  schoolDays: number;
  commissioned: number;
  attended: number;
  missed: number;
}

export interface AttendanceRule {
  metric: OutcomeMetric.AttendanceRate | OutcomeMetric.AttendanceImprovement;
  // Percent of commissioned sessions (attendance_rate) or percentage points (attendance_improvement), ≤ 2 places.
  threshold: string;
  sustainSchoolWeeks: number;
}

export interface WindowFigures {
  from: string;
  to: string;
  schoolWeeks: number;
  commissioned: number;
  attended: number;
  // Round half up to two places; null when nothing was commissioned.
  ratePercent: string | null;
}

export type AttendanceFinding =
  'threshold_met' | 'below_threshold' | 'too_few_school_weeks' | 'no_commissioned_sessions';

export interface AttendanceCheck {
  supported: boolean;
  finding: AttendanceFinding;
  threshold: string;
  window: WindowFigures | null;
  // attendance_improvement only: the first school weeks of the placement, and the rise in points (two places).
  baseline: WindowFigures | null;
  improvementPoints: string | null;
}

// attended ÷ commissioned as a percentage, round half up to two places (named rule: "round half up").
export function ratePercent(attended: number, commissioned: number): string | null {
  if (commissioned === 0) return null;
  const hundredthsOfPercent = Math.floor((attended * 20_000 + commissioned) / (2 * commissioned));
  return formatHundredths(hundredthsOfPercent);
}

function formatHundredths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const whole = Math.floor(abs / 100);
  const part = abs % 100;
  return part === 0
    ? `${sign}${whole}`
    : `${sign}${whole}.${String(part).padStart(2, '0').replace(/0$/, '')}`;
}

function figures(weeks: WeeklyAttendance[], achievedOn: string): WindowFigures {
  const commissioned = weeks.reduce((sum, w) => sum + w.commissioned, 0);
  const attended = weeks.reduce((sum, w) => sum + w.attended, 0);
  return {
    from: weeks[0].weekStart,
    to: achievedOn,
    schoolWeeks: weeks.length,
    commissioned,
    attended,
    ratePercent: ratePercent(attended, commissioned),
  };
}

// Is an attendance outcome met on `achievedOn`? The rule's threshold must be met over its last `sustainSchoolWeeks`
// school weeks ending on that day, holidays (weeks without a school day) excluded; the rate is the sessions attended
// of the sessions commissioned over the whole window (DfE attendance measures: sessions attended ÷ possible
// sessions over the period). An improvement compares that window with the placement's first `sustainSchoolWeeks`
// school weeks, which must not overlap it. `weeks` run from the placement's start to `achievedOn`.
export function checkAttendanceOutcome(
  weeks: readonly WeeklyAttendance[],
  rule: AttendanceRule,
  achievedOn: string,
): AttendanceCheck {
  const schoolWeeks = weeks
    .filter((w) => w.schoolDays > 0 && w.weekStart <= achievedOn)
    .sort((a, b) => (a.weekStart < b.weekStart ? -1 : a.weekStart > b.weekStart ? 1 : 0));
  const n = rule.sustainSchoolWeeks;
  const needed = rule.metric === OutcomeMetric.AttendanceImprovement ? 2 * n : n;
  const base = { threshold: rule.threshold, baseline: null, improvementPoints: null };
  if (schoolWeeks.length < needed || n < 1)
    return {
      ...base,
      supported: false,
      finding: 'too_few_school_weeks',
      window: schoolWeeks.length > 0 ? figures(schoolWeeks.slice(-n), achievedOn) : null,
    };
  const windowWeeks = schoolWeeks.slice(-n);
  const window = figures(windowWeeks, achievedOn);
  const t = hundredths(rule.threshold);
  if (window.commissioned === 0)
    return { ...base, supported: false, finding: 'no_commissioned_sessions', window };
  if (rule.metric === OutcomeMetric.AttendanceRate) {
    // attended ÷ commissioned ≥ t/10000, in integers.
    const met = window.attended * 10_000 >= t * window.commissioned;
    return { ...base, supported: met, finding: met ? 'threshold_met' : 'below_threshold', window };
  }
  const firstWeeks = schoolWeeks.slice(0, n);
  const baseline = figures(firstWeeks, firstWeeks[firstWeeks.length - 1].weekStart);
  if (baseline.commissioned === 0)
    return { ...base, supported: false, finding: 'no_commissioned_sessions', window, baseline };
  const [aw, cw, ab, cb] = [window.attended, window.commissioned, baseline.attended, baseline.commissioned];
  // (aw/cw − ab/cb) × 100 ≥ t/100  ⇔  10000 × (aw·cb − ab·cw) ≥ t · cw · cb, exactly.
  const met = 10_000 * (aw * cb - ab * cw) >= t * cw * cb;
  // The rise in points, round half up to two places: 10000 × (aw·cb − ab·cw) ÷ (cw·cb) hundredths.
  const numerator = 10_000 * (aw * cb - ab * cw);
  const denominator = cw * cb;
  const rise = Math.floor((2 * numerator + denominator) / (2 * denominator));
  return {
    ...base,
    supported: met,
    finding: met ? 'threshold_met' : 'below_threshold',
    window,
    baseline,
    improvementPoints: formatHundredths(rise),
  };
}
