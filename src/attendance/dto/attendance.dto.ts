import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
} from 'class-validator';
import { IsDateOnly, isDateOnly } from '../../common/date-only';
import { FieldError } from '../../common/domain-error';
import { CheckedByHand } from '../../common/validation';
import { IsId } from '../../common/validators';
import { SESSIONS, Session } from '../engine/commissioned-sessions';
import { MARKS, Mark } from '../engine/register-codes';

export const MAX_MARKS_PER_REQUEST = 5000;
// Counts and versions are PostgreSQL integers.
const MAX_COUNT = 2_147_483_647;
// A call-off's attendance is read a school year or so at a time: 400 days hold at most 2 × 286 sessions.
export const MAX_ATTENDANCE_RANGE_DAYS = 400;

export class MarkInputDto {
  @ApiProperty({ format: 'uuid' })
  @IsId()
  callOffId: string;

  @ApiProperty({ format: 'date', example: '2026-11-09' })
  @IsDateOnly()
  date: string;

  @ApiProperty({ enum: SESSIONS, enumName: 'AttendanceSession' })
  @IsIn(SESSIONS)
  session: Session;

  @ApiProperty({ enum: MARKS, enumName: 'AttendanceMark' })
  @IsIn(MARKS)
  mark: Mark;

  @ApiProperty({
    type: 'integer',
    required: false,
    minimum: 0,
    maximum: 600,
    description: 'For a late mark: minutes after the session began.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(600)
  minutesLate?: number;

  @ApiProperty({
    required: false,
    maxLength: 1000,
    description: 'Free text about the child: shown to the commissioner and this provider only, never logged.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  note?: string;
}

export class RecordAttendanceDto {
  // Each mark is checked by markShapeErrors (the rules of MarkInputDto, by hand): class-validator takes ~150 ms
  // for 1,000 nested objects, more than the whole write, and the pipe leaves the marks as they were parsed.
  @ApiProperty({ type: [MarkInputDto], minItems: 1, maxItems: MAX_MARKS_PER_REQUEST })
  @CheckedByHand()
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_MARKS_PER_REQUEST)
  marks: MarkInputDto[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MARK_FIELDS = new Set(['callOffId', 'date', 'session', 'mark', 'minutesLate', 'note']);

// The fields of MarkInputDto, checked by hand, one message per bad field as marks.<i>.<field>.
export function markShapeErrors(marks: unknown[]): FieldError[] {
  const errors: FieldError[] = [];
  // A batch names a few dates many times: each checked once.
  const dates = new Map<unknown, boolean>();
  const isDate = (value: unknown): boolean => {
    let ok = dates.get(value);
    if (ok === undefined) dates.set(value, (ok = isDateOnly(value)));
    return ok;
  };
  marks.forEach((item, i) => {
    const at = `marks.${i}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      errors.push({ field: at, message: `${at} must be an object` });
      return;
    }
    const m = item as Record<string, unknown>;
    const bad = (field: string, message: string) =>
      errors.push({ field: `${at}.${field}`, message: `${at}.${field} ${message}` });
    // for…in lists the own keys of a parsed object (its prototype has no enumerable ones) without an array of them.
    for (const key in m) if (!MARK_FIELDS.has(key)) bad(key, 'is not an accepted field');
    if (typeof m.callOffId !== 'string' || !UUID.test(m.callOffId)) bad('callOffId', 'must be a UUID');
    if (!isDate(m.date)) bad('date', 'must be a date YYYY-MM-DD');
    if (!(SESSIONS as readonly unknown[]).includes(m.session))
      bad('session', `must be one of ${SESSIONS.join(', ')}`);
    if (!(MARKS as readonly unknown[]).includes(m.mark)) bad('mark', `must be one of ${MARKS.join(', ')}`);
    if (
      m.minutesLate !== undefined &&
      !(Number.isInteger(m.minutesLate) && (m.minutesLate as number) >= 0 && (m.minutesLate as number) <= 600)
    )
      bad('minutesLate', 'must be an integer from 0 to 600');
    if (m.note !== undefined && !(typeof m.note === 'string' && m.note.length >= 1 && m.note.length <= 1000))
      bad('note', 'must be text of 1 to 1000 characters');
  });
  return errors;
}

export class RecordedMarkDto {
  callOffId: string;
  @ApiProperty({ format: 'date' })
  date: string;
  @ApiProperty({ enum: SESSIONS, enumName: 'AttendanceSession' })
  session: Session;
  @ApiProperty({ enum: MARKS, enumName: 'AttendanceMark' })
  mark: Mark;
  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: 4,
    description:
      'The code the commissioning school enters in its register for this session (DfE "Working together to improve ' +
      'school attendance", 2024); null when the school records the session from its own knowledge.',
  })
  registerCode: string | null;
  @ApiProperty({
    type: 'integer',
    maximum: MAX_COUNT,
    minimum: 1,
    description: '1 for a first mark, +1 for each correction.',
  })
  version: number;
  @ApiProperty({ enum: ['created', 'corrected', 'unchanged'], enumName: 'MarkOutcome' })
  outcome: 'created' | 'corrected' | 'unchanged';
}

export class AttendanceRecordedDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_MARKS_PER_REQUEST })
  received: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: MAX_MARKS_PER_REQUEST })
  created: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: MAX_MARKS_PER_REQUEST })
  corrected: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: MAX_MARKS_PER_REQUEST })
  unchanged: number;
  @ApiProperty({ type: [RecordedMarkDto], maxItems: MAX_MARKS_PER_REQUEST, description: 'In request order.' })
  marks: RecordedMarkDto[];
}

export class CallOffAttendanceQueryDto {
  @ApiProperty({ format: 'date', required: false, description: 'Default: the placement start.' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiProperty({
    format: 'date',
    required: false,
    description: `Default: the placement end, or ${MAX_ATTENDANCE_RANGE_DAYS - 1} days after from if sooner.`,
  })
  @IsOptional()
  @IsDateOnly()
  to?: string;
}

export class MarkHistoryDto {
  @ApiProperty({ enum: MARKS, enumName: 'AttendanceMark' })
  mark: Mark;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, maximum: 600 })
  minutesLate: number | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 1000 })
  note: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 4 })
  registerCode: string | null;
  @ApiProperty({ type: 'integer', maximum: MAX_COUNT, minimum: 1 })
  version: number;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The API key that recorded it.' })
  recordedByKeyId: string | null;
  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The API key that replaced it.' })
  replacedByKeyId: string | null;
  @ApiProperty({ format: 'date-time' })
  replacedAt: string;
}

export class AttendanceMarkDto {
  @ApiProperty({ format: 'date' })
  date: string;
  @ApiProperty({ enum: SESSIONS, enumName: 'AttendanceSession' })
  session: Session;
  @ApiProperty({ enum: MARKS, enumName: 'AttendanceMark' })
  mark: Mark;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, maximum: 600 })
  minutesLate: number | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 1000 })
  note: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 4 })
  registerCode: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 200 })
  registerCodeMeaning: string | null;
  @ApiProperty({ type: 'integer', maximum: MAX_COUNT, minimum: 1 })
  version: number;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  recordedByKeyId: string | null;
  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
  @ApiProperty({
    type: [MarkHistoryDto],
    maxItems: 1000,
    description: 'Earlier marks of the session, newest first.',
  })
  history: MarkHistoryDto[];
}

export class AttendanceFiguresDto {
  @ApiProperty({
    type: 'integer',
    maximum: MAX_COUNT,
    minimum: 0,
    description: 'Sessions the placement commissions in the range.',
  })
  commissionedSessions: number;
  @ApiProperty({
    type: 'integer',
    maximum: MAX_COUNT,
    minimum: 0,
    description: 'Commissioned sessions up to today: the base of the percentages.',
  })
  commissionedToDate: number;
  @ApiProperty({ type: 'integer', maximum: MAX_COUNT, minimum: 0, description: 'present + late.' })
  attended: number;
  @ApiProperty({ type: 'integer', maximum: MAX_COUNT, minimum: 0 })
  present: number;
  @ApiProperty({ type: 'integer', maximum: MAX_COUNT, minimum: 0 })
  late: number;
  @ApiProperty({ type: 'integer', maximum: MAX_COUNT, minimum: 0 })
  authorisedAbsence: number;
  @ApiProperty({ type: 'integer', maximum: MAX_COUNT, minimum: 0 })
  unauthorisedAbsence: number;
  @ApiProperty({ type: 'integer', maximum: MAX_COUNT, minimum: 0 })
  providerCancelled: number;
  @ApiProperty({ type: 'integer', maximum: MAX_COUNT, minimum: 0 })
  notRequired: number;
  @ApiProperty({
    type: 'integer',
    maximum: MAX_COUNT,
    minimum: 0,
    description:
      'The child’s absences: authorised + unauthorised (a provider cancellation is not the child’s).',
  })
  missed: number;
  @ApiProperty({
    type: 'integer',
    maximum: MAX_COUNT,
    minimum: 0,
    description: 'Commissioned sessions before today with no mark.',
  })
  unmarkedPastSessions: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 100,
    description:
      'attended ÷ (commissionedToDate − notRequired) × 100, one decimal place, rounded half up; null with no base.',
  })
  attendancePercent: number | null;
  @ApiProperty({
    description:
      'missed ≥ 10 % of (commissionedToDate − notRequired): DfE persistent absence (10 % or more of possible sessions).',
  })
  persistentAbsence: boolean;
}

export class CallOffAttendanceDto extends AttendanceFiguresDto {
  callOffId: string;
  @ApiProperty({ format: 'date' })
  from: string;
  @ApiProperty({ format: 'date' })
  to: string;
  @ApiProperty({ type: [AttendanceMarkDto], maxItems: 2 * MAX_ATTENDANCE_RANGE_DAYS })
  marks: AttendanceMarkDto[];
}

export class AttendanceSummaryQueryDto {
  @ApiProperty({ format: 'uuid', required: false })
  @IsOptional()
  @IsId()
  lotId?: string;

  @ApiProperty({ format: 'uuid', required: false })
  @IsOptional()
  @IsId()
  providerId?: string;

  @ApiProperty({ format: 'date' })
  @IsDateOnly()
  from: string;

  @ApiProperty({ format: 'date' })
  @IsDateOnly()
  to: string;
}

export class AttendanceTotalsDto {
  @ApiProperty({ type: 'integer', maximum: MAX_COUNT, minimum: 0 })
  marked: number;
  @ApiProperty({ type: 'integer', maximum: MAX_COUNT, minimum: 0 })
  present: number;
  @ApiProperty({ type: 'integer', maximum: MAX_COUNT, minimum: 0 })
  late: number;
  @ApiProperty({ type: 'integer', maximum: MAX_COUNT, minimum: 0 })
  authorisedAbsence: number;
  @ApiProperty({ type: 'integer', maximum: MAX_COUNT, minimum: 0 })
  unauthorisedAbsence: number;
  @ApiProperty({ type: 'integer', maximum: MAX_COUNT, minimum: 0 })
  providerCancelled: number;
  @ApiProperty({ type: 'integer', maximum: MAX_COUNT, minimum: 0 })
  notRequired: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 100,
    description:
      '(present + late) ÷ (marked − notRequired) × 100 over marked sessions, one decimal place, rounded half up.',
  })
  attendancePercent: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 100,
    description: '(authorised + unauthorised absence) ÷ (marked − notRequired) × 100, as above.',
  })
  absencePercent: number | null;
}

export class AttendanceGroupDto extends AttendanceTotalsDto {
  lotId: string;
  providerId: string;
}

export class AttendanceSummaryDto {
  @ApiProperty({ format: 'date' })
  from: string;
  @ApiProperty({ format: 'date' })
  to: string;
  @ApiProperty({
    type: [AttendanceGroupDto],
    maxItems: 10000,
    description: 'One entry per lot and provider in the caller’s scope with marks in the range.',
  })
  groups: AttendanceGroupDto[];
  totals: AttendanceTotalsDto;
}
