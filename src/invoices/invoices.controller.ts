import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { stringify } from 'csv-stringify/sync';
import { FastifyReply } from 'fastify';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { Caller, Role } from '../auth/role';
import { ApiProblem } from '../common/api-problem.decorator';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiIfMatch, IfMatch } from '../common/versioning';
import { Idempotent } from '../idempotency/idempotent.decorator';
import {
  CreateInvoiceDto,
  DisputeInvoiceDto,
  InvoiceDto,
  InvoicePageDto,
  InvoiceSummaryDto,
  ListInvoicesQueryDto,
  PayInvoiceDto,
} from './dto/invoice.dto';
import { InvoiceView, InvoicesService } from './invoices.service';
import { invoiceDto, invoiceSummaryDto } from './invoice-views';

// Money between a council and a provider: not for shared caches.
const NoStore = () => Header('Cache-Control', 'no-store');

const CSV_COLUMNS: (keyof InvoiceSummaryDto)[] = [
  'id',
  'providerInvoiceNumber',
  'providerId',
  'commissionerOrganisationId',
  'issuedOn',
  'periodFrom',
  'periodTo',
  'receivedOn',
  'dueBy',
  'paidOn',
  'status',
  'overdue',
  'matchStatus',
  'totalPence',
  'variancePence',
];

const toDto = (view: InvoiceView) => invoiceDto(view);

@ApiTags('Invoices')
@ApiExtraModels(InvoicePageDto)
@ApiBearerAuth()
@Controller('v1')
export class InvoicesController {
  constructor(private readonly invoices: InvoicesService) {}

  @Post('invoices')
  @ApiProblem(
    409,
    ['duplicate_invoice_number', 'outcome_claim_already_invoiced'],
    'The invoice number is taken',
  )
  @ApiProblem(
    422,
    ['call_off_not_invoiceable', 'invoice_total_mismatch', 'calendar_missing'],
    'A line bills a placement that is not between you and the commissioner, or the total is not the lines’ sum',
  )
  @Roles(Role.Provider)
  @Idempotent()
  @NoStore()
  @ApiOperation({
    summary:
      'Submit an invoice: each line is matched to the call-off’s price, the sessions commissioned and delivered, and verified claims',
  })
  async createInvoice(
    @Body() body: CreateInvoiceDto,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InvoiceDto> {
    const view = await this.invoices.submit(caller, body);
    void reply.header('location', `/v1/invoices/${view.invoice.id}`);
    return toDto(view);
  }

  @Get('invoices')
  @NoStore()
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    description:
      'A page of invoices. With Accept: text/csv, the same page as CSV (one row per invoice) and the next page in a Link header.',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(InvoicePageDto) } },
      'text/csv': { schema: { type: 'string', maxLength: 1_000_000 } },
    },
  })
  @ApiOperation({
    summary: 'List invoices in the caller’s scope; ?overdue=true lists those unpaid after their due date',
  })
  async listInvoices(
    @Query() query: ListInvoicesQueryDto,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InvoicePageDto | string> {
    const page = await this.invoices.list(caller, query);
    const data = page.data.map(invoiceSummaryDto);
    if (!wantsCsv(reply.request.headers.accept)) return { data, nextCursor: page.nextCursor };
    void reply.header('content-type', 'text/csv; charset=utf-8');
    if (page.nextCursor)
      void reply.header('link', `<${nextPageUrl(reply.request.url, page.nextCursor)}>; rel="next"`);
    return stringify(
      data.map((row) => CSV_COLUMNS.map((column) => row[column])),
      { header: true, columns: CSV_COLUMNS as string[], cast: { boolean: (value) => String(value) } },
    );
  }

  @Get('invoices/:id')
  @NoStore()
  @ApiOperation({
    summary: 'Get an invoice with its lines, each matched or queried with the reasons and variance',
  })
  async getInvoice(
    @Param('id', ParseIdPipe) id: string,
    @CurrentCaller() caller: Caller,
  ): Promise<InvoiceDto> {
    return toDto(await this.invoices.get(caller, id));
  }

  @Post('invoices/:id/approve')
  @ApiProblem(409, ['invalid_transition'], 'The invoice is not submitted (any more)')
  @ApiProblem(422, ['calendar_missing'], 'No school calendar covers the invoiced period')
  @HttpCode(200)
  @Roles(Role.Commissioner)
  @ApiIfMatch()
  @NoStore()
  @ApiOperation({
    summary:
      'Approve an invoice (the commissioner it is addressed to): its lines become spend in their financial years',
  })
  async approveInvoice(
    @Param('id', ParseIdPipe) id: string,
    @IfMatch() version: number | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<InvoiceDto> {
    return toDto(await this.invoices.approve(caller, id, version));
  }

  @Post('invoices/:id/dispute')
  @ApiProblem(409, ['invalid_transition'], 'The invoice is not submitted (any more)')
  @HttpCode(200)
  @Roles(Role.Commissioner)
  @ApiIfMatch()
  @NoStore()
  @ApiOperation({ summary: 'Dispute an invoice with a reason; the provider sends a corrected one' })
  async disputeInvoice(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: DisputeInvoiceDto,
    @IfMatch() version: number | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<InvoiceDto> {
    return toDto(await this.invoices.dispute(caller, id, body.reason, version));
  }

  @Post('invoices/:id/paid')
  @ApiProblem(409, ['invalid_transition'], 'The invoice is not approved, or is already paid')
  @ApiProblem(422, ['paid_on_out_of_range'], 'The payment date is before receipt or in the future')
  @HttpCode(200)
  @Roles(Role.Commissioner)
  @ApiIfMatch()
  @NoStore()
  @ApiOperation({ summary: 'Record that an approved invoice was paid' })
  async payInvoice(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: PayInvoiceDto,
    @IfMatch() version: number | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<InvoiceDto> {
    return toDto(await this.invoices.pay(caller, id, body.paidOn, version));
  }
}

// text/csv when the caller asks for it ahead of JSON (or alone).
function wantsCsv(accept: string | undefined): boolean {
  if (!accept) return false;
  const types = accept.split(',').map((part) => part.split(';')[0].trim().toLowerCase());
  const csv = types.indexOf('text/csv');
  const json = types.indexOf('application/json');
  return csv >= 0 && (json < 0 || csv < json);
}

function nextPageUrl(url: string, cursor: string): string {
  const [path, search = ''] = url.split('?');
  const params = new URLSearchParams(search);
  params.set('cursor', cursor);
  return `${path}?${params.toString()}`;
}
