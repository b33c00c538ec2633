import { ApiProperty } from '@nestjs/swagger';
import { ACADEMIC_YEAR, MAX_ACADEMIC_YEARS } from '../../calendar/dto/calendar.dto';
import { ENGLAND_DEFAULT_CALENDAR } from '../../calendar/engine/england-default';
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
  @ApiProperty({ maxLength: 7, example: '2026-27' })
  financialYear: string;
  schoolDays: number;
  totalPence: number;
}

export class QuoteCalendarDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  organisationId: string | null;
  @ApiProperty({ type: 'array', items: ACADEMIC_YEAR, maxItems: MAX_ACADEMIC_YEARS })
  ownYears: string[];
  @ApiProperty({ type: 'array', items: ACADEMIC_YEAR, maxItems: ENGLAND_DEFAULT_CALENDAR.length })
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
  @ApiProperty({
    maxLength: 32,
    description: 'Sessions over the placement, exact (may be fractional).',
    example: '376',
  })
  sessions: string;
  @ApiProperty({
    maxLength: 32,
    description: 'Quantity of the charged unit, for display (4 dp).',
    example: '188',
  })
  quantity: string;
  weeklyPricePence: number;
  totalPence: number;
  basePence: number;
  atRiskPence: number;
  @ApiProperty({ maxLength: 8 })
  outcomeAtRiskPercent: string;
  @ApiProperty({ maxItems: MAX_ACADEMIC_YEARS + 1 })
  byFinancialYear: FinancialYearPartDto[];
  calendar: QuoteCalendarDto;
}
