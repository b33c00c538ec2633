import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller, Role } from '../auth/role';
import { seesEverything } from '../auth/scope';
import { withCalendarErrors } from '../calendar/calendar-errors';
import { CalendarService } from '../calendar/calendar.service';
import { academicYearOf } from '../calendar/engine/dates';
import { SchoolCalendar } from '../calendar/engine/school-calendar';
import { CallOffsService, PlacementCost } from '../call-offs/call-offs.service';
import { MatchWindow, MatchingService } from '../call-offs/matching.service';
import { Clock } from '../common/clock';
import { KeptByCount, lotCounter, readCounts } from '../database/change-counters';
import { BadRequestError, NotFoundError } from '../common/domain-error';
import { Framework } from '../frameworks/framework.entity';
import { Lot } from '../frameworks/lot.entity';
import { PricingUnit } from '../frameworks/framework-types';
import { FrameworksService } from '../frameworks/frameworks.service';
import { chargeableLine } from '../pricing/chargeable-line';
import {
  Rational,
  compare,
  divide,
  multiply,
  fromInteger,
  subtract,
  toDecimalString,
} from '../pricing/engine/decimal';
import { RateCardsService } from '../pricing/rate-cards.service';
import { EligibilityService } from '../providers/eligibility.service';
import { LotMembersService } from '../providers/lot-members.service';
import { SpotPurchasesService } from '../spot-purchases/spot-purchases.service';
import {
  AggregateScope,
  BenchmarksDto,
  BenchmarksQueryDto,
  PlacementAggregateDto,
  PlacementCostDto,
  PriceSummaryDto,
  ProviderPriceDto,
  PurchaseRoute,
} from './dto/benchmarks.dto';
import {
  AlternativeDto,
  HighCostPlacementDto,
  HighCostPlacementPageDto,
  HighCostQueryDto,
  HighCostReason,
} from './dto/high-cost.dto';
import { highCostLine, highCostReasons } from './engine/high-cost';
import {
  PERCENTILE_METHOD,
  Quartiles,
  percentileRank,
  quartileOf,
  quartiles,
  sortAscending,
} from './engine/percentiles';
import { BENCHMARK_ROUNDING, perPupilDay, toPence, weeklyPricePerPupilDay } from './engine/pupil-day';

// Other organisations' placements are shown only as aggregates of at least this many, so nothing can be inferred
// about one child (DESIGN §1 Transparency: every count under 5 suppressed).
export const MINIMUM_GROUP = 5;
// At most this many cheaper alternatives are listed for each high-cost placement.
export const ALTERNATIVES_PER_PLACEMENT = 3;

interface LotPrice {
  providerId: string;
  name: string | null;
  rateCardId: string;
  unit: PricingUnit;
  unitPricePence: number;
  exact: Rational;
  aboveCeiling: boolean;
  lines: { unit: PricingUnit; unitPricePence: number; pencePerPupilDay: number }[];
}

interface Figure {
  pencePerPupilDay: number;
  percentileRank: number | null;
  quartile: number | null;
}

// A lot's benchmarks for one window and calendar, as every caller's answer is cut from them. Never mutated once made.
interface LotBenchmarks {
  prices: PriceSummaryDto;
  providers: ProviderPriceDto[];
  placements: PlacementCostDto[];
  placementsOf(organisationId: string): PlacementCostDto[];
  aggregate(scope: AggregateScope, suppressSmall: boolean, organisationId?: string): PlacementAggregateDto;
  figure(value: Rational): Figure;
}

interface LotPrices {
  prices: LotPrice[];
  sorted: Rational[];
  quartiles: Quartiles;
}

const rounded = (value: Rational | null) => (value === null ? null : toPence(value));
const reference = (number: number) => `CO-${String(number).padStart(6, '0')}`;

