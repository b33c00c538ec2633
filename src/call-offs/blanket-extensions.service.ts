import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../auth/role';
import { withCalendarErrors } from '../calendar/calendar-errors';
import { CalendarService } from '../calendar/calendar.service';
import { addDays } from '../calendar/engine/dates';
import { SchoolCalendar } from '../calendar/engine/school-calendar';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { FrameworksService } from '../frameworks/frameworks.service';
import { Lot } from '../frameworks/lot.entity';
import { ProvidersService } from '../providers/providers.service';
import { CallOff, Variation } from './call-off.entity';
import { CallOffWriter, ExtensionWrite } from './call-off-writer';
import { PreparedQuote, QuoteInput, prepareQuote } from '../pricing/engine/pricing-engine';
import { priceSegments } from './engine/segments';
import { Placement, PlacementGuard } from './placement-guard';

export interface BlanketExtensionInput {
  extendTo: string;
  dryRun: boolean;
  providerIds?: string[];
}

export interface ExtendedCallOff {
  callOffId: string;
  reference: string;
  providerId: string;
  currentEndDate: string;
  newEndDate: string;
  additionalPence: number;
}

// Why one call-off could not be extended, as data (code and, for capacity, the first short day), and in words.
export interface BlockedCallOff {
  callOffId: string;
  reference: string;
  // capacity_exhausted, registration_threshold, or the calendar's refusal (calendar_missing).
  code: string;
  // `code: detail`, as the report has always read.
  reason: string;
  firstShortDate?: string;
}

export interface BlanketExtensionResult {
  dryRun: boolean;
  extendTo: string;
  extended: ExtendedCallOff[];
  blocked: BlockedCallOff[];
  count: number;
  additionalPence: number;
}

// The columns of an in-flight call-off the plan uses.
type InFlight = Pick<
  CallOff,
  | 'id'
  | 'number'
  | 'version'
  | 'frameworkId'
  | 'providerId'
  | 'lotId'
  | 'commissionerOrganisationId'
  | 'startDate'
  | 'endDate'
  | 'segments'
  | 'unit'
  | 'unitPricePence'
  | 'totalPence'
  | 'fullTime'
  | 'childEhcp'
  | 'childLookedAfter'
>;

