import { ApiProperty } from '@nestjs/swagger';
import { IsEnum, IsOptional, Matches } from 'class-validator';
import { IsDateOnly } from '../../common/date-only';
import { IsId, MAX_PENCE } from '../../common/validators';

export enum ForecastMethod {
  Months = 'months',
  SchoolDays = 'school_days',
}

const FINANCIAL_YEAR = /^\d{4}-\d{2}$/;

export class PositionQueryDto {
  @ApiProperty({
    required: false,
    format: 'uuid',
    description: "Required for admin and auditor; a commissioner's own by default.",
  })
  @IsOptional()
  @IsId()
  organisationId?: string;

  @ApiProperty({
    example: '2025-26',
    pattern: '^\\d{4}-\\d{2}$',
    maxLength: 7,
    description: '1 April – 31 March.',
  })
  @Matches(FINANCIAL_YEAR, { message: 'financialYear must be a financial year such as 2025-26' })
  financialYear: string;
}

export class ForecastQueryDto {
  @ApiProperty({
    required: false,
    format: 'uuid',
    description: "Required for admin and auditor; a commissioner's own by default.",
  })
  @IsOptional()
  @IsId()
  organisationId?: string;

  @ApiProperty({
    example: '2025-26',
    pattern: '^\\d{4}-\\d{2}$',
    maxLength: 7,
    description: 'The year whose spend is the run rate.',
  })
  @Matches(FINANCIAL_YEAR, { message: 'basisFinancialYear must be a financial year such as 2025-26' })
  basisFinancialYear: string;

  @ApiProperty({ format: 'date', maxLength: 10, example: '2026-09-01' })
  @IsDateOnly()
  from: string;

  @ApiProperty({ format: 'date', maxLength: 10, example: '2027-03-31' })
  @IsDateOnly()
  to: string;

  @ApiProperty({
    required: false,
    enum: ForecastMethod,
    enumName: 'ForecastMethod',
    default: ForecastMethod.Months,
    description: 'Which figure is the headline forecastPence; both are always returned.',
  })
  @IsOptional()
  @IsEnum(ForecastMethod)
  method?: ForecastMethod;
}

export class FiguresDto {
  @ApiProperty({
    type: 'integer',
    minimum: -MAX_PENCE,
    maximum: MAX_PENCE,
    nullable: true,
    description: 'null where no budget is set (lots, providers, unallocated).',
  })
  budgetPence: number | null;
  @ApiProperty({
    type: 'integer',
    minimum: -MAX_PENCE,
    maximum: MAX_PENCE,
    description: 'Approved invoices + imported ledger spend.',
  })
  spentPence: number;
  @ApiProperty({
    type: 'integer',
    minimum: -MAX_PENCE,
    maximum: MAX_PENCE,
    description: 'Remaining value of live call-offs and spot purchases in the year from today.',
  })
  committedPence: number;
  @ApiProperty({
    type: 'integer',
    minimum: -MAX_PENCE,
    maximum: MAX_PENCE,
    description: 'The at-risk (outcome payment) share of committedPence.',
  })
  outcomeExposurePence: number;
  @ApiProperty({
    type: 'integer',
    minimum: -MAX_PENCE,
    maximum: MAX_PENCE,
    description: 'spentPence + committedPence.',
  })
  projectedOutturnPence: number;
  @ApiProperty({
    type: 'integer',
    minimum: -MAX_PENCE,
    maximum: MAX_PENCE,
    nullable: true,
    description: 'Projected outturn − budget: positive is an overspend.',
  })
  variancePence: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: 16,
    example: '86.2',
    description: 'variancePence ÷ budgetPence × 100, one decimal place, rounded half away from zero.',
  })
  variancePercent: string | null;
}

export class PositionTotalDto extends FiguresDto {
  @ApiProperty({ type: 'integer', minimum: -MAX_PENCE, maximum: MAX_PENCE })
  invoicedPence: number;
  @ApiProperty({ type: 'integer', minimum: -MAX_PENCE, maximum: MAX_PENCE })
  importedPence: number;
  @ApiProperty({
    type: 'integer',
    minimum: -MAX_PENCE,
    maximum: MAX_PENCE,
    description: 'Imported spend marked onFramework = no.',
  })
  offFrameworkSpentPence: number;
  @ApiProperty({
    type: 'integer',
    minimum: -MAX_PENCE,
    maximum: MAX_PENCE,
    description: 'The spot purchases’ share of committedPence.',
  })
  spotCommittedPence: number;
  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: 16,
    example: '186.2',
    description: 'Projected outturn ÷ budget × 100, one decimal place, half away from zero.',
  })
  outturnPercentOfBudget: string | null;
}

