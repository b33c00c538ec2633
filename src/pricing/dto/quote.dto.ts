import { ApiProperty } from '@nestjs/swagger';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsDateOnly } from '../../common/date-only';
import { PricingUnit } from '../../frameworks/framework-types';
import { IsId } from '../../common/validators';

export class CreateQuoteDto {
  @ApiProperty({ format: 'uuid' })
  @IsId()
  lotId: string;

  @ApiProperty({ format: 'uuid' })
  @IsId()
  providerId: string;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 10,
    example: 10,
    description: '10 sessions = one full-time place.',
  })
  @IsInt()
  @Min(1)
  @Max(10)
  sessionsPerWeek: number;

  @ApiProperty({ format: 'date', example: '2026-11-02' })
  @IsDateOnly()
  startDate: string;

  @ApiProperty({ format: 'date', example: '2027-07-21' })
  @IsDateOnly()
  endDate: string;

  @ApiProperty({
    required: false,
    format: 'uuid',
    description:
      'Whose school calendar counts the days. A commissioner key defaults to its own organisation.',
  })
  @IsOptional()
  @IsId()
  commissionerOrganisationId?: string;

  @ApiProperty({
    required: false,
    enum: PricingUnit,
    enumName: 'PricingUnit',
    description: 'Price by this line of the card; by default the first of the lot’s units the card prices.',
  })
  @IsOptional()
  @IsEnum(PricingUnit)
  unit?: PricingUnit;
}

export class FinancialYearPartDto {
  @ApiProperty({ example: '2026-27' })
  financialYear: string;
  schoolDays: number;
  totalPence: number;
}

export class QuoteCalendarDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  organisationId: string | null;
  ownYears: string[];
  defaultYears: string[];
}

export class QuoteDto {
  rateCardId: string;
  lotId: string;
  providerId: string;
  @ApiProperty({ enum: PricingUnit, enumName: 'PricingUnit' })
  unit: PricingUnit;
  unitPricePence: number;
  sessionsPerWeek: number;
  @ApiProperty({ format: 'date' })
  startDate: string;
  @ApiProperty({ format: 'date' })
  endDate: string;
  schoolDays: number;
  @ApiProperty({ description: 'Sessions over the placement, exact (may be fractional).', example: '376' })
  sessions: string;
  @ApiProperty({ description: 'Quantity of the charged unit, for display (4 dp).', example: '188' })
  quantity: string;
  weeklyPricePence: number;
  totalPence: number;
  basePence: number;
  atRiskPence: number;
  outcomeAtRiskPercent: string;
  byFinancialYear: FinancialYearPartDto[];
  calendar: QuoteCalendarDto;
}
