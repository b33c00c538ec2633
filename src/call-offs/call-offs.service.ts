import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { Caller, Role } from '../auth/role';
import { withCalendarErrors } from '../calendar/calendar-errors';
import { CalendarService } from '../calendar/calendar.service';
import { addDays } from '../calendar/engine/dates';
import { SchoolCalendar } from '../calendar/engine/school-calendar';
import { CapacityService } from '../capacity/capacity.service';
import { Clock } from '../common/clock';
import { requestHash as hashRequest } from '../idempotency/idempotency.service';
import {
  BadRequestError,
  ConflictError,
  InvalidTransitionError,
  NotFoundError,
  RuleViolation,
} from '../common/domain-error';
import { Page, paginate } from '../common/pagination';
import { assertVersion } from '../common/versioning';
import { Framework } from '../frameworks/framework.entity';
import { AwardMethod, FrameworkStoredStatus } from '../frameworks/framework-types';
import { Lot } from '../frameworks/lot.entity';
import { assertWithinLotMaximum } from '../frameworks/lot-rules';
import { FrameworksService } from '../frameworks/frameworks.service';
import { ChecksService } from '../providers/checks.service';
import { mandatoryCheckTypes } from '../providers/eligibility';
import { EligibilityService } from '../providers/eligibility.service';
import { CallOff, DeclineReason, NextStep, StatutoryBasis } from './call-off.entity';
import { CreateCallOffDto } from './dto/create-call-off.dto';
import { ListCallOffsQueryDto } from './dto/call-off.dto';
import { looksLikeUpn } from './engine/child-ref';
import { CallOffStatus, effectiveStatus, endOfLondonDay } from './engine/lifecycle';
import { registrationBreach } from './engine/registration-threshold';
import { Exclusion, Match, MatchResult, MatchingService } from './matching.service';

export interface CallOffView {
  callOff: CallOff;
  status: CallOffStatus;
  showSpecialCategory: boolean;
  // A provider reads its own row of the award evidence, not its competitors' prices and due diligence.
  ownEvidenceOnly: boolean;
  review?: { required: boolean; reasons: { code: string; detail: string }[] };
}

// Exclusion reasons about this placement (price, capacity, the s.463 line) rather than the provider's standing.
const PLACEMENT_REASONS = new Set([
  'no_rate_card',
  'above_ceiling',
  'capacity_exhausted',
  'registration_threshold',
]);

const LIST_COLUMNS: (keyof CallOff)[] = [
  'id',
  'number',
  'frameworkId',
  'lotId',
  'providerId',
  'commissionerOrganisationId',
  'childRef',
  'childYearGroup',
  'childEhcp',
  'childLookedAfter',
  'childNeedsSummary',
  'statutoryBasis',
  'statutoryDeadline',
  'statutoryDeadlineMet',
  'startDate',
  'endDate',
  'sessionsPerWeek',
  'status',
  'offerExpiresAt',
  'terminatedOn',
  'rateCardId',
  'unit',
  'unitPricePence',
  'schoolDays',
  'totalPence',
  'basePence',
  'atRiskPence',
  'byFinancialYear',
  'version',
  'createdAt',
  'updatedAt',
];

// SQL twin of engine/lifecycle.effectiveStatus, for filtering lists by the status a reader would see.
const EFFECTIVE_STATUS_SQL = `(CASE
  WHEN c.status = 'offered' AND c.offer_expires_at <= :now THEN 'lapsed'
  WHEN c.status = 'accepted' AND :today > c.end_date AND c.terminated_on IS NOT NULL THEN 'terminated'
  WHEN c.status = 'accepted' AND :today > c.end_date THEN 'completed'
  WHEN c.status = 'accepted' AND :today >= c.start_date THEN 'active'
  ELSE c.status::text END)`;

