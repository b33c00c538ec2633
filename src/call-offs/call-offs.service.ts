import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { Caller, Role } from '../auth/role';
import { withCalendarErrors } from '../calendar/calendar-errors';
import { CapacityService, LeastAvailable, LeastAvailableRow } from '../capacity/capacity.service';
import { CalendarService } from '../calendar/calendar.service';
import { addDays } from '../calendar/engine/dates';
import { SchoolCalendar } from '../calendar/engine/school-calendar';
import { Clock } from '../common/clock';
import { isUniqueViolation } from '../common/database-errors';
import { BadRequestError, ConflictError, NotFoundError, RuleViolation } from '../common/domain-error';
import { Page, paginate } from '../common/pagination';
import { assertVersion } from '../common/versioning';
import { calendarCounter, calendarCounterSql, countsRead, lotCounter } from '../database/change-counters';
import { Together } from '../database/together';
import { Framework } from '../frameworks/framework.entity';
import { AwardMethod, FrameworkStoredStatus, PricingUnit } from '../frameworks/framework-types';
import { Lot } from '../frameworks/lot.entity';
import { assertWithinLotMaximum } from '../frameworks/lot-rules';
import { FrameworksService } from '../frameworks/frameworks.service';
import {
  DurableKey,
  IdempotencyService,
  answerHeaders,
  requestHash as hashRequest,
} from '../idempotency/idempotency.service';
import { EligibilityService } from '../providers/eligibility.service';
import { AwardEvidence } from './award-evidence';
import {
  CallOff,
  DeclineReason,
  FinancialYearPart,
  NextStep,
  Segment,
  StatutoryBasis,
} from './call-off.entity';
import { CallOffWriter, NewCallOff, OfferStamp } from './call-off-writer';
import { CreateCallOffDto } from './dto/create-call-off.dto';
import { ListCallOffsQueryDto } from './dto/call-off.dto';
import { looksLikeUpn } from './engine/child-ref';
import { patternProblem, sortPattern } from './engine/pattern';
import { CallOffStatus, StoredStatus, effectiveStatus, endOfLondonDay } from './engine/lifecycle';
import { Exclusion, Match, MatchResult, MatchingService } from './matching.service';
import { Placement, PlacementGuard } from './placement-guard';
import { capacityExhausted, refusalError, registrationThreshold } from './placement-problems';

// A call-off as other code reads it: the stored fields, without the ORM's relations, not to be written back.
export type CallOffRecord = Readonly<
  Omit<CallOff, 'framework' | 'lot' | 'provider' | 'commissionerOrganisation'>
>;

// What the reviews module needs of an accepted placement to schedule its reviews.
export interface PlacementForReview {
  id: string;
  number: number;
  frameworkId: string;
  lotId: string;
  providerId: string;
  commissionerOrganisationId: string;
  childRef: string;
  startDate: string;
  endDate: string;
  // How many objectives the placement plan lists (a review rates progress against them by index).
  objectives: number;
  reviewFrequencyWeeks: number;
}

export interface CallOffBillingTerms {
  id: string;
  frameworkId: string;
  lotId: string;
  unit: PricingUnit;
  unitPricePence: number;
  startDate: string;
  endDate: string;
}

export interface CallOffView {
  callOff: CallOffRecord;
  status: CallOffStatus;
  showSpecialCategory: boolean;
  // A provider reads its own row of the award evidence, not its competitors' prices and due diligence.
  ownEvidenceOnly: boolean;
  review?: { required: boolean; reasons: { code: string; detail: string }[] };
}

// The Idempotency-Key of a raise, and the answer the raise gives (its body and where the call-off is), which is
// stored with the call-off in its transaction.
export interface RaiseKey {
  durable: DurableKey;
  answer: (view: CallOffView) => { body: object; location: string };
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
  'pattern',
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

// What benchmarks and high-cost flags read of a placement: its price terms, never the child.
export interface PlacementCost {
  id: string;
  number: number;
  providerId: string;
  commissionerOrganisationId: string;
  startDate: string;
  endDate: string;
  sessionsPerWeek: number;
  unit: CallOff['unit'];
  unitPricePence: number;
  latitude: number | null;
  longitude: number | null;
}

// SQL twin of engine/lifecycle.effectiveStatus, for filtering lists by the status a reader would see
// (test/call-off-status.e2e-spec.ts holds the two to one answer on random data). :now an instant, :today a date.
export const EFFECTIVE_STATUS_SQL = `(CASE
  WHEN c.status = 'offered' AND c.offer_expires_at <= :now THEN 'lapsed'
  WHEN c.status = 'accepted' AND :today > c.end_date AND c.terminated_on IS NOT NULL THEN 'terminated'
  WHEN c.status = 'accepted' AND :today > c.end_date THEN 'completed'
  WHEN c.status = 'accepted' AND :today >= c.start_date THEN 'active'
  ELSE c.status::text END)`;

// What finance reads of live call-offs: those sharing a lot, provider, dates and school days in a financial year,
// with their value in that year and its at-risk part (in millionths of a penny, so the share stays exact enough).
export interface CallOffCommitmentGroup {
  lotId: string;
  providerId: string;
  startDate: string;
  endDate: string;
  schoolDays: number;
  yearPence: number;
  yearAtRiskMicropence: bigint;
  callOffs: number;
}

// A raise's statements and what they run inside PostgreSQL (the foreign-key checks, the triggers keeping change
// counts and hold totals, graphile-worker's add_jobs) are lookups by key whose best plan does not depend on the
// values: planned once per connection (generic plans) rather than for every raise, which was ~1 ms of the server's
// time a raise (pg_stat_statements, bench/FINDINGS.md). Written with BEGIN and the lock (PreparingClient).
const GENERIC_PLANS = 'SET LOCAL plan_cache_mode = force_generic_plan';

@Injectable()
export class CallOffsService {
  // Numbers drawn by raises that were then refused, lowest first (see giveBack).
  private readonly unusedNumbers: number[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(CallOff) private readonly callOffs: Repository<CallOff>,
    private readonly frameworks: FrameworksService,
    private readonly calendars: CalendarService,
    private readonly matching: MatchingService,
    private readonly guard: PlacementGuard,
    private readonly capacity: CapacityService,
    private readonly writer: CallOffWriter,
    private readonly eligibility: EligibilityService,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
  ) {}

