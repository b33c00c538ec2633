import { maxTermYears } from '../framework-term';
import { ApiProperty, PartialType, PickType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { IsDateOnly } from '../../common/date-only';
import { PageQueryDto } from '../../common/pagination';
import { IsDecimalInRange, IsId, IsOmittable, MAX_PENCE } from '../../common/validators';
import { Framework } from '../framework.entity';
import { AbsenceBillingPolicy, FrameworkStatus, FrameworkType } from '../framework-types';

export class CreateFrameworkDto {
  @ApiProperty({ example: 'BURY-AP-2027', maxLength: 64 })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9/_.-]{1,63}$/, {
    message: 'reference must be 2–64 letters, digits, /, _, . or -',
  })
  reference: string;

  @ApiProperty({ example: 'Bury Alternative Provision Framework 2027–2031' })
  @IsString()
  @Length(1, 300)
  title: string;

  @ApiProperty({ enum: FrameworkType, enumName: 'FrameworkType', example: FrameworkType.LightTouchClosed })
  @IsEnum(FrameworkType)
  type: FrameworkType;

  @ApiProperty({ format: 'uuid' })
  @IsId()
  leadOrganisationId: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Other organisations entitled to call off.' })
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsId({ each: true })
  participantOrganisationIds: string[];

  @ApiProperty({ format: 'date', example: '2027-04-01' })
  @IsDateOnly()
  startDate: string;

  @ApiProperty({ format: 'date', example: '2031-03-31' })
  @IsDateOnly()
  endDate: string;

  @ApiProperty({
    required: false,
    type: 'integer',
    minimum: 1,
    maximum: 20,
    default: 4,
    description: 'Light-touch frameworks only.',
  })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(20)
  maxTermYears?: number;

  @ApiProperty({
    type: 'integer',
    example: 400000000,
    description: 'Estimated total value in pence, including VAT.',
  })
  @IsInt()
  @Min(0)
  @Max(MAX_PENCE)
  estimatedValuePence: number;

  @ApiProperty({ required: false })
  @IsOptional()
  @IsString()
  @Length(0, 5000)
  description?: string;

  @ApiProperty({
    required: false,
    type: 'integer',
    minimum: 1,
    maximum: 20,
    default: 3,
    description: 'School days a provider has to answer an offer.',
  })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(20)
  offerWindowSchoolDays?: number;

  @ApiProperty({
    required: false,
    type: 'integer',
    minimum: 1,
    maximum: 60,
    default: 10,
    description: 'School days from a placement’s start within which its initial review is due.',
  })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(60)
  initialReviewSchoolDays?: number;

  @ApiProperty({
    maxLength: 8,
    required: false,
    type: String,
    example: '18',
    description: 'Hours a week that count as full-time education (Education Act 1996 s.463).',
  })
  @IsOmittable()
  @IsDecimalInRange(1, 40, 2)
  fullTimeThresholdHours?: string;

  @ApiProperty({
    maxLength: 8,
    required: false,
    type: String,
    example: '3',
    description: 'Largest yearly rise in a unit price without an admin override, in %.',
  })
  @IsOmittable()
  @IsDecimalInRange(0, 100, 2)
  annualUpliftCapPercent?: string;

  @ApiProperty({
    maxLength: 8,
    required: false,
    type: String,
    example: '20',
    default: '20',
    description:
      'A live placement costing more than this % above its lot’s p75 price per pupil-day is flagged as high-cost.',
  })
  @IsOmittable()
  @IsDecimalInRange(0, 500, 2)
  highCostThresholdPercent?: string;

  @ApiProperty({
    required: false,
    enum: AbsenceBillingPolicy,
    enumName: 'AbsenceBillingPolicy',
    default: AbsenceBillingPolicy.PayCommissionedUnlessProviderCancelled,
    description:
      'Which sessions providers may invoice: every commissioned session unless the provider cancelled it, or only sessions attended.',
  })
  @IsOmittable()
  @IsEnum(AbsenceBillingPolicy)
  absenceBillingPolicy?: AbsenceBillingPolicy;
}

export class UpdateFrameworkDto extends PartialType(
  PickType(CreateFrameworkDto, [
    'title',
    'type',
    'participantOrganisationIds',
    'startDate',
    'endDate',
    'maxTermYears',
    'estimatedValuePence',
    'description',
    'offerWindowSchoolDays',
    'initialReviewSchoolDays',
    'fullTimeThresholdHours',
    'annualUpliftCapPercent',
    'highCostThresholdPercent',
    'absenceBillingPolicy',
  ] as const),
  // Leaving a field out keeps it; null is validated like any value, so it clears only what may be empty.
  { skipNullProperties: false },
) {}

export class ListFrameworksQueryDto extends PageQueryDto {
  @ApiProperty({ enum: FrameworkStatus, enumName: 'FrameworkStatus', required: false })
  @IsOptional()
  @IsEnum(FrameworkStatus)
  status?: FrameworkStatus;
}

export class FrameworkDto {
  id: string;
  @ApiProperty({ maxLength: 64 })
  reference: string;
  @ApiProperty({ maxLength: 300 })
  title: string;
  @ApiProperty({ enum: FrameworkType, enumName: 'FrameworkType' })
  type: FrameworkType;
  leadOrganisationId: string;
  @ApiProperty({ maxItems: 200 })
  participantOrganisationIds: string[];
  @ApiProperty({ format: 'date' })
  startDate: string;
  @ApiProperty({ format: 'date' })
  endDate: string;
  @ApiProperty({
    description: 'The longest term this framework may run: 4 years closed, 8 open, its own for light touch.',
  })
  maxTermYears: number;
  estimatedValuePence: number;
  @ApiProperty({ maxLength: 5000 })
  description: string | null;
  @ApiProperty({ enum: FrameworkStatus, enumName: 'FrameworkStatus' })
  status: FrameworkStatus;
  offerWindowSchoolDays: number;
  initialReviewSchoolDays: number;
  @ApiProperty({ maxLength: 8 })
  fullTimeThresholdHours: string;
  @ApiProperty({ maxLength: 8 })
  annualUpliftCapPercent: string;
  @ApiProperty({ maxLength: 8 })
  highCostThresholdPercent: string;
  @ApiProperty({ enum: AbsenceBillingPolicy, enumName: 'AbsenceBillingPolicy' })
  absenceBillingPolicy: AbsenceBillingPolicy;
  activatedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;

  static from(row: Framework, participantOrganisationIds: string[], status: FrameworkStatus): FrameworkDto {
    return {
      id: row.id,
      reference: row.reference,
      title: row.title,
      type: row.type,
      leadOrganisationId: row.leadOrganisationId,
      participantOrganisationIds,
      startDate: row.startDate,
      endDate: row.endDate,
      maxTermYears: maxTermYears(row.type, row.maxTermYears),
      estimatedValuePence: row.estimatedValuePence,
      description: row.description,
      status,
      offerWindowSchoolDays: row.offerWindowSchoolDays,
      initialReviewSchoolDays: row.initialReviewSchoolDays,
      fullTimeThresholdHours: row.fullTimeThresholdHours,
      annualUpliftCapPercent: row.annualUpliftCapPercent,
      highCostThresholdPercent: row.highCostThresholdPercent,
      absenceBillingPolicy: row.absenceBillingPolicy,
      activatedAt: row.activatedAt ? row.activatedAt.toISOString() : null,
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}

export class FrameworkPageDto {
  data: FrameworkDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}
