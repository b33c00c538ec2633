import { ApiProperty } from '@nestjs/swagger';
import { PageQueryDto } from '../../common/pagination';

export class SpendImportYearDto {
  @ApiProperty({ example: '2025-26', maxLength: 7 })
  financialYear: string;
  @ApiProperty({ type: 'integer' })
  totalPence: number;
  @ApiProperty({ type: 'integer' })
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
  @ApiProperty({ type: 'integer' })
  rowCount: number;
  @ApiProperty({ type: 'integer', description: 'Every row added up, credits included.' })
  totalPence: number;
  @ApiProperty({
    type: 'integer',
    description: 'The credits (negative rows) within the total, as a negative number.',
  })
  creditPence: number;
  @ApiProperty({ type: 'integer', description: 'Rows that name a provider known to the service.' })
  providerLinkedRows: number;
  @ApiProperty({ type: [SpendImportYearDto] })
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