  async create(caller: Caller, input: CreateCallOffDto, key: RaiseKey | null = null): Promise<CallOffView> {
    const idempotencyKey = key?.durable.key ?? null;
    const requestHash = idempotencyKey ? hashRequest('POST /v1/call-offs', input) : null;
    try {
      return await this.raise(caller, input, key, requestHash);
    } catch (error) {
      // The one place a raise checks its key. One key raises one call-off (the unique index holds it), so a raise
      // that was refused for any reason may be one a retry, a colleague's race or a lost idempotency record already
      // made (then the unique key, or the capacity or s.463 count that placement now holds, refused it): the answer
      // this API key already had is replayed as it was, or else the call-off raised with this key answers it. A
      // raise that went through needs no look-up.
      if (!key || !idempotencyKey || !requestHash) throw error;
      await this.idempotency.replayIfAnswered(key.durable);
      const earlier = await this.raisedWith(caller.organisationId as string, idempotencyKey, requestHash);
      if (!earlier) throw error;
      return this.get(caller, earlier.id);
    }
  }

  private async raise(
    caller: Caller,
    input: CreateCallOffDto,
    key: RaiseKey | null,
    requestHash: string | null,
  ): Promise<CallOffView> {
    const opening = this.openingRead(caller.organisationId as string, input);
    const { providerId } = input;
    // A number another raise of this process drew and did not use, if there is one: else this raise draws its own.
    const reused = this.unusedNumbers.shift();
    const alongside = reused === undefined ? OFFER_STAMP_SQL : OFFER_TIME_SQL;
    let stamp: OfferStamp | undefined;
    // Set once the write that carries the number is sent: from then on only its refusal for the key says it was
    // not used.
    let writing = false;
    try {
      if (providerId)
        // A raise naming its provider locks that provider's capacity on the lot first, and reads everything else it
        // needs under the lock in the same round trip: the raise is then the API key's read, this, and the write
        // (bench/FINDINGS.md, tenth round). The lock is held while the match runs, and the terms and the match read
        // through this transaction. The provider's s.463 lock is taken too (first, in the guard's lock order), as
        // whether the placement counts towards it (full time, at an unregistered provider) is known only once the
        // terms and the match are.
        return await this.dataSource.transaction(async (manager) => {
          await manager.query(GENERIC_PLANS);
          const locked = await this.guard.lock(
            manager,
            {
              providerId,
              lotId: input.lotId,
              window: { from: input.startDate, to: input.endDate },
              providerLock: true,
            },
            { alongside, after: [opening] },
          );
          stamp = offerStamp(locked.alongside, reused);
          const offer = await this.offer(
            caller,
            input,
            opening.answer(locked.after[0]),
            key,
            requestHash,
            manager,
          );
          const together = new Together();
          await this.guard.placeLocked(manager, locked, placementOf(offer), together);
          writing = true;
          return this.writeOffer(manager, caller, offer.row, stamp, key, together);
        });
      const offer = await this.offer(
        caller,
        input,
        opening.answer(await this.dataSource.query(opening.sql, opening.params)),
        key,
        requestHash,
        this.dataSource.manager,
      );
      return await this.dataSource.transaction(async (manager) => {
        await manager.query(GENERIC_PLANS);
        const together = new Together();
        stamp = offerStamp(await this.guard.place(manager, placementOf(offer), together, alongside), reused);
        writing = true;
        return this.writeOffer(manager, caller, offer.row, stamp, key, together);
      });
    } catch (error) {
      // Refused (or failed) before its write was sent, or the write refused for its key: the transaction rolled
      // back without using the number, which goes to the next raise.
      const number = stamp?.number ?? reused;
      if (number !== undefined && (!writing || refusedForItsKey(error))) this.giveBack(number);
      throw error;
    }
  }

