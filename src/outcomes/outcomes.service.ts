import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Caller, Role } from '../auth/role';
import { CalendarService } from '../calendar/calendar.service';
import { addDays, financialYearOf } from '../calendar/engine/dates';
import { CallOffStatus } from '../call-offs/engine/lifecycle';
import { CallOffsService, PlacementValue } from '../call-offs/call-offs.service';
import { Clock } from '../common/clock';
import { isUniqueViolation } from '../common/database-errors';
import {
  ConflictError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  RuleViolation,
} from '../common/domain-error';
import { Page, paginate } from '../common/pagination';
import { assertVersion } from '../common/versioning';
import { EventsService } from '../events/events.service';
import { FrameworksService } from '../frameworks/frameworks.service';
import { WEEKLY_ATTENDANCE, WeeklyAttendanceSource } from './attendance-source';
import { CreateOutcomeClaimDto, ListOutcomeClaimsQueryDto, PayableClaim } from './dto/outcome-claim.dto';
import { OutcomePaymentsQueryDto, OutcomePaymentsRowDto } from './dto/outcome-payments.dto';
import { AttendanceCheck, AttendanceRule, checkAttendanceOutcome } from './engine/attendance-check';
import { SUSTAINED_CLAIM_WINDOW_DAYS } from './engine/definition';
import { OutcomeMetric, isAttendanceMetric } from './engine/outcome-types';
import {
  baseInFinancialYear,
  capPayment,
  providerYearCap,
  retainedPence,
  uncappedPayment,
} from './engine/payment';
import { OutcomeClaim, OutcomeClaimStatus } from './outcome-claim.entity';
import { OutcomeRule } from './outcome-rule.entity';
import { OutcomeRulesService } from './outcome-rules.service';

// DESIGN §1 Attendance, reviews and outcomes: the commissioner verifies a claim within 20 school days of it.
export const VERIFY_WITHIN_SCHOOL_DAYS = 20;

// Placements a claim may be made on: accepted and started (live, completed or ended early).
const CLAIMABLE = new Set([CallOffStatus.Active, CallOffStatus.Completed, CallOffStatus.Terminated]);

export interface ClaimView {
  claim: OutcomeClaim;
  overdue: boolean;
}

