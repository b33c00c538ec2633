import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { Caller, Role } from '../auth/role';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiIfMatch, IfMatch } from '../common/versioning';
import { Idempotent } from '../idempotency/idempotent.decorator';
import {
  AddLotMemberDto,
  ListLotMembersQueryDto,
  LotMemberDto,
  LotMemberListDto,
  MembershipReasonDto,
} from './dto/membership.dto';
import { LotMembersService } from './lot-members.service';
import { ApiProblem } from '../common/api-problem.decorator';

@ApiTags('Lot membership')
@ApiBearerAuth()
@Controller('v1/lots/:lotId/members')
export class LotMembersController {
  constructor(private readonly members: LotMembersService) {}

  @Post()
  @ApiProblem(409, ['duplicate_lot_member'], 'The provider is already a member of the lot')
  @ApiProblem(
    422,
    ['provider_not_found', 'provider_not_approved', 'unregistered_for_registered_lot'],
    'The provider does not exist, is not approved, or is unregistered for a registered-only lot',
  )
  @Roles(Role.Admin)
  @Idempotent()
  @ApiOperation({ summary: 'Admit an approved provider to a lot' })
  addLotMember(
    @Param('lotId', ParseIdPipe) lotId: string,
    @Body() body: AddLotMemberDto,
    @CurrentCaller() caller: Caller,
  ): Promise<LotMemberDto> {
    return this.members.add(lotId, body.providerId.toLowerCase(), body.reason, caller.keyId);
  }

  @Post(':providerId/suspend')
  @ApiProblem(409, ['invalid_transition'], 'The membership is not active')
  @HttpCode(200)
  @Roles(Role.Admin)
  @ApiIfMatch()
  @ApiOperation({ summary: 'Suspend a provider’s membership of a lot' })
  suspendLotMember(
    @Param('lotId', ParseIdPipe) lotId: string,
    @Param('providerId', ParseIdPipe) providerId: string,
    @Body() body: MembershipReasonDto,
    @CurrentCaller() caller: Caller,
    @IfMatch() version: number | undefined,
  ): Promise<LotMemberDto> {
    return this.members.change(lotId, providerId, 'suspend', body.reason, caller.keyId, version);
  }

  @Post(':providerId/reinstate')
  @ApiProblem(409, ['invalid_transition'], 'The membership is not suspended')
  @HttpCode(200)
  @Roles(Role.Admin)
  @ApiIfMatch()
  @ApiOperation({ summary: 'Reinstate a suspended membership' })
  reinstateLotMember(
    @Param('lotId', ParseIdPipe) lotId: string,
    @Param('providerId', ParseIdPipe) providerId: string,
    @Body() body: MembershipReasonDto,
    @CurrentCaller() caller: Caller,
    @IfMatch() version: number | undefined,
  ): Promise<LotMemberDto> {
    return this.members.change(lotId, providerId, 'reinstate', body.reason, caller.keyId, version);
  }

  @Post(':providerId/remove')
  @ApiProblem(409, ['invalid_transition'], 'The membership has already been removed')
  @HttpCode(200)
  @Roles(Role.Admin)
  @ApiIfMatch()
  @ApiOperation({ summary: 'Remove a provider from a lot' })
  removeLotMember(
    @Param('lotId', ParseIdPipe) lotId: string,
    @Param('providerId', ParseIdPipe) providerId: string,
    @Body() body: MembershipReasonDto,
    @CurrentCaller() caller: Caller,
    @IfMatch() version: number | undefined,
  ): Promise<LotMemberDto> {
    return this.members.change(lotId, providerId, 'remove', body.reason, caller.keyId, version);
  }

  @Get()
  @Roles(Role.Admin, Role.Auditor, Role.Commissioner)
  @ApiOperation({ summary: 'List a lot’s members; with eligibleOn, only those eligible on that date' })
  async listLotMembers(
    @Param('lotId', ParseIdPipe) lotId: string,
    @Query() query: ListLotMembersQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<LotMemberListDto> {
    return this.members.list(caller, lotId, query);
  }
}
