import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { withCalendarErrors } from '../calendar/calendar-errors';
import { SchoolCalendar } from '../calendar/engine/school-calendar';
import { CapacityService, LeastAvailable } from '../capacity/capacity.service';
import { leastAvailable } from '../capacity/availability';
import { KeptByCount, lotCounter, readCounts } from '../database/change-counters';
import { BadRequestError } from '../common/domain-error';
import { Framework } from '../frameworks/framework.entity';
import { Lot } from '../frameworks/lot.entity';
import { PricingUnit } from '../frameworks/framework-types';
import { EligibilityService } from '../providers/eligibility.service';
import { RegistrationStatus } from '../providers/provider-types';
import { PreparedQuote, Quote, prepareQuote } from '../pricing/engine/pricing-engine';
import { chargeableLine } from '../pricing/chargeable-line';
import { RateCardsService } from '../pricing/rate-cards.service';
import { multiply, parseDecimal, compare, fromInteger } from '../pricing/engine/decimal';
import { Exclusion, Reason } from './award-evidence';
import { Ranked, Ranking, haversineKm, rank } from './engine/ranking';
import { FullTimePlacement, registrationBreach } from './engine/registration-threshold';
import { PlacementGuard } from './placement-guard';
import { capacityExhausted, registrationThresholdExclusion } from './placement-problems';

export type { Exclusion, Reason };

export interface MatchRequest {
  startDate: string;
  endDate: string;
  sessionsPerWeek: number;
  latitude?: number;
  longitude?: number;
  // Known only when a call-off is raised; matching assumes neither.
  lookedAfterOrEhcp?: boolean;
}

export interface Match {
  providerId: string;
  name: string;
  rank: number;
  score: number;
  inputs: { totalPence: number; distanceKm: number | null; qualityScore: number };
  scores: { price: number; distance: number | null; quality: number };
  quote: { rateCardId: string; unit: PricingUnit; unitPricePence: number; totalPence: number };
  availableSessionsPerWeek: number;
  registered: boolean;
}

export interface MatchResult {
  ranking: Ranking;
  matches: Match[];
  // The full quote of each ranked provider, by provider id (what a call-off records as its price).
  quotes: Map<string, Quote>;
  excluded: Exclusion[];
  fullTime: boolean;
  // Each ranked provider's mandatory checks in force on the start date, with their last valid day: those ending
  // before the placement does are warnings on a call-off (they may be renewed). Not part of the matches answer.
  checkExpiries: Map<string, { type: string; expiresAt: string }[]>;
  // The text JSON.stringify(matches) gives, built from what is kept per ranking (the matches endpoint sends it).
  matchesJson(): string;
}

// Capacity and other full-time placements read once for several requests on one lot (see loadWindow).
export interface MatchWindow {
  capacity: Awaited<ReturnType<CapacityService['loadForLot']>>;
  fullTime: Map<string, FullTimePlacement[]>;
}

// Education Act 1996 s.463 (and the framework's threshold): hours a week that make a placement full time.
export function isFullTime(sessionsPerWeek: number, lot: Lot, framework: Framework): boolean {
  return (
    compare(
      multiply(fromInteger(sessionsPerWeek), parseDecimal(lot.hoursPerSession)),
      parseDecimal(framework.fullTimeThresholdHours),
    ) >= 0
  );
}

// What a lot's directory and prices decide about one member for one placement, before capacity and the s.463 line
// (which are read live on every request).
interface PlannedMember {
  providerId: string;
  name: string;
  unregistered: boolean;
  registered: boolean;
  qualityScore: number;
  latitude: number;
  longitude: number;
  checkExpiries: { type: string; expiresAt: string }[];
  // Eligibility's reasons, then the card's; empty when only capacity or the registration line can exclude it.
  reasons: Reason[];
  cardId: string | null;
  unit: PricingUnit | null;
  unitPricePence: number;
}

// One ranking of a plan's members, with what each match shares between requests (all read-only).
interface RankedRow {
  member: PlannedMember;
  ranked: Ranked;
  inputs: Match['inputs'];
  scores: Match['scores'];
  quote: Match['quote'];
  priced: Quote;
  // The match's JSON up to (not including) its availableSessionsPerWeek, made on first use.
  json: string | null;
}

interface RankedPlan {
  ranking: Ranking;
  rows: RankedRow[];
  quotes: Map<string, Quote>;
  checkExpiries: Map<string, { type: string; expiresAt: string }[]>;
  // The last answer made from these rows and the availabilities it was made with: the same availabilities give the
  // same matches and the same text.
  last: Answer | null;
}