// Cost benchmarking and high-cost flags (DESIGN §1 Money): every price and placement cost on a lot in pence per
// pupil-day, the lot's spread, each provider's position, and the live placements that cost more than they should.
@Injectable()
export class BenchmarksService {
  // The lot's priced spread, kept while the cards and members' names read for it are the ones RateCardsService and
  // EligibilityService keep (a new card, approval or lot change gives new ones, so a stale spread is never served).
  private readonly pricesKept = new WeakMap<object, WeakMap<object, Map<string, LotPrices>>>();
  private readonly namesKept = new WeakMap<object, ReadonlyMap<string, string>>();
  // A big lot's entry, with its written JSON and CSV, is a few MB: a handful of lots and windows at once.
  private readonly benchmarksKept = new KeptByCount<LotBenchmarks>(16);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly frameworks: FrameworksService,
    private readonly rateCards: RateCardsService,
    private readonly eligibility: EligibilityService,
    private readonly members: LotMembersService,
    private readonly calendars: CalendarService,
    private readonly callOffs: CallOffsService,
    private readonly matching: MatchingService,
    private readonly spotPurchases: SpotPurchasesService,
    private readonly clock: Clock,
  ) {}

  async benchmarks(caller: Caller, query: BenchmarksQueryDto): Promise<BenchmarksDto> {
    const to = query.to ?? this.clock.today();
    const from = query.from ?? to;
    if (from > to)
      throw new BadRequestError('validation_failed', 'from must be on or before to.', [
        { field: 'from', message: 'from must be on or before to' },
      ]);
    // The lot's counts and the spot purchases are read alongside the lot itself; nothing of them is shown unless the
    // caller can see the lot.
    const [{ lot, framework }, counts, spots] = await Promise.all([
      this.visibleLot(caller, query.lotId),
      this.benchmarkCounts(query.lotId),
      this.spotPurchases.liveBetween(null, from, to),
    ]);
    // DESIGN §1 Prices: annual places are divided by the commissioner's school days — the caller's own calendar for a
    // commissioner, the lead authority's for everyone else.
    const priceOrganisation =
      caller.role === Role.Commissioner ? (caller.organisationId as string) : framework.leadOrganisationId;
    const kept = await this.lotBenchmarks(lot, from, to, priceOrganisation, counts);
    const spotCosts = spots
      .filter((spot) => spot.lotId === lot.id)
      .map((spot) => ({ spot, exact: weeklyPricePerPupilDay(spot.weeklyPricePence, spot.sessionsPerWeek) }));

    const own = (organisationId: string) =>
      caller.role === Role.Commissioner && organisationId === caller.organisationId;
    const showsRows = (organisationId: string) => seesEverything(caller) || own(organisationId);
    const aggregates: PlacementAggregateDto[] = [];
    const spotValues = spotCosts.map((s) => ({ organisationId: s.spot.organisationId, exact: s.exact }));
    if (seesEverything(caller))
      aggregates.push(
        kept.aggregate(AggregateScope.All, false),
        aggregate(PurchaseRoute.Spot, AggregateScope.All, spotValues, false),
      );
    else if (caller.role === Role.Commissioner) {
      const organisationId = caller.organisationId as string;
      aggregates.push(
        kept.aggregate(AggregateScope.Own, false, organisationId),
        kept.aggregate(AggregateScope.Others, true, organisationId),
        aggregate(
          PurchaseRoute.Spot,
          AggregateScope.Own,
          spotValues.filter((v) => own(v.organisationId)),
          false,
        ),
        aggregate(
          PurchaseRoute.Spot,
          AggregateScope.Others,
          spotValues.filter((v) => !own(v.organisationId)),
          true,
        ),
      );
    } else
      aggregates.push(
        kept.aggregate(AggregateScope.All, true),
        aggregate(PurchaseRoute.Spot, AggregateScope.All, spotValues, true),
      );

    return {
      lotId: lot.id,
      frameworkId: framework.id,
      from,
      to,
      percentileMethod: PERCENTILE_METHOD,
      rounding: BENCHMARK_ROUNDING.pencePerPupilDay,
      prices: kept.prices,
      // A provider sees its own position; prices are public to the framework's other users.
      providers:
        caller.role === Role.Provider
          ? kept.providers.filter((price) => price.providerId === caller.providerId)
          : kept.providers,
      placements: seesEverything(caller)
        ? kept.placements
        : caller.role === Role.Commissioner
          ? kept.placementsOf(caller.organisationId as string)
          : [],
      spotPurchases: spotCosts
        .filter((s) => showsRows(s.spot.organisationId))
        .map(({ spot, exact }) => ({
          spotPurchaseId: spot.id,
          organisationId: spot.organisationId,
          providerId: spot.providerId,
          supplierName: spot.supplierName,
          startDate: spot.startDate,
          endDate: spot.endDate,
          sessionsPerWeek: spot.sessionsPerWeek,
          weeklyPricePence: spot.weeklyPricePence,
          ...kept.figure(exact),
        })),
      aggregates,
    };
  }

  // Everything a lot's benchmarks derive from its prices and framework placements, for one window and one
  // organisation's calendar: kept per process under the counts of what it reads (the lot's members, cards and terms;
  // every organisation's call-offs and calendars), which every read made for it follows, so a write anywhere in them
  // gives a new entry and a kept one is never stale. The lot's own terms were read apart, so they are in the key. Spot
  // purchases are read live (they have no counter, and are few).
  private lotBenchmarks(
    lot: Lot,
    from: string,
    to: string,
    priceOrganisation: string,
    counts: string,
  ): Promise<LotBenchmarks> {
    return this.benchmarksKept.get(
      [
        lot.id,
        from,
        to,
        priceOrganisation,
        lot.hoursPerSession,
        lot.pricingUnits.join(','),
        lot.priceCeilingPence,
      ].join('|'),
      counts,
      () => this.computeLotBenchmarks(lot, from, to, priceOrganisation),
    );
  }

  private async benchmarkCounts(lotId: string): Promise<string> {
    const [counts] = await this.dataSource.query<{ lot: string; call_offs: string; calendars: string }[]>(
      `SELECT coalesce(max(value) FILTER (WHERE name = $1), 0)::text AS lot,
              coalesce(sum(value) FILTER (WHERE name LIKE 'call\\_offs:%'), 0)::text AS call_offs,
              coalesce(sum(value) FILTER (WHERE name LIKE 'calendar:%'), 0)::text AS calendars
         FROM change_counters
        WHERE name = $1 OR name LIKE 'call\\_offs:%' OR name LIKE 'calendar:%'`,
      [lotCounter(lotId)],
    );
    return `${counts.lot}.${counts.call_offs}.${counts.calendars}`;
  }

  private async computeLotBenchmarks(
    lot: Lot,
    from: string,
    to: string,
    priceOrganisation: string,
  ): Promise<LotBenchmarks> {
    const calendars = this.calendarCache();
    const [lotPrices, costs] = await Promise.all([
      // Only the members' names label the prices: the benchmarks judge no one's eligibility.
      this.members
        .currentMemberNames(lot.id)
        .then((names) => this.lotPrices(lot, to, names, () => calendars(priceOrganisation))),
      this.callOffs.placementCostsOnLot(lot.id, from, to),
    ]);
    const { sorted, quartiles: q } = lotPrices;
    // Each distinct figure is rounded and placed once, however many placements share it.
    const figures = new Map<string, Figure>();
    const figure = (value: Rational, keep: boolean): Figure => {
      const key = `${value.num}/${value.den}`;
      let found = figures.get(key);
      if (!found) {
        found = {
          pencePerPupilDay: toPence(value),
          percentileRank: percentileRank(sorted, value),
          quartile: quartileOf(value, q),
        };
        if (keep) figures.set(key, found);
      }
      return found;
    };

    // Placements share a handful of prices: each (unit, price, and for annual places organisation and year) once.
    const exactByTerms = new Map<string, Rational>();
    const placements: PlacementCostDto[] = [];
    const values: { organisationId: string; exact: Rational }[] = [];
    for (const cost of costs) {
      const terms =
        cost.unit === PricingUnit.AnnualPlace
          ? `${cost.unit}|${cost.unitPricePence}|${cost.commissionerOrganisationId}|${cost.startDate > from ? cost.startDate : from}`
          : `${cost.unit}|${cost.unitPricePence}`;
      let exact = exactByTerms.get(terms);
      if (!exact)
        exactByTerms.set(terms, (exact = await this.placementPerPupilDay(cost, lot, from, calendars)));
      values.push({ organisationId: cost.commissionerOrganisationId, exact });
      placements.push({
        callOffId: cost.id,
        reference: reference(cost.number),
        providerId: cost.providerId,
        commissionerOrganisationId: cost.commissionerOrganisationId,
        startDate: cost.startDate,
        endDate: cost.endDate,
        sessionsPerWeek: cost.sessionsPerWeek,
        unit: cost.unit,
        unitPricePence: cost.unitPricePence,
        ...figure(exact, true),
      });
    }

    const providers: ProviderPriceDto[] = lotPrices.prices.map((price) => ({
      providerId: price.providerId,
      name: price.name,
      rateCardId: price.rateCardId,
      unit: price.unit,
      unitPricePence: price.unitPricePence,
      pencePerPupilDay: toPence(price.exact),
      aboveCeiling: price.aboveCeiling,
      percentileRank: percentileRank(sorted, price.exact) as number,
      quartile: quartileOf(price.exact, q) as number,
      lines: price.lines,
    }));

    // Each view's framework aggregate and each organisation's rows are worked out once, when first asked for.
    const aggregates = new Map<string, PlacementAggregateDto>();
    const byOrganisation = new Map<string, PlacementCostDto[]>();
    return {
      prices: {
        count: q.count,
        minPencePerPupilDay: rounded(q.min),
        p25PencePerPupilDay: rounded(q.p25),
        medianPencePerPupilDay: rounded(q.median),
        p75PencePerPupilDay: rounded(q.p75),
        maxPencePerPupilDay: rounded(q.max),
      },
      providers,
      placements,
      placementsOf: (organisationId) => {
        let rows = byOrganisation.get(organisationId);
        if (!rows)
          byOrganisation.set(
            organisationId,
            (rows = placements.filter((p) => p.commissionerOrganisationId === organisationId)),
          );
        return rows;
      },
      aggregate: (scope, suppressSmall, organisationId) => {
        const key = `${scope}|${suppressSmall}|${organisationId ?? ''}`;
        let found = aggregates.get(key);
        if (!found) {
          const chosen =
            scope === AggregateScope.Own
              ? values.filter((v) => v.organisationId === organisationId)
              : scope === AggregateScope.Others
                ? values.filter((v) => v.organisationId !== organisationId)
                : values;
          aggregates.set(key, (found = aggregate(PurchaseRoute.Framework, scope, chosen, suppressSmall)));
        }
        return found;
      },
      // A spot purchase's figure is placed among the same prices; only placements' figures are kept.
      figure: (value) => figure(value, false),
    };
  }

  async highCostPlacements(caller: Caller, query: HighCostQueryDto): Promise<HighCostPlacementPageDto> {
    const { lot, framework } = await this.visibleLot(caller, query.lotId);
    let organisationId = query.organisationId ?? null;
    // A commissioner reviews its own placements only; another organisation is answered as if it did not exist.
    if (caller.role === Role.Commissioner) {
      if (organisationId !== null && organisationId !== caller.organisationId)
        throw new NotFoundError('Organisation');
      organisationId = caller.organisationId;
    }
    const after = query.cursor === undefined ? 0 : decodeNumberCursor(query.cursor);
    const limit = query.limit ?? 50;
    const today = this.clock.today();
    const calendars = this.calendarCache();
    const pricesByOrganisation = new Map<string, LotPrices>();
    const pricesFor = async (org: string) => {
      let prices = pricesByOrganisation.get(org);
      if (!prices)
        pricesByOrganisation.set(
          org,
          (prices = await this.lotPrices(lot, today, await this.memberNames(lot, today), () =>
            calendars(org),
          )),
        );
      return prices;
    };
    const threshold = framework.highCostThresholdPercent;

    const flagged: {
      cost: PlacementCost;
      exact: Rational;
      p75: Rational | null;
      reasons: HighCostReason[];
    }[] = [];
    for (const cost of await this.callOffs.placementCostsOnLot(lot.id, today, today, organisationId)) {
      if (cost.number <= after) continue;
      const exact = await this.placementPerPupilDay(cost, lot, today, calendars);
      const p75 = (await pricesFor(cost.commissionerOrganisationId)).quartiles.p75;
      const reasons = highCostReasons({
        pencePerPupilDay: exact,
        lotP75: p75,
        thresholdPercent: threshold,
        unitPricePence: cost.unitPricePence,
        priceCeilingPence: lot.priceCeilingPence,
      }) as HighCostReason[];
      if (reasons.length > 0) flagged.push({ cost, exact, p75, reasons });
      if (flagged.length > limit) break;
    }
    const page = flagged.slice(0, limit);
    // One read of the lot's capacity (and the s.463 placements) for every flagged placement on the page, over the
    // window covering all their remaining dates, rather than one per placement.
    let window: { lotCount: string; read: MatchWindow } | null = null;
    if (page.length > 0) {
      const [lotCount] = await readCounts(this.dataSource, [lotCounter(lot.id)]);
      const starts = page.map(({ cost }) => (cost.startDate > today ? cost.startDate : today));
      const ends = page.map(({ cost }) => cost.endDate);
      window = {
        lotCount,
        read: await this.matching.loadWindow(
          lot,
          starts.reduce((a, b) => (a < b ? a : b)),
          ends.reduce((a, b) => (a > b ? a : b)),
          lotCount,
        ),
      };
    }
    const data: HighCostPlacementDto[] = [];
    for (const { cost, exact, p75, reasons } of page) {
      const line = p75 === null ? null : highCostLine(p75, threshold);
      data.push({
        callOffId: cost.id,
        reference: reference(cost.number),
        providerId: cost.providerId,
        commissionerOrganisationId: cost.commissionerOrganisationId,
        startDate: cost.startDate,
        endDate: cost.endDate,
        sessionsPerWeek: cost.sessionsPerWeek,
        unit: cost.unit,
        unitPricePence: cost.unitPricePence,
        pencePerPupilDay: toPence(exact),
        lotP75PencePerPupilDay: rounded(p75),
        thresholdPercent: threshold,
        highCostLinePencePerPupilDay: rounded(line),
        // (cost − p75) ÷ p75 × 100, to one decimal place, half up (shown only; the flag compares exact values).
        aboveP75Percent:
          p75 === null || p75.num === 0n
            ? null
            : toDecimalString(multiply(divide(subtract(exact, p75), p75), fromInteger(100)), 1),
        priceCeilingPence: lot.priceCeilingPence,
        reasons,
        alternatives: await this.alternatives(cost, exact, lot, framework, today, calendars, window!),
      });
    }
    const last = page[page.length - 1];
    return {
      data,
      nextCursor: flagged.length > limit && last ? encodeNumberCursor(last.cost.number) : null,
    };
  }

  // Cheaper providers for the rest of the placement, by the same ranking GET /v1/lots/{lotId}/matches gives: eligible
  // on the lot today, with capacity for its sessions to its end date, and dearer ones left out.
  private async alternatives(
    cost: PlacementCost,
    exact: Rational,
    lot: Lot,
    framework: Framework,
    today: string,
    calendars: (organisationId: string) => Promise<SchoolCalendar>,
    window: { lotCount: string; read: MatchWindow },
  ): Promise<AlternativeDto[]> {
    const calendar = await calendars(cost.commissionerOrganisationId);
    const startDate = cost.startDate > today ? cost.startDate : today;
    const result = await this.matching.match(
      lot,
      framework,
      calendar,
      {
        startDate,
        endDate: cost.endDate,
        sessionsPerWeek: cost.sessionsPerWeek,
        ...(cost.latitude !== null && cost.longitude !== null
          ? { latitude: cost.latitude, longitude: cost.longitude }
          : {}),
      },
      { lotCount: window.lotCount, window: window.read },
    );
    const alternatives: AlternativeDto[] = [];
    for (const match of result.matches) {
      if (alternatives.length >= ALTERNATIVES_PER_PLACEMENT) break;
      if (match.providerId === cost.providerId) continue;
      const price = this.unitPerPupilDay(
        match.quote.unit,
        match.quote.unitPricePence,
        lot,
        calendar,
        startDate,
      );
      if (compare(price, exact) >= 0) continue;
      alternatives.push({
        providerId: match.providerId,
        name: match.name,
        rank: match.rank,
        unit: match.quote.unit,
        unitPricePence: match.quote.unitPricePence,
        pencePerPupilDay: toPence(price),
        savingPencePerPupilDay: toPence(subtract(exact, price)),
        availableSessionsPerWeek: match.availableSessionsPerWeek,
        distanceKm: match.inputs.distanceKm,
      });
    }
    return alternatives;
  }

  // The lot is visible as the framework is: admin and auditor all, a commissioner its frameworks', a provider those of
  // active frameworks. Anything else is a 404, so an answer never tells an outsider which lots exist.
  private async visibleLot(caller: Caller, lotId: string): Promise<{ lot: Lot; framework: Framework }> {
    const found = await this.frameworks.findLotFor(caller, lotId);
    if (!found) throw new NotFoundError('Lot');
    return found;
  }

  // The members' names from the eligibility EligibilityService keeps for the lot (matching reads it for the
  // alternatives anyway), one map per kept answer so that the spread kept for it is found again.
  private async memberNames(lot: Lot, date: string): Promise<ReadonlyMap<string, string>> {
    const members = await this.eligibility.evaluateLot(lot.id, date);
    let names = this.namesKept.get(members);
    if (!names) {
      names = new Map([...members].map(([providerId, member]) => [providerId, member.provider.name]));
      this.namesKept.set(members, names);
    }
    return names;
  }

  // Every provider's approved card in force on `date`, priced by the line a placement on the lot would use.
  private async lotPrices(
    lot: Lot,
    date: string,
    names: ReadonlyMap<string, string>,
    calendarOf: () => Promise<SchoolCalendar>,
  ): Promise<LotPrices> {
    const cards = await this.rateCards.inForceForLot(lot.id, date);
    // The calendar is read only when an annual place needs its school days.
    const calendar = [...cards.values()].some((card) =>
      card.lines.some((l) => l.unit === PricingUnit.AnnualPlace && lot.pricingUnits.includes(l.unit)),
    )
      ? await calendarOf()
      : null;
    const yearDays = calendar
      ? withCalendarErrors(() => calendar.schoolDaysInAcademicYear(academicYearOf(date)))
      : null;
    const key = `${date}|${yearDays}|${lot.hoursPerSession}|${lot.pricingUnits.join(',')}|${lot.priceCeilingPence}`;
    let byMembers = this.pricesKept.get(cards);
    if (!byMembers) this.pricesKept.set(cards, (byMembers = new WeakMap<object, Map<string, LotPrices>>()));
    let byKey = byMembers.get(names);
    if (!byKey) byMembers.set(names, (byKey = new Map<string, LotPrices>()));
    const kept = byKey.get(key);
    if (kept) return kept;
    const prices: LotPrice[] = [];
    for (const [providerId, card] of cards) {
      const choice = chargeableLine(lot, card.lines);
      // A card priced above the ceiling is still the provider's price: it is benchmarked, and marked.
      const unit = lot.pricingUnits.find((u) => card.lines.some((l) => l.unit === u));
      const line = 'line' in choice ? choice.line : card.lines.find((l) => l.unit === unit);
      if (!line) continue;
      const lines = card.lines
        .filter((l) => lot.pricingUnits.includes(l.unit))
        .map((l) => ({
          unit: l.unit,
          unitPricePence: l.pricePence,
          pencePerPupilDay: toPence(this.unitPerPupilDay(l.unit, l.pricePence, lot, calendar, date)),
        }));
      prices.push({
        providerId,
        name: names.get(providerId) ?? null,
        rateCardId: card.cardId,
        unit: line.unit,
        unitPricePence: line.pricePence,
        exact: this.unitPerPupilDay(line.unit, line.pricePence, lot, calendar, date),
        aboveCeiling: 'refusal' in choice && choice.refusal === 'price_above_ceiling',
        lines,
      });
    }
    prices.sort(
      (a, b) =>
        compare(a.exact, b.exact) ||
        (a.name ?? '').localeCompare(b.name ?? '') ||
        a.providerId.localeCompare(b.providerId),
    );
    const values = prices.map((p) => p.exact);
    const result = { prices, sorted: sortAscending(values), quartiles: quartiles(values) };
    byKey.set(key, result);
    return result;
  }

  // A placement's unit price per pupil-day, annual places by the school days of the academic year it is live in
  // from `from` on, in its commissioner's calendar.
  private async placementPerPupilDay(
    cost: PlacementCost,
    lot: Lot,
    from: string,
    calendars: (organisationId: string) => Promise<SchoolCalendar>,
  ): Promise<Rational> {
    const date = cost.startDate > from ? cost.startDate : from;
    const calendar =
      cost.unit === PricingUnit.AnnualPlace ? await calendars(cost.commissionerOrganisationId) : null;
    return this.unitPerPupilDay(cost.unit, cost.unitPricePence, lot, calendar, date);
  }

  private unitPerPupilDay(
    unit: PricingUnit,
    pricePence: number,
    lot: Lot,
    calendar: SchoolCalendar | null,
    date: string,
  ): Rational {
    return withCalendarErrors(() =>
      perPupilDay({
        unit,
        pricePence,
        hoursPerSession: lot.hoursPerSession,
        schoolDaysInYear:
          unit === PricingUnit.AnnualPlace && calendar
            ? calendar.schoolDaysInAcademicYear(academicYearOf(date))
            : undefined,
      }),
    );
  }

  // Each organisation's calendar read once per request.
  private calendarCache(): (organisationId: string) => Promise<SchoolCalendar> {
    const kept = new Map<string, Promise<SchoolCalendar>>();
    return (organisationId) => {
      let calendar = kept.get(organisationId);
      if (!calendar) {
        calendar = this.calendars.calendarFor(organisationId).then((resolved) => resolved.calendar);
        kept.set(organisationId, calendar);
      }
      return calendar;
    };
  }
}

