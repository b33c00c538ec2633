import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { withCalendarErrors } from '../calendar/calendar-errors';
import { SchoolCalendar } from '../calendar/engine/school-calendar';
import { CapacityService } from '../capacity/capacity.service';
import { availability } from '../capacity/availability';
import { lotCounter, readCounts } from '../database/change-counters';
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
import { Ranking, haversineKm, rank } from './engine/ranking';
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

// Ranked matching for a lot: every member, priced, checked for capacity and the registration line, in a fixed
// number of queries whatever the number of providers.
@Injectable()
export class MatchingService {
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
    // The lot's change count, when the caller has read it already (raising a call-off reads it with the rest).
    lotCount?: string,
    // Read by loadWindow under that count, over a window covering the request's dates.
    window?: MatchWindow,
  ): Promise<MatchResult> {
    if (request.endDate < request.startDate)
      throw new BadRequestError('validation_failed', 'endDate must be on or after startDate.', [
        { field: 'endDate', message: 'endDate must be on or after startDate' },
      ]);
    withCalendarErrors(() => calendar.schoolDaysBetween(request.startDate, request.endDate));
    const db = this.dataSource.manager;
    const count = lotCount ?? (await readCounts(db, [lotCounter(lot.id)]))[0];
    const [members, cards, capacity] = await Promise.all([
      this.eligibility.evaluateLot(lot.id, request.startDate, count),
      this.rateCards.inForceForLot(lot.id, request.startDate, count),
      window?.capacity ?? this.capacity.loadForLot(db, lot.id, request.startDate, request.endDate),
    ]);
    const fullTime = isFullTime(request.sessionsPerWeek, lot, framework);
    // Every unregistered member, eligible or not: an excluded provider is listed with every reason.
    const unregistered = [...members.values()]
      .filter((m) => m.provider.registrationStatus === RegistrationStatus.Unregistered)
      .map((m) => m.provider.providerId);
    const fullTimeElsewhere: Map<string, FullTimePlacement[]> = fullTime
      ? (window?.fullTime ??
        (await this.guard.fullTimePlacements(db, unregistered, request.startDate, request.endDate)))
      : new Map<string, FullTimePlacement[]>();
    const hasLocation = request.latitude !== undefined && request.longitude !== undefined;

    // One preparation per pricing unit; each provider's quote is then one multiplication and one rounding, and
    // providers charging the same price share the (read-only) quote.
    const prepared = new Map<PricingUnit, PreparedQuote>();
    const quoteByPrice = new Map<string, Quote>();
    const quoteFor = (unit: PricingUnit, unitPricePence: number): Quote => {
      const key = `${unit}|${unitPricePence}`;
      let quoted = quoteByPrice.get(key);
      if (!quoted) quoteByPrice.set(key, (quoted = priceAt(unit)(unitPricePence)));
      return quoted;
    };
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
    const excluded: Exclusion[] = [];
    const candidates: {
      providerId: string;
      name: string;
      priced: Quote;
      cardId: string;
      unit: PricingUnit;
      unitPricePence: number;
      available: number;
      distanceKm: number | null;
      qualityScore: number;
      registered: boolean;
      checkExpiries: { type: string; expiresAt: string }[];
    }[] = [];
    for (const [providerId, member] of members) {
      const reasons: Reason[] = [];
      if (!member.eligible) reasons.push(...member.reasons);
      const card = cards.get(providerId);
      const choice = card ? chargeableLine(lot, card.lines) : undefined;
      const line = choice && 'line' in choice ? choice.line : undefined;
      const unit = line?.unit;
      if (!card || choice === undefined || ('refusal' in choice && choice.refusal !== 'price_above_ceiling'))
        reasons.push({
          code: 'no_rate_card',
          detail: `No approved rate card in force on ${request.startDate}.`,
        });
      else if ('refusal' in choice) reasons.push({ code: 'above_ceiling', detail: choice.detail });
      const rows = capacity.get(providerId);
      const intervals = availability(
        request.startDate,
        request.endDate,
        rows?.declarations ?? [],
        rows?.holds ?? [],
      );
      const available = Math.min(...intervals.map((i) => i.available));
      if (available < request.sessionsPerWeek) {
        const firstShortDate = intervals.find((i) => i.available < request.sessionsPerWeek)!.from;
        const { code, detail } = capacityExhausted(firstShortDate, request.sessionsPerWeek, available);
        reasons.push({ code, detail, firstShortDate });
      }
      if (fullTime && member.provider.registrationStatus === RegistrationStatus.Unregistered) {
        const breach = registrationBreach(fullTimeElsewhere.get(providerId) ?? [], {
          from: request.startDate,
          to: request.endDate,
          lookedAfterOrEhcp: request.lookedAfterOrEhcp ?? false,
        });
        if (breach) reasons.push(registrationThresholdExclusion());
      }
      if (reasons.length > 0 || !card || !line || !unit) {
        excluded.push({ providerId, name: member.provider.name, reasons });
        continue;
      }
      const priced = withCalendarErrors(() => quoteFor(unit, line.pricePence));

      candidates.push({
        providerId,
        name: member.provider.name,
        priced,
        cardId: card.cardId,
        unit,
        unitPricePence: line.pricePence,
        available,
        distanceKm: hasLocation
          ? haversineKm(
              request.latitude!,
              request.longitude!,
              member.provider.latitude,
              member.provider.longitude,
            )
          : null,
        qualityScore: member.provider.qualityScore,
        registered: member.provider.registrationStatus === RegistrationStatus.Registered,
        checkExpiries: member.checkExpiries,
      });
    }
    const ranking = rank(
      candidates.map((c) => ({
        providerId: c.providerId,
        totalPence: c.priced.totalPence,
        distanceKm: c.distanceKm,
        qualityScore: c.qualityScore,
      })),
      { price: lot.priceWeight, distance: lot.distanceWeight, quality: lot.qualityWeight },
      hasLocation,
    );
    const byId = new Map(candidates.map((c) => [c.providerId, c]));
    const matches = ranking.ranked.map((r) => {
      const c = byId.get(r.providerId)!;
      return {
        providerId: r.providerId,
        name: c.name,
        rank: r.rank,
        score: r.score,
        inputs: { totalPence: r.totalPence, distanceKm: r.distanceKm, qualityScore: c.qualityScore },
        scores: { price: r.priceScore, distance: r.distanceScore, quality: r.qualityNormalised },
        quote: {
          rateCardId: c.cardId,
          unit: c.unit,
          unitPricePence: c.unitPricePence,
          totalPence: c.priced.totalPence,
        },
        availableSessionsPerWeek: c.available,
        registered: c.registered,
      };
    });
    const quotes = new Map(candidates.map((c) => [c.providerId, c.priced]));
    const checkExpiries = new Map(candidates.map((c) => [c.providerId, c.checkExpiries]));
    excluded.sort((a, b) => a.name.localeCompare(b.name) || a.providerId.localeCompare(b.providerId));
    return { ranking, matches, quotes, excluded, fullTime, checkExpiries };
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