interface Answer {
  available: number[];
  matches: Match[];
  json: string | null;
}

// A lot's members for one placement (lot, start, end, sessions, calendar), kept under the lot's change count: the
// directory, the checks and the cards are read once per count, and quotes and rankings are worked out once per
// price and per set of candidates. Capacity, holds and other placements are never part of it.
interface MatchPlan {
  members: PlannedMember[];
  unregistered: string[];
  quoteFor(unit: PricingUnit, unitPricePence: number): Quote;
  // By location and by who capacity or the registration line excluded; a few at most.
  rankings: Map<string, RankedPlan>;
}

// A match's fields that its ranking decides, in the answer's order; availableSessionsPerWeek and registered follow.
function rankedPart(row: RankedRow): Omit<Match, 'availableSessionsPerWeek' | 'registered'> {
  return {
    providerId: row.ranked.providerId,
    name: row.member.name,
    rank: row.ranked.rank,
    score: row.ranked.score,
    inputs: row.inputs,
    scores: row.scores,
    quote: row.quote,
  };
}

// Bounded: on a 2,000-provider lot a ranking with its JSON is ~2 MB.
const RANKINGS_PER_PLAN = 4;

// Ranked matching for a lot: every member, priced, checked for capacity and the registration line, in a fixed
// number of queries whatever the number of providers.
@Injectable()
export class MatchingService {
  private readonly plans = new KeptByCount<MatchPlan>(16);
  private readonly calendarIds = new WeakMap<SchoolCalendar, number>();
  private nextCalendarId = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly eligibility: EligibilityService,
    private readonly rateCards: RateCardsService,
    private readonly capacity: CapacityService,
    private readonly guard: PlacementGuard,
  ) {}

  async match(
    lot: Lot,
    framework: Framework,
    calendar: SchoolCalendar,
    request: MatchRequest,
    read: {
      // The lot's change count, when the caller has read it already (raising a call-off reads it with the rest).
      lotCount?: string;
      // Read by loadWindow under that count, over a window covering the request's dates.
      window?: MatchWindow;
      // Each provider's least free sessions over the request's dates, when the caller has read them already
      // (CapacityService.leastAvailableRead, sent with a raise's other opening reads).
      capacity?: LeastAvailable;
      // The caller's transaction, to read through when it holds one (a raise that has locked its provider).
      db?: EntityManager;
    } = {},
  ): Promise<MatchResult> {
    const { lotCount, window, capacity } = read;
    if (request.endDate < request.startDate)
      throw new BadRequestError('validation_failed', 'endDate must be on or after startDate.', [
        { field: 'endDate', message: 'endDate must be on or after startDate' },
      ]);
    withCalendarErrors(() => calendar.schoolDaysBetween(request.startDate, request.endDate));
    const db = read.db ?? this.dataSource.manager;
    const count = lotCount ?? (await readCounts(db, [lotCounter(lot.id)]))[0];
    // Read live on every request: with a window, its rows (the pure function works out each request's dates);
    // without one, each provider's least free sessions from PostgreSQL.
    const [plan, live] = await Promise.all([
      this.plans.get(
        this.planKey(lot, calendar, request),
        count,
        () => this.plan(lot, calendar, request, count, read.db),
        read.db,
      ),
      window
        ? null
        : (capacity ??
          this.capacity.leastAvailableForLot(
            db,
            lot.id,
            request.startDate,
            request.endDate,
            request.sessionsPerWeek,
          )),
    ]);
    const fullTime = isFullTime(request.sessionsPerWeek, lot, framework);
    // Every unregistered member, eligible or not: an excluded provider is listed with every reason.
    const fullTimeElsewhere: Map<string, FullTimePlacement[]> = fullTime
      ? (window?.fullTime ??
        (await this.guard.fullTimePlacements(db, plan.unregistered, request.startDate, request.endDate)))
      : new Map<string, FullTimePlacement[]>();
    const hasLocation = request.latitude !== undefined && request.longitude !== undefined;

    const excluded: Exclusion[] = [];
    const available = new Map<string, number>();
    // Who capacity or the registration line excluded although the directory and prices would not: with the
    // location, what decides the candidates (and so the ranking).
    const liveExcluded: string[] = [];
    for (const member of plan.members) {
      const { providerId } = member;
      const reasons: Reason[] = member.reasons.length > 0 ? [...member.reasons] : [];
      const rows = window?.capacity.get(providerId);
      const least =
        live?.get(providerId) ??
        leastAvailable(
          request.startDate,
          request.endDate,
          rows?.declarations ?? [],
          rows?.holds ?? [],
          request.sessionsPerWeek,
        );
      if (least.firstShortDate !== null) {
        const { code, detail } = capacityExhausted(
          least.firstShortDate,
          request.sessionsPerWeek,
          least.available,
        );
        reasons.push({ code, detail, firstShortDate: least.firstShortDate });
      }
      if (fullTime && member.unregistered) {
        const breach = registrationBreach(fullTimeElsewhere.get(providerId) ?? [], {
          from: request.startDate,
          to: request.endDate,
          lookedAfterOrEhcp: request.lookedAfterOrEhcp ?? false,
        });
        if (breach) reasons.push(registrationThresholdExclusion());
      }
      if (reasons.length > 0 || member.unit === null) {
        if (member.reasons.length === 0) liveExcluded.push(providerId);
        excluded.push({ providerId, name: member.name, reasons });
        continue;
      }
      available.set(providerId, least.available);
    }
    const ranked = this.ranked(plan, lot, request, hasLocation, liveExcluded);
    const { ranking, rows, quotes, checkExpiries } = ranked;
    const free = rows.map((row) => available.get(row.ranked.providerId)!);
    let answer = ranked.last;
    if (!answer || answer.available.some((n, i) => n !== free[i])) {
      answer = {
        available: free,
        matches: rows.map((row, i) => ({
          ...rankedPart(row),
          availableSessionsPerWeek: free[i],
          registered: row.member.registered,
        })),
        json: null,
      };
      ranked.last = answer;
    }
    const { matches } = answer;
    excluded.sort((a, b) => a.name.localeCompare(b.name) || a.providerId.localeCompare(b.providerId));
    // The same text JSON.stringify(matches) gives, from each match's kept text and its live availability.
    const mine = answer;
    const matchesJson = (): string => {
      if (mine.json !== null) return mine.json;
      const parts: string[] = [];
      rows.forEach((row, i) => {
        row.json ??= JSON.stringify(rankedPart(row)).slice(0, -1);
        parts.push(
          `${row.json},"availableSessionsPerWeek":${JSON.stringify(mine.available[i])},"registered":${row.member.registered}}`,
        );
      });
      return (mine.json = `[${parts.join(',')}]`);
    };
    return { ranking, matches, quotes, excluded, fullTime, checkExpiries, matchesJson };
  }

  private planKey(lot: Lot, calendar: SchoolCalendar, request: MatchRequest): string {
    let calendarId = this.calendarIds.get(calendar);
    if (calendarId === undefined) this.calendarIds.set(calendar, (calendarId = this.nextCalendarId++));
    return `${lot.id}|${calendarId}|${request.startDate}|${request.endDate}|${request.sessionsPerWeek}`;
  }

  // Everything the lot's change count covers: eligibility on the start date, the card in force and its line.
  private async plan(
    lot: Lot,
    calendar: SchoolCalendar,
    request: MatchRequest,
    count: string,
    db: EntityManager | undefined,
  ): Promise<MatchPlan> {
    const [members, cards] = await Promise.all([
      this.eligibility.evaluateLot(lot.id, request.startDate, count, db),
      this.rateCards.inForceForLot(lot.id, request.startDate, count, db),
    ]);
    // One preparation per pricing unit; each provider's quote is then one multiplication and one rounding, and
    // providers charging the same price share the (read-only) quote.
    const prepared = new Map<PricingUnit, PreparedQuote>();
    const quoteByPrice = new Map<string, Quote>();
    const priceAt = (unit: PricingUnit): PreparedQuote => {
      let quoteAt = prepared.get(unit);
      if (!quoteAt) {
        quoteAt = prepareQuote({
          unit,
          sessionsPerWeek: request.sessionsPerWeek,
          startDate: request.startDate,
          endDate: request.endDate,
          calendar,
          hoursPerSession: lot.hoursPerSession,
          outcomeAtRiskPercent: lot.outcomeAtRiskPercent,
        });
        prepared.set(unit, quoteAt);
      }
      return quoteAt;
    };
    const quoteFor = (unit: PricingUnit, unitPricePence: number): Quote => {
      const key = `${unit}|${unitPricePence}`;
      let quoted = quoteByPrice.get(key);
      if (!quoted) quoteByPrice.set(key, (quoted = priceAt(unit)(unitPricePence)));
      return quoted;
    };
    const planned: PlannedMember[] = [];
    const unregistered: string[] = [];
    for (const [providerId, member] of members) {
      const reasons: Reason[] = [];
      if (!member.eligible) reasons.push(...member.reasons);
      const card = cards.get(providerId);
      const choice = card ? chargeableLine(lot, card.lines) : undefined;
      const line = choice && 'line' in choice ? choice.line : undefined;
      if (!card || choice === undefined || ('refusal' in choice && choice.refusal !== 'price_above_ceiling'))
        reasons.push({
          code: 'no_rate_card',
          detail: `No approved rate card in force on ${request.startDate}.`,
        });
      else if ('refusal' in choice) reasons.push({ code: 'above_ceiling', detail: choice.detail });
      const isUnregistered = member.provider.registrationStatus === RegistrationStatus.Unregistered;
      if (isUnregistered) unregistered.push(providerId);
      planned.push({
        providerId,
        name: member.provider.name,
        unregistered: isUnregistered,
        registered: member.provider.registrationStatus === RegistrationStatus.Registered,
        qualityScore: member.provider.qualityScore,
        latitude: member.provider.latitude,
        longitude: member.provider.longitude,
        checkExpiries: member.checkExpiries,
        reasons,
        cardId: card?.cardId ?? null,
        unit: line?.unit ?? null,
        unitPricePence: line?.pricePence ?? 0,
      });
    }
    return { members: planned, unregistered, quoteFor, rankings: new Map() };
  }

  // The ranking is a pure function of the candidates (the plan's members less those excluded) and the location, so
  // it is worked out once per such set and reused while the set stays the same.
  private ranked(
    plan: MatchPlan,
    lot: Lot,
    request: MatchRequest,
    hasLocation: boolean,
    liveExcluded: string[],
  ): RankedPlan {
    const key = `${hasLocation ? `${request.latitude},${request.longitude}` : '-'}|${liveExcluded.join(',')}`;
    const kept = plan.rankings.get(key);
    if (kept) return kept;
    const out = new Set(liveExcluded);
    const candidates = plan.members.filter(
      (m) => m.reasons.length === 0 && m.unit !== null && !out.has(m.providerId),
    );
    const priced = candidates.map((m) => withCalendarErrors(() => plan.quoteFor(m.unit!, m.unitPricePence)));
    const ranking = rank(
      candidates.map((m, i) => ({
        providerId: m.providerId,
        totalPence: priced[i].totalPence,
        distanceKm: hasLocation
          ? haversineKm(request.latitude!, request.longitude!, m.latitude, m.longitude)
          : null,
        qualityScore: m.qualityScore,
      })),
      { price: lot.priceWeight, distance: lot.distanceWeight, quality: lot.qualityWeight },
      hasLocation,
    );
    const index = new Map(candidates.map((m, i) => [m.providerId, i]));
    const rows = ranking.ranked.map((r): RankedRow => {
      const i = index.get(r.providerId)!;
      const member = candidates[i];
      return {
        member,
        ranked: r,
        inputs: { totalPence: r.totalPence, distanceKm: r.distanceKm, qualityScore: member.qualityScore },
        scores: { price: r.priceScore, distance: r.distanceScore, quality: r.qualityNormalised },
        quote: {
          rateCardId: member.cardId!,
          unit: member.unit!,
          unitPricePence: member.unitPricePence,
          totalPence: priced[i].totalPence,
        },
        priced: priced[i],
        json: null,
      };
    });
    const result: RankedPlan = {
      ranking,
      rows,
      quotes: new Map(rows.map((row) => [row.ranked.providerId, row.priced])),
      checkExpiries: new Map(rows.map((row) => [row.ranked.providerId, row.member.checkExpiries])),
      last: null,
    };
    if (plan.rankings.size >= RANKINGS_PER_PLAN) plan.rankings.delete(plan.rankings.keys().next().value!);
    plan.rankings.set(key, result);
    return result;
  }

  // Capacity and every unregistered member's full-time placements over [from, to], for match() on several requests
  // within it under the same lot count (high-cost flags look for alternatives for a page of placements at once).
  // Availability and the s.463 count only use the rows overlapping each request's own dates, so the answers are
  // those of reading per request.
  async loadWindow(lot: Lot, from: string, to: string, lotCount: string): Promise<MatchWindow> {
    const db = this.dataSource.manager;
    // Membership is not dated: the lot's members are the same on every day under one count.
    const members = await this.eligibility.evaluateLot(lot.id, from, lotCount);
    const unregistered = [...members.values()]
      .filter((m) => m.provider.registrationStatus === RegistrationStatus.Unregistered)
      .map((m) => m.provider.providerId);
    const [capacity, fullTime] = await Promise.all([
      this.capacity.loadForLot(db, lot.id, from, to),
      this.guard.fullTimePlacements(db, unregistered, from, to),
    ]);
    return { capacity, fullTime };
  }
}