@Injectable()
export class CallOffsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(CallOff) private readonly callOffs: Repository<CallOff>,
    private readonly frameworks: FrameworksService,
    private readonly calendars: CalendarService,
    private readonly matching: MatchingService,
    private readonly capacity: CapacityService,
    private readonly checks: ChecksService,
    private readonly eligibility: EligibilityService,
    private readonly clock: Clock,
  ) {}

  async create(
    caller: Caller,
    input: CreateCallOffDto,
    idempotencyKey: string | null = null,
  ): Promise<CallOffView> {
    const organisationId = caller.organisationId as string;
    // A raise with a key that already raised a call-off (its idempotency record lost or released) is answered with
    // that call-off, before any check: the checks would now count the placement it holds.
    const requestHash = idempotencyKey ? hashRequest('POST /v1/call-offs', input) : null;
    if (idempotencyKey && requestHash) {
      const earlier = await this.raisedWith(organisationId, idempotencyKey, requestHash);
      if (earlier) return this.get(caller, earlier.id);
    }
    try {
      return await this.raise(caller, input, idempotencyKey, requestHash);
    } catch (error) {
      // Raises with one key at once (a retry racing the first, or colleagues' API keys): whatever refused the later
      // ones (the unique key, or the capacity or s.463 count the first now holds), the first one stands.
      const earlier =
        idempotencyKey && requestHash
          ? await this.raisedWith(organisationId, idempotencyKey, requestHash)
          : null;
      if (!earlier) throw error;
      return this.get(caller, earlier.id);
    }
  }

  private async raise(
    caller: Caller,
    input: CreateCallOffDto,
    idempotencyKey: string | null,
    requestHash: string | null,
  ): Promise<CallOffView> {
    const organisationId = caller.organisationId as string;
    const found = await this.frameworks.findLot(input.lotId);
    if (!found) throw new RuleViolation('lot_not_found', 'lotId names no lot.');
    const { lot, framework } = found;
    // Procurement Act 2023 s.45: only the authorities the framework names may call off from it.
    if (!(await this.frameworks.isEntitled(organisationId, framework.id)))
      throw new RuleViolation(
        'not_entitled',
        'Your organisation is not entitled to call off from this framework.',
      );
    if (
      framework.status !== FrameworkStoredStatus.Active ||
      input.startDate < framework.startDate ||
      input.startDate > framework.endDate
    )
      throw new RuleViolation('framework_not_active', `The framework is not active on ${input.startDate}.`, {
        frameworkStartDate: framework.startDate,
        frameworkEndDate: framework.endDate,
      });
    // DESIGN §1 Lots (PA 2023 s.45): a call-off raised here is a direct award, which the lot must allow.
    if (!lot.awardMethods.includes(AwardMethod.Direct))
      throw new RuleViolation(
        'direct_award_not_allowed',
        `Lot ${lot.number} does not allow direct award; its call-offs go through ${lot.awardMethods.join(', ')}.`,
        { awardMethods: lot.awardMethods },
      );
    if (input.endDate < input.startDate)
      throw new BadRequestError('validation_failed', 'endDate must be on or after startDate.', [
        { field: 'endDate', message: 'endDate must be on or after startDate' },
      ]);
    // Data minimisation (UK GDPR Art. 5(1)(c)): a UPN identifies the child nationally; the API never stores one.
    if (looksLikeUpn(input.childRef))
      throw new RuleViolation(
        'child_ref_looks_like_upn',
        'childRef looks like a Unique Pupil Number. Use your own opaque reference instead.',
      );
    // Alternative provision statutory guidance (DfE 2016, updated 2025): a plan with objectives, reviews and the next step.
    if (input.plan.nextStep === NextStep.Reintegration && !input.plan.reintegrationCriteria)
      throw new RuleViolation(
        'plan_incomplete',
        'A plan whose next step is reintegration needs reintegrationCriteria.',
      );
    // SEND Code of Practice 9.x: the SEND caseworker must know before an EHC-plan pupil's placement starts.
    if (
      input.child.ehcp &&
      (!input.sendCaseworkerNotifiedAt || input.sendCaseworkerNotifiedAt > input.startDate)
    )
      throw new RuleViolation(
        'send_caseworker_not_notified',
        'The child has an EHC plan: the SEND caseworker must be notified on or before the start date (sendCaseworkerNotifiedAt).',
      );
    if (input.statutoryBasis === StatutoryBasis.S19PermanentExclusion && !input.exclusionDate)
      throw new RuleViolation('exclusion_date_required', 'A permanent exclusion needs the exclusionDate.');

    const { calendar } = await this.calendars.calendarFor(organisationId);
    const lookedAfterOrEhcp = input.child.ehcp || input.child.lookedAfter;
    const result = await this.matching.match(lot, framework, calendar, {
      startDate: input.startDate,
      endDate: input.endDate,
      sessionsPerWeek: input.sessionsPerWeek,
      latitude: input.location?.latitude,
      longitude: input.location?.longitude,
      lookedAfterOrEhcp,
    });
    const chosen: Match | undefined = input.providerId
      ? result.matches.find((m) => m.providerId === input.providerId)
      : result.matches[0];
    // The order: the provider's eligibility, then the lot's session maximum, then what this placement needs.
    const refused = chosen ? undefined : result.excluded.find((e) => e.providerId === input.providerId);
    if (!chosen && input.providerId) this.refuseIneligible(refused, input.startDate);
    assertWithinLotMaximum(lot, input.sessionsPerWeek);
    if (!chosen) {
      if (!input.providerId)
        throw new RuleViolation('no_eligible_provider', 'No provider on this lot can take this placement.', {
          excluded: result.excluded,
        });
      // s.463, then the provider's prices; a provider that cannot be ranked is not the top-ranked one, so it needs a
      // justification before its capacity is reported (the order).
      this.refuseUnpriceable(refused!, input.startDate);
      if (!input.justification && result.matches.length > 0) throw justificationRequired(null, result);
      this.refuseCapacity(refused!);
    }
    const match = chosen;
    const priced = result.quotes.get(match.providerId)!;
    if (match.rank > 1 && !input.justification) throw justificationRequired(match.rank, result);

    const today = this.clock.today();
    const statutoryDeadline =
      input.statutoryBasis === StatutoryBasis.S19PermanentExclusion && input.exclusionDate
        ? withCalendarErrors(() => calendar.nthSchoolDay(input.exclusionDate!, 6))
        : null;
    const offerExpiresAt = this.offerExpiry(calendar, today, framework);
    const warnings = await this.expiryWarnings(match, lot, input.startDate, input.endDate);
    const fullTime = result.fullTime;

    const created = await this.dataSource.transaction(async (manager) => {
      const unregistered = fullTime && !match.registered;
      // Lock order: provider, then provider+lot — so concurrent raises for one provider never deadlock.
      if (unregistered)
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`provider:${match.providerId}`]);
      await this.capacity.lock(manager, match.providerId, lot.id);
      if (unregistered) {
        const existing = await this.matching.fullTimePlacements(
          manager,
          [match.providerId],
          input.startDate,
          input.endDate,
        );
        const breach = registrationBreach(existing.get(match.providerId) ?? [], {
          from: input.startDate,
          to: input.endDate,
          lookedAfterOrEhcp,
        });
        if (breach) throw thresholdError(breach.date);
      }
      const short = await this.capacity.firstShortDate(
        manager,
        match.providerId,
        lot.id,
        input.startDate,
        input.endDate,
        input.sessionsPerWeek,
      );
      if (short)
        throw new ConflictError(
          'capacity_exhausted',
          `The provider has no capacity for ${input.sessionsPerWeek} sessions a week on ${short}.`,
          {
            firstShortDate: short,
          },
        );
      const row = await manager.save(
        manager.create(CallOff, {
          frameworkId: framework.id,
          lotId: lot.id,
          providerId: match.providerId,
          commissionerOrganisationId: organisationId,
          childRef: input.childRef,
          childYearGroup: input.child.yearGroup,
          childEhcp: input.child.ehcp,
          childLookedAfter: input.child.lookedAfter,
          childNeedsSummary: input.child.needsSummary ?? null,
          statutoryBasis: input.statutoryBasis,
          primaryReason: input.primaryReason,
          exclusionDate: input.exclusionDate ?? null,
          statutoryDeadline,
          // Education Act 1996 s.19(3A): full-time provision from the sixth school day of a permanent exclusion.
          statutoryDeadlineMet: statutoryDeadline ? input.startDate <= statutoryDeadline : null,
          startDate: input.startDate,
          endDate: input.endDate,
          sessionsPerWeek: input.sessionsPerWeek,
          fullTime,
          latitude: input.location?.latitude ?? null,
          longitude: input.location?.longitude ?? null,
          plan: { ...input.plan, reintegrationCriteria: input.plan.reintegrationCriteria ?? null },
          sendCaseworkerNotifiedAt: input.sendCaseworkerNotifiedAt ?? null,
          justification: input.justification ?? null,
          status: 'offered',
          offerExpiresAt,
          rateCardId: match.quote.rateCardId,
          unit: match.quote.unit,
          unitPricePence: match.quote.unitPricePence,
          schoolDays: priced.schoolDays,
          totalPence: priced.totalPence,
          basePence: priced.basePence,
          atRiskPence: priced.atRiskPence,
          byFinancialYear: priced.byFinancialYear,
          segments: [{ from: input.startDate, to: input.endDate, sessionsPerWeek: input.sessionsPerWeek }],
          awardEvidence: {
            method: 'direct',
            calculatedAt: this.clock.now().toISOString(),
            inputs: {
              startDate: input.startDate,
              endDate: input.endDate,
              sessionsPerWeek: input.sessionsPerWeek,
              location: input.location ?? null,
            },
            weights: { price: lot.priceWeight, distance: lot.distanceWeight, quality: lot.qualityWeight },
            weightsApplied: result.ranking.weightsApplied,
            rule: result.ranking.rule,
            ranking: result.matches.map((m) => ({
              providerId: m.providerId,
              rank: m.rank,
              score: m.score,
              inputs: m.inputs,
              scores: m.scores,
            })),
            excluded: result.excluded,
            chosenProviderId: match.providerId,
            chosenRank: match.rank,
            selection: input.providerId ? 'named_by_commissioner' : 'top_ranked',
            justification: input.justification ?? null,
          },
          warnings,
          createdByKeyId: caller.keyId,
          idempotencyKey,
          idempotencyRequestHash: requestHash,
        }),
      );
      await this.capacity.hold(manager, [
        {
          providerId: row.providerId,
          lotId: row.lotId,
          from: row.startDate,
          to: row.endDate,
          sessionsPerWeek: row.sessionsPerWeek,
          sourceId: row.id,
          expiresAt: offerExpiresAt,
        },
      ]);
      return row;
    });
    // save() returned the generated columns (number, version, timestamps): no need to read the row back.
    return this.view(caller, created);
  }

  // The call-off this organisation already raised with the key, if any; the key with another request is a reused key.
  private async raisedWith(
    organisationId: string,
    key: string,
    requestHash: string,
  ): Promise<CallOff | null> {
    const row = await this.callOffs.findOne({
      where: { commissionerOrganisationId: organisationId, idempotencyKey: key },
    });
    if (!row) return null;
    if (row.idempotencyRequestHash !== requestHash)
      throw new ConflictError(
        'idempotency_key_reused',
        'This Idempotency-Key was already used with a different request. Use a new key for a new request.',
      );
    return row;
  }

  async get(caller: Caller, id: string): Promise<CallOffView> {
    const row = await this.scoped(caller).andWhere('c.id = :id', { id }).getOne();
    if (!row) throw new NotFoundError('Call-off');
    const view = this.view(caller, row);
    // DESIGN §1: a provider that stops being eligible (an expired certificate, a suspension) never ends a live
    // placement — the s.19 duty continues — but the placement is flagged for the commissioner to review.
    if (view.status === CallOffStatus.Accepted || view.status === CallOffStatus.Active) {
      const today = this.clock.today();
      const eligibility = await this.eligibility.evaluate(row.providerId, row.lotId, today);
      const reasons = eligibility && !eligibility.eligible ? eligibility.reasons : [];
      view.review = { required: reasons.length > 0, reasons };
    }
    return view;
  }

  async list(caller: Caller, query: ListCallOffsQueryDto): Promise<Page<CallOffView>> {
    // Only what a list item shows: the large jsonb columns stay in the database.
    const qb = this.scoped(caller).select(LIST_COLUMNS.map((column) => `c.${column}`));
    if (query.lotId) qb.andWhere('c.lot_id = :lotId', { lotId: query.lotId });
    if (query.providerId) qb.andWhere('c.provider_id = :providerId', { providerId: query.providerId });
    if (query.commissionerOrganisationId)
      qb.andWhere('c.commissioner_organisation_id = :org', { org: query.commissionerOrganisationId });
    if (query.startFrom) qb.andWhere('c.start_date >= :startFrom', { startFrom: query.startFrom });
    if (query.startTo) qb.andWhere('c.start_date <= :startTo', { startTo: query.startTo });
    if (query.statutoryDeadlineMet !== undefined)
      qb.andWhere('c.statutory_deadline_met = :met', { met: query.statutoryDeadlineMet });
    if (query.status)
      qb.andWhere(`${EFFECTIVE_STATUS_SQL} = :status`, {
        status: query.status,
        now: this.clock.now(),
        today: this.clock.today(),
      });
    const page = await paginate(qb, query);
    return { data: page.data.map((row) => this.view(caller, row)), nextCursor: page.nextCursor };
  }

  async accept(
    caller: Caller,
    id: string,
    note: string | undefined,
    expectedVersion: number | undefined,
  ): Promise<CallOffView> {
    return this.respond(caller, id, expectedVersion, 'accepted', async (manager, row) => {
      await this.capacity.confirm(manager, row.id);
      return { status: 'accepted', respondedAt: this.clock.now(), responseNote: note ?? null };
    });
  }

  async decline(
    caller: Caller,
    id: string,
    reasonCode: DeclineReason,
    note: string | undefined,
    expectedVersion: number | undefined,
  ): Promise<CallOffView> {
    return this.respond(caller, id, expectedVersion, 'declined', async (manager, row) => {
      await this.capacity.release(manager, row.id);
      return {
        status: 'declined',
        respondedAt: this.clock.now(),
        declineReasonCode: reasonCode,
        responseNote: note ?? null,
      };
    });
  }

  async withdraw(
    caller: Caller,
    id: string,
    reason: string,
    expectedVersion: number | undefined,
  ): Promise<CallOffView> {
    return this.respond(caller, id, expectedVersion, 'withdrawn', async (manager, row) => {
      await this.capacity.release(manager, row.id);
      return { status: 'withdrawn', respondedAt: this.clock.now(), responseNote: reason };
    });
  }

  statusOf(row: CallOff): CallOffStatus {
    return effectiveStatus(row, this.clock.now(), this.clock.today());
  }

  // The offer window: the provider has until the end of the Nth school day after today (framework terms).
  offerExpiry(calendar: SchoolCalendar, today: string, framework: Framework): Date {
    let lastDay: string;
    try {
      lastDay = calendar.nthSchoolDay(addDays(today, 1), framework.offerWindowSchoolDays);
    } catch {
      // No calendar ahead (e.g. in the last weeks of the last defined year): fall back to calendar days.
      lastDay = addDays(today, framework.offerWindowSchoolDays);
    }
    return endOfLondonDay(lastDay);
  }

  // A named provider that is not a member, or whose standing (directory, membership, checks) excludes it.
  private refuseIneligible(excluded: Exclusion | undefined, startDate: string): void {
    if (!excluded)
      throw new RuleViolation(
        'provider_ineligible',
        `The provider is not eligible for this lot on ${startDate}.`,
        {
          reasons: [{ code: 'not_member', detail: 'The provider is not a member of this lot.' }],
        },
      );
    const standing = excluded.reasons.filter((r) => !PLACEMENT_REASONS.has(r.code));
    if (standing.length > 0)
      throw new RuleViolation(
        'provider_ineligible',
        `The provider is not eligible for this lot on ${startDate}.`,
        { reasons: standing },
      );
  }

  // An eligible provider that cannot take this placement: s.463, its prices, or its capacity.
  // An eligible provider that cannot take this placement under s.463, or whose prices do not allow it.
  private refuseUnpriceable(excluded: Exclusion, startDate: string): void {
    const codes = excluded.reasons.map((r) => r.code);
    if (codes.includes('registration_threshold'))
      throw thresholdError(
        startDate,
        excluded.reasons.find((r) => r.code === 'registration_threshold')!.detail,
      );
    if (codes.includes('no_rate_card'))
      throw new RuleViolation(
        'no_rate_card',
        `The provider has no approved rate card in force on ${startDate}.`,
      );
    const ceiling = excluded.reasons.find((r) => r.code === 'above_ceiling');
    if (ceiling) throw new RuleViolation('price_above_ceiling', ceiling.detail);
  }

  // What is left when the provider is eligible and priced: its capacity is short on some day.
  private refuseCapacity(excluded: Exclusion): never {
    const capacity = excluded.reasons.find((r) => r.code === 'capacity_exhausted')!;
    throw new ConflictError('capacity_exhausted', capacity.detail, {
      firstShortDate: capacity.firstShortDate,
    });
  }

  private async respond(
    caller: Caller,
    id: string,
    expectedVersion: number | undefined,
    action: 'accepted' | 'declined' | 'withdrawn',
    apply: (manager: EntityManager, row: CallOff) => Promise<Partial<CallOff>>,
  ): Promise<CallOffView> {
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(CallOff, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row || !this.mayRespond(caller, row, action)) throw new NotFoundError('Call-off');
      assertVersion(row.version, expectedVersion);
      const status = this.statusOf(row);
      if (status !== CallOffStatus.Offered) throw new InvalidTransitionError('call-off', status, action);
      await manager.save(CallOff, { ...row, ...(await apply(manager, row)) });
    });
    return this.view(caller, await this.callOffs.findOneByOrFail({ id }));
  }

  // Accept and decline are the addressed provider's; withdraw is the commissioner's.
  private mayRespond(caller: Caller, row: CallOff, action: 'accepted' | 'declined' | 'withdrawn'): boolean {
    if (action === 'withdrawn')
      return caller.role === Role.Commissioner && caller.organisationId === row.commissionerOrganisationId;
    return caller.role === Role.Provider && caller.providerId === row.providerId;
  }

  // Issue rule: a mandatory check (for this provider on this lot) that lapses before the placement ends is a warning,
  // not a refusal: it may be renewed.
  private async expiryWarnings(
    match: Match,
    lot: Lot,
    startDate: string,
    endDate: string,
  ): Promise<{ code: string; detail: string }[]> {
    const [current, catalogue] = await Promise.all([
      this.checks.currentChecksOn([match.providerId], startDate),
      this.checks.catalogue(),
    ]);
    const mandatory = new Set(mandatoryCheckTypes(catalogue, match.registered, lot.mandatoryCheckTypes));
    return current
      .filter((check) => mandatory.has(check.type) && check.expiresAt < endDate)
      .map((check) => ({
        code: 'check_expires_during_placement',
        detail: `${check.type} expires on ${check.expiresAt}, before the placement ends on ${endDate}.`,
      }));
  }

  private scoped(caller: Caller): SelectQueryBuilder<CallOff> {
    const qb = this.callOffs.createQueryBuilder('c');
    if (caller.role === Role.Commissioner)
      qb.andWhere('c.commissioner_organisation_id = :own', { own: caller.organisationId });
    if (caller.role === Role.Provider)
      qb.andWhere('c.provider_id = :ownProvider', { ownProvider: caller.providerId });
    return qb;
  }

  view(caller: Caller, row: CallOff): CallOffView {
    // Special-category data (UK GDPR Art. 9) only for the commissioner and the provider of this placement.
    const showSpecialCategory =
      (caller.role === Role.Commissioner && caller.organisationId === row.commissionerOrganisationId) ||
      (caller.role === Role.Provider && caller.providerId === row.providerId);
    return {
      callOff: row,
      status: this.statusOf(row),
      showSpecialCategory,
      // DESIGN §1: a provider sees only its own profile, prices and capacity.
      ownEvidenceOnly: caller.role === Role.Provider,
    };
  }
}

// Framework call-off procedure: choosing other than the top-ranked provider must be justified in writing.
function justificationRequired(rank: number | null, result: MatchResult): RuleViolation {
  return new RuleViolation(
    'justification_required',
    rank === null
      ? 'This provider cannot be ranked for this placement, so it is not the top-ranked one; choosing it needs a justification.'
      : `This provider is ranked ${rank}; choosing it needs a justification.`,
    { rank, topProviderId: result.matches[0].providerId },
  );
}

export function thresholdError(date: string, detail?: string): RuleViolation {
  // Education Act 1996 s.463: an unregistered provider may not educate full time 5+ pupils, or one looked-after or EHC-plan pupil.
  return new RuleViolation(
    'registration_threshold',
    detail ??
      'This placement would make the unregistered provider an independent school (Education Act 1996 s.463): 5 or more full-time pupils, or one who is looked after or has an EHC plan.',
    { date },
  );
}