export class LotFiguresDto extends FiguresDto {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'null: not tied to a lot (ledger spend, spot purchases without one).',
  })
  lotId: string | null;
}

export class ProviderFiguresDto extends FiguresDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  providerId: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: 200,
    description: 'The ledger supplier name, when no provider is named.',
  })
  supplierName: string | null;
}

export class CostCentreFiguresDto extends FiguresDto {
  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: 64,
    description: 'null: unallocated (placement spend and commitments carry no ledger code).',
  })
  costCentre: string | null;
}

export class FundingSourceFiguresDto extends FiguresDto {
  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['dsg_high_needs', 'general_fund', 'school_budget', 'other'],
    enumName: 'FundingSource',
    description: 'null: unallocated.',
  })
  fundingSource: string | null;
}

export class PositionDto {
  @ApiProperty({ format: 'uuid' })
  organisationId: string;
  @ApiProperty({ example: '2025-26', maxLength: 7 })
  financialYear: string;
  @ApiProperty({ format: 'date', description: 'Commitments count from this day (included).' })
  asOf: string;
  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: 500,
    description: "The budget's note, such as 'demo assumption'.",
  })
  budgetNote: string | null;
  @ApiProperty({ type: PositionTotalDto })
  total: PositionTotalDto;
  @ApiProperty({ type: [LotFiguresDto], maxItems: 10_000 })
  byLot: LotFiguresDto[];
  @ApiProperty({ type: [ProviderFiguresDto], maxItems: 100_000 })
  byProvider: ProviderFiguresDto[];
  @ApiProperty({ type: [CostCentreFiguresDto], maxItems: 10_000 })
  byCostCentre: CostCentreFiguresDto[];
  @ApiProperty({ type: [FundingSourceFiguresDto], maxItems: 5 })
  byFundingSource: FundingSourceFiguresDto[];
}

export class MonthsFigureDto {
  @ApiProperty({
    maxLength: 32,
    example: '7',
    description: 'Months in the window, exact (whole and a fraction).',
  })
  months: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 2_147_483_647 })
  wholeMonths: number;
  @ApiProperty({
    type: 'integer',
    minimum: -MAX_PENCE,
    maximum: MAX_PENCE,
    description: 'basis × months ÷ 12, rounded half up.',
  })
  forecastPence: number;
}

export class SchoolDaysFigureDto {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 2_147_483_647 })
  windowSchoolDays: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 2_147_483_647 })
  basisSchoolDays: number;
  @ApiProperty({
    type: 'integer',
    minimum: -MAX_PENCE,
    maximum: MAX_PENCE,
    description: 'basis × window school days ÷ basis school days, rounded half up.',
  })
  forecastPence: number;
}

export class ForecastDto {
  @ApiProperty({ format: 'uuid' })
  organisationId: string;
  @ApiProperty({ example: '2025-26', maxLength: 7 })
  basisFinancialYear: string;
  @ApiProperty({
    type: 'integer',
    minimum: -MAX_PENCE,
    maximum: MAX_PENCE,
    description: 'Spent in the basis year: approved invoices + imported ledger spend.',
  })
  basisSpentPence: number;
  @ApiProperty({ format: 'date' })
  from: string;
  @ApiProperty({ format: 'date' })
  to: string;
  @ApiProperty({ enum: ForecastMethod, enumName: 'ForecastMethod' })
  method: ForecastMethod;
  @ApiProperty({
    type: 'integer',
    minimum: -MAX_PENCE,
    maximum: MAX_PENCE,
    description: 'The chosen method’s figure.',
  })
  forecastPence: number;
  @ApiProperty({ type: MonthsFigureDto })
  months: MonthsFigureDto;
  @ApiProperty({
    type: SchoolDaysFigureDto,
    nullable: true,
    description: 'null when no calendar covers the window (months only).',
  })
  schoolDays: SchoolDaysFigureDto | null;
  @ApiProperty({
    type: 'integer',
    minimum: -MAX_PENCE,
    maximum: MAX_PENCE,
    nullable: true,
    description: 'school days figure − months figure.',
  })
  differencePence: number | null;
  @ApiProperty({ maxLength: 1000, description: 'Why the two figures differ.' })
  explanation: string;
}
