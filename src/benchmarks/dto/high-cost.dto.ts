import { ApiProperty } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { IsId } from '../../common/validators';
import { PricingUnit } from '../../frameworks/framework-types';

export enum HighCostReason {
  AboveP75Threshold = 'above_p75_threshold',
  AboveCeiling = 'above_ceiling',
}

export class HighCostQueryDto extends PageQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsId()
  lotId: string;

  @ApiProperty({
    format: 'uuid',
    required: false,
    description: 'One organisation’s placements (admin). A commissioner sees its own only.',
  })
  @IsOptional()
  @IsId()
  organisationId?: string;
}

export class AlternativeDto {
  providerId: string;
  @ApiProperty({ maxLength: 200 })
  name: string;
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 100_000,
    description: 'Rank by the lot’s direct-award weights.',
  })
  rank: number;
  @ApiProperty({ enum: PricingUnit, enumName: 'PricingUnit' })
  unit: PricingUnit;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1_000_000_000_000 })
  unitPricePence: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1_000_000_000_000 })
  pencePerPupilDay: number;
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 1_000_000_000_000,
    description: 'Cheaper than the placement by this much per pupil-day.',
  })
  savingPencePerPupilDay: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1_000_000 })
  availableSessionsPerWeek: number;
  @ApiProperty({ type: Number, nullable: true })
  distanceKm: number | null;
}

export class HighCostPlacementDto {
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
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1_000_000_000_000 })
  pencePerPupilDay: number;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 1_000_000_000_000,
    nullable: true,
    description: 'The lot’s p75 price per pupil-day today.',
  })
  lotP75PencePerPupilDay: number | null;
  @ApiProperty({ maxLength: 8, example: '20', description: 'The framework’s highCostThresholdPercent.' })
  thresholdPercent: string;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 1_000_000_000_000,
    nullable: true,
    description: 'p75 × (100 + threshold) ÷ 100: a placement above it is flagged.',
  })
  highCostLinePencePerPupilDay: number | null;
  @ApiProperty({
    maxLength: 16,
    nullable: true,
    type: String,
    example: '37.5',
    description: 'Above p75, in %, 1 dp.',
  })
  aboveP75Percent: string | null;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1_000_000_000_000, nullable: true })
  priceCeilingPence: number | null;
  @ApiProperty({ enum: HighCostReason, enumName: 'HighCostReason', isArray: true, maxItems: 2 })
  reasons: HighCostReason[];
  @ApiProperty({
    type: [AlternativeDto],
    maxItems: 3,
    description:
      'Cheaper providers eligible on the lot with capacity for the rest of the placement, best ranked first ' +
      '(the ranking GET /v1/lots/{lotId}/matches gives).',
  })
  alternatives: AlternativeDto[];
}

export class HighCostPlacementPageDto {
  @ApiProperty({ type: [HighCostPlacementDto] })
  data: HighCostPlacementDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}
