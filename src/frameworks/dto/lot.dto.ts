import { ApiProperty, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
  ValidationArguments,
  registerDecorator,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { IsDecimalInRange, IsOmittable, MAX_UNIT_PRICE_PENCE } from '../../common/validators';
import { Lot } from '../lot.entity';
import { AwardMethod, Pathway, PricingUnit } from '../framework-types';

export class DirectAwardWeightsDto {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, example: 40 })
  @IsInt()
  @Min(0)
  @Max(100)
  price: number;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, example: 20 })
  @IsInt()
  @Min(0)
  @Max(100)
  distance: number;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, example: 40 })
  @IsInt()
  @Min(0)
  @Max(100)
  quality: number;
}

function WeightsTotal100(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'weightsTotal100',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'directAwardWeights price, distance and quality must add up to 100' },
      validator: {
        validate(value: unknown, _args: ValidationArguments) {
          if (typeof value !== 'object' || value === null) return true; // reported by the nested rules
          const { price, distance, quality } = value as Record<string, unknown>;
          if (![price, distance, quality].every((n) => Number.isInteger(n))) return true;
          return (price as number) + (distance as number) + (quality as number) === 100;
        },
      },
    });
}

export class CreateLotDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 99, example: 1 })
  @IsInt()
  @Min(1)
  @Max(99)
  number: number;

  @ApiProperty({ example: 'Full-time alternative provision' })
  @IsString()
  @Length(1, 300)
  title: string;

  @ApiProperty({
    example: 'Full-time places for pupils with the highest need, including after permanent exclusion.',
  })
  @IsString()
  @Length(0, 5000)
  description: string;

  @ApiProperty({ enum: Pathway, enumName: 'Pathway', example: Pathway.FullTime })
  @IsEnum(Pathway)
  pathway: Pathway;

  @ApiProperty({
    maxItems: 2,
    enum: AwardMethod,
    enumName: 'AwardMethod',
    isArray: true,
    example: [AwardMethod.Direct],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(AwardMethod, { each: true })
  awardMethods: AwardMethod[];

  @ApiProperty({ type: DirectAwardWeightsDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => DirectAwardWeightsDto)
  @WeightsTotal100()
  directAwardWeights: DirectAwardWeightsDto;

  @ApiProperty({
    maxItems: 5,
    enum: PricingUnit,
    enumName: 'PricingUnit',
    isArray: true,
    example: [PricingUnit.Day, PricingUnit.AnnualPlace],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(PricingUnit, { each: true })
  pricingUnits: PricingUnit[];

  @ApiProperty({
    maxLength: 8,
    type: String,
    example: '10',
    description: 'Share of the price paid on outcomes, 0–50 %.',
  })
  @IsDecimalInRange(0, 50, 2)
  outcomeAtRiskPercent: string;

  @ApiProperty({
    required: false,
    maxLength: 8,
    type: String,
    default: '12',
    example: '12',
    description:
      'Cap on a provider’s outcome payments on this lot in a financial year, as a percent (0–100) of its base value there.',
  })
  @IsOmittable()
  @IsDecimalInRange(0, 100, 2)
  outcomeCapPercentPerProviderYear?: string;

  @ApiProperty({ required: false, default: false })
  @IsOmittable()
  @IsBoolean()
  registeredProvidersOnly?: boolean;

  @ApiProperty({ required: false, type: 'integer', minimum: 1, maximum: 10 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  maxSessionsPerWeek?: number;

  @ApiProperty({
    required: false,
    type: 'integer',
    description: 'Highest unit price accepted on a rate card, in pence.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_UNIT_PRICE_PENCE)
  priceCeilingPence?: number;

  @ApiProperty({ maxLength: 8, required: false, type: String, default: '3.25', example: '3.25' })
  @IsOmittable()
  @IsDecimalInRange(0.5, 8, 2)
  hoursPerSession?: string;

  @ApiProperty({
    required: false,
    type: 'array',
    items: { type: 'string', maxLength: 64 },
    example: ['qa_visit', 'financial_standing'],
    description:
      'Due-diligence check types (GET /v1/check-types) this lot requires on top of the catalogue’s own.',
  })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(/^[a-z][a-z0-9_]{1,63}$/, {
    each: true,
    message: 'each mandatoryCheckTypes entry must be a check type code',
  })
  mandatoryCheckTypes?: string[];
}

// Leaving a field out keeps it; null is validated like any value, so it clears only what may be empty.
export class UpdateLotDto extends PartialType(CreateLotDto, { skipNullProperties: false }) {}

export class ListLotsQueryDto extends PageQueryDto {}

export class LotDto {
  id: string;
  frameworkId: string;
  number: number;
  @ApiProperty({ maxLength: 300 })
  title: string;
  @ApiProperty({ maxLength: 5000 })
  description: string;
  @ApiProperty({ enum: Pathway, enumName: 'Pathway' })
  pathway: Pathway;
  @ApiProperty({ maxItems: 2, enum: AwardMethod, enumName: 'AwardMethod', isArray: true })
  awardMethods: AwardMethod[];
  directAwardWeights: DirectAwardWeightsDto;
  @ApiProperty({ maxItems: 5, enum: PricingUnit, enumName: 'PricingUnit', isArray: true })
  pricingUnits: PricingUnit[];
  @ApiProperty({ maxLength: 8 })
  outcomeAtRiskPercent: string;
  @ApiProperty({ maxLength: 8 })
  outcomeCapPercentPerProviderYear: string;
  registeredProvidersOnly: boolean;
  maxSessionsPerWeek: number | null;
  priceCeilingPence: number | null;
  @ApiProperty({ maxLength: 8 })
  hoursPerSession: string;
  @ApiProperty({ maxItems: 50, items: { type: 'string', maxLength: 64 } })
  mandatoryCheckTypes: string[];
  version: number;
  createdAt: string;
  updatedAt: string;

  static from(row: Lot): LotDto {
    return {
      id: row.id,
      frameworkId: row.frameworkId,
      number: row.number,
      title: row.title,
      description: row.description,
      pathway: row.pathway,
      awardMethods: row.awardMethods,
      directAwardWeights: {
        price: row.priceWeight,
        distance: row.distanceWeight,
        quality: row.qualityWeight,
      },
      pricingUnits: row.pricingUnits,
      outcomeAtRiskPercent: row.outcomeAtRiskPercent,
      outcomeCapPercentPerProviderYear: row.outcomeCapPercentPerProviderYear,
      registeredProvidersOnly: row.registeredProvidersOnly,
      maxSessionsPerWeek: row.maxSessionsPerWeek,
      priceCeilingPence: row.priceCeilingPence,
      hoursPerSession: row.hoursPerSession,
      mandatoryCheckTypes: row.mandatoryCheckTypes,
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}

export class LotPageDto {
  data: LotDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}
