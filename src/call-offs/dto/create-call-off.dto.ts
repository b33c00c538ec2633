import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEnum,
  IsIn,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsDateOnly } from '../../common/date-only';
import { NextStep, StatutoryBasis } from '../call-off.entity';
import { PATTERN_SESSIONS, PatternSession } from '../engine/pattern';
import { IsId, IsNotBlank } from '../../common/validators';

export class ChildDto {
  @ApiProperty({
    type: 'integer',
    minimum: -1,
    maximum: 14,
    example: 9,
    description: 'National curriculum year (0 = reception).',
  })
  @IsInt()
  @Min(-1)
  @Max(14)
  yearGroup: number;

  @ApiProperty({ description: 'Has an education, health and care plan.' })
  @IsBoolean()
  ehcp: boolean;

  @ApiProperty({ description: 'Is looked after by a local authority.' })
  @IsBoolean()
  lookedAfter: boolean;

  @ApiProperty({
    required: false,
    example: 'Social, emotional and mental health needs; anxiety in large groups.',
  })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  needsSummary?: string;
}

export class PlanDto {
  @ApiProperty({
    type: [String],
    example: ['Re-engage with English and maths to GCSE entry', 'Attend at least 90% of sessions'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 1000, { each: true })
  objectives: string[];

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 26, example: 6 })
  @IsInt()
  @Min(1)
  @Max(26)
  reviewFrequencyWeeks: number;

  @ApiProperty({ enum: NextStep, enumName: 'NextStep', example: NextStep.Reintegration })
  @IsEnum(NextStep)
  nextStep: NextStep;

  @ApiProperty({
    required: false,
    example: 'Attendance above 90% for six weeks and a successful trial day at the receiving school.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reintegrationCriteria?: string;
}

export class LocationDto {
  @ApiProperty({ example: 53.5933 })
  @IsLatitude()
  latitude: number;

  @ApiProperty({ example: -2.2966 })
  @IsLongitude()
  longitude: number;
}

export class CreateCallOffDto {
  @ApiProperty({ format: 'uuid' })
  @IsId()
  lotId: string;

  @ApiProperty({
    format: 'uuid',
    required: false,
    description: 'Absent: the top-ranked eligible provider is chosen.',
  })
  @IsOptional()
  @IsId()
  providerId?: string;

  @ApiProperty({
    example: 'BURY-AP-2026-0142',
    maxLength: 64,
    description: 'The commissioner’s own opaque reference. Never a name or UPN.',
  })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 ._/-]{2,63}$/, {
    message: 'childRef must be 3–64 letters, digits, spaces, ., _, / or -',
  })
  childRef: string;

  @ApiProperty({ type: ChildDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ChildDto)
  child: ChildDto;

  @ApiProperty({
    enum: StatutoryBasis,
    enumName: 'StatutoryBasis',
    example: StatutoryBasis.S19PermanentExclusion,
  })
  @IsEnum(StatutoryBasis)
  statutoryBasis: StatutoryBasis;

  @ApiProperty({ example: 'Permanent exclusion: persistent disruptive behaviour' })
  @IsString()
  @Length(1, 500)
  primaryReason: string;

  @ApiProperty({
    format: 'date',
    required: false,
    example: '2026-10-22',
    description: 'First day of the exclusion.',
  })
  @IsOptional()
  @IsDateOnly()
  exclusionDate?: string;

  @ApiProperty({ format: 'date', example: '2026-11-09' })
  @IsDateOnly()
  startDate: string;

  @ApiProperty({ format: 'date', example: '2027-03-31' })
  @IsDateOnly()
  endDate: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10, example: 10 })
  @IsInt()
  @Min(1)
  @Max(10)
  sessionsPerWeek: number;

  @ApiProperty({
    required: false,
    type: [String],
    enum: PATTERN_SESSIONS,
    enumName: 'PatternSession',
    maxItems: 10,
    example: ['mon_am', 'mon_pm', 'wed_am', 'wed_pm', 'fri_am'],
    description:
      'The weekly pattern: exactly sessionsPerWeek distinct half-day sessions. Without one, the commissioned sessions ' +
      'are sessionsPerWeek shared pro rata among the school days of each week.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsIn(PATTERN_SESSIONS, { each: true })
  pattern?: PatternSession[];

  @ApiProperty({
    type: LocationDto,
    required: false,
    description: 'Where distance is measured from (e.g. the child’s school).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocationDto)
  location?: LocationDto;

  @ApiProperty({ type: PlanDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => PlanDto)
  plan: PlanDto;

  @ApiProperty({
    format: 'date',
    required: false,
    description: 'Needed, on or before startDate, when the child has an EHC plan.',
  })
  @IsOptional()
  @IsDateOnly()
  sendCaseworkerNotifiedAt?: string;

  @ApiProperty({ required: false, description: 'Why a provider other than the top-ranked one was chosen.' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  @IsNotBlank()
  justification?: string;
}