// Outcome claims and the payments they release (DESIGN §1 Attendance, reviews and outcomes). Each state change is
// one method, one transaction, with its event and audit entry.
@Injectable()
export class OutcomesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(OutcomeClaim) private readonly claims: Repository<OutcomeClaim>,
    private readonly rules: OutcomeRulesService,
    private readonly callOffs: CallOffsService,
    private readonly frameworks: FrameworksService,
    private readonly calendars: CalendarService,
    private readonly events: EventsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(WEEKLY_ATTENDANCE) private readonly weekly: WeeklyAttendanceSource,
  ) {}

  async submit(caller: Caller, callOffId: string, input: CreateOutcomeClaimDto): Promise<ClaimView> {
    const [placement] = await this.callOffs.placementValues({ ids: [callOffId] });
    // Only the addressed provider claims; anyone else is told the placement does not exist (DESIGN §2 Auth).
    if (!placement || caller.role !== Role.Provider || placement.providerId !== caller.providerId)
      throw new NotFoundError('Call-off');
    if (!CLAIMABLE.has(placement.status))
      throw new RuleViolation(
        'outcome_placement_not_started',
        `The placement is ${placement.status}: outcomes are claimed on placements that have started.`,
        { status: placement.status },
      );
    const rule = await this.rules.findByCode(placement.lotId, input.ruleCode);
    if (!rule)
      throw new RuleViolation(
        'unknown_outcome_rule',
        `The placement's lot has no outcome rule ${input.ruleCode}.`,
      );
    const today = this.clock.today();
    assertAchievedOnInWindow(input.achievedOn, placement, rule, today);
    const check = isAttendanceMetric(rule.metric)
      ? await this.checkMarks(placement, rule, input.achievedOn)
      : null;
    const verifyBy = await this.verifyByFor(placement.commissionerOrganisationId, today);
    const claim = await this.dataSource.transaction(async (manager) => {
      let saved: OutcomeClaim;
      try {
        saved = await manager.save(
          manager.create(OutcomeClaim, {
            callOffId: placement.id,
            ruleId: rule.id,
            commissionerOrganisationId: placement.commissionerOrganisationId,
            providerId: placement.providerId,
            frameworkId: placement.frameworkId,
            lotId: placement.lotId,
            ruleCode: rule.code,
            metric: rule.metric,
            achievedOn: input.achievedOn,
            financialYear: financialYearOf(input.achievedOn),
            evidenceRef: input.evidenceRef,
            status: OutcomeClaimStatus.Submitted,
            supported: check ? check.supported : null,
            attendanceCheck: check,
            verifyBy,
            decidedAt: null,
            decidedByKeyId: null,
            rejectionReason: null,
            atRiskPenceAtVerification: null,
            uncappedPence: null,
            payablePence: null,
            capApplied: null,
            submittedByKeyId: caller.keyId,
          }),
        );
      } catch (error) {
        if (isUniqueViolation(error, 'uq_outcome_claims_call_off_id_rule_id'))
          throw alreadyClaimed(rule.code);
        throw error;
      }
      const row = await manager.findOneByOrFail(OutcomeClaim, { id: saved.id });
      await this.record(manager, caller, row, 'outcome_claim.submitted', 'createOutcomeClaim', {
        ruleCode: row.ruleCode,
        achievedOn: row.achievedOn,
      });
      return row;
    });
    return this.view(claim);
  }

  // The commissioner's verification: the claim becomes payable, priced and capped now (DESIGN §1 Attendance,
  // reviews and outcomes: on the placement's at-risk value at verification, in the financial year of achievedOn).
  async verify(caller: Caller, id: string, expectedVersion: number | undefined): Promise<ClaimView> {
    const claim = await this.dataSource.transaction(async (manager) => {
      const row = await this.lockOwn(manager, caller, id);
      assertVersion(row.version, expectedVersion);
      if (row.status !== OutcomeClaimStatus.Submitted)
        throw new InvalidTransitionError('outcome claim', row.status, 'verified');
      const rule = await this.rules.findById(row.ruleId, manager);
      const [placement] = await this.callOffs.placementValues({ ids: [row.callOffId] }, manager);
      if (!rule || !placement) throw new NotFoundError('Outcome claim');
      let check: AttendanceCheck | null = row.attendanceCheck;
      if (isAttendanceMetric(rule.metric)) {
        // The marks may have been corrected since the claim: they are read again, and must support it.
        check = await this.checkMarks(placement, rule, row.achievedOn, manager);
        if (!check.supported)
          throw new RuleViolation(
            'outcome_not_supported',
            'The attendance marks do not support this claim; reject it, or have the marks corrected first.',
            { attendanceCheck: check },
          );
      }
      // Per child and per provider-year caps read what was paid before: one verification at a time for the placement
      // and for the provider's year, always locked in this order.
      await lock(manager, `outcome_pay_placement:${row.callOffId}`);
      await lock(manager, `outcome_pay_provider_year:${row.providerId}:${row.financialYear}`);
      const priced = await this.price(manager, row, rule, placement);
      row.status = OutcomeClaimStatus.Verified;
      row.supported = check ? check.supported : null;
      row.attendanceCheck = check;
      row.decidedAt = this.clock.now();
      row.decidedByKeyId = caller.keyId;
      row.atRiskPenceAtVerification = placement.atRiskPence;
      row.uncappedPence = priced.uncappedPence;
      row.payablePence = priced.payablePence;
      row.capApplied = priced.capApplied;
      const saved = await manager.save(row);
      await this.record(manager, caller, saved, 'outcome_claim.verified', 'verifyOutcomeClaim', {});
      return saved;
    });
    return this.view(claim);
  }

  async reject(
    caller: Caller,
    id: string,
    reason: string,
    expectedVersion: number | undefined,
  ): Promise<ClaimView> {
    const claim = await this.dataSource.transaction(async (manager) => {
      const row = await this.lockOwn(manager, caller, id);
      assertVersion(row.version, expectedVersion);
      if (row.status !== OutcomeClaimStatus.Submitted)
        throw new InvalidTransitionError('outcome claim', row.status, 'rejected');
      row.status = OutcomeClaimStatus.Rejected;
      row.decidedAt = this.clock.now();
      row.decidedByKeyId = caller.keyId;
      row.rejectionReason = reason;
      const saved = await manager.save(row);
      await this.record(manager, caller, saved, 'outcome_claim.rejected', 'rejectOutcomeClaim', { reason });
      return saved;
    });
    return this.view(claim);
  }

  async get(caller: Caller, id: string): Promise<ClaimView> {
    const row = await this.scoped(caller).andWhere('o.id = :id', { id }).getOne();
    if (!row) throw new NotFoundError('Outcome claim');
    return this.view(row);
  }

  async list(caller: Caller, query: ListOutcomeClaimsQueryDto): Promise<Page<ClaimView>> {
    const qb = this.scoped(caller);
    if (query.status) qb.andWhere('o.status = :status', { status: query.status });
    if (query.providerId) qb.andWhere('o.provider_id = :providerId', { providerId: query.providerId });
    if (query.callOffId) qb.andWhere('o.call_off_id = :callOffId', { callOffId: query.callOffId });
    if (query.overdue !== undefined)
      qb.andWhere(
        query.overdue
          ? `o.status = 'submitted' AND o.verify_by < :today`
          : `NOT (o.status = 'submitted' AND o.verify_by < :today)`,
        { today: this.clock.today() },
      );
    const page = await paginate(qb, query);
    return { data: page.data.map((row) => this.view(row)), nextCursor: page.nextCursor };
  }

  // For the invoices module: a claim's payable amount, or null when there is no such claim.
  async payableClaim(claimId: string, manager?: EntityManager): Promise<PayableClaim | null> {
    const row = await (manager ?? this.dataSource.manager).findOne(OutcomeClaim, { where: { id: claimId } });
    if (!row) return null;
    return {
      id: row.id,
      callOffId: row.callOffId,
      providerId: row.providerId,
      commissionerOrganisationId: row.commissionerOrganisationId,
      status: row.status,
      payablePence: row.payablePence,
      financialYear: row.financialYear,
    };
  }

  // Payments by provider, lot and financial year over the placements in the caller's scope: base and at-risk value,
  // the provider's cap, what verified claims pay, and at-risk money retained by placements that ended (DESIGN §1
  // Attendance, reviews and outcomes). Aggregates only: admin and auditor read it too.
  async summary(caller: Caller, query: OutcomePaymentsQueryDto): Promise<OutcomePaymentsRowDto[]> {
    if (caller.role === Role.Provider && query.providerId && query.providerId !== caller.providerId)
      return [];
    const providerId = caller.role === Role.Provider ? (caller.providerId as string) : query.providerId;
    const commissionerOrganisationId =
      caller.role === Role.Commissioner ? (caller.organisationId as string) : undefined;
    const placements = await this.callOffs.placementValues({
      providerId,
      commissionerOrganisationId,
      acceptedOnly: true,
    });
    const paid = await this.paidByPlacement(providerId, commissionerOrganisationId);
    const lots = new Map(
      (await this.frameworks.findLots([...new Set(placements.map((p) => p.lotId))])).map((l) => [l.id, l]),
    );
    const today = this.clock.today();
    const rows = new Map<string, OutcomePaymentsRowDto>();
    const rowFor = (p: PlacementValue, financialYear: string): OutcomePaymentsRowDto => {
      const key = `${p.providerId}|${p.lotId}|${financialYear}`;
      let row = rows.get(key);
      if (!row) {
        row = {
          providerId: p.providerId,
          lotId: p.lotId,
          financialYear,
          basePence: 0,
          atRiskPence: 0,
          capPercentPerProviderYear: lots.get(p.lotId)?.outcomeCapPercentPerProviderYear ?? '12',
          capPence: null,
          paidPence: 0,
          verifiedClaims: 0,
          submittedClaims: 0,
          retainedPence: 0,
        };
        rows.set(key, row);
      }
      return row;
    };
    for (const p of placements) {
      for (const part of p.byFinancialYear) {
        const row = rowFor(p, part.financialYear);
        const base = baseInFinancialYear(p, part.financialYear);
        row.basePence += base;
        row.atRiskPence += part.totalPence - base;
      }
      const claims = paid.get(p.id) ?? [];
      for (const claim of claims) {
        const row = rowFor(p, claim.financialYear);
        if (claim.status === OutcomeClaimStatus.Verified) {
          row.paidPence += claim.payablePence;
          row.verifiedClaims += 1;
        } else if (claim.status === OutcomeClaimStatus.Submitted) row.submittedClaims += 1;
      }
      // A placement that has ended keeps what its claims did not release, in the year it ended.
      if (p.endDate < today) {
        const released = claims.reduce((sum, c) => sum + c.payablePence, 0);
        rowFor(p, financialYearOf(p.endDate)).retainedPence += retainedPence(p.atRiskPence, released);
      }
    }
    const result = [...rows.values()]
      .filter((row) => !query.financialYear || row.financialYear === query.financialYear)
      .sort((a, b) =>
        `${a.providerId}|${a.lotId}|${a.financialYear}`.localeCompare(
          `${b.providerId}|${b.lotId}|${b.financialYear}`,
        ),
      );
    // The cap is the provider's, over every commissioner's placements: a commissioner sees its own placements only.
    if (caller.role !== Role.Commissioner)
      for (const row of result) row.capPence = providerYearCap(row.basePence, row.capPercentPerProviderYear);
    return result;
  }

  private async paidByPlacement(
    providerId: string | undefined,
    commissionerOrganisationId: string | undefined,
  ): Promise<Map<string, { financialYear: string; status: OutcomeClaimStatus; payablePence: number }[]>> {
    const qb = this.claims
      .createQueryBuilder('o')
      .select(['o.callOffId', 'o.financialYear', 'o.status', 'o.payablePence'])
      .where(`o.status <> 'rejected'`);
    if (providerId) qb.andWhere('o.provider_id = :providerId', { providerId });
    if (commissionerOrganisationId)
      qb.andWhere('o.commissioner_organisation_id = :org', { org: commissionerOrganisationId });
    const byPlacement = new Map<
      string,
      { financialYear: string; status: OutcomeClaimStatus; payablePence: number }[]
    >();
    for (const row of await qb.getMany()) {
      const list = byPlacement.get(row.callOffId) ?? [];
      list.push({
        financialYear: row.financialYear,
        status: row.status,
        payablePence: row.payablePence ?? 0,
      });
      byPlacement.set(row.callOffId, list);
    }
    return byPlacement;
  }

  // The claim's price and the caps that bind, from what was paid before (read under the locks the caller holds).
  private async price(
    manager: EntityManager,
    claim: OutcomeClaim,
    rule: OutcomeRule,
    placement: PlacementValue,
  ): Promise<ReturnType<typeof capPayment>> {
    const [paid] = await manager.query<{ placement: string; provider_year: string }[]>(
      `SELECT
         COALESCE(SUM(payable_pence) FILTER (WHERE call_off_id = $1), 0)::text AS placement,
         COALESCE(SUM(payable_pence) FILTER (WHERE provider_id = $2 AND lot_id = $3 AND financial_year = $4), 0)::text
           AS provider_year
       FROM outcome_claims
       WHERE status = 'verified' AND (call_off_id = $1 OR (provider_id = $2 AND lot_id = $3 AND financial_year = $4))`,
      [claim.callOffId, claim.providerId, claim.lotId, claim.financialYear],
    );
    const found = await this.frameworks.findLot(claim.lotId, manager);
    const providerPlacements = await this.callOffs.placementValues(
      { providerId: claim.providerId, lotId: claim.lotId, acceptedOnly: true },
      manager,
    );
    const baseInYear = providerPlacements.reduce(
      (sum, p) => sum + baseInFinancialYear(p, claim.financialYear),
      0,
    );
    return capPayment({
      uncappedPence: uncappedPayment(placement.atRiskPence, rule.shareOfAtRiskPercent),
      atRiskPence: placement.atRiskPence,
      paidForPlacementPence: Number(paid.placement),
      providerYearCapPence: providerYearCap(baseInYear, found?.lot.outcomeCapPercentPerProviderYear ?? '12'),
      paidToProviderInYearPence: Number(paid.provider_year),
    });
  }

  private async checkMarks(
    placement: PlacementValue,
    rule: OutcomeRule,
    achievedOn: string,
    manager?: EntityManager,
  ): Promise<AttendanceCheck> {
    const weeks = await this.weekly(placement.id, placement.startDate, achievedOn, manager);
    return checkAttendanceOutcome(
      weeks,
      {
        metric: rule.metric as AttendanceRule['metric'],
        threshold: rule.threshold,
        sustainSchoolWeeks: rule.sustainSchoolWeeks,
      },
      achievedOn,
    );
  }

  // The 20th school day after the claim in the commissioner's calendar; four calendar weeks where no calendar reaches.
  private async verifyByFor(organisationId: string, today: string): Promise<string> {
    const { calendar } = await this.calendars.calendarFor(organisationId);
    try {
      return calendar.nthSchoolDay(addDays(today, 1), VERIFY_WITHIN_SCHOOL_DAYS);
    } catch {
      return addDays(today, 28);
    }
  }

  private async lockOwn(manager: EntityManager, caller: Caller, id: string): Promise<OutcomeClaim> {
    const row = await manager.findOne(OutcomeClaim, { where: { id }, lock: { mode: 'pessimistic_write' } });
    // Verification is the commissioner's, of its own placements' claims (DESIGN §2 Auth: 404 outside scope).
    if (!row || caller.role !== Role.Commissioner || row.commissionerOrganisationId !== caller.organisationId)
      throw new NotFoundError('Outcome claim');
    return row;
  }

  // The event (to the child's two parties only) and the audit entry, in the transaction of the change.
  private async record(
    manager: EntityManager,
    caller: Caller,
    claim: OutcomeClaim,
    type: 'outcome_claim.submitted' | 'outcome_claim.verified' | 'outcome_claim.rejected',
    action: string,
    input: Record<string, unknown>,
  ): Promise<void> {
    await this.events.append(manager, {
      type,
      subject: { id: claim.id, version: claim.version },
      frameworkId: claim.frameworkId,
      commissionerOrganisationId: claim.commissionerOrganisationId,
      providerId: claim.providerId,
      payload: {
        callOffId: claim.callOffId,
        ruleCode: claim.ruleCode,
        metric: claim.metric,
        achievedOn: claim.achievedOn,
        financialYear: claim.financialYear,
        status: claim.status,
        supported: claim.supported,
        verifyBy: claim.verifyBy,
        payablePence: claim.payablePence,
        capApplied: claim.capApplied,
      },
      // Free text a party wrote about the child stays in the restricted part.
      restricted: {
        evidenceRef: claim.evidenceRef,
        ...(claim.rejectionReason ? { rejectionReason: claim.rejectionReason } : {}),
      },
    });
    await this.audit.record(manager, {
      caller,
      action,
      subject: { type: 'outcome_claim', id: claim.id },
      input,
    });
  }

  private scoped(caller: Caller): SelectQueryBuilder<OutcomeClaim> {
    const qb = this.claims.createQueryBuilder('o');
    // Claims are about one child: the commissioner organisation and the addressed provider only; admin and auditor
    // read the payments summary (DESIGN §1 Attendance, reviews and outcomes; event audience "child").
    if (caller.role === Role.Commissioner)
      qb.andWhere('o.commissioner_organisation_id = :own', { own: caller.organisationId });
    else if (caller.role === Role.Provider)
      qb.andWhere('o.provider_id = :ownProvider', { ownProvider: caller.providerId });
    else
      throw new ForbiddenError(
        'Outcome claims are read by the commissioner and the provider of the placement.',
      );
    return qb;
  }

  private view(claim: OutcomeClaim): ClaimView {
    return {
      claim,
      overdue: claim.status === OutcomeClaimStatus.Submitted && claim.verifyBy < this.clock.today(),
    };
  }
}

function lock(manager: EntityManager, key: string): Promise<unknown> {
  return manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
}

function alreadyClaimed(code: string): ConflictError {
  return new ConflictError(
    'outcome_already_claimed',
    `This placement already has a claim for outcome ${code}: one claim per rule per placement.`,
  );
}

// By when (the rule's definition): within the placement, not in the future; a sustained outcome up to a year after
// the placement ends.
function assertAchievedOnInWindow(
  achievedOn: string,
  placement: PlacementValue,
  rule: OutcomeRule,
  today: string,
): void {
  const sustained =
    rule.metric === OutcomeMetric.ReintegrationSustained ||
    rule.metric === OutcomeMetric.DestinationSustained;
  const latest = sustained ? addDays(placement.endDate, SUSTAINED_CLAIM_WINDOW_DAYS) : placement.endDate;
  if (achievedOn > today || achievedOn < placement.startDate || achievedOn > latest)
    throw new RuleViolation(
      'achieved_on_out_of_range',
      `achievedOn must be a day from ${placement.startDate} to ${latest < today ? latest : today}.`,
      { earliest: placement.startDate, latest: latest < today ? latest : today },
    );
}
