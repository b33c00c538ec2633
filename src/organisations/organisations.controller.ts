import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { Caller, Role } from '../auth/role';
import { mapPage } from '../common/pagination';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import {
  CreateOrganisationDto,
  ListOrganisationsQueryDto,
  OrganisationDto,
  OrganisationPageDto,
} from './dto/organisation.dto';
import { OrganisationsService } from './organisations.service';
import { ApiProblem } from '../common/api-problem.decorator';

@ApiTags('Organisations')
@ApiBearerAuth()
@Controller('v1/organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Post()
  @ApiProblem(409, ['duplicate_organisation_code'], 'An organisation already has this code')
  @Roles(Role.Admin)
  @Idempotent()
  @ApiOperation({ summary: 'Register a commissioning organisation (a council or a school)' })
  async createOrganisation(
    @Body() body: CreateOrganisationDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrganisationDto> {
    const created = OrganisationDto.from(await this.organisations.create(body));
    void reply.header('location', `/v1/organisations/${created.id}`);
    return created;
  }

  @Get()
  @Roles(Role.Admin, Role.Auditor, Role.Commissioner)
  @ApiOperation({ summary: 'List organisations (a commissioner sees its own)' })
  async listOrganisations(
    @Query() query: ListOrganisationsQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<OrganisationPageDto> {
    return mapPage(await this.organisations.list(caller, query), (row) => OrganisationDto.from(row));
  }

  @Get(':id')
  @Roles(Role.Admin, Role.Auditor, Role.Commissioner)
  @ApiOperation({ summary: 'Get an organisation' })
  async getOrganisation(
    @Param('id', ParseIdPipe) id: string,
    @CurrentCaller() caller: Caller,
  ): Promise<OrganisationDto> {
    return OrganisationDto.from(await this.organisations.get(caller, id));
  }
}
