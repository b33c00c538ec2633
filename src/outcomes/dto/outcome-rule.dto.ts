import { ApiProperty } from '@nestjs/swagger';
import { IsEnum, IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { IsDecimalInRange } from '../../common/validators';
import { OutcomeEvidence, OutcomeMetric } from '../engine/outcome-types';

export class CreateOutcomeRuleDto {
  @ApiProperty({ maxLength: 64, example: 'attendance_90', description: 'Unique on the lot; claims name it.' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{1,63}$/, { message: 'code must be lower-case letters, digits and _ (2–64)' })
  code: string;

  @ApiProperty({ maxLength: 200, example: 'Attendance of 90% sustained for six school weeks' })
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiProperty({ enum: OutcomeMetric, enumName: 'OutcomeMetric' })
  @IsEnum(OutcomeMetric)
  metric: OutcomeMetric;

  @ApiProperty({
    maxLength: 8,
    type: String,
    example: '90',
    description:
      'Percent of sessions (attendance_rate, reintegration_sustained, destination_sustained), percentage points (attendance_improvement) or number of qualifications (qualification), 0–100, two places at most.',
  })
  @IsDecimalInRange(0, 100, 2)
  threshold: string;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 52,
    example: 6,
    description:
      'School weeks in a row (holidays excluded) the outcome must hold, ending on the day claimed.',
  })
  @IsInt()
  @Min(1)
  @Max(52)
  sustainSchoolWeeks: number;

  @ApiProperty({ enum: OutcomeEvidence, enumName: 'OutcomeEvidence' })
  @IsEnum(OutcomeEvidence)
  evidence: OutcomeEvidence;

  @ApiProperty({
    maxLength: 8,
    type: String,
    example: '40',
    description:
      "Share of the placement's at-risk value this outcome releases; a lot's rules sum to 100 at most.",
  })
  @IsDecimalInRange(0.01, 100, 2)
  shareOfAtRiskPercent: string;
}

export class ListOutcomeRulesQueryDto extends PageQueryDto {}

export class OutcomeRuleDto {
  id: string;
  lotId: string;
  @ApiProperty({ maxLength: 64 })
  code: string;
  @ApiProperty({ maxLength: 200 })
  title: string;
  @ApiProperty({ enum: OutcomeMetric, enumName: 'OutcomeMetric' })
  metric: OutcomeMetric;
  @ApiProperty({ maxLength: 8 })
  threshold: string;
  sustainSchoolWeeks: number;
  @ApiProperty({ enum: OutcomeEvidence, enumName: 'OutcomeEvidence' })
  evidence: OutcomeEvidence;
  @ApiProperty({ maxLength: 8 })
  shareOfAtRiskPercent: string;
  @ApiProperty({
    maxLength: 2000,
    description:
      'The seven elements of a payable outcome in one sentence (who, what, measured how, by when, evidence, price, cap), generated from the fields and the lot.',
  })
  definition: string;
  version: number;
  createdAt: string;
}

export class OutcomeRulePageDto {
  @ApiProperty({ type: [OutcomeRuleDto], maxItems: 200 })
  data: OutcomeRuleDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}
