import { ApiProperty } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsDateOnly } from '../../common/date-only';
import { IsId } from '../../common/validators';
import { PricingUnit } from '../../frameworks/framework-types';

const PUPIL_DAY =
  'Pence per pupil-day: session × 2; day as it is; week ÷ 5; hour × the lot’s hours per session × 2; annual place ÷ ' +
  'the school days of its academic year in the commissioner’s calendar. Exact, then rounded once, half up.';

export class BenchmarksQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsId()
  lotId: string;

  @ApiProperty({
    format: 'date',
    required: false,
    description: 'First day of the window placements must be live in (default: `to`).',
  })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiProperty({
    format: 'date',
    required: false,
    description:
      'Last day of the window (default: today). Prices are the approved cards in force on this day.',
  })
  @IsOptional()
  @IsDateOnly()
  to?: string;
}

export class PriceSummaryDto {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1_000_000 })
  count: number;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 1_000_000_000_000,
    nullable: true,
    description: PUPIL_DAY,
  })
  minPencePerPupilDay: number | null;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1_000_000_000_000, nullable: true })
  p25PencePerPupilDay: number | null;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1_000_000_000_000, nullable: true })
  medianPencePerPupilDay: number | null;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1_000_000_000_000, nullable: true })
  p75PencePerPupilDay: number | null;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1_000_000_000_000, nullable: true })
  maxPencePerPupilDay: number | null;
}

export class PriceLineDto {
  @ApiProperty({ enum: PricingUnit, enumName: 'PricingUnit' })
  unit: PricingUnit;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1_000_000_000_000 })
  unitPricePence: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1_000_000_000_000, description: PUPIL_DAY })
  pencePerPupilDay: number;
}

export class ProviderPriceDto {
  providerId: string;
  @ApiProperty({ maxLength: 200, nullable: true, type: String })
  name: string | null;
  rateCardId: string;
  @ApiProperty({
    enum: PricingUnit,
    enumName: 'PricingUnit',
    description: 'The line a placement on this lot is priced by (the lot’s first unit the card prices).',
  })
  unit: PricingUnit;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1_000_000_000_000 })
  unitPricePence: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1_000_000_000_000, description: PUPIL_DAY })
  pencePerPupilDay: number;
  @ApiProperty({ description: 'The unit price is above the lot’s price ceiling.' })
  aboveCeiling: boolean;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 100,
    description: 'Mid-rank percentile among the lot’s prices: 100 × (below + ½ equal) ÷ count, half up.',
  })
  percentileRank: number;
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 4,
    description: '1 at or below p25, 2 at or below the median, 3 at or below p75, 4 above p75.',
  })
  quartile: number;
  @ApiProperty({ type: [PriceLineDto], maxItems: 5 })
  lines: PriceLineDto[];
}

export class PlacementCostDto {
  callOffId: string;
  @ApiProperty({ maxLength: 32, example: 'CO-000123' })
  reference: string;
  providerId: string;
  commissionerOrganisationId: string;
  @ApiProperty({ format: 'date' })
  startDate: string;
  @ApiProperty({ format: 'date' })
  endDate: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10 })
  sessionsPerWeek: number;
  @ApiProperty({ enum: PricingUnit, enumName: 'PricingUnit' })
  unit: PricingUnit;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1_000_000_000_000 })
  unitPricePence: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1_000_000_000_000, description: PUPIL_DAY })
  pencePerPupilDay: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, nullable: true })
  percentileRank: number | null;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 4, nullable: true })
  quartile: number | null;
}

export class SpotPurchaseCostDto {
  spotPurchaseId: string;
  organisationId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  providerId: string | null;
  @ApiProperty({ maxLength: 200, nullable: true, type: String })
  supplierName: string | null;
  @ApiProperty({ format: 'date' })
  startDate: string;
  @ApiProperty({ format: 'date' })
  endDate: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10 })
  sessionsPerWeek: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1_000_000_000_000 })
  weeklyPricePence: number;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 1_000_000_000_000,

    description: 'The weekly price per pupil-day for its sessions: weekly × 2 ÷ sessions per week.',
  })
  pencePerPupilDay: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, nullable: true })
  percentileRank: number | null;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 4, nullable: true })
  quartile: number | null;
}

export enum PurchaseRoute {
  Framework = 'framework',
  Spot = 'spot',
}

export enum AggregateScope {
  All = 'all',
  Own = 'own',
  Others = 'others',
}

export class PlacementAggregateDto {
  @ApiProperty({ enum: PurchaseRoute, enumName: 'PurchaseRoute' })
  purchase: PurchaseRoute;
  @ApiProperty({
    enum: AggregateScope,
    enumName: 'AggregateScope',
    description:
      'all placements; the caller’s own organisation’s; or other organisations’ (aggregates only).',
  })
  scope: AggregateScope;
  @ApiProperty({
    description:
      'Fewer than 5 placements of other organisations: nothing is shown, so no child’s cost can be inferred.',
  })
  suppressed: boolean;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10_000_000, nullable: true })
  count: number | null;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1_000_000_000_000, nullable: true })
  p25PencePerPupilDay: number | null;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1_000_000_000_000, nullable: true })
  medianPencePerPupilDay: number | null;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1_000_000_000_000, nullable: true })
  p75PencePerPupilDay: number | null;
}

export class BenchmarksDto {
  lotId: string;
  frameworkId: string;
  @ApiProperty({ format: 'date' })
  from: string;
  @ApiProperty({ format: 'date' })
  to: string;
  @ApiProperty({ maxLength: 200, example: 'R-7 linear interpolation (Excel PERCENTILE.INC)' })
  percentileMethod: string;
  @ApiProperty({ maxLength: 200, example: 'ROUND_HALF_UP' })
  rounding: string;
  @ApiProperty({ description: 'The lot’s approved prices in force on `to`, per pupil-day.' })
  prices: PriceSummaryDto;
  @ApiProperty({
    type: [ProviderPriceDto],
    maxItems: 100_000,
    description: 'Every provider’s price (public to framework users); a provider sees its own only.',
  })
  providers: ProviderPriceDto[];
  @ApiProperty({
    type: [PlacementCostDto],
    maxItems: 1_000_000,
    description:
      'Accepted placements on the lot live in the window: all for admin and auditor, a commissioner’s own only, none ' +
      'for a provider. Positions are against the lot’s prices.',
  })
  placements: PlacementCostDto[];
  @ApiProperty({
    type: [SpotPurchaseCostDto],
    maxItems: 1_000_000,
    description: 'Spot purchases recorded against the lot and live in the window, scoped like placements.',
  })
  spotPurchases: SpotPurchaseCostDto[];
  @ApiProperty({ type: [PlacementAggregateDto], maxItems: 6 })
  aggregates: PlacementAggregateDto[];
}
