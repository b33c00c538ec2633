import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';

export class OutcomePaymentsQueryDto {
  @ApiProperty({ required: false, maxLength: 7, example: '2026-27' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}$/, { message: 'financialYear must look like 2026-27' })
  financialYear?: string;

  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  providerId?: string;
}

export class OutcomePaymentsRowDto {
  providerId: string;
  lotId: string;
  @ApiProperty({ maxLength: 7, example: '2026-27' })
  financialYear: string;
  @ApiProperty({ type: 'integer', description: 'Base value of the placements in scope in the year (pence).' })
  basePence: number;
  @ApiProperty({
    type: 'integer',
    description: 'At-risk value of the placements in scope in the year (pence).',
  })
  atRiskPence: number;
  @ApiProperty({ maxLength: 8 })
  capPercentPerProviderYear: string;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description:
      "The provider's cap in the year (round down of cap% × its base value); null for a commissioner, whose scope is its own placements.",
  })
  capPence: number | null;
  @ApiProperty({ type: 'integer', description: 'Payable on verified claims achieved in the year.' })
  paidPence: number;
  verifiedClaims: number;
  submittedClaims: number;
  @ApiProperty({
    type: 'integer',
    description: 'At-risk value of placements that ended in the year and was not released by their claims.',
  })
  retainedPence: number;
}

export class OutcomePaymentsSummaryDto {
  @ApiProperty({ type: [OutcomePaymentsRowDto], maxItems: 10000 })
  data: OutcomePaymentsRowDto[];
}