  // Call-off numbers come from a sequence, and a number drawn by a transaction that rolls back is lost. A raise
  // draws its number in the statement that takes its lock, before everything that may refuse it has been checked
  // (for a raise naming its provider, before the match): a refused raise gives its number back here, and this
  // process's next raise takes the lowest one, so refusals leave no gaps in the numbers (one stop of the process
  // may). As many are kept as raises were refused and not yet followed by another.
  private giveBack(number: number): void {
    let i = this.unusedNumbers.length;
    while (i > 0 && this.unusedNumbers[i - 1] > number) i--;
    this.unusedNumbers.splice(i, 0, number);
  }

  // The offer a raise makes, once it has read its opening: the terms, the rules, the match and the chosen provider.
  // `db` is the raise's transaction when it holds one (a read through the pool would wait for a second connection
  // while the transaction holds its locks and its own).
  private async offer(
    caller: Caller,
    input: CreateCallOffDto,
    opening: RaiseOpening,
    key: RaiseKey | null,
    requestHash: string | null,
    db: EntityManager,
  ): Promise<{ row: NewCallOff; registered: boolean }> {
    const terms = await this.termsFor(caller.organisationId as string, input, opening, db);
    assertPlacementRules(input);
    const result = await this.matching.match(
      terms.lot,
      terms.framework,
      terms.calendar,
      {
        startDate: input.startDate,
        endDate: input.endDate,
        sessionsPerWeek: input.sessionsPerWeek,
        latitude: input.location?.latitude,
        longitude: input.location?.longitude,
        lookedAfterOrEhcp: input.child.ehcp || input.child.lookedAfter,
      },
      { lotCount: terms.lotCount, capacity: opening.capacity, db },
    );
    const match = choose(input, terms.lot, result);
    return {
      row: this.offerFor(caller, input, terms, result, match, key?.durable.key ?? null, requestHash),
      registered: match.registered,
    };
  }

  // The call-off, its hold, event and audit entry and the stored answer, in one statement that carries the COMMIT.
  private async writeOffer(
    manager: EntityManager,
    caller: Caller,
    row: NewCallOff,
    stamp: OfferStamp,
    key: RaiseKey | null,
    together: Together,
  ): Promise<CallOffView> {
    let view: CallOffView | undefined;
    const written = await this.writer.offer(manager, row, stamp, {
      together,
      // Nothing follows the offer in this transaction: its statement carries the COMMIT.
      last: true,
      beside: async (raised) => {
        // The row is known before it is written (its number and time came with the lock): nothing to read back.
        view = this.view(caller, raised);
        // The answer commits with the call-off, so a repeat of this request by this API key replays it.
        if (!key) return;
        const answer = key.answer(view);
        await this.idempotency.complete(
          { apiKeyId: key.durable.apiKeyId, key: key.durable.key, durable: key.durable },
          key.durable.status,
          answer.body,
          answerHeaders(answer.body, answer.location),
          together,
        );
      },
    });
    return view ?? this.view(caller, written.row);
  }

  // A raise's opening read: the lot's and the calendar's change counts (kept terms stand while they do) and each
  // provider's least free sessions on the lot over the request's dates (the match's one live read).
  private openingRead(
    organisationId: string,
    input: CreateCallOffDto,
  ): { sql: string; params: unknown[]; answer: (rows: Record<string, unknown>[]) => RaiseOpening } {
    const capacity = this.capacity.leastAvailableRead(
      input.lotId,
      input.startDate,
      input.endDate,
      input.sessionsPerWeek,
    );
    const counts = countsRead(
      [lotCounter(input.lotId), calendarCounter(organisationId)],
      capacity.params.length + 1,
    );
    return {
      sql: `SELECT ${counts.sql} AS counts, (SELECT json_agg(l) FROM (${capacity.sql}) l) AS capacity`,
      params: [...capacity.params, ...counts.params],
      answer: ([row]) => {
        const [lotCount, calendarCount] = counts.answer(row.counts);
        return {
          lotCount,
          calendarCount,
          capacity: capacity.answer((row.capacity as LeastAvailableRow[] | null) ?? []),
        };
      },
    };
  }

  // The lot, its framework, who may call off from it and the commissioner's calendar, kept while their change counts
  // (read in the opening) stand; and the framework rules a raise must meet before anything else.
  private async termsFor(
    organisationId: string,
    input: CreateCallOffDto,
    { lotCount, calendarCount }: RaiseOpening,
    db: EntityManager,
  ): Promise<RaiseTerms> {
    const terms = await this.frameworks.lotTerms(input.lotId, lotCount, db);
    // Procurement Act 2023 s.45: only the authorities the framework names may call off from it. A lot that does
    // not exist is answered alike, so the answer never tells an outsider which lots exist.
    if (!terms || !terms.participantOrganisationIds.includes(organisationId))
      throw new RuleViolation(
        'not_entitled',
        'Your organisation is not entitled to call off from this lot: it is not on a framework that names you.',
      );
    const { lot, framework } = terms;
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
    const { calendar } = await this.calendars.keptCalendarFor(organisationId, calendarCount, db);
    return { lot, framework, calendar, lotCount };
  }

