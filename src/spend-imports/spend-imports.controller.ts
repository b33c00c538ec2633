import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { Caller, Role } from '../auth/role';
import { UnsupportedMediaTypeError } from '../common/domain-error';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ListSpendImportsQueryDto, SpendImportDto, SpendImportPageDto } from './dto/spend-import.dto';
import { SpendImportsService } from './spend-imports.service';

@ApiTags('Spend imports')
@ApiBearerAuth()
@Controller('v1/organisations/:id/spend-imports')
export class SpendImportsController {
  constructor(private readonly spendImports: SpendImportsService) {}

  @Post()
  @Roles(Role.Admin, Role.Commissioner)
  @ApiConsumes('text/csv')
  @ApiBody({
    description:
      'A ledger export in UTF-8 (at most 8 MB, 100,000 rows), with a header row naming the columns date ' +
      '(2025-04-30 or 30/04/2025), supplier, amount (pounds as written: £1,234.56, 1234.56; a credit as -12.00 or ' +
      '(12.00), which reduces spend), cost centre, description, and optionally provider id and on framework ' +
      '(yes/no). Other columns are ignored.',
    schema: { type: 'string', maxLength: 8 * 1024 * 1024 },
  })
  @ApiResponse({
    status: 200,
    type: SpendImportDto,
    description: 'The same file was imported before: that import.',
  })
  @ApiResponse({ status: 201, type: SpendImportDto, description: 'The file was imported.' })
  @ApiOperation({
    summary: 'Import ledger spend from a CSV export',
    description:
      'All or nothing: one bad row and nothing is stored; 400 validation_failed names each problem as ' +
      'rows.<n>.<column>, counting the header as row 1 as a spreadsheet does. Idempotent by the SHA-256 of the ' +
      "file's bytes: the same file again answers 200 with the original import. Rows naming a provider are tied to " +
      'it (the provider must exist); the others keep the supplier name.',
  })
  async createSpendImport(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: unknown,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SpendImportDto> {
    if (!Buffer.isBuffer(body)) throw new UnsupportedMediaTypeError('Send the ledger export as text/csv.');
    const outcome = await this.spendImports.import(caller, id, body);
    void reply.status(outcome.created ? 201 : 200);
    return outcome.spendImport;
  }

  @Get()
  @Roles(Role.Admin, Role.Auditor, Role.Commissioner)
  @ApiOperation({ summary: "List an organisation's spend imports with their totals" })
  listSpendImports(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: ListSpendImportsQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<SpendImportPageDto> {
    return this.spendImports.list(caller, id, query);
  }
}
