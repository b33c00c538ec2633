import { Body, Controller, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { Caller, Role } from '../auth/role';
import { ApiProblem } from '../common/api-problem.decorator';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiIfMatch, IfMatch } from '../common/versioning';
import { Idempotent } from '../idempotency/idempotent.decorator';
import {
  CreateOutcomeClaimDto,
  ListOutcomeClaimsQueryDto,
  OutcomeClaimDto,
  OutcomeClaimPageDto,
  RejectOutcomeClaimDto,
} from './dto/outcome-claim.dto';
import { OutcomePaymentsQueryDto, OutcomePaymentsSummaryDto } from './dto/outcome-payments.dto';
import {
  CreateOutcomeRuleDto,
  ListOutcomeRulesQueryDto,
  OutcomeRuleDto,
  OutcomeRulePageDto,
} from './dto/outcome-rule.dto';
import { OutcomeRulesService } from './outcome-rules.service';
import { ClaimView, OutcomesService } from './outcomes.service';

// A claim is about one child: never kept by a browser or a shared cache (UK GDPR Art. 32).
const NoStore = () => Header('Cache-Control', 'no-store');

function toDto({ claim, overdue }: ClaimView): OutcomeClaimDto {
  return {
    id: claim.id,
    callOffId: claim.callOffId,
    ruleId: claim.ruleId,
    ruleCode: claim.ruleCode,
    metric: claim.metric,
    providerId: claim.providerId,
    commissionerOrganisationId: claim.commissionerOrganisationId,
    lotId: claim.lotId,
    achievedOn: claim.achievedOn,
    financialYear: claim.financialYear,
    evidenceRef: claim.evidenceRef,
    status: claim.status,
    supported: claim.supported,
    attendanceCheck: claim.attendanceCheck,
    verifyBy: claim.verifyBy,
    overdue,
    decidedAt: claim.decidedAt ? claim.decidedAt.toISOString() : null,
    rejectionReason: claim.rejectionReason,
    atRiskPenceAtVerification: claim.atRiskPenceAtVerification,
    uncappedPence: claim.uncappedPence,
    payablePence: claim.payablePence,
    capApplied: claim.capApplied,
    version: claim.version,
    createdAt: claim.createdAt.toISOString(),
    updatedAt: claim.updatedAt.toISOString(),
  };
}

@ApiTags('Outcomes')
@ApiBearerAuth()
@Controller('v1')
export class OutcomesController {
  constructor(
    private readonly rules: OutcomeRulesService,
    private readonly outcomes: OutcomesService,
  ) {}

  @Post('lots/:lotId/outcome-rules')
  @ApiProblem(409, ['duplicate_outcome_rule_code'], 'The lot already has a rule with this code')
  @ApiProblem(
    422,
    ['outcome_shares_above_100', 'outcome_evidence_mismatch'],
    "The lot's rules would share more than 100 % of the at-risk value, or the evidence does not fit the metric",
  )
  @Roles(Role.Admin)
  @Idempotent()
  @ApiOperation({ summary: 'Add an outcome rule to a lot: what its at-risk share pays for' })
  createOutcomeRule(
    @Param('lotId', ParseIdPipe) lotId: string,
    @Body() body: CreateOutcomeRuleDto,
    @CurrentCaller() caller: Caller,
  ): Promise<OutcomeRuleDto> {
    return this.rules.create(caller, lotId, body);
  }

  @Get('lots/:lotId/outcome-rules')
  @ApiOperation({ summary: "A lot's outcome rules, each with its one-sentence definition" })
  listOutcomeRules(
    @Param('lotId', ParseIdPipe) lotId: string,
    @Query() query: ListOutcomeRulesQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<OutcomeRulePageDto> {
    return this.rules.list(caller, lotId, query);
  }

  @Post('call-offs/:id/outcome-claims')
  @ApiProblem(409, ['outcome_already_claimed'], 'The placement already has a claim for this rule')
  @ApiProblem(
    422,
    ['unknown_outcome_rule', 'outcome_placement_not_started', 'achieved_on_out_of_range'],
    "The lot has no such rule, the placement has not started, or achievedOn is outside the rule's window",
  )
  @Roles(Role.Provider)
  @Idempotent()
  @NoStore()
  @ApiOperation({
    summary:
      'Claim an outcome for a placement (the addressed provider); attendance outcomes are checked against the marks',
  })
  async createOutcomeClaim(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: CreateOutcomeClaimDto,
    @CurrentCaller() caller: Caller,
  ): Promise<OutcomeClaimDto> {
    return toDto(await this.outcomes.submit(caller, id, body));
  }

  @Get('outcome-claims')
  @Roles(Role.Commissioner, Role.Provider)
  @NoStore()
  @ApiOperation({
    summary:
      'Outcome claims of the caller’s placements (commissioner: own organisation; provider: own), overdue ones with overdue=true',
  })
  async listOutcomeClaims(
    @Query() query: ListOutcomeClaimsQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<OutcomeClaimPageDto> {
    const page = await this.outcomes.list(caller, query);
    return { data: page.data.map(toDto), nextCursor: page.nextCursor };
  }

  @Get('outcome-claims/:id')
  @Roles(Role.Commissioner, Role.Provider)
  @NoStore()
  @ApiOperation({ summary: 'One outcome claim, with the attendance figures and the payment when verified' })
  async getOutcomeClaim(
    @Param('id', ParseIdPipe) id: string,
    @CurrentCaller() caller: Caller,
  ): Promise<OutcomeClaimDto> {
    return toDto(await this.outcomes.get(caller, id));
  }

  @Post('outcome-claims/:id/verify')
  @ApiProblem(409, ['invalid_transition'], 'The claim was already verified or rejected')
  @ApiProblem(422, ['outcome_not_supported'], 'The attendance marks do not support the claim')
  @HttpCode(200)
  @Roles(Role.Commissioner)
  @ApiIfMatch()
  @NoStore()
  @ApiOperation({
    summary: 'Verify a claim (the commissioner): it becomes payable, priced on the at-risk value and capped',
  })
  async verifyOutcomeClaim(
    @Param('id', ParseIdPipe) id: string,
    @IfMatch() version: number | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<OutcomeClaimDto> {
    return toDto(await this.outcomes.verify(caller, id, version));
  }

  @Post('outcome-claims/:id/reject')
  @ApiProblem(409, ['invalid_transition'], 'The claim was already verified or rejected')
  @HttpCode(200)
  @Roles(Role.Commissioner)
  @ApiIfMatch()
  @NoStore()
  @ApiOperation({ summary: 'Reject a claim with a reason (the commissioner)' })
  async rejectOutcomeClaim(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: RejectOutcomeClaimDto,
    @IfMatch() version: number | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<OutcomeClaimDto> {
    return toDto(await this.outcomes.reject(caller, id, body.reason, version));
  }

  @Get('outcome-payments/summary')
  @ApiOperation({
    summary:
      'Outcome payments by provider, lot and financial year: base and at-risk value, cap, paid, and at-risk money retained',
  })
  async getOutcomePaymentsSummary(
    @Query() query: OutcomePaymentsQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<OutcomePaymentsSummaryDto> {
    return { data: await this.outcomes.summary(caller, query) };
  }
}
