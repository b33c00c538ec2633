import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { Caller, Role } from '../auth/role';
import { withCalendarErrors } from '../calendar/calendar-errors';
import { CalendarService } from '../calendar/calendar.service';
import { addDays } from '../calendar/engine/dates';
import { CapacityService } from '../capacity/capacity.service';
import { Clock } from '../common/clock';
import { ConflictError, InvalidTransitionError, NotFoundError, RuleViolation } from '../common/domain-error';
import { assertVersion } from '../common/versioning';
import { FrameworksService } from '../frameworks/frameworks.service';
import { ProvidersService } from '../providers/providers.service';
import { RegistrationStatus } from '../providers/provider-types';
import { CallOff, Segment, Variation } from './call-off.entity';
import { CallOffView, CallOffsService, thresholdError } from './call-offs.service';
import { CreateVariationDto } from './dto/lifecycle.dto';
import { CallOffStatus } from './engine/lifecycle';
import { registrationBreach } from './engine/registration-threshold';
import { priceSegments } from './engine/segments';
import { MatchingService, isFullTime } from './matching.service';
import { assertWithinLotMaximum } from '../frameworks/lot-rules';

// Variations of an accepted call-off: extend, change sessions from a date, terminate early. Each re-prices the
// placement period by period at its frozen unit price and keeps the history on the call-off.
@Injectable()
export class CallOffVariationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(CallOff) private readonly rows: Repository<CallOff>,
    private readonly callOffs: CallOffsService,
    private readonly frameworks: FrameworksService,
    private readonly calendars: CalendarService,
    private readonly matching: MatchingService,
    private readonly capacity: CapacityService,
    private readonly providers: ProvidersService,
    private readonly clock: Clock,
  ) {}

  async vary(
    caller: Caller,
    id: string,
    input: CreateVariationDto,
    expectedVersion: number | undefined,
  ): Promise<CallOffView> {
    const existing = await this.rows.findOneBy({ id });
    const provider = existing ? await this.providers.findById(existing.providerId) : null;
    const unregistered = provider?.registrationStatus === RegistrationStatus.Unregistered;
    await this.dataSource.transaction(async (manager) => {
      const row = await this.lockForCommissioner(manager, caller, id, expectedVersion);
      const status = this.callOffs.statusOf(row);
      if (status !== CallOffStatus.Accepted && status !== CallOffStatus.Active)
        throw new InvalidTransitionError('call-off', status, 'varied');
      const { lot, framework } = (await this.frameworks.findLot(row.lotId, manager))!;
      const { calendar } = await this.calendars.calendarFor(row.commissionerOrganisationId, manager);
      const today = this.clock.today();
      const segments = row.segments.map((s) => ({ ...s }));
      const last = segments[segments.length - 1];
      const previous = { endDate: row.endDate, totalPence: row.totalPence };
      let details: Record<string, unknown>;
      let terminatedOn: string | null = row.terminatedOn;
      let endDate = row.endDate;

      // Lock order as in raising a call-off: provider (the s.463 count spans every lot), then provider+lot.
      if (unregistered)
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`provider:${row.providerId}`]);
      await this.capacity.lock(manager, row.providerId, row.lotId);
      switch (input.kind) {
        case 'extend': {
          const newEndDate = input.newEndDate!;
          // A placement under notice of termination ends on its termination date; extending it would undo the notice.
          if (row.terminatedOn)
            throw new InvalidTransitionError('call-off', `terminating on ${row.terminatedOn}`, 'extended');
          if (newEndDate <= row.endDate)
            throw new RuleViolation(
              'extension_not_later',
              `newEndDate must be after the current end date ${row.endDate}.`,
            );
          await this.requireCapacity(manager, row, addDays(row.endDate, 1), newEndDate, last.sessionsPerWeek);
          // Education Act 1996 s.463: the added weeks count towards the unregistered provider's full-time pupils.
          if (unregistered && isFullTime(last.sessionsPerWeek, lot, framework))
            await this.requireRegistrationLine(manager, row, addDays(row.endDate, 1), newEndDate);
          last.to = newEndDate;
          endDate = newEndDate;
          details = { newEndDate };
          await this.capacity.hold(manager, [
            this.holdFor(row, addDays(row.endDate, 1), newEndDate, last.sessionsPerWeek),
          ]);
          break;
        }
        case 'change_sessions': {
          const effectiveFrom = input.effectiveFrom!;
          const next = input.sessionsPerWeek!;
          if (effectiveFrom < today || effectiveFrom < row.startDate || effectiveFrom > row.endDate)
            throw new RuleViolation(
              'effective_date_out_of_range',
              `effectiveFrom must fall between ${today > row.startDate ? today : row.startDate} and ${row.endDate}.`,
            );
          assertWithinLotMaximum(lot, next);
          const current = segments.find((s) => s.from <= effectiveFrom && effectiveFrom <= s.to)!;
          // Every later period becomes `next`: each one that rises needs its own increase free.
          for (const s of segments.filter((s) => s.to >= effectiveFrom && next > s.sessionsPerWeek))
            await this.requireCapacity(
              manager,
              row,
              s.from < effectiveFrom ? effectiveFrom : s.from,
              s.to,
              next - s.sessionsPerWeek,
            );
          // Education Act 1996 s.463: becoming full time adds a pupil to the unregistered provider's count.
          if (unregistered && isFullTime(next, lot, framework) && !row.fullTime)
            await this.requireRegistrationLine(manager, row, effectiveFrom, row.endDate);
          const kept = segments
            .filter((s) => s.to < effectiveFrom)
            .concat(current.from < effectiveFrom ? [{ ...current, to: addDays(effectiveFrom, -1) }] : []);
          const after = segments
            .filter((s) => s.to >= effectiveFrom)
            .map((s) => ({
              ...s,
              from: s.from < effectiveFrom ? effectiveFrom : s.from,
              sessionsPerWeek: next,
            }));
          segments.splice(0, segments.length, ...mergeSegments([...kept, ...after]));
          details = {
            sessionsPerWeek: next,
            effectiveFrom,
            previousSessionsPerWeek: current.sessionsPerWeek,
          };
          await this.rehold(manager, row, segments);
          break;
        }
        case 'terminate': {
          const effectiveDate = input.effectiveDate!;
          if (effectiveDate < today || effectiveDate < row.startDate || effectiveDate > row.endDate)
            throw new RuleViolation(
              'effective_date_out_of_range',
              `effectiveDate must fall between ${today > row.startDate ? today : row.startDate} and ${row.endDate}.`,
            );
          const trimmed = segments
            .filter((s) => s.from <= effectiveDate)
            .map((s) => ({ ...s, to: s.to > effectiveDate ? effectiveDate : s.to }));
          segments.splice(0, segments.length, ...trimmed);
          endDate = effectiveDate;
          terminatedOn = effectiveDate;
          details = { effectiveDate, reason: input.reason };
          await this.rehold(manager, row, segments);
          break;
        }
      }
      const price = withCalendarErrors(() =>
        priceSegments(segments, {
          unit: row.unit,
          unitPricePence: row.unitPricePence,
          hoursPerSession: lot.hoursPerSession,
          outcomeAtRiskPercent: lot.outcomeAtRiskPercent,
          calendar,
        }),
      );
      const variation: Variation = {
        kind: input.kind,
        at: this.clock.now().toISOString(),
        byKeyId: caller.keyId,
        details,
        previousEndDate: previous.endDate,
        previousTotalPence: previous.totalPence,
        newTotalPence: price.totalPence,
      };
      await manager.save(CallOff, {
        ...row,
        endDate,
        terminatedOn,
        // The rate of the last period bought: a termination can cut off a later change of sessions.
        sessionsPerWeek: segments[segments.length - 1].sessionsPerWeek,
        // What the s.463 count reads: full time if any period of the placement is.
        fullTime: segments.some((s) => isFullTime(s.sessionsPerWeek, lot, framework)),
        segments,
        ...price,
        variations: [...row.variations, variation],
      });
    });
    return this.callOffs.view(caller, await this.rows.findOneByOrFail({ id }));
  }

  private async requireCapacity(
    manager: EntityManager,
    row: CallOff,
    from: string,
    to: string,
    sessions: number,
  ): Promise<void> {
    const short = await this.capacity.firstShortDate(manager, row.providerId, row.lotId, from, to, sessions);
    if (short)
      throw new ConflictError(
        'capacity_exhausted',
        `The provider has no capacity for ${sessions} more sessions a week on ${short}.`,
        {
          firstShortDate: short,
        },
      );
  }

  // Education Act 1996 s.463: an unregistered provider may not educate full time 5 or more pupils at once, or one
  // who is looked after or has an EHC plan. Call under the provider lock.
  private async requireRegistrationLine(
    manager: EntityManager,
    row: CallOff,
    from: string,
    to: string,
  ): Promise<void> {
    const existing = await this.matching.fullTimePlacements(manager, [row.providerId], from, to);
    const breach = registrationBreach(existing.get(row.providerId) ?? [], {
      from,
      to,
      lookedAfterOrEhcp: row.childEhcp || row.childLookedAfter,
    });
    if (breach) throw thresholdError(breach.date);
  }

  private holdFor(row: CallOff, from: string, to: string, sessionsPerWeek: number) {
    return {
      providerId: row.providerId,
      lotId: row.lotId,
      from,
      to,
      sessionsPerWeek,
      sourceId: row.id,
      expiresAt: null,
    };
  }

  private async rehold(manager: EntityManager, row: CallOff, segments: Segment[]): Promise<void> {
    await this.capacity.release(manager, row.id);
    await this.capacity.hold(
      manager,
      segments.map((s) => this.holdFor(row, s.from, s.to, s.sessionsPerWeek)),
    );
  }

  private async lockForCommissioner(
    manager: EntityManager,
    caller: Caller,
    id: string,
    expectedVersion: number | undefined,
  ): Promise<CallOff> {
    const row = await manager.findOne(CallOff, { where: { id }, lock: { mode: 'pessimistic_write' } });
    const mine =
      row &&
      (caller.role === Role.Admin ||
        (caller.role === Role.Commissioner && caller.organisationId === row.commissionerOrganisationId));
    if (!row || !mine) throw new NotFoundError('Call-off');
    assertVersion(row.version, expectedVersion);
    return row;
  }
}

function mergeSegments(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments.sort((a, b) => a.from.localeCompare(b.from))) {
    const last = out[out.length - 1];
    if (last && last.sessionsPerWeek === s.sessionsPerWeek && addDays(last.to, 1) === s.from) last.to = s.to;
    else out.push({ ...s });
  }
  return out;
}
