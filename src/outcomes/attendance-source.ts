import type { EntityManager } from 'typeorm';
import type { WeeklyAttendance } from './engine/attendance-check';

// Where the attendance check reads a placement's weeks: AttendanceService.weekly (the attendance module owns the
// marks), bound in OutcomesModule.
export const WEEKLY_ATTENDANCE = Symbol('WEEKLY_ATTENDANCE');

export type WeeklyAttendanceSource = (
  callOffId: string,
  from: string,
  to: string,
  manager?: EntityManager,
) => Promise<WeeklyAttendance[]>;