function aggregate(
  purchase: PurchaseRoute,
  scope: AggregateScope,
  values: { exact: Rational }[],
  suppressSmall: boolean,
): PlacementAggregateDto {
  // Counts of 1 to 4 are suppressed with their figures (DESIGN §1 Transparency); none at all is no one's cost.
  if (suppressSmall && values.length > 0 && values.length < MINIMUM_GROUP)
    return {
      purchase,
      scope,
      suppressed: true,
      count: null,
      p25PencePerPupilDay: null,
      medianPencePerPupilDay: null,
      p75PencePerPupilDay: null,
    };
  const q = quartiles(values.map((v) => v.exact));
  return {
    purchase,
    scope,
    suppressed: false,
    count: q.count,
    p25PencePerPupilDay: rounded(q.p25),
    medianPencePerPupilDay: rounded(q.median),
    p75PencePerPupilDay: rounded(q.p75),
  };
}

// The high-cost list pages by call-off number (stable: numbers only grow), in an opaque cursor.
function encodeNumberCursor(number: number): string {
  return Buffer.from(JSON.stringify(['n', number])).toString('base64url');
}

function decodeNumberCursor(cursor: string): number {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      value[0] === 'n' &&
      typeof value[1] === 'number' &&
      Number.isSafeInteger(value[1]) &&
      value[1] >= 0
    )
      return value[1];
  } catch {
    // fall through to the problem below
  }
  throw new BadRequestError('invalid_cursor', 'The cursor is not one this API issued.', [
    { field: 'cursor', message: 'cursor is not valid' },
  ]);
}