  // The offer as it will be written: the placement, its price, the frozen award evidence and the warnings.
  private offerFor(
    caller: Caller,
    input: CreateCallOffDto,
    terms: RaiseTerms,
    result: MatchResult,
    match: Match,
    idempotencyKey: string | null,
    requestHash: string | null,
  ): NewCallOff {
    const { lot, framework, calendar } = terms;
    const priced = result.quotes.get(match.providerId)!;
    const statutoryDeadline =
      input.statutoryBasis === StatutoryBasis.S19PermanentExclusion && input.exclusionDate
        ? withCalendarErrors(() => calendar.nthSchoolDay(input.exclusionDate!, 6))
        : null;
    return {
      // Chosen here, so the hold can name its call-off before the row is written.
      id: randomUUID(),
      frameworkId: framework.id,
      lotId: lot.id,
      providerId: match.providerId,
      commissionerOrganisationId: caller.organisationId as string,
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
      pattern: input.pattern ? sortPattern(input.pattern) : null,
      fullTime: result.fullTime,
      latitude: input.location?.latitude ?? null,
      longitude: input.location?.longitude ?? null,
      plan: { ...input.plan, reintegrationCriteria: input.plan.reintegrationCriteria ?? null },
      sendCaseworkerNotifiedAt: input.sendCaseworkerNotifiedAt ?? null,
      justification: input.justification ?? null,
      offerExpiresAt: this.offerExpiry(calendar, this.clock.today(), framework),
      respondedAt: null,
      declineReasonCode: null,
      responseNote: null,
      terminatedOn: null,
      rateCardId: match.quote.rateCardId,
      unit: match.quote.unit,
      unitPricePence: match.quote.unitPricePence,
      schoolDays: priced.schoolDays,
      totalPence: priced.totalPence,
      basePence: priced.basePence,
      atRiskPence: priced.atRiskPence,
      byFinancialYear: priced.byFinancialYear,
      segments: [
        {
          from: input.startDate,
          to: input.endDate,
          sessionsPerWeek: input.sessionsPerWeek,
          ...(input.pattern ? { pattern: sortPattern(input.pattern) } : {}),
        },
      ],
      awardEvidence: awardEvidence(input, lot, result, match, this.clock.now()),
      warnings: expiryWarnings(result.checkExpiries.get(match.providerId) ?? [], input.endDate),
      variations: [],
      createdByKeyId: caller.keyId,
      idempotencyKey,
      idempotencyRequestHash: requestHash,
    };
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

  // For finance: the accepted call-offs of the organisation still running on or after `from` (an offer is not yet a
  // commitment; declined, withdrawn and lapsed ones never were), with their value in one financial year, added up
  // per lot, provider, dates and school days in that year: one aggregate statement, however many call-offs.
  async commitmentGroups(
    organisationId: string,
    from: string,
    financialYear: string,
  ): Promise<CallOffCommitmentGroup[]> {
    const rows: {
      lotId: string;
      providerId: string;
      startDate: string;
      endDate: string;
      schoolDays: number;
      yearPence: string;
      yearAtRiskMicropence: string;
      callOffs: number;
    }[] = await this.dataSource.query(
      `SELECT c.lot_id AS "lotId", c.provider_id AS "providerId", to_char(c.start_date, 'YYYY-MM-DD') AS "startDate",
              to_char(c.end_date, 'YYYY-MM-DD') AS "endDate", (p->>'schoolDays')::int AS "schoolDays",
              sum((p->>'totalPence')::bigint)::text AS "yearPence",
              round(sum((p->>'totalPence')::numeric * c.at_risk_pence * 1000000 / NULLIF(c.total_pence, 0)))::text
                AS "yearAtRiskMicropence",
              count(*)::int AS "callOffs"
         FROM call_offs c CROSS JOIN LATERAL jsonb_array_elements(c.by_financial_year) p
        WHERE c.commissioner_organisation_id = $1 AND c.status = 'accepted' AND c.end_date >= $2::date
          AND p->>'financialYear' = $3
        GROUP BY 1, 2, 3, 4, 5`,
      [organisationId, from, financialYear],
    );
    return rows.map((row) => ({
      ...row,
      yearPence: Number(row.yearPence),
      yearAtRiskMicropence: BigInt(row.yearAtRiskMicropence ?? '0'),
    }));
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
    if (query.updatedSince)
      qb.andWhere('c.updated_at >= :updatedSince', { updatedSince: new Date(query.updatedSince) });
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
    return this.respond(caller, id, expectedVersion, 'accepted', { note: note ?? null });
  }

  async decline(
    caller: Caller,
    id: string,
    reasonCode: DeclineReason,
    note: string | undefined,
    expectedVersion: number | undefined,
  ): Promise<CallOffView> {
    return this.respond(caller, id, expectedVersion, 'declined', {
      declineReasonCode: reasonCode,
      note: note ?? null,
    });
  }

  async withdraw(
    caller: Caller,
    id: string,
    reason: string,
    expectedVersion: number | undefined,
  ): Promise<CallOffView> {
    return this.respond(caller, id, expectedVersion, 'withdrawn', { note: reason });
  }

  // For the reviews module, which keeps each placement's next review date: accepted placements (stored status
  // accepted: before, during or after their term), either the ones named or a page of all in id order.
  async placementsForReview(
    query: { ids: string[] } | { afterId: string | null; limit: number },
    manager?: EntityManager,
  ): Promise<PlacementForReview[]> {
    const qb = (manager ? manager.getRepository(CallOff) : this.callOffs)
      .createQueryBuilder('c')
      .select([
        'c.id',
        'c.number',
        'c.frameworkId',
        'c.lotId',
        'c.providerId',
        'c.commissionerOrganisationId',
        'c.childRef',
        'c.startDate',
        'c.endDate',
        'c.plan',
      ])
      .where(`c.status = 'accepted'`);
    if ('ids' in query) {
      if (query.ids.length === 0) return [];
      qb.andWhere('c.id IN (:...ids)', { ids: query.ids });
    } else {
      if (query.afterId) qb.andWhere('c.id > :afterId', { afterId: query.afterId });
      qb.orderBy('c.id', 'ASC').limit(query.limit);
    }
    const rows = await qb.getMany();
    return rows.map((row) => ({
      id: row.id,
      number: row.number,
      frameworkId: row.frameworkId,
      lotId: row.lotId,
      providerId: row.providerId,
      commissionerOrganisationId: row.commissionerOrganisationId,
      childRef: row.childRef,
      startDate: row.startDate,
      endDate: row.endDate,
      objectives: row.plan.objectives.length,
      reviewFrequencyWeeks: row.plan.reviewFrequencyWeeks,
    }));
  }

  // Benchmarks and high-cost flags: every accepted placement on a lot live on some day of [from, to] (accepted or
  // active then), of one organisation or (null) of all, by number. Set-based: one statement, price terms only.
  async placementCostsOnLot(
    lotId: string,
    from: string,
    to: string,
    organisationId: string | null = null,
  ): Promise<PlacementCost[]> {
    const rows: {
      id: string;
      number: number;
      provider_id: string;
      commissioner_organisation_id: string;
      start_date: string;
      end_date: string;
      sessions_per_week: number;
      unit: CallOff['unit'];
      unit_price_pence: string;
      latitude: number | null;
      longitude: number | null;
    }[] = await this.callOffs.query(
      `SELECT id, number, provider_id, commissioner_organisation_id, start_date::text AS start_date,
              end_date::text AS end_date, sessions_per_week, unit, unit_price_pence, latitude, longitude
         FROM call_offs
        WHERE lot_id = $1 AND status = 'accepted' AND start_date <= $3 AND end_date >= $2
          AND ($4::uuid IS NULL OR commissioner_organisation_id = $4)
        ORDER BY number`,
      [lotId, from, to, organisationId],
    );
    return rows.map((row) => ({
      id: row.id,
      number: row.number,
      providerId: row.provider_id,
      commissionerOrganisationId: row.commissioner_organisation_id,
      startDate: row.start_date,
      endDate: row.end_date,
      sessionsPerWeek: row.sessions_per_week,
      unit: row.unit,
      unitPricePence: Number(row.unit_price_pence),
      latitude: row.latitude,
      longitude: row.longitude,
    }));
  }

  // For invoices: the terms a provider bills a call-off by, for the call-offs between this provider and this
  // commissioner only (any other id is simply absent, so an invoice never learns of another party's placement).
  async billingTerms(
    ids: string[],
    parties: { providerId: string; commissionerOrganisationId: string },
  ): Promise<CallOffBillingTerms[]> {
    if (ids.length === 0) return [];
    const rows = await this.callOffs
      .createQueryBuilder('c')
      .select(['c.id', 'c.frameworkId', 'c.lotId', 'c.unit', 'c.unitPricePence', 'c.startDate', 'c.endDate'])
      .where('c.id IN (:...ids)', { ids: [...new Set(ids)] })
      .andWhere('c.provider_id = :providerId AND c.commissioner_organisation_id = :org', {
        providerId: parties.providerId,
        org: parties.commissionerOrganisationId,
      })
      // Only a placement the provider accepted is one it can deliver and bill.
      .andWhere(`c.status = 'accepted'`)
      .getMany();
    return rows.map((row) => ({
      id: row.id,
      frameworkId: row.frameworkId,
      lotId: row.lotId,
      unit: row.unit,
      unitPricePence: row.unitPricePence,
      startDate: row.startDate,
      endDate: row.endDate,
    }));
  }

  // What attendance needs of placements (DESIGN §1 Attendance): their parties, dates, statutory basis and priced
  // periods with their weekly patterns. `accepted` is whether the provider took the placement (sessions are
  // commissioned only then).
  async attendanceTerms(ids: string[], manager?: EntityManager): Promise<AttendanceTerms[]> {
    if (ids.length === 0) return [];
    const rows: AttendanceTermsRow[] = await (manager ?? this.dataSource.manager).query(
      `${ATTENDANCE_TERMS_SQL} WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map(attendanceTermsOf);
  }

  // Accepted placements whose dates overlap [from, to], for daily scans (attendance marks missing).
  async acceptedOverlapping(from: string, to: string, manager?: EntityManager): Promise<AttendanceTerms[]> {
    const rows: AttendanceTermsRow[] = await (manager ?? this.dataSource.manager).query(
      `${ATTENDANCE_TERMS_SQL} WHERE c.status = 'accepted' AND c.start_date <= $2 AND c.end_date >= $1 ORDER BY c.number`,
      [from, to],
    );
    return rows.map(attendanceTermsOf);
  }

  // For the outcomes module: the dates and money of placements (a claim's placement, a provider's base value in a
  // year, at-risk money retained). `acceptedOnly` keeps placements that were accepted (live, completed or ended),
  // the ones that carry a price. Inside a transaction, pass its manager.
  async placementValues(
    filter: {
      ids?: string[];
      providerId?: string;
      lotId?: string;
      commissionerOrganisationId?: string;
      acceptedOnly?: boolean;
    },
    manager?: EntityManager,
  ): Promise<PlacementValue[]> {
    // Plain rows of the columns needed (a provider's year is 2,000 placements or more): no entity building.
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.ids) add('c.id = ANY(?::uuid[])', filter.ids);
    if (filter.providerId) add('c.provider_id = ?', filter.providerId);
    if (filter.lotId) add('c.lot_id = ?', filter.lotId);
    if (filter.commissionerOrganisationId)
      add('c.commissioner_organisation_id = ?', filter.commissionerOrganisationId);
    if (filter.acceptedOnly) where.push(`c.status = 'accepted'`);
    const rows: PlacementValueRow[] = await (manager ?? this.dataSource.manager).query(
      `SELECT c.id, c.framework_id, c.lot_id, c.provider_id, c.commissioner_organisation_id,
              c.start_date::text AS start_date, c.end_date::text AS end_date, c.status, c.offer_expires_at,
              c.terminated_on::text AS terminated_on, c.base_pence::text AS base_pence,
              c.at_risk_pence::text AS at_risk_pence, c.total_pence::text AS total_pence, c.by_financial_year
         FROM call_offs c${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''}`,
      params,
    );
    const now = this.clock.now();
    const today = this.clock.today();
    return rows.map((row) => ({
      id: row.id,
      frameworkId: row.framework_id,
      lotId: row.lot_id,
      providerId: row.provider_id,
      commissionerOrganisationId: row.commissioner_organisation_id,
      startDate: row.start_date,
      endDate: row.end_date,
      status: effectiveStatus(
        {
          status: row.status,
          offerExpiresAt: row.offer_expires_at,
          startDate: row.start_date,
          endDate: row.end_date,
          terminatedOn: row.terminated_on,
        },
        now,
        today,
      ),
      // bigint pence come back as strings; pence stay well inside Number.MAX_SAFE_INTEGER.
      basePence: Number(row.base_pence),
      atRiskPence: Number(row.at_risk_pence),
      totalPence: Number(row.total_pence),
      byFinancialYear: row.by_financial_year,
    }));
  }

  statusOf(row: CallOffRecord): CallOffStatus {
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

  private async respond(
    caller: Caller,
    id: string,
    expectedVersion: number | undefined,
    action: 'accepted' | 'declined' | 'withdrawn',
    response: { declineReasonCode?: DeclineReason; note: string | null },
  ): Promise<CallOffView> {
    const written = await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(CallOff, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row || !this.mayRespond(caller, row, action)) throw new NotFoundError('Call-off');
      assertVersion(row.version, expectedVersion);
      const answered = await this.writer.respond(manager, row, action, response);
      // Accepted, the place is kept for good; declined or withdrawn, it is free again.
      if (action === 'accepted') await this.guard.confirm(manager, row.id);
      else await this.guard.release(manager, [row.id]);
      return answered;
    });
    return this.view(caller, written.row);
  }

  // Accept and decline are the addressed provider's; withdraw is the commissioner's.
  private mayRespond(caller: Caller, row: CallOff, action: 'accepted' | 'declined' | 'withdrawn'): boolean {
    if (action === 'withdrawn')
      return caller.role === Role.Commissioner && caller.organisationId === row.commissionerOrganisationId;
    return caller.role === Role.Provider && caller.providerId === row.providerId;
  }

  private scoped(caller: Caller): SelectQueryBuilder<CallOff> {
    const qb = this.callOffs.createQueryBuilder('c');
    if (caller.role === Role.Commissioner)
      qb.andWhere('c.commissioner_organisation_id = :own', { own: caller.organisationId });
    if (caller.role === Role.Provider)
      qb.andWhere('c.provider_id = :ownProvider', { ownProvider: caller.providerId });
    return qb;
  }

  view(caller: Caller, row: CallOffRecord): CallOffView {
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

export interface AttendanceTerms {
  id: string;
  // The call-off's number (CO-000123): raised order.
  number: number;
  frameworkId: string;
  lotId: string;
  providerId: string;
  commissionerOrganisationId: string;
  statutoryBasis: StatutoryBasis;
  startDate: string;
  endDate: string;
  accepted: boolean;
  segments: Segment[];
  // The change count of the commissioner's school calendar, read in the same statement as the terms, so a calendar
  // kept per process can be used under it without a second read (src/database/change-counters.ts).
  calendarCount: string;
}

interface AttendanceTermsRow {
  id: string;
  number: number;
  framework_id: string;
  lot_id: string;
  provider_id: string;
  commissioner_organisation_id: string;
  statutory_basis: StatutoryBasis;
  start_date: string;
  end_date: string;
  status: string;
  segments: Segment[];
  calendar_count: string;
}

const ATTENDANCE_TERMS_SQL = `SELECT c.id, c.number, c.framework_id, c.lot_id, c.provider_id, c.commissioner_organisation_id,
  c.statutory_basis, c.start_date::text AS start_date, c.end_date::text AS end_date, c.status, c.segments,
  coalesce(cc.value::text, '0') AS calendar_count
  FROM call_offs c LEFT JOIN change_counters cc ON cc.name = ${calendarCounterSql('c.commissioner_organisation_id')}`;

function attendanceTermsOf(row: AttendanceTermsRow): AttendanceTerms {
  return {
    id: row.id,
    number: row.number,
    frameworkId: row.framework_id,
    lotId: row.lot_id,
    providerId: row.provider_id,
    commissionerOrganisationId: row.commissioner_organisation_id,
    statutoryBasis: row.statutory_basis,
    startDate: row.start_date,
    endDate: row.end_date,
    accepted: row.status === 'accepted',
    segments: row.segments,
    calendarCount: row.calendar_count,
  };
}

interface PlacementValueRow {
  id: string;
  framework_id: string;
  lot_id: string;
  provider_id: string;
  commissioner_organisation_id: string;
  start_date: string;
  end_date: string;
  status: StoredStatus;
  offer_expires_at: Date;
  terminated_on: string | null;
  base_pence: string;
  at_risk_pence: string;
  total_pence: string;
  by_financial_year: PlacementValue['byFinancialYear'];
}

// A placement's dates and price as the outcomes module reads them.
export interface PlacementValue {
  id: string;
  frameworkId: string;
  lotId: string;
  providerId: string;
  commissionerOrganisationId: string;
  startDate: string;
  endDate: string;
  status: CallOffStatus;
  basePence: number;
  atRiskPence: number;
  totalPence: number;
  byFinancialYear: FinancialYearPart[];
}

interface RaiseOpening {
  lotCount: string;
  calendarCount: string;
  capacity: LeastAvailable;
}

// Taken in the statement that locks the provider's capacity, so that the offer is known before the statement that
// writes it with its hold: the call-off's number (its sequence; see CallOffsService.giveBack) and the transaction's
// time, which the row's created_at default would have been. The second is for a raise reusing a number.
const OFFER_STAMP_SQL = `nextval(pg_get_serial_sequence('call_offs', 'number'))::int AS number,
  now()::timestamptz(3) AS at`;
const OFFER_TIME_SQL = `NULL::int AS number, now()::timestamptz(3) AS at`;

interface RaiseTerms {
  lot: Lot;
  framework: Framework;
  calendar: SchoolCalendar;
  lotCount: string;
}

// What a raise must meet before any provider is matched, in the order a commissioner fixes them.
function assertPlacementRules(input: CreateCallOffDto): void {
  if (input.endDate < input.startDate)
    throw new BadRequestError('validation_failed', 'endDate must be on or after startDate.', [
      { field: 'endDate', message: 'endDate must be on or after startDate' },
    ]);
  const patternIssue = input.pattern ? patternProblem(input.pattern, input.sessionsPerWeek) : null;
  if (patternIssue)
    throw new BadRequestError('validation_failed', patternIssue, [
      { field: 'pattern', message: patternIssue },
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
}

// The provider the placement is offered to: the named one or the top-ranked. Refusals come in this order: the
// provider's eligibility, the lot's session maximum, then what this placement needs of the provider (s.463, its
// prices, a justification for passing over the top-ranked one, its capacity).
function choose(input: CreateCallOffDto, lot: Lot, result: MatchResult): Match {
  const chosen = input.providerId
    ? result.matches.find((m) => m.providerId === input.providerId)
    : result.matches[0];
  const refused = chosen ? undefined : result.excluded.find((e) => e.providerId === input.providerId);
  if (!chosen && input.providerId) refuseIneligible(refused, input.startDate);
  assertWithinLotMaximum(lot, input.sessionsPerWeek);
  if (!chosen) {
    if (!input.providerId)
      throw new RuleViolation('no_eligible_provider', 'No provider on this lot can take this placement.', {
        excluded: result.excluded,
      });
    const reasons = refused!.reasons;
    const threshold = reasons.find((r) => r.code === 'registration_threshold');
    if (threshold) throw refusalError(registrationThreshold(input.startDate));
    if (reasons.some((r) => r.code === 'no_rate_card'))
      throw new RuleViolation(
        'no_rate_card',
        `The provider has no approved rate card in force on ${input.startDate}.`,
      );
    const ceiling = reasons.find((r) => r.code === 'above_ceiling');
    if (ceiling) throw new RuleViolation('price_above_ceiling', ceiling.detail);
    // A provider that cannot be ranked is not the top-ranked one: it needs a justification before its capacity is
    // reported.
    if (!input.justification && result.matches.length > 0) throw justificationRequired(null, result);
    const capacity = reasons.find((r) => r.code === 'capacity_exhausted')!;
    throw refusalError(capacityExhausted(capacity.firstShortDate!, input.sessionsPerWeek));
  }
  // Framework call-off procedure: choosing other than the top-ranked provider must be justified in writing.
  if (chosen.rank > 1 && !input.justification) throw justificationRequired(chosen.rank, result);
  return chosen;
}

// A named provider that is not a member, or whose standing (directory, membership, checks) excludes it.
function refuseIneligible(excluded: Exclusion | undefined, startDate: string): void {
  const standing = excluded
    ? excluded.reasons.filter((r) => !PLACEMENT_REASONS.has(r.code))
    : [{ code: 'not_member', detail: 'The provider is not a member of this lot.' }];
  if (standing.length > 0)
    throw new RuleViolation(
      'provider_ineligible',
      `The provider is not eligible for this lot on ${startDate}.`,
      {
        reasons: standing,
      },
    );
}

function justificationRequired(rank: number | null, result: MatchResult): RuleViolation {
  return new RuleViolation(
    'justification_required',
    rank === null
      ? 'This provider cannot be ranked for this placement, so it is not the top-ranked one; choosing it needs a justification.'
      : `This provider is ranked ${rank}; choosing it needs a justification.`,
    { rank, topProviderId: result.matches[0].providerId },
  );
}

// Procurement Act 2023 s.45(4): the ranking, its inputs and the rule, frozen on the call-off as it stood.
function awardEvidence(
  input: CreateCallOffDto,
  lot: Lot,
  result: MatchResult,
  match: Match,
  now: Date,
): AwardEvidence {
  return {
    method: 'direct',
    calculatedAt: now.toISOString(),
    inputs: {
      startDate: input.startDate,
      endDate: input.endDate,
      sessionsPerWeek: input.sessionsPerWeek,
      location: input.location
        ? { latitude: input.location.latitude, longitude: input.location.longitude }
        : null,
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
  };
}

// DESIGN §1 (due diligence): a mandatory check that lapses before the placement ends is a warning, not a refusal: it
// may be renewed. From the checks the match judged the provider eligible by.
function expiryWarnings(
  checks: { type: string; expiresAt: string }[],
  endDate: string,
): { code: string; detail: string }[] {
  return checks
    .filter((check) => check.expiresAt < endDate)
    .map((check) => ({
      code: 'check_expires_during_placement',
      detail: `${check.type} expires on ${check.expiresAt}, before the placement ends on ${endDate}.`,
    }));
}

// A raise's write refused for its Idempotency-Key: a repeat of a raise already made, which create() then answers
// with that raise. The statement itself failed, so its transaction rolled back and the number it carried is unused.
function refusedForItsKey(error: unknown): boolean {
  return (
    isUniqueViolation(error, 'uq_call_offs_commissioner_organisation_id_idempotency_key') ||
    (error instanceof ConflictError && error.code === 'idempotency_request_in_progress')
  );
}

// What the placement guard judges for a raise: the offer's place, held until the offer lapses.
function placementOf({ row, registered }: { row: NewCallOff; registered: boolean }): Placement {
  return {
    callOffId: row.id,
    providerId: row.providerId,
    lotId: row.lotId,
    unregistered: !registered,
    needs: [{ from: row.startDate, to: row.endDate, sessionsPerWeek: row.sessionsPerWeek }],
    addsFullTime: row.fullTime
      ? { from: row.startDate, to: row.endDate, lookedAfterOrEhcp: row.childEhcp || row.childLookedAfter }
      : null,
    holds: {
      replace: false,
      periods: [{ from: row.startDate, to: row.endDate, sessionsPerWeek: row.sessionsPerWeek }],
      expiresAt: row.offerExpiresAt,
    },
  };
}

function offerStamp(read: Record<string, unknown> | null, reused: number | undefined): OfferStamp {
  if (!read) throw new Error('The lock statement answered no offer stamp.');
  return { number: reused ?? Number(read.number), at: new Date(String(read.at)) };
}
