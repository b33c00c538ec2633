import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { IsDateOnly } from '../../common/date-only';
import { PageQueryDto } from '../../common/pagination';
import { OutcomeMetric } from '../engine/outcome-types';
import { OutcomeClaimStatus } from '../outcome-claim.entity';

export class CreateOutcomeClaimDto {
  @ApiProperty({
    maxLength: 64,
    example: 'attendance_90',
    description: 'The code of an outcome rule of the lot.',
  })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{1,63}$/, { message: 'ruleCode must be an outcome rule code' })
  ruleCode: string;

  @ApiProperty({ format: 'date', example: '2027-01-29', description: 'The day the outcome was achieved.' })
  @IsDateOnly()
  achievedOn: string;

  @ApiProperty({
    maxLength: 200,
    example: 'REG-2027-01-29',
    description: 'A reference to the evidence held by the provider (never the child’s name).',
  })
  @IsString()
  @Length(1, 200)
  evidenceRef: string;
}

export class RejectOutcomeClaimDto {
  @ApiProperty({ maxLength: 1000, example: 'The school has not confirmed the roll.' })
  @IsString()
  @Length(1, 1000)
  reason: string;
}

export class ListOutcomeClaimsQueryDto extends PageQueryDto {
  @ApiProperty({ required: false, enum: OutcomeClaimStatus, enumName: 'OutcomeClaimStatus' })
  @IsOptional()
  @IsEnum(OutcomeClaimStatus)
  status?: OutcomeClaimStatus;

  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  providerId?: string;

  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  callOffId?: string;

  @ApiProperty({
    required: false,
    type: Boolean,
    description: 'true: submitted claims whose verification is overdue (verifyBy has passed).',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
}

export class WindowFiguresDto {
  @ApiProperty({ format: 'date' })
  from: string;
  @ApiProperty({ format: 'date' })
  to: string;
  schoolWeeks: number;
  commissioned: number;
  attended: number;
  @ApiProperty({ type: String, nullable: true, maxLength: 8 })
  ratePercent: string | null;
}

export class AttendanceCheckDto {
  supported: boolean;
  @ApiProperty({
    enum: ['threshold_met', 'below_threshold', 'too_few_school_weeks', 'no_commissioned_sessions'],
    enumName: 'AttendanceFinding',
  })
  finding: string;
  @ApiProperty({ maxLength: 8 })
  threshold: string;
  @ApiProperty({ type: WindowFiguresDto, nullable: true })
  window: WindowFiguresDto | null;
  @ApiProperty({ type: WindowFiguresDto, nullable: true })
  baseline: WindowFiguresDto | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 10 })
  improvementPoints: string | null;
}

export class OutcomeClaimDto {
  id: string;
  callOffId: string;
  ruleId: string;
  @ApiProperty({ maxLength: 64 })
  ruleCode: string;
  @ApiProperty({ enum: OutcomeMetric, enumName: 'OutcomeMetric' })
  metric: OutcomeMetric;
  providerId: string;
  commissionerOrganisationId: string;
  lotId: string;
  @ApiProperty({ format: 'date' })
  achievedOn: string;
  @ApiProperty({ maxLength: 7, example: '2026-27' })
  financialYear: string;
  @ApiProperty({ maxLength: 200 })
  evidenceRef: string;
  @ApiProperty({ enum: OutcomeClaimStatus, enumName: 'OutcomeClaimStatus' })
  status: OutcomeClaimStatus;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description:
      'Attendance metrics: whether the marks support the claim. null for metrics the commissioner verifies.',
  })
  supported: boolean | null;
  @ApiProperty({ type: AttendanceCheckDto, nullable: true })
  attendanceCheck: AttendanceCheckDto | null;
  @ApiProperty({
    format: 'date',
    description: 'The 20th school day after the claim: verification is due by then.',
  })
  verifyBy: string;
  overdue: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 1000 })
  rejectionReason: string | null;
  @ApiProperty({ type: 'integer', nullable: true })
  atRiskPenceAtVerification: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'round half up(at-risk × share ÷ 100).' })
  uncappedPence: number | null;
  @ApiProperty({ type: 'integer', nullable: true })
  payablePence: number | null;
  @ApiProperty({ enum: ['none', 'per_child', 'per_provider_year'], enumName: 'CapApplied', nullable: true })
  capApplied: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export class OutcomeClaimPageDto {
  @ApiProperty({ type: [OutcomeClaimDto], maxItems: 200 })
  data: OutcomeClaimDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

// For the invoices module: what an approved outcome payment is worth (OutcomesService.payableClaim).
export interface PayableClaim {
  id: string;
  callOffId: string;
  providerId: string;
  commissionerOrganisationId: string;
  status: OutcomeClaimStatus;
  payablePence: number | null;
  financialYear: string;
}
