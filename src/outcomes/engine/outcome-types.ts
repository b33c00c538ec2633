// The vocabulary of outcome rules (DESIGN §1 Attendance, reviews and outcomes). Plain values: no framework.

export enum OutcomeMetric {
  AttendanceRate = 'attendance_rate',
  AttendanceImprovement = 'attendance_improvement',
  ReintegrationSustained = 'reintegration_sustained',
  DestinationSustained = 'destination_sustained',
  Qualification = 'qualification',
}

export enum OutcomeEvidence {
  AttendanceRecords = 'attendance_records',
  SchoolConfirmation = 'school_confirmation',
  CollegeConfirmation = 'college_confirmation',
  Certificate = 'certificate',
}

// Attendance metrics are checked by the service against the provider's marks; the others need the commissioner's
// verification of the evidence (DESIGN §1 Attendance, reviews and outcomes).
export const ATTENDANCE_METRICS: ReadonlySet<OutcomeMetric> = new Set([
  OutcomeMetric.AttendanceRate,
  OutcomeMetric.AttendanceImprovement,
]);

export function isAttendanceMetric(metric: OutcomeMetric): boolean {
  return ATTENDANCE_METRICS.has(metric);
}

// A decimal with at most two places ("12", "12.5", "12.25") as an integer count of hundredths: exact, no floats.
export function hundredths(decimal: string): number {
  const match = /^(\d{1,6})(?:\.(\d{1,2}))?$/.exec(decimal);
  if (!match) throw new Error(`not a decimal with at most two places: ${decimal}`);
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}
