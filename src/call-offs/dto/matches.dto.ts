import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsLatitude, IsLongitude, IsOptional, Max, Min } from 'class-validator';
import { IsDateOnly } from '../../common/date-only';
import { PricingUnit } from '../../frameworks/framework-types';

export class MatchesQueryDto {
  @ApiProperty({ format: 'date' })
  @IsDateOnly()
  startDate: string;

  @ApiProperty({ format: 'date' })
  @IsDateOnly()
  endDate: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10)
  sessionsPerWeek: number;

  @ApiProperty({ required: false })
  @IsOptional()
  @Type(() => Number)
  @IsLatitude()
  latitude?: number;

  @ApiProperty({ required: false })
  @IsOptional()
  @Type(() => Number)
  @IsLongitude()
  longitude?: number;
}

export class ReasonDto {
  @ApiProperty({ maxLength: 64 })
  code: string;
  @ApiProperty({ maxLength: 2000 })
  detail: string;
  @ApiProperty({
    required: false,
    format: 'date',
    description: 'capacity_exhausted only: the first day fewer sessions are free than the placement needs.',
  })
  firstShortDate?: string;
}

export class WeightsDto {
  price: number;
  distance: number;
  quality: number;
}

export class MatchInputsDto {
  totalPence: number;
  @ApiProperty({ type: Number, nullable: true })
  distanceKm: number | null;
  qualityScore: number;
}

export class MatchScoresDto {
  price: number;
  @ApiProperty({ type: Number, nullable: true })
  distance: number | null;
  quality: number;
}

export class MatchQuoteDto {
  rateCardId: string;
  @ApiProperty({ enum: PricingUnit, enumName: 'PricingUnit' })
  unit: PricingUnit;
  unitPricePence: number;
  totalPence: number;
}

export class MatchDto {
  providerId: string;
  @ApiProperty({ maxLength: 200 })
  name: string;
  rank: number;
  score: number;
  inputs: MatchInputsDto;
  scores: MatchScoresDto;
  quote: MatchQuoteDto;
  availableSessionsPerWeek: number;
  @ApiProperty({ description: 'Whether the provider is a registered setting (Education Act 1996 s.463).' })
  registered: boolean;
}

export class ExcludedProviderDto {
  providerId: string;
  @ApiProperty({ maxLength: 200 })
  name: string;
  @ApiProperty({ maxItems: 100 })
  reasons: ReasonDto[];
}

export class MatchesDto {
  lotId: string;
  @ApiProperty({ format: 'date' })
  startDate: string;
  @ApiProperty({ format: 'date' })
  endDate: string;
  sessionsPerWeek: number;
  weights: WeightsDto;
  weightsApplied: WeightsDto;
  @ApiProperty({ maxLength: 2000 })
  rule: string;
  matches: MatchDto[];
  excluded: ExcludedProviderDto[];
}
