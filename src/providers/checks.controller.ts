import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { Caller, Role } from '../auth/role';
import { assertProviderInScope } from '../auth/scope';
import { PageQueryDto, mapPage } from '../common/pagination';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { ChecksService } from './checks.service';
import { CheckDto, CheckListDto, CheckTypeDto, CheckTypeListDto, CreateCheckDto } from './dto/check.dto';
import { ApiProblem } from '../common/api-problem.decorator';

@ApiTags('Due diligence')
@ApiBearerAuth()
@Controller('v1')
export class ChecksController {
  constructor(private readonly checks: ChecksService) {}

  @Get('check-types')
  @ApiOperation({ summary: 'The due-diligence check catalogue' })
  async listCheckTypes(): Promise<CheckTypeListDto> {
    return { data: (await this.checks.catalogue()).map((row) => CheckTypeDto.from(row)) };
  }

  @Post('providers/:id/checks')
  @ApiProblem(
    422,
    ['unknown_check_type', 'insurance_cover_too_low'],
    'The type is not in the catalogue, or the insurance cover is below its minimum',
  )
  @Roles(Role.Admin)
  @Idempotent()
  @ApiOperation({ summary: 'Record a due-diligence check (append-only; the newest of a type is current)' })
  async createCheck(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: CreateCheckDto,
    @CurrentCaller() caller: Caller,
  ): Promise<CheckDto> {
    const view = await this.checks.record(id, body, caller.keyId);
    return CheckDto.from(view.check, view.current);
  }

  @Get('providers/:id/checks')
  @Roles(Role.Admin, Role.Auditor, Role.Provider)
  @ApiOperation({ summary: 'A provider’s check history, marking the current check of each type' })
  async listChecks(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: PageQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<CheckListDto> {
    assertProviderInScope(caller, id, 'Provider');
    return mapPage(await this.checks.list(id, query), (view) => CheckDto.from(view.check, view.current));
  }
}
