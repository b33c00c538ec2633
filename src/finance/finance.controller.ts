import { Controller, Get, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { Caller, Role } from '../auth/role';
import { ApiProblem } from '../common/api-problem.decorator';
import { ForecastDto, ForecastQueryDto, PositionDto, PositionQueryDto } from './dto/finance.dto';
import { forecastCsv, positionCsv } from './finance-csv';
import { FinanceService } from './finance.service';

// Content negotiation (RFC 9110 §12.5.1): CSV when the caller asks for it, JSON otherwise.
function wantsCsv(reply: FastifyReply): boolean {
  const accept = reply.request.headers.accept;
  return typeof accept === 'string' && /(^|,)\s*text\/csv/i.test(accept);
}

const csvOr = <T>(reply: FastifyReply, body: T, csv: (body: T) => string): T | string => {
  void reply.header('vary', 'Accept');
  if (!wantsCsv(reply)) return body;
  void reply.type('text/csv; charset=utf-8');
  return csv(body);
};

const bothMediaTypes = (model: object) => ({
  'application/json': { schema: { $ref: getSchemaPath(model as never) } },
  'text/csv': { schema: { type: 'string', maxLength: 10_000_000 } },
});

@ApiTags('Finance')
@ApiBearerAuth()
@ApiExtraModels(PositionDto, ForecastDto)
@Controller('v1/finance')
export class FinanceController {
  constructor(private readonly finance: FinanceService) {}

  @Get('position')
  @Roles(Role.Admin, Role.Auditor, Role.Commissioner)
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    description: 'The position, as JSON or (Accept: text/csv) CSV.',
    content: bothMediaTypes(PositionDto),
  })
  @ApiProblem(404, ['not_found'], 'The organisation is not one the caller may read')
  @ApiProblem(422, ['calendar_missing'], 'No calendar covers the school days of a commitment')
  @ApiOperation({
    summary: 'The financial position of an organisation in a financial year',
    description:
      'budget, spent (approved invoices + imported ledger spend), committed (the remaining value of accepted ' +
      'call-offs and spot purchases in the year from today, spread over school days in the commissioner’s ' +
      'calendar; the at-risk share is outcome exposure), projected outturn (spent + committed), variance ' +
      '(outturn − budget, positive is an overspend) and percent (one decimal, half away from zero), broken ' +
      'down by lot, provider, cost centre and funding source. Placement spend and commitments carry no ledger ' +
      'code: they are in the unallocated (null) cost centre and funding source. Ledger spend takes the funding ' +
      'source the budget gives its cost centre when that is one source. A commissioner sees its own only.',
  })
  async getFinancialPosition(
    @Query() query: PositionQueryDto,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PositionDto | string> {
    return csvOr(reply, await this.finance.position(caller, query), positionCsv);
  }

  @Get('forecast')
  @Roles(Role.Admin, Role.Auditor, Role.Commissioner)
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    description: 'The forecast, as JSON or (Accept: text/csv) CSV.',
    content: bothMediaTypes(ForecastDto),
  })
  @ApiProblem(404, ['not_found'], 'The organisation is not one the caller may read')
  @ApiProblem(
    422,
    ['calendar_missing'],
    'method=school_days and no calendar covers the window or the basis year',
  )
  @ApiOperation({
    summary: 'A run-rate forecast: the basis year’s spend scaled to a window',
    description:
      'By calendar months (the Cabinet report’s method: months in the window ÷ 12, a part month counted as its ' +
      'days in the window over its days) and by school days in the organisation’s calendar; both figures, their ' +
      'difference and why are returned, and `method` picks the headline forecastPence. Both round half up.',
  })
  async getSpendForecast(
    @Query() query: ForecastQueryDto,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ForecastDto | string> {
    return csvOr(reply, await this.finance.forecast(caller, query), forecastCsv);
  }
}
