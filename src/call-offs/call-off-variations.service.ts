import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller, Role } from '../auth/role';
import { withCalendarErrors } from '../calendar/calendar-errors';
import { CalendarService } from '../calendar/calendar.service';
import { addDays } from '../calendar/engine/dates';
import { Clock } from '../common/clock';
import {
  BadRequestError,
  InvalidTransitionError,
  NotFoundError,
  RuleViolation,
} from '../common/domain-error';
import { assertVersion } from '../common/versioning';
import { Framework } from '../frameworks/framework.entity';
import { Lot } from '../frameworks/lot.entity';
import { assertWithinLotMaximum } from '../frameworks/lot-rules';
import { FrameworksService } from '../frameworks/frameworks.service';
import { ProvidersService } from '../providers/providers.service';
import { CallOff, Segment, Variation, VariationDetails } from './call-off.entity';
import { CallOffWriter } from './call-off-writer';
import { CallOffView, CallOffsService } from './call-offs.service';
import { CreateVariationDto } from './dto/lifecycle.dto';
import { patternProblem, sortPattern } from './engine/pattern';
import { priceSegments } from './engine/segments';
import { isFullTime } from './matching.service';
import { Period, Placement, PlacementGuard } from './placement-guard';

// Variations of an accepted call-off: extend, change sessions from a date, terminate early. Each re-prices the
// placement period by period at its frozen unit price and keeps the history on the call-off.
@Injectable()
export class CallOffVariationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly callOffs: CallOffsService,
    private readonly frameworks: FrameworksService,
    private readonly calendars: CalendarService,
    private readonly providers: ProvidersService,
    private readonly guard: PlacementGuard,
    private readonly writer: CallOffWriter,
    private readonly clock: Clock,
  ) {}

  async vary(
    caller: Caller,
    id: string,
    input: CreateVariationDto,
    expectedVersion: number | undefined,
  ): Promise<CallOffView> {
    const written = await this.dataSource.transaction(async (manager) => {
      const row = await this.lockForCommissioner(manager, caller, id, expectedVersion);
      // The lifecycle rule first: a placement that is not live is not varied, whatever the variation says.
      this.writer.assertMayVary(row, input.kind);
      const { lot, framework } = (await this.frameworks.findLot(row.lotId, manager))!;
      const { calendar } = await this.calendars.calendarFor(row.commissionerOrganisationId, manager);
      const unregistered = (await this.providers.unregisteredAmong([row.providerId], manager)).length > 0;
      const change = this.plan(row, input, lot, framework, unregistered);
      const price = withCalendarErrors(() =>
        priceSegments(change.segments, {
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
        details: change.details,
        previousEndDate: row.endDate,
        previousTotalPence: row.totalPence,
        newTotalPence: price.totalPence,
      };
      const fields = {
        endDate: change.endDate,
        terminatedOn: change.terminatedOn,
        // The rate of the last period bought: a termination can cut off a later change of sessions.
        sessionsPerWeek: change.segments[change.segments.length - 1].sessionsPerWeek,
        pattern: change.segments[change.segments.length - 1].pattern ?? null,
        // What the s.463 count reads: full time if any period of the placement is.
        fullTime: change.segments.some((s) => isFullTime(s.sessionsPerWeek, lot, framework)),
        segments: change.segments,
        ...price,
      };
      await this.guard.place(manager, change.placement);
      return this.writer.vary(manager, row, variation, fields);
    });
    return this.callOffs.view(caller, written.row);
  }

  // What the variation does to the placement's periods, and the place it needs for them.
  private plan(
    row: CallOff,
    input: CreateVariationDto,
    lot: Lot,
    framework: Framework,
    unregistered: boolean,
  ): {
    segments: Segment[];
    endDate: string;
    terminatedOn: string | null;
    details: VariationDetails;
    placement: Placement;
  } {
    const today = this.clock.today();
    const segments = row.segments.map((s) => ({ ...s }));
    const last = segments[segments.length - 1];
    const placement = (
      needs: Period[],
      addsFullTime: Placement['addsFullTime'],
      holds: Placement['holds'],
    ) => ({
      callOffId: row.id,
      providerId: row.providerId,
      lotId: row.lotId,
      unregistered,
      needs,
      addsFullTime,
      holds,
    });
    const lookedAfterOrEhcp = row.childEhcp || row.childLookedAfter;
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
        const added = {
          from: addDays(row.endDate, 1),
          to: newEndDate,
          sessionsPerWeek: last.sessionsPerWeek,
        };
        last.to = newEndDate;
        return {
          segments,
          endDate: newEndDate,
          terminatedOn: row.terminatedOn,
          details: { newEndDate },
          // Education Act 1996 s.463: the added weeks count towards the unregistered provider's full-time pupils.
          placement: placement(
            [added],
            isFullTime(last.sessionsPerWeek, lot, framework)
              ? { from: added.from, to: added.to, lookedAfterOrEhcp }
              : null,
            { replace: false, periods: [added], expiresAt: null },
          ),
        };
      }
      case 'change_sessions': {
        const effectiveFrom = input.effectiveFrom!;
        const next = input.sessionsPerWeek!;
        const pattern = input.pattern ? sortPattern(input.pattern) : undefined;
        const patternIssue = pattern ? patternProblem(pattern, next) : null;
        if (patternIssue)
          throw new BadRequestError('validation_failed', patternIssue, [
            { field: 'pattern', message: patternIssue },
          ]);
        // A placement bought for named sessions keeps naming them: a new number of sessions needs its new pattern.
        if (!pattern && row.pattern)
          throw new RuleViolation(
            'pattern_required',
            `This call-off has a weekly pattern (${row.pattern.join(', ')}); a change of sessions must give the new pattern.`,
          );
        if (effectiveFrom < today || effectiveFrom < row.startDate || effectiveFrom > row.endDate)
          throw new RuleViolation(
            'effective_date_out_of_range',
            `effectiveFrom must fall between ${today > row.startDate ? today : row.startDate} and ${row.endDate}.`,
          );
        assertWithinLotMaximum(lot, next);
        const current = segments.find((s) => s.from <= effectiveFrom && effectiveFrom <= s.to) ?? last;
        // Every later period becomes `next`: each one that rises needs its own increase free.
        const needs = segments
          .filter((s) => s.to >= effectiveFrom && next > s.sessionsPerWeek)
          .map((s) => ({
            from: s.from < effectiveFrom ? effectiveFrom : s.from,
            to: s.to,
            sessionsPerWeek: next - s.sessionsPerWeek,
          }));
        const kept = segments
          .filter((s) => s.to < effectiveFrom)
          .concat(current.from < effectiveFrom ? [{ ...current, to: addDays(effectiveFrom, -1) }] : []);
        const after = segments
          .filter((s) => s.to >= effectiveFrom)
          .map((s) => {
            const { pattern: _previous, ...rest } = s;
            return {
              ...rest,
              from: s.from < effectiveFrom ? effectiveFrom : s.from,
              sessionsPerWeek: next,
              ...(pattern ? { pattern } : {}),
            };
          });
        const merged = mergeSegments([...kept, ...after]);
        return {
          segments: merged,
          endDate: row.endDate,
          terminatedOn: row.terminatedOn,
          details: {
            sessionsPerWeek: next,
            effectiveFrom,
            previousSessionsPerWeek: current.sessionsPerWeek,
            ...(pattern ? { pattern, previousPattern: current.pattern ?? null } : {}),
          },
          placement: placement(
            needs,
            // Education Act 1996 s.463: becoming full time adds a pupil to the unregistered provider's count.
            isFullTime(next, lot, framework) && !row.fullTime
              ? { from: effectiveFrom, to: row.endDate, lookedAfterOrEhcp }
              : null,
            { replace: true, periods: merged, expiresAt: null },
          ),
        };
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
        return {
          segments: trimmed,
          endDate: effectiveDate,
          terminatedOn: effectiveDate,
          details: { effectiveDate, reason: input.reason! },
          placement: placement([], null, { replace: true, periods: trimmed, expiresAt: null }),
        };
      }
    }
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
    if (
      last &&
      last.sessionsPerWeek === s.sessionsPerWeek &&
      (last.pattern ?? []).join() === (s.pattern ?? []).join() &&
      addDays(last.to, 1) === s.from
    )
      last.to = s.to;
    else out.push({ ...s });
  }
  return out;
}
