import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { Caller, Role } from '../auth/role';
import { mapPage } from '../common/pagination';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiIfMatch, IfMatch, RequireIfMatch } from '../common/versioning';
import { Idempotent } from '../idempotency/idempotent.decorator';
import {
  CreateFrameworkDto,
  FrameworkDto,
  FrameworkPageDto,
  ListFrameworksQueryDto,
  UpdateFrameworkDto,
} from './dto/framework.dto';
import { CreateLotDto, ListLotsQueryDto, LotDto, LotPageDto, UpdateLotDto } from './dto/lot.dto';
import { FrameworkView, FrameworksService } from './frameworks.service';
import { ApiProblem } from '../common/api-problem.decorator';

function toDto(view: FrameworkView): FrameworkDto {
  return FrameworkDto.from(view.framework, view.participantOrganisationIds, view.status);
}

@ApiTags('Frameworks and lots')
@ApiBearerAuth()
@Controller('v1')
export class FrameworksController {
  constructor(private readonly frameworks: FrameworksService) {}

  @Post('frameworks')
  @ApiProblem(409, ['duplicate_framework_reference'], 'A framework already has this reference')
  @ApiProblem(
    422,
    ['framework_term_too_long', 'organisation_not_found'],
    'The term is longer than the Procurement Act 2023 allows, or an organisation does not exist',
  )
  @Roles(Role.Admin)
  @Idempotent()
  @ApiOperation({ summary: 'Create a framework (draft)' })
  async createFramework(
    @Body() body: CreateFrameworkDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FrameworkDto> {
    const created = toDto(await this.frameworks.create(body));
    void reply.header('location', `/v1/frameworks/${created.id}`);
    return created;
  }

  @Get('frameworks')
  @ApiOperation({ summary: 'List the frameworks the caller may see' })
  async listFrameworks(
    @Query() query: ListFrameworksQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<FrameworkPageDto> {
    return mapPage(await this.frameworks.list(caller, query), toDto);
  }

  @Get('frameworks/:id')
  @ApiOperation({ summary: 'Get a framework' })
  async getFramework(
    @Param('id', ParseIdPipe) id: string,
    @CurrentCaller() caller: Caller,
  ): Promise<FrameworkDto> {
    return toDto(await this.frameworks.get(caller, id));
  }

  @Patch('frameworks/:id')
  @ApiProblem(409, ['framework_not_draft'], 'Only a draft framework can be changed')
  @ApiProblem(
    422,
    ['framework_term_too_long', 'organisation_not_found'],
    'The term is longer than the Procurement Act 2023 allows, or an organisation does not exist',
  )
  @Roles(Role.Admin)
  @RequireIfMatch()
  @ApiOperation({ summary: 'Change a draft framework' })
  async updateFramework(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateFrameworkDto,
    @IfMatch() version: number | undefined,
  ): Promise<FrameworkDto> {
    return toDto(await this.frameworks.update(id, body, version));
  }

  @Post('frameworks/:id/activate')
  @ApiProblem(
    409,
    ['invalid_transition', 'framework_has_no_lots'],
    'The framework is not a draft, or has no lots',
  )
  @HttpCode(200)
  @Roles(Role.Admin)
  @ApiIfMatch()
  @ApiOperation({ summary: 'Activate a draft framework that has at least one lot' })
  async activateFramework(
    @Param('id', ParseIdPipe) id: string,
    @IfMatch() version: number | undefined,
  ): Promise<FrameworkDto> {
    return toDto(await this.frameworks.activate(id, version));
  }

  @Post('frameworks/:id/lots')
  @ApiProblem(
    409,
    ['duplicate_lot_number', 'framework_not_draft'],
    'The number is taken, or the framework is no longer a draft',
  )
  @ApiProblem(422, ['unknown_check_type'], 'A mandatory check type is not in the catalogue')
  @Roles(Role.Admin)
  @Idempotent()
  @ApiOperation({ summary: 'Add a lot to a draft framework' })
  async createLot(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: CreateLotDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LotDto> {
    const created = LotDto.from(await this.frameworks.createLot(id, body));
    void reply.header('location', `/v1/lots/${created.id}`);
    return created;
  }

  @Get('frameworks/:id/lots')
  @ApiOperation({ summary: 'List the lots of a framework' })
  async listLots(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: ListLotsQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<LotPageDto> {
    return mapPage(await this.frameworks.listLots(caller, id, query), (lot) => LotDto.from(lot));
  }

  @Get('lots/:lotId')
  @ApiOperation({ summary: 'Get a lot' })
  async getLot(@Param('lotId', ParseIdPipe) lotId: string, @CurrentCaller() caller: Caller): Promise<LotDto> {
    return LotDto.from(await this.frameworks.getLot(caller, lotId));
  }

  @Patch('lots/:lotId')
  @ApiProblem(
    409,
    ['framework_not_draft', 'duplicate_lot_number'],
    'Award rules change only while the framework is a draft',
  )
  @ApiProblem(422, ['unknown_check_type'], 'A mandatory check type is not in the catalogue')
  @Roles(Role.Admin)
  @RequireIfMatch()
  @ApiOperation({ summary: 'Change a lot (award rules only while the framework is a draft)' })
  async updateLot(
    @Param('lotId', ParseIdPipe) lotId: string,
    @Body() body: UpdateLotDto,
    @IfMatch() version: number | undefined,
  ): Promise<LotDto> {
    return LotDto.from(await this.frameworks.updateLot(lotId, body, version));
  }
}
