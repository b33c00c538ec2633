import { ApiProperty } from '@nestjs/swagger';
import { MAX_PENCE } from '../../common/validators';
import { PageQueryDto } from '../../common/pagination';

export class SpendImportYearDto {
  @ApiProperty({ example: '2025-26', maxLength: 7 })
  financialYear: string;
  @ApiProperty({ type: 'integer', minimum: -MAX_PENCE, maximum: MAX_PENCE })
  totalPence: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 2_147_483_647 })
  lines: number;
}

export class SpendImportDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  organisationId: string;
  @ApiProperty({
    maxLength: 64,
    description: "SHA-256 of the file's bytes (hex): the same file is the same import.",
  })
  digest: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 2_147_483_647 })
  rowCount: number;
  @ApiProperty({
    type: 'integer',
    minimum: -MAX_PENCE,
    maximum: MAX_PENCE,
    description: 'Every row added up, credits included.',
  })
  totalPence: number;
  @ApiProperty({
    type: 'integer',
    minimum: -MAX_PENCE,
    maximum: MAX_PENCE,
    description: 'The credits (negative rows) within the total, as a negative number.',
  })
  creditPence: number;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 2_147_483_647,
    description: 'Rows that name a provider known to the service.',
  })
  providerLinkedRows: number;
  @ApiProperty({ type: [SpendImportYearDto], maxItems: 100 })
  byFinancialYear: SpendImportYearDto[];
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class SpendImportPageDto {
  @ApiProperty({ type: [SpendImportDto] })
  data: SpendImportDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

export class ListSpendImportsQueryDto extends PageQueryDto {}
