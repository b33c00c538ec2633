import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsNotBlank, MAX_PENCE } from '../../common/validators';
import { FundingSource } from '../budget.entity';

export const MAX_BUDGET_LINES = 500;

export class BudgetLineDto {
  @ApiProperty({ maxLength: 64, example: 'AP-PLACEMENTS', description: "The ledger's cost centre code." })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 ._/-]{0,63}$/, {
    message: 'costCentre must be 1–64 letters, digits, spaces, ., _, / or -',
  })
  costCentre: string;

  @ApiProperty({ enum: FundingSource, enumName: 'FundingSource' })
  @IsEnum(FundingSource)
  fundingSource: FundingSource;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: MAX_PENCE })
  @IsInt()
  @Min(0)
  @Max(MAX_PENCE)
  amountPence: number;
}

export class PutBudgetDto {
  @ApiProperty({
    type: [BudgetLineDto],
    maxItems: MAX_BUDGET_LINES,
    description: 'Each cost centre and funding source at most once.',
  })
  @IsArray()
  @ArrayMaxSize(MAX_BUDGET_LINES)
  @ValidateNested({ each: true })
  @Type(() => BudgetLineDto)
  lines: BudgetLineDto[];

  @ApiProperty({
    required: false,
    nullable: true,
    type: String,
    maxLength: 500,
    example: 'demo assumption',
    description: 'Free text, such as where the figure comes from.',
  })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(500)
  note?: string | null;
}

export class BudgetDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  organisationId: string;
  @ApiProperty({ example: '2025-26', maxLength: 7 })
  financialYear: string;
  @ApiProperty({ type: [BudgetLineDto] })
  lines: BudgetLineDto[];
  @ApiProperty({ type: 'integer', description: 'The sum of the lines.' })
  totalPence: number;
  @ApiProperty({ type: String, nullable: true, maxLength: 500 })
  note: string | null;
  @ApiProperty({ type: 'integer' })
  version: number;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}
