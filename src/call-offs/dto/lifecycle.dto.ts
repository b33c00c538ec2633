import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { PATTERN_SESSIONS, PatternSession } from '../engine/pattern';
import { IsDateOnly } from '../../common/date-only';
import { DeclineReason } from '../call-off.entity';
import { IsNotBlank } from '../../common/validators';

export class DeclineCallOffDto {
  @ApiProperty({ enum: DeclineReason, enumName: 'DeclineReason' })
  @IsEnum(DeclineReason)
  reasonCode: DeclineReason;

  @ApiProperty({ required: false })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

export class WithdrawCallOffDto {
  @ApiProperty({ example: 'Child placed in a specialist school instead' })
  @IsString()
  @Length(1, 2000)
  @IsNotBlank()
  reason: string;
}

export class AcceptCallOffDto {
  @ApiProperty({ required: false })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

export const VARIATION_KINDS = ['extend', 'change_sessions', 'terminate'] as const;

export class CreateVariationDto {
  @ApiProperty({ enum: VARIATION_KINDS, enumName: 'VariationKind' })
  @IsIn(VARIATION_KINDS)
  kind: (typeof VARIATION_KINDS)[number];

  @ApiProperty({ format: 'date', required: false, description: 'extend: the new end date.' })
  @ValidateIf((o: CreateVariationDto) => o.kind === 'extend')
  @IsDateOnly()
  newEndDate?: string;

  @ApiProperty({
    type: 'integer',
    required: false,
    minimum: 1,
    maximum: 10,
    description: 'change_sessions: the new sessions per week.',
  })
  @ValidateIf((o: CreateVariationDto) => o.kind === 'change_sessions')
  @IsInt()
  @Min(1)
  @Max(10)
  sessionsPerWeek?: number;

  @ApiProperty({
    format: 'date',
    required: false,
    description: 'change_sessions: the first day at the new sessions.',
  })
  @ValidateIf((o: CreateVariationDto) => o.kind === 'change_sessions')
  @IsDateOnly()
  effectiveFrom?: string;

  @ApiProperty({
    required: false,
    type: [String],
    enum: PATTERN_SESSIONS,
    enumName: 'PatternSession',
    maxItems: 10,
    description:
      'change_sessions: the weekly pattern from effectiveFrom, exactly sessionsPerWeek distinct sessions. Required ' +
      'when the call-off has a pattern.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsIn(PATTERN_SESSIONS, { each: true })
  pattern?: PatternSession[];

  @ApiProperty({ format: 'date', required: false, description: 'terminate: the last day of the placement.' })
  @ValidateIf((o: CreateVariationDto) => o.kind === 'terminate')
  @IsDateOnly()
  effectiveDate?: string;

  @ApiProperty({ required: false, description: 'terminate: why the placement ends early.' })
  @ValidateIf((o: CreateVariationDto) => o.kind === 'terminate')
  @IsString()
  @Length(1, 2000)
  @IsNotBlank()
  reason?: string;
}
