import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { RecordsReads } from '../audit/audit.decorators';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { Caller, Role } from '../auth/role';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiIfMatch, IfMatch } from '../common/versioning';
import { durableKeyOf } from '../idempotency/idempotency.service';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { BlanketExtensionsService } from './blanket-extensions.service';
import { CallOffVariationsService } from './call-off-variations.service';
import { CallOffView, CallOffsService } from './call-offs.service';
import { BlanketExtensionDto, CreateBlanketExtensionDto } from './dto/blanket-extension.dto';
import { CallOffDto, CallOffPageDto, CallOffSummaryDto, ListCallOffsQueryDto } from './dto/call-off.dto';
import { CreateCallOffDto } from './dto/create-call-off.dto';
import {
  AcceptCallOffDto,
  CreateVariationDto,
  DeclineCallOffDto,
  WithdrawCallOffDto,
} from './dto/lifecycle.dto';
import { MatchesDto, MatchesQueryDto } from './dto/matches.dto';
import { MatchesService } from './matches.service';
import { ApiProblem } from '../common/api-problem.decorator';

// A response carrying a child's data is never kept by a browser or a shared cache (UK GDPR Art. 32: appropriate
// security of special-category data). Set before the handler runs, so an error or an idempotent replay has it too.
const NoStore = () => Header('Cache-Control', 'no-store');

const toDto = (view: CallOffView) =>
  CallOffDto.from(
    view.callOff,
    view.status,
    view.showSpecialCategory,
    view.review ?? null,
    view.ownEvidenceOnly,
  );

const location = (view: CallOffView) => `/v1/call-offs/${view.callOff.id}`;

@ApiTags('Call-offs')
@ApiBearerAuth()
@Controller('v1')
export class CallOffsController {
  constructor(
    private readonly callOffs: CallOffsService,
    private readonly matches: MatchesService,
    private readonly blanketExtensions: BlanketExtensionsService,
    private readonly variations: CallOffVariationsService,
  ) {}

