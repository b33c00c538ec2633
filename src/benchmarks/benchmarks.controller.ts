import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { Caller, Role } from '../auth/role';
import { ApiProblem } from '../common/api-problem.decorator';
import { benchmarksCsv, benchmarksJson, highCostCsv } from './benchmarks-csv';
import { BenchmarksService } from './benchmarks.service';
import { BenchmarksDto, BenchmarksQueryDto } from './dto/benchmarks.dto';
import { HighCostPlacementPageDto, HighCostQueryDto } from './dto/high-cost.dto';

// `Accept: text/csv` asks for the same answer as CSV; anything else is JSON.
const wantsCsv = (accept: string | undefined) => (accept ?? '').toLowerCase().includes('text/csv');
const CSV = {
  schema: { type: 'string', maxLength: 100_000_000, description: 'RFC 4180 CSV with a header row.' },
};

@ApiTags('Cost benchmarks')
@ApiBearerAuth()
@ApiExtraModels(BenchmarksDto, HighCostPlacementPageDto)
@Controller('v1/finance')
export class BenchmarksController {
  constructor(private readonly benchmarks: BenchmarksService) {}

  @Get('benchmarks')
  @Roles(Role.Admin, Role.Auditor, Role.Commissioner, Role.Provider)
  @ApiProblem(404, ['not_found'], 'The lot does not exist in the caller’s scope')
  @ApiProblem(422, ['calendar_missing'], 'An annual-place price needs an academic year no calendar defines')
  @ApiOperation({
    summary: 'Compare a lot’s prices and placement costs per pupil-day',
    description:
      'Every provider’s approved price in force on `to`, and the accepted placements and spot purchases live in ' +
      '[from, to], in pence per pupil-day, with the lot’s p25, median and p75 (R-7, Excel PERCENTILE.INC) and each ' +
      'one’s percentile rank and quartile. Admin and auditor see everything; a commissioner sees every price, its ' +
      'own placements, and other organisations’ only as aggregates of at least 5; a provider sees its own price and ' +
      'the aggregates. `Accept: text/csv` gives the same as CSV.',
  })
  @ApiOkResponse({
    description: 'The lot’s benchmarks (JSON), or the same as CSV.',
    content: { 'application/json': { schema: { $ref: getSchemaPath(BenchmarksDto) } }, 'text/csv': CSV },
  })
  async getBenchmarks(
    @Query() query: BenchmarksQueryDto,
    @CurrentCaller() caller: Caller,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const answer = await this.benchmarks.benchmarks(caller, query);
    if (!wantsCsv(accept)) {
      // Written here rather than by Fastify, so the bytes of the rows the service keeps per lot are reused.
      void reply.header('content-type', 'application/json; charset=utf-8');
      return benchmarksJson(answer);
    }
    void reply.header('content-type', 'text/csv; charset=utf-8');
    return benchmarksCsv(answer);
  }

  @Get('high-cost-placements')
  @Roles(Role.Admin, Role.Commissioner)
  @ApiProblem(404, ['not_found'], 'The lot, or the organisation named, is not in the caller’s scope')
  @ApiProblem(422, ['calendar_missing'], 'An annual-place price needs an academic year no calendar defines')
  @ApiOperation({
    summary: 'List live placements that cost more than they should, with cheaper alternatives',
    description:
      'Accepted placements on the lot live today whose cost per pupil-day is more than the framework’s ' +
      'highCostThresholdPercent above the lot’s p75 price, or whose unit price is above the lot’s ceiling; each with ' +
      'up to 3 cheaper providers eligible on the lot with capacity for the rest of the placement (the ranking of ' +
      'GET /v1/lots/{lotId}/matches). A commissioner sees its own; admin all, or one organisationId. ' +
      '`Accept: text/csv` gives the page as CSV (one row per alternative) with the next cursor in X-Next-Cursor.',
  })
  @ApiOkResponse({
    description: 'One page of high-cost placements; nextCursor fetches the next (null on the last).',
    headers: {
      'X-Next-Cursor': {
        description: 'CSV only: the cursor of the next page, when there is one.',
        schema: { type: 'string', maxLength: 500 },
        required: false,
      },
    },
    content: {
      'application/json': { schema: { $ref: getSchemaPath(HighCostPlacementPageDto) } },
      'text/csv': CSV,
    },
  })
  async listHighCostPlacements(
    @Query() query: HighCostQueryDto,
    @CurrentCaller() caller: Caller,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HighCostPlacementPageDto | string> {
    const page = await this.benchmarks.highCostPlacements(caller, query);
    if (!wantsCsv(accept)) return page;
    void reply.header('content-type', 'text/csv; charset=utf-8');
    if (page.nextCursor) void reply.header('x-next-cursor', page.nextCursor);
    return highCostCsv(page);
  }
}
