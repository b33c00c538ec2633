import { ApiProperty } from '@nestjs/swagger';
import { IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsDateOnly } from '../../common/date-only';
import { PageQueryDto } from '../../common/pagination';
import { IsId, IsNotBlank, MAX_UNIT_PRICE_PENCE } from '../../common/validators';
import { SpotPurchaseApprover, SpotPurchaseReason } from '../spot-purchase.entity';

export class CreateSpotPurchaseDto {
  @ApiProperty({
    required: false,
    format: 'uuid',
    description: 'The buying organisation: required for admin; a commissioner may only name its own.',
  })
  @IsOptional()
  @IsId()
  organisationId?: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'A provider known to the service.' })
  @IsOptional()
  @IsId()
  providerId?: string;

  @ApiProperty({
    required: false,
    maxLength: 200,
    description: 'The supplier as named in the ledger, when it is not a provider known to the service.',
  })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  supplierName?: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'The lot the placement compares with.' })
  @IsOptional()
  @IsId()
  lotId?: string;

  @ApiProperty({
    maxLength: 64,
    description: "The commissioner's opaque reference for the child (never a name, address or UPN).",
  })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 ._/-]{2,63}$/, {
    message: 'childRef must be 3–64 letters, digits, spaces, ., _, / or -',
  })
  childRef: string;

  @ApiProperty({ format: 'date', maxLength: 10 })
  @IsDateOnly()
  startDate: string;

  @ApiProperty({ format: 'date', maxLength: 10 })
  @IsDateOnly()
  endDate: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10 })
  @IsInt()
  @Min(1)
  @Max(10)
  sessionsPerWeek: number;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: MAX_UNIT_PRICE_PENCE })
  @IsInt()
  @Min(0)
  @Max(MAX_UNIT_PRICE_PENCE)
  weeklyPricePence: number;

  @ApiProperty({ enum: SpotPurchaseReason, enumName: 'SpotPurchaseReason' })
  @IsEnum(SpotPurchaseReason)
  reason: SpotPurchaseReason;

  @ApiProperty({
    enum: SpotPurchaseApprover,
    enumName: 'SpotPurchaseApprover',
    description: 'The role that approved the purchase (a role, never a name).',
  })
  @IsEnum(SpotPurchaseApprover)
  approvedBy: SpotPurchaseApprover;
}

export class ListSpotPurchasesQueryDto extends PageQueryDto {
  @ApiProperty({ required: false, format: 'uuid', description: 'Admin and auditor: one organisation only.' })
  @IsOptional()
  @IsId()
  organisationId?: string;
}

export class SpotPurchaseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  organisationId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  providerId: string | null;
  @ApiProperty({ nullable: true, type: String, maxLength: 200 })
  supplierName: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  lotId: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    maxLength: 64,
    description: 'Only the buying organisation sees it; null for everyone else.',
  })
  childRef: string | null;
  @ApiProperty({ format: 'date' })
  startDate: string;
  @ApiProperty({ format: 'date' })
  endDate: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10 })
  sessionsPerWeek: number;
  @ApiProperty({ type: 'integer', minimum: 0 })
  weeklyPricePence: number;
  @ApiProperty({ enum: SpotPurchaseReason, enumName: 'SpotPurchaseReason' })
  reason: SpotPurchaseReason;
  @ApiProperty({ enum: SpotPurchaseApprover, enumName: 'SpotPurchaseApprover' })
  approvedBy: SpotPurchaseApprover;
  @ApiProperty({ type: 'integer' })
  version: number;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class SpotPurchasePageDto {
  @ApiProperty({ type: [SpotPurchaseDto] })
  data: SpotPurchaseDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}
