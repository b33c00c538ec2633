import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../auth/role';
import { withCalendarErrors } from '../calendar/calendar-errors';
import { CalendarService } from '../calendar/calendar.service';
import { addDays } from '../calendar/engine/dates';
import { SchoolCalendar } from '../calendar/engine/school-calendar';
import { CapacityLedger } from '../capacity/availability';
import { CapacityService } from '../capacity/capacity.service';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { FrameworksService } from '../frameworks/frameworks.service';
import { Lot } from '../frameworks/lot.entity';
import { CallOff, Variation } from './call-off.entity';
import { FullTimePlacement, registrationBreach } from './engine/registration-threshold';
import { priceSegments } from './engine/segments';
import { MatchingService } from './matching.service';

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

export interface BlanketExtensionResult {
  dryRun: boolean;
  extendTo: string;
  extended: ExtendedCallOff[];
  blocked: { callOffId: string; reference: string; reason: string }[];
  count: number;
  additionalPence: number;
}

interface Plan {
  result: BlanketExtensionResult;
  updates: {
    row: CallOff;
    price: ReturnType<typeof priceSegments>;
    segments: CallOff['segments'];
    additionalPence: number;
  }[];
}

// The council's continuity measure (Cabinet report, July 2026): extend every in-flight placement of the current
// providers to one date. It may not add suppliers, raise unit prices or widen scope (PA 2023 s.74 modifications):
// same provider, same unit price, same sessions — only the end date moves.
@Injectable()
export class BlanketExtensionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly frameworks: FrameworksService,
    private readonly calendars: CalendarService,
    private readonly capacity: CapacityService,
    private readonly matching: MatchingService,
    private readonly clock: Clock,
  ) {}

  async run(
    caller: Caller,
    frameworkId: string,
    input: BlanketExtensionInput,
  ): Promise<BlanketExtensionResult> {
    await this.frameworks.get(caller, frameworkId);
    if (input.dryRun) return (await this.plan(this.dataSource.manager, frameworkId, input, false)).result;
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.plan(manager, frameworkId, input, true);
      await this.apply(manager, caller, plan, input.extendTo);
      return plan.result;
    });
  }

  // The dry run and the real run share this: same rows, same order, same arithmetic.
  private async plan(
    manager: EntityManager,
    frameworkId: string,
    input: BlanketExtensionInput,
    lock: boolean,
  ): Promise<Plan> {
    const today = this.clock.today();
    const qb = manager
      .createQueryBuilder(CallOff, 'c')
      // What the plan needs, not the award evidence: at 10,000 placements that is most of the bytes.
      .select([
        'c.id',
        'c.number',
        'c.providerId',
        'c.lotId',
        'c.commissionerOrganisationId',
        'c.startDate',
        'c.endDate',
        'c.segments',
        'c.unit',
        'c.unitPricePence',
        'c.totalPence',
        'c.fullTime',
        'c.childEhcp',
        'c.childLookedAfter',
      ])
      .where('c.framework_id = :frameworkId', { frameworkId })
      .andWhere(
        `c.status = 'accepted' AND c.end_date >= :today AND c.end_date < :extendTo AND c.terminated_on IS NULL`,
        {
          today,
          extendTo: input.extendTo,
        },
      )
      .orderBy('c.start_date', 'ASC')
      .addOrderBy('c.id', 'ASC');
    if (input.providerIds?.length)
      qb.andWhere('c.provider_id IN (:...providerIds)', { providerIds: input.providerIds });
    // The real run locks the rows it reads, first and in the order above, as a variation locks its call-off before
    // its provider and provider+lot: a variation under way is waited for, and the row is read as it left it (a
    // termination drops out of the WHERE), so the UPDATE below never writes back an end date or segments it replaced.
    if (lock) qb.setLock('pessimistic_write');
    const rows = await qb.getMany();

    const pairs = [...new Set(rows.map((r) => `${r.providerId}|${r.lotId}`))].sort();
    // Unregistered providers with full-time placements to extend: their s.463 count spans every lot.
    const unregisteredRows: { id: string }[] = await manager.query(
      `SELECT id FROM providers WHERE id = ANY($1::uuid[]) AND registration_status = 'unregistered' ORDER BY id`,
      [[...new Set(rows.filter((r) => r.fullTime).map((r) => r.providerId))]],
    );
    const unregistered = unregisteredRows.map((p) => p.id);
    if (lock) {
      // Then every provider, then every provider+lot, this run touches, in a fixed order (as call-offs do). The
      // capacity read after these locks is current: the plan re-checks it, and blocks rather than overbooks.
      for (const providerId of unregistered)
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`provider:${providerId}`]);
      for (const pair of pairs) {
        const [providerId, lotId] = pair.split('|');
        await this.capacity.lock(manager, providerId, lotId);
      }
    }
    const lots = new Map<string, Lot>();
    for (const lotId of new Set(rows.map((r) => r.lotId)))
      lots.set(lotId, (await this.frameworks.findLot(lotId, manager))!.lot);
    const calendars = new Map<string, SchoolCalendar>();
    for (const org of new Set(rows.map((r) => r.commissionerOrganisationId)))
      calendars.set(org, (await this.calendars.calendarFor(org, manager)).calendar);
    const minEnd = rows.reduce((min, r) => (r.endDate < min ? r.endDate : min), input.extendTo);
    // With nothing to extend there is no window, and extendTo may be the last date the API takes.
    const windowFrom = rows.length === 0 ? input.extendTo : addDays(minEnd, 1);
    const ledgers = new Map<string, CapacityLedger>();
    for (const lotId of lots.keys()) {
      const loaded = await this.capacity.loadForLot(manager, lotId, windowFrom, input.extendTo);
      for (const [providerId, rows] of loaded)
        ledgers.set(
          `${providerId}|${lotId}`,
          new CapacityLedger(windowFrom, input.extendTo, rows.declarations, rows.holds),
        );
    }
    const fullTimeElsewhere: Map<string, FullTimePlacement[]> = await this.matching.fullTimePlacements(
      manager,
      unregistered,
      windowFrom,
      input.extendTo,
    );
    const result: BlanketExtensionResult = {
      dryRun: input.dryRun,
      extendTo: input.extendTo,
      extended: [],
      blocked: [],
      count: 0,
      additionalPence: 0,
    };
    const updates: Plan['updates'] = [];
    for (const row of rows) {
      const reference = `CO-${String(row.number).padStart(6, '0')}`;
      const lot = lots.get(row.lotId)!;
      const from = addDays(row.endDate, 1);
      const last = row.segments[row.segments.length - 1];
      const ledger = ledgers.get(`${row.providerId}|${row.lotId}`);
      const short = ledger ? ledger.firstShort(from, input.extendTo, last.sessionsPerWeek) : from;
      if (short) {
        result.blocked.push({
          callOffId: row.id,
          reference,
          reason: `capacity_exhausted: no capacity for ${last.sessionsPerWeek} sessions a week on ${short}`,
        });
        continue;
      }
      // Education Act 1996 s.463: the added weeks may not give an unregistered provider a 5th full-time pupil,
      // counting every commissioner's placements and the extensions earlier in this run.
      let counted: FullTimePlacement[] | undefined;
      if (row.fullTime && unregistered.includes(row.providerId)) {
        counted = fullTimeElsewhere.get(row.providerId) ?? [];
        fullTimeElsewhere.set(row.providerId, counted);
      }
      const added: FullTimePlacement = {
        from,
        to: input.extendTo,
        lookedAfterOrEhcp: row.childEhcp || row.childLookedAfter,
      };
      if (counted && registrationBreach(counted, added)) {
        result.blocked.push({
          callOffId: row.id,
          reference,
          // The rule, not the child's status: admin reads this.
          reason:
            'registration_threshold: the unregistered provider may not take more full-time pupils (Education Act 1996 s.463)',
        });
        continue;
      }
      const segments = row.segments.map((s, i) =>
        i === row.segments.length - 1 ? { ...s, to: input.extendTo } : { ...s },
      );
      let price: ReturnType<typeof priceSegments>;
      try {
        price = withCalendarErrors(() =>
          priceSegments(segments, {
            unit: row.unit,
            unitPricePence: row.unitPricePence,
            hoursPerSession: lot.hoursPerSession,
            outcomeAtRiskPercent: lot.outcomeAtRiskPercent,
            calendar: calendars.get(row.commissionerOrganisationId)!,
          }),
        );
      } catch (error) {
        // A calendar that does not cover the new weeks blocks this one; anything else is a fault, not a reason.
        if (!(error instanceof DomainError)) throw error;
        result.blocked.push({
          callOffId: row.id,
          reference,
          reason: error.message,
        });
        continue;
      }
      // Later extensions in this run see the capacity the earlier ones take.
      ledger?.take(from, input.extendTo, last.sessionsPerWeek);
      counted?.push(added);
      const additionalPence = price.totalPence - row.totalPence;
      result.extended.push({
        callOffId: row.id,
        reference,
        providerId: row.providerId,
        currentEndDate: row.endDate,
        newEndDate: input.extendTo,
        additionalPence,
      });
      result.additionalPence += additionalPence;
      updates.push({ row, price, segments, additionalPence });
    }
    result.count = result.extended.length;
    return { result, updates };
  }

  // Set-based: one UPDATE for every call-off and one INSERT for every new hold.
  private async apply(manager: EntityManager, caller: Caller, plan: Plan, extendTo: string): Promise<void> {
    if (plan.updates.length === 0) return;
    const at = this.clock.now().toISOString();
    const payload = plan.updates.map(({ row, price, segments }) => {
      const variation: Variation = {
        kind: 'blanket_extension',
        at,
        byKeyId: caller.keyId,
        details: { extendTo },
        previousEndDate: row.endDate,
        previousTotalPence: row.totalPence,
        newTotalPence: price.totalPence,
      };
      return {
        id: row.id,
        schoolDays: price.schoolDays,
        totalPence: price.totalPence,
        basePence: price.basePence,
        atRiskPence: price.atRiskPence,
        byFinancialYear: price.byFinancialYear,
        segments,
        variation,
        holdFrom: addDays(row.endDate, 1),
        sessionsPerWeek: segments[segments.length - 1].sessionsPerWeek,
        providerId: row.providerId,
        lotId: row.lotId,
      };
    });
    await manager.query(
      `UPDATE call_offs c SET
         end_date = $2::date,
         school_days = u.school_days,
         total_pence = u.total_pence,
         base_pence = u.base_pence,
         at_risk_pence = u.at_risk_pence,
         by_financial_year = u.by_financial_year,
         segments = u.segments,
         variations = c.variations || jsonb_build_array(u.variation),
         version = c.version + 1,
         updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, school_days int, total_pence bigint, base_pence bigint, at_risk_pence bigint,
         by_financial_year jsonb, segments jsonb, variation jsonb)
       WHERE c.id = u.id`,
      [
        JSON.stringify(
          payload.map((p) => ({
            id: p.id,
            school_days: p.schoolDays,
            total_pence: p.totalPence,
            base_pence: p.basePence,
            at_risk_pence: p.atRiskPence,
            by_financial_year: p.byFinancialYear,
            segments: p.segments,
            variation: p.variation,
          })),
        ),
        extendTo,
      ],
    );
    await this.capacity.hold(
      manager,
      payload.map((p) => ({
        providerId: p.providerId,
        lotId: p.lotId,
        from: p.holdFrom,
        to: extendTo,
        sessionsPerWeek: p.sessionsPerWeek,
        sourceId: p.id,
        expiresAt: null,
      })),
    );
  }
}
