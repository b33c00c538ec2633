import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { Caller, Role } from '../auth/role';
import { Clock } from '../common/clock';
import { mapPage } from '../common/pagination';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiIfMatch, IfMatch, RequireIfMatch } from '../common/versioning';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { EligibilityDto, EligibilityQueryDto } from './dto/eligibility.dto';
import {
  CreateProviderDto,
  ListProvidersQueryDto,
  ProviderDto,
  ProviderPageDto,
  SetDirectoryStatusDto,
  UpdateProviderDto,
} from './dto/provider.dto';
import { EligibilityService } from './eligibility.service';
import { ProviderView, ProvidersService } from './providers.service';
import { ApiProblem } from '../common/api-problem.decorator';

function toDto(view: ProviderView): ProviderDto {
  return ProviderDto.from(view.provider, view.history);
}

@ApiTags('Providers')
@ApiBearerAuth()
@Controller('v1/providers')
export class ProvidersController {
  constructor(
    private readonly providers: ProvidersService,
    private readonly eligibility: EligibilityService,
    private readonly clock: Clock,
  ) {}

  @Post()
  @ApiProblem(
    409,
    ['duplicate_provider_urn', 'duplicate_provider_ukprn'],
    'Another provider has this URN or UKPRN',
  )
  @Roles(Role.Admin)
  @Idempotent()
  @ApiOperation({ summary: 'Register an AP provider (directory status applied)' })
  async createProvider(
    @Body() body: CreateProviderDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProviderDto> {
    const created = toDto(await this.providers.create(body));
    void reply.header('location', `/v1/providers/${created.id}`);
    return created;
  }

  @Get()
  @ApiProblem(404, ['not_found'], 'The provider key’s own provider no longer exists')
  @ApiOperation({ summary: 'List providers (a provider key sees only itself)' })
  async listProviders(
    @Query() query: ListProvidersQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<ProviderPageDto> {
    return mapPage(await this.providers.list(caller, query), toDto);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a provider with its directory status history' })
  async getProvider(
    @Param('id', ParseIdPipe) id: string,
    @CurrentCaller() caller: Caller,
  ): Promise<ProviderDto> {
    return toDto(await this.providers.get(caller, id));
  }

  @Patch(':id')
  @ApiProblem(
    409,
    ['duplicate_provider_urn', 'duplicate_provider_ukprn'],
    'Another provider has this URN or UKPRN',
  )
  @Roles(Role.Admin, Role.Provider)
  @RequireIfMatch()
  @ApiOperation({
    summary:
      'Change a provider; a provider key may change only its own contactEmail and description (other fields: 403)',
  })
  async updateProvider(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateProviderDto,
    @IfMatch() version: number | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<ProviderDto> {
    return toDto(await this.providers.update(caller, id, body, version));
  }

  @Post(':id/directory-status')
  @ApiProblem(409, ['invalid_transition'], 'The directory status cannot move from its current one to this')
  @ApiProblem(422, ['checks_not_satisfied'], 'A mandatory check is missing, failed or expired today')
  @HttpCode(200)
  @Roles(Role.Admin)
  @ApiIfMatch()
  @ApiOperation({ summary: 'Approve, conditionally approve, suspend or remove a provider, with a reason' })
  async setDirectoryStatus(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: SetDirectoryStatusDto,
    @IfMatch() version: number | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<ProviderDto> {
    return toDto(await this.providers.setDirectoryStatus(id, body, caller.keyId, version));
  }

  @Get(':id/eligibility')
  @Roles(Role.Admin, Role.Auditor, Role.Commissioner, Role.Provider)
  @ApiOperation({
    summary: 'Whether the provider may be awarded work on a lot on a date, with every reason it may not',
  })
  async getEligibility(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: EligibilityQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<EligibilityDto> {
    const date = query.date ?? this.clock.today();
    const result = await this.eligibility.evaluateFor(caller, id, query.lotId, date);
    return { providerId: id, lotId: query.lotId, date, ...result } as EligibilityDto;
  }
}
