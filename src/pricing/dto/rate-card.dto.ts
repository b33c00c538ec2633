import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsObject,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsDateOnly } from '../../common/date-only';
import { PageQueryDto } from '../../common/pagination';
import { IsId, IsNotBlank, MAX_UNIT_PRICE_PENCE } from '../../common/validators';
import { PricingUnit } from '../../frameworks/framework-types';
import { RateCard, RateCardLine, RateCardStatus } from '../rate-card.entity';

export class RateCardLineInputDto {
  @ApiProperty({ enum: PricingUnit, enumName: 'PricingUnit', example: PricingUnit.Day })
  @IsEnum(PricingUnit)
  unit: PricingUnit;

  @ApiProperty({ type: 'integer', example: 18500, description: 'Price of one unit in pence.' })
  @IsInt()
  @Min(1)
  @Max(MAX_UNIT_PRICE_PENCE)
  pricePence: number;

  @ApiProperty({ required: false, example: 'Full day, small group, transport not included' })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  description?: string;
}

export class CreateRateCardDto {
  @ApiProperty({ format: 'uuid' })
  @IsId()
  lotId: string;

  @ApiProperty({ format: 'date', example: '2026-09-01' })
  @IsDateOnly()
  effectiveFrom: string;

  @ApiProperty({ format: 'date', required: false, example: '2027-08-31' })
  @IsOptional()
  @IsDateOnly()
  effectiveTo?: string;

  @ApiProperty({ type: [RateCardLineInputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  // Each item must be an object: class-validator would otherwise accept an array nested in the array.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => RateCardLineInputDto)
  lines: RateCardLineInputDto[];
}

export class ApproveRateCardDto {
  @ApiProperty({
    required: false,
    description: 'Needed when a unit price rises by more than the framework’s annual uplift cap.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  @IsNotBlank()
  upliftOverrideReason?: string;
}

export class RejectRateCardDto {
  @ApiProperty({ example: 'Day rate above the lot ceiling agreed at award' })
  @IsString()
  @Length(1, 2000)
  @IsNotBlank()
  reason: string;
}

export class ListRateCardsQueryDto extends PageQueryDto {
  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptional()
  @IsId()
  providerId?: string;

  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptional()
  @IsId()
  lotId?: string;

  @ApiProperty({ required: false, format: 'date', description: 'Only cards in force on this date.' })
  @IsOptional()
  @IsDateOnly()
  date?: string;

  @ApiProperty({ required: false, enum: RateCardStatus, enumName: 'RateCardStatus' })
  @IsOptional()
  @IsEnum(RateCardStatus)
  status?: RateCardStatus;
}

export class RateCardLineDto {
  @ApiProperty({ enum: PricingUnit, enumName: 'PricingUnit' })
  unit: PricingUnit;
  pricePence: number;
  @ApiProperty({ maxLength: 500 })
  description: string | null;
}

export class RateCardDto {
  id: string;
  providerId: string;
  lotId: string;
  @ApiProperty({ format: 'date' })
  effectiveFrom: string;
  @ApiProperty({ format: 'date', nullable: true, type: String })
  effectiveTo: string | null;
  @ApiProperty({ enum: RateCardStatus, enumName: 'RateCardStatus' })
  status: RateCardStatus;
  @ApiProperty({ maxItems: 5 })
  lines: RateCardLineDto[];
  @ApiProperty({ maxLength: 2000 })
  decisionReason: string | null;
  @ApiProperty({ maxLength: 2000 })
  upliftOverrideReason: string | null;
  decidedAt: string | null;
  version: number;
  createdAt: string;

  static from(card: RateCard, lines: RateCardLine[]): RateCardDto {
    return {
      id: card.id,
      providerId: card.providerId,
      lotId: card.lotId,
      effectiveFrom: card.effectiveFrom,
      effectiveTo: card.effectiveTo,
      status: card.status,
      lines: lines.map((l) => ({ unit: l.unit, pricePence: l.pricePence, description: l.description })),
      decisionReason: card.decisionReason,
      upliftOverrideReason: card.upliftOverrideReason,
      decidedAt: card.decidedAt ? card.decidedAt.toISOString() : null,
      version: card.version,
      createdAt: card.createdAt.toISOString(),
    };
  }
}

export class RateCardPageDto {
  data: RateCardDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}