  @Get('lots/:lotId/matches')
  @ApiProblem(
    422,
    ['sessions_above_lot_maximum', 'calendar_missing'],
    'The placement breaks a lot rule, or no calendar covers its dates',
  )
  @Roles(Role.Admin, Role.Commissioner)
  @ApiOperation({
    summary: 'Rank the lot’s providers for a placement, with the reasons others cannot take it',
  })
  // The service writes the JSON itself (a 2,000-provider lot answers ~800 KiB); Fastify sends the bytes as they are.
  @ApiOkResponse({ type: MatchesDto })
  @Header('content-type', 'application/json; charset=utf-8')
  listMatches(
    @Param('lotId', ParseIdPipe) lotId: string,
    @Query() query: MatchesQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<Buffer> {
    return this.matches.forLot(caller, lotId, query);
  }

  @Post('call-offs')
  @ApiProblem(
    409,
    ['capacity_exhausted'],
    'The provider has too few free sessions on some day of the placement',
  )
  @ApiProblem(
    422,
    [
      'provider_ineligible',
      'no_eligible_provider',
      'justification_required',
      'registration_threshold',
      'child_ref_looks_like_upn',
      'plan_incomplete',
      'send_caseworker_not_notified',
      'exclusion_date_required',
      'sessions_above_lot_maximum',
      'direct_award_not_allowed',
      'not_entitled',
      'lot_not_found',
      'framework_not_active',
      'price_above_ceiling',
      'no_rate_card',
      'calendar_missing',
    ],
    'The placement breaks a rule of the framework, the lot, the statutory guidance or the Education Act 1996 s.463',
  )
  @Roles(Role.Commissioner)
  @Idempotent({ required: true, durable: true })
  @NoStore()
  @ApiOperation({
    summary: 'Raise a call-off (one placement of one child) and offer it to the chosen provider',
  })
  async createCallOff(
    @Body() body: CreateCallOffDto,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CallOffDto> {
    // Required, and checked, by the idempotency interceptor before this runs; the raise stores its answer with the
    // call-off, built once for the record and the response.
    const durable = durableKeyOf(reply.request);
    let kept: { view: CallOffView; dto: CallOffDto } | undefined;
    const view = await this.callOffs.create(
      caller,
      body,
      durable && {
        durable,
        answer: (raised) => {
          kept = { view: raised, dto: toDto(raised) };
          return { body: kept.dto, location: location(raised) };
        },
      },
    );
    void reply.header('location', location(view));
    return kept?.view === view ? kept.dto : toDto(view);
  }

  @Get('call-offs')
  @NoStore()
  @RecordsReads('call_off')
  @ApiOperation({
    summary:
      'List call-offs in the caller’s scope (summaries: GET one for its plan, award evidence and variations)',
  })
  async listCallOffs(
    @Query() query: ListCallOffsQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<CallOffPageDto> {
    const page = await this.callOffs.list(caller, query);
    return {
      data: page.data.map((view) =>
        CallOffSummaryDto.from(view.callOff, view.status, view.showSpecialCategory),
      ),
      nextCursor: page.nextCursor,
    };
  }

  @Get('call-offs/:id')
  @NoStore()
  @RecordsReads('call_off')
  @ApiOperation({ summary: 'Get a call-off' })
  async getCallOff(
    @Param('id', ParseIdPipe) id: string,
    @CurrentCaller() caller: Caller,
  ): Promise<CallOffDto> {
    return toDto(await this.callOffs.get(caller, id));
  }

  @Post('call-offs/:id/accept')
  @ApiProblem(409, ['invalid_transition'], 'The call-off is not offered (any more)')
  @HttpCode(200)
  @Roles(Role.Provider)
  @ApiIfMatch()
  @NoStore()
  @ApiOperation({ summary: 'Accept an offered call-off (the addressed provider)' })
  async acceptCallOff(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: AcceptCallOffDto,
    @IfMatch() version: number | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<CallOffDto> {
    return toDto(await this.callOffs.accept(caller, id, body.note, version));
  }

  @Post('call-offs/:id/decline')
  @ApiProblem(409, ['invalid_transition'], 'The call-off is not offered (any more)')
  @HttpCode(200)
  @Roles(Role.Provider)
  @ApiIfMatch()
  @NoStore()
  @ApiOperation({ summary: 'Decline an offered call-off with a reason code; its capacity is released' })
  async declineCallOff(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: DeclineCallOffDto,
    @IfMatch() version: number | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<CallOffDto> {
    return toDto(await this.callOffs.decline(caller, id, body.reasonCode, body.note, version));
  }

  @Post('call-offs/:id/withdraw')
  @ApiProblem(409, ['invalid_transition'], 'The call-off has been answered, or has lapsed')
  @HttpCode(200)
  @Roles(Role.Commissioner)
  @ApiIfMatch()
  @NoStore()
  @ApiOperation({ summary: 'Withdraw a call-off before the provider accepts it; its capacity is released' })
  async withdrawCallOff(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: WithdrawCallOffDto,
    @IfMatch() version: number | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<CallOffDto> {
    return toDto(await this.callOffs.withdraw(caller, id, body.reason, version));
  }

  @Post('call-offs/:id/variations')
  @ApiProblem(
    409,
    ['invalid_transition', 'capacity_exhausted'],
    'The call-off cannot be varied in its status, or the provider lacks the sessions',
  )
  @ApiProblem(
    422,
    ['registration_threshold', 'effective_date_out_of_range', 'extension_not_later', 'calendar_missing'],
    'The variation breaks a placement rule',
  )
  @HttpCode(200)
  @Roles(Role.Commissioner, Role.Admin)
  @ApiIfMatch()
  @NoStore()
  @ApiOperation({
    summary:
      'Vary an accepted call-off: extend, change sessions or terminate; re-priced from the effective date',
  })
  async createVariation(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: CreateVariationDto,
    @IfMatch() version: number | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<CallOffDto> {
    return toDto(await this.variations.vary(caller, id, body, version));
  }

  @Post('frameworks/:id/blanket-extensions')
  @HttpCode(200)
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Extend every in-flight call-off of the framework to one date (dry run first)' })
  createBlanketExtension(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: CreateBlanketExtensionDto,
    @CurrentCaller() caller: Caller,
  ): Promise<BlanketExtensionDto> {
    return this.blanketExtensions.run(caller, id, body);
  }
}