// The council's continuity measure (Cabinet report, July 2026): extend every in-flight placement of the current
// providers to one date. It may not add suppliers, raise unit prices or widen scope (PA 2023 s.74 modifications):
// same provider, same unit price, same sessions — only the end date moves.
@Injectable()
export class BlanketExtensionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly frameworks: FrameworksService,
    private readonly calendars: CalendarService,
    private readonly providers: ProvidersService,
    private readonly guard: PlacementGuard,
    private readonly writer: CallOffWriter,
    private readonly clock: Clock,
  ) {}

  async run(
    caller: Caller,
    frameworkId: string,
    input: BlanketExtensionInput,
  ): Promise<BlanketExtensionResult> {
    await this.frameworks.get(caller, frameworkId);
    if (input.dryRun) return this.extend(this.dataSource.manager, caller, frameworkId, input);
    return this.dataSource.transaction((manager) => this.extend(manager, caller, frameworkId, input));
  }

  // The dry run and the real run share this: same rows, same order, same arithmetic; the real run also locks,
  // holds and writes.
  private async extend(
    manager: EntityManager,
    caller: Caller,
    frameworkId: string,
    input: BlanketExtensionInput,
  ): Promise<BlanketExtensionResult> {
    const rows = await this.inFlight(manager, frameworkId, input);
    // Unregistered providers with full-time placements to extend: their s.463 count spans every lot.
    const unregistered = new Set(
      await this.providers.unregisteredAmong(
        [...new Set(rows.filter((r) => r.fullTime).map((r) => r.providerId))],
        manager,
      ),
    );
    const lots = new Map<string, Lot>();
    for (const lotId of new Set(rows.map((r) => r.lotId)))
      lots.set(lotId, (await this.frameworks.findLot(lotId, manager))!.lot);
    const calendars = new Map<string, SchoolCalendar>();
    for (const org of new Set(rows.map((r) => r.commissionerOrganisationId)))
      calendars.set(org, (await this.calendars.calendarFor(org, manager)).calendar);

    const result: BlanketExtensionResult = {
      dryRun: input.dryRun,
      extendTo: input.extendTo,
      extended: [],
      blocked: [],
      count: 0,
      additionalPence: 0,
    };
    // Priced first: a calendar that does not cover the new weeks blocks a call-off before it asks for a place.
    const at = this.clock.now().toISOString();
    // Each period prepared once per lot and commissioner (their calendar): thousands of placements share a few.
    const prepared = new Map<string, PreparedQuote>();
    const prepareFor =
      (lotId: string, organisationId: string) =>
      (quoteInput: Omit<QuoteInput, 'unitPricePence'>): PreparedQuote => {
        const key = `${lotId}|${organisationId}|${quoteInput.unit}|${quoteInput.sessionsPerWeek}|${quoteInput.startDate}|${quoteInput.endDate}`;
        let kept = prepared.get(key);
        if (!kept) prepared.set(key, (kept = prepareQuote(quoteInput)));
        return kept;
      };
    const priced: (ExtensionWrite & { placement: Placement; reference: string; providerId: string })[] = [];
    for (const row of rows) {
      const reference = `CO-${String(row.number).padStart(6, '0')}`;
      const from = addDays(row.endDate, 1);
      const last = row.segments[row.segments.length - 1];
      const segments = row.segments.map((s, i) =>
        i === row.segments.length - 1 ? { ...s, to: input.extendTo } : { ...s },
      );
      let price: ReturnType<typeof priceSegments>;
      try {
        price = withCalendarErrors(() =>
          priceSegments(segments, {
            unit: row.unit,
            unitPricePence: row.unitPricePence,
            hoursPerSession: lots.get(row.lotId)!.hoursPerSession,
            outcomeAtRiskPercent: lots.get(row.lotId)!.outcomeAtRiskPercent,
            calendar: calendars.get(row.commissionerOrganisationId)!,
            prepare: prepareFor(row.lotId, row.commissionerOrganisationId),
          }),
        );
      } catch (error) {
        // Anything but a domain refusal is a fault, not a reason.
        if (!(error instanceof DomainError)) throw error;
        result.blocked.push({
          callOffId: row.id,
          reference,
          code: error.code,
          reason: `${error.code}: ${error.message}`,
        });
        continue;
      }
      const added = { from, to: input.extendTo, sessionsPerWeek: last.sessionsPerWeek };
      const variation: Variation = {
        kind: 'blanket_extension',
        at,
        byKeyId: caller.keyId,
        details: { extendTo: input.extendTo },
        previousEndDate: row.endDate,
        previousTotalPence: row.totalPence,
        newTotalPence: price.totalPence,
      };
      priced.push({
        row,
        reference,
        providerId: row.providerId,
        fields: { endDate: input.extendTo, segments, ...price },
        variation,
        placement: {
          callOffId: row.id,
          providerId: row.providerId,
          lotId: row.lotId,
          unregistered: unregistered.has(row.providerId),
          needs: [added],
          // Education Act 1996 s.463: the added weeks may not give an unregistered provider a 5th full-time pupil,
          // counting every commissioner's placements and the extensions earlier in this run.
          addsFullTime: row.fullTime
            ? { from, to: input.extendTo, lookedAfterOrEhcp: row.childEhcp || row.childLookedAfter }
            : null,
          holds: { replace: false, periods: [added], expiresAt: null },
        },
      });
    }
    const decisions = await this.guard.placeAll(
      manager,
      priced.map((p) => p.placement),
      { dryRun: input.dryRun },
    );
    const admitted: ExtensionWrite[] = [];
    priced.forEach((p, i) => {
      const refusal = decisions[i].refusal;
      if (refusal) {
        result.blocked.push({
          callOffId: p.row.id,
          reference: p.reference,
          code: refusal.code,
          reason: `${refusal.code}: ${refusal.detail}`,
          ...(refusal.code === 'capacity_exhausted' ? { firstShortDate: refusal.firstShortDate } : {}),
        });
        return;
      }
      const additionalPence = p.fields.totalPence - p.row.totalPence;
      result.extended.push({
        callOffId: p.row.id,
        reference: p.reference,
        providerId: p.providerId,
        currentEndDate: p.row.endDate,
        newEndDate: input.extendTo,
        additionalPence,
      });
      result.additionalPence += additionalPence;
      admitted.push(p);
    });
    // The report lists call-offs in the order they were considered, blocked or not.
    const order = new Map(rows.map((r, i) => [r.id, i]));
    result.blocked.sort((a, b) => order.get(a.callOffId)! - order.get(b.callOffId)!);
    result.count = result.extended.length;
    if (!input.dryRun)
      await this.writer.extendAll(manager, admitted, {
        frameworkId,
        extendTo: input.extendTo,
        providerIds: input.providerIds?.length ? input.providerIds : null,
        blocked: result.blocked.length,
        additionalPence: result.additionalPence,
      });
    return result;
  }

  // Accepted placements of the framework still running, ending before extendTo and not under notice: the plan's
  // columns only (not the award evidence: at 10,000 placements that is most of the bytes). The real run locks them,
  // first and in this order, as a variation locks its call-off before its provider and provider+lot: a variation
  // under way is waited for, and the row is read as it left it (a termination drops out of the WHERE).
  private async inFlight(
    manager: EntityManager,
    frameworkId: string,
    input: BlanketExtensionInput,
  ): Promise<InFlight[]> {
    const byProvider = input.providerIds?.length ? 'AND c.provider_id = ANY($4::uuid[])' : '';
    // Plain rows, not entities: hydrating 10,000 of them was most of reading them.
    const rows: {
      id: string;
      number: number;
      version: number;
      provider_id: string;
      lot_id: string;
      commissioner_organisation_id: string;
      start_date: string;
      end_date: string;
      segments: CallOff['segments'];
      unit: CallOff['unit'];
      unit_price_pence: string;
      total_pence: string;
      full_time: boolean;
      child_ehcp: boolean;
      child_looked_after: boolean;
    }[] = await manager.query(
      `SELECT c.id, c.number, c.version, c.provider_id, c.lot_id, c.commissioner_organisation_id, c.start_date,
              c.end_date, c.segments, c.unit, c.unit_price_pence, c.total_pence, c.full_time, c.child_ehcp,
              c.child_looked_after
         FROM call_offs c
        WHERE c.framework_id = $1 AND c.status = 'accepted' AND c.end_date >= $2 AND c.end_date < $3
          AND c.terminated_on IS NULL ${byProvider}
        ORDER BY c.start_date, c.id
        ${input.dryRun ? '' : 'FOR UPDATE OF c'}`,
      [
        frameworkId,
        this.clock.today(),
        input.extendTo,
        ...(input.providerIds?.length ? [input.providerIds] : []),
      ],
    );
    return rows.map((r) => ({
      id: r.id,
      number: r.number,
      version: r.version,
      frameworkId,
      providerId: r.provider_id,
      lotId: r.lot_id,
      commissionerOrganisationId: r.commissioner_organisation_id,
      startDate: r.start_date,
      endDate: r.end_date,
      segments: r.segments,
      unit: r.unit,
      unitPricePence: Number(r.unit_price_pence),
      totalPence: Number(r.total_pence),
      fullTime: r.full_time,
      childEhcp: r.child_ehcp,
      childLookedAfter: r.child_looked_after,
    }));
  }
}
