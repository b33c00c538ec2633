import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service';
import { CalendarMissingError, SchoolCalendar } from '../calendar/engine/school-calendar';
import { CallOffsService, PlacementForReview } from '../call-offs/call-offs.service';
import { FrameworksService } from '../frameworks/frameworks.service';
import { JobRunner } from '../jobs/job-runner';
import { nextReviewDue, ReviewHistory } from './engine/review-due';

// The job that recomputes the schedules of placements a call-off change moved: added by the statement trigger on
// `events` (migration ReviewSchedulesFollowCallOffChanges) in the transaction of every call_off.accepted, .varied and
// .terminated event, with the call-offs' ids, so a schedule follows its placement once that change commits and a
// list of due reviews only reads.
export const REFRESH_SCHEDULES_TASK = 'reviews.refresh_schedules';
const PAGE = 500;

export interface ScheduleRow {
  callOffId: string;
  callOffNumber: number;
  commissionerOrganisationId: string;
  providerId: string;
  lotId: string;
  frameworkId: string;
  startDate: string;
  endDate: string;
  objectives: number;
  reviewFrequencyWeeks: number;
  lastHeldOn: string | null;
  exitHeld: boolean;
  nextType: 'initial' | 'scheduled' | null;
  nextDueOn: string | null;
}

// Keeps review_schedules (one row per accepted placement: its next review date) in step with the call-offs, which
// this module may not read in SQL: through CallOffsService, in the job their changes add.
@Injectable()
export class ReviewSchedules implements OnModuleInit {
  private readonly logger = new Logger(ReviewSchedules.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly callOffs: CallOffsService,
    private readonly frameworks: FrameworksService,
    private readonly calendars: CalendarService,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register(REFRESH_SCHEDULES_TASK, async (payload) => {
      const ids = payload.callOffIds;
      if (Array.isArray(ids)) await this.refreshPlacements(ids.filter((id) => typeof id === 'string'));
    });
  }

  // The schedule rows of these placements as they stand now (their reviews read in `manager`, which must be a
  // transaction's: the placements stay locked against new reviews until it ends).
  async compute(manager: EntityManager, placements: PlacementForReview[]): Promise<ScheduleRow[]> {
    if (placements.length === 0) return [];
    // A review recorded meanwhile cannot be overwritten by a date computed without it.
    await this.lock(
      manager,
      placements.map((p) => p.id),
    );
    return this.computeLocked(manager, placements);
  }

  // compute() for placements whose locks this transaction already holds.
  private async computeLocked(
    manager: EntityManager,
    placements: PlacementForReview[],
  ): Promise<ScheduleRow[]> {
    if (placements.length === 0) return [];
    const ids = placements.map((p) => p.id);
    const history = await this.historyOf(manager, ids);
    const initialDays = await this.frameworks.initialReviewSchoolDays(
      placements.map((p) => p.frameworkId),
      manager,
    );
    const calendars = new Map<string, SchoolCalendar>();
    const rows: ScheduleRow[] = [];
    for (const placement of placements) {
      let calendar = calendars.get(placement.commissionerOrganisationId);
      if (!calendar) {
        calendar = (await this.calendars.calendarFor(placement.commissionerOrganisationId, manager)).calendar;
        calendars.set(placement.commissionerOrganisationId, calendar);
      }
      const held = history.get(placement.id) ?? { lastHeldOn: null, exitHeld: false };
      rows.push(this.rowFor(calendar, placement, held, initialDays.get(placement.frameworkId) ?? 10));
    }
    return rows;
  }

  rowFor(
    calendar: SchoolCalendar,
    placement: PlacementForReview,
    held: ReviewHistory,
    initialReviewSchoolDays: number,
  ): ScheduleRow {
    let due: ReturnType<typeof nextReviewDue> = null;
    try {
      due = nextReviewDue(
        calendar,
        {
          startDate: placement.startDate,
          endDate: placement.endDate,
          reviewFrequencyWeeks: placement.reviewFrequencyWeeks,
          initialReviewSchoolDays,
        },
        held,
      );
    } catch (error) {
      // A date the calendar does not reach yet: no date is promised until the year is defined (the daily
      // recompute picks it up then).
      if (!(error instanceof CalendarMissingError)) throw error;
    }
    return {
      callOffId: placement.id,
      callOffNumber: placement.number,
      commissionerOrganisationId: placement.commissionerOrganisationId,
      providerId: placement.providerId,
      lotId: placement.lotId,
      frameworkId: placement.frameworkId,
      startDate: placement.startDate,
      endDate: placement.endDate,
      objectives: placement.objectives,
      reviewFrequencyWeeks: placement.reviewFrequencyWeeks,
      lastHeldOn: held.lastHeldOn,
      exitHeld: held.exitHeld,
      nextType: due?.type ?? null,
      nextDueOn: due?.dueBy ?? null,
    };
  }

  // One statement for any number of rows.
  async upsert(manager: EntityManager, rows: ScheduleRow[]): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO review_schedules (call_off_id, call_off_number, commissioner_organisation_id, provider_id, lot_id,
         framework_id, start_date, end_date, objectives, review_frequency_weeks, last_held_on, exit_held, next_type,
         next_due_on, updated_at)
       SELECT r."callOffId", r."callOffNumber", r."commissionerOrganisationId", r."providerId", r."lotId",
         r."frameworkId", r."startDate", r."endDate", r.objectives, r."reviewFrequencyWeeks", r."lastHeldOn",
         r."exitHeld", r."nextType"::review_due_type, r."nextDueOn", now()
       FROM jsonb_to_recordset($1::jsonb) AS r("callOffId" uuid, "callOffNumber" int,
         "commissionerOrganisationId" uuid, "providerId" uuid, "lotId" uuid, "frameworkId" uuid, "startDate" date,
         "endDate" date, objectives smallint, "reviewFrequencyWeeks" smallint, "lastHeldOn" date, "exitHeld" boolean,
         "nextType" text, "nextDueOn" date)
       ON CONFLICT (call_off_id) DO UPDATE SET
         end_date = EXCLUDED.end_date, last_held_on = EXCLUDED.last_held_on, exit_held = EXCLUDED.exit_held,
         next_type = EXCLUDED.next_type, next_due_on = EXCLUDED.next_due_on, updated_at = now()
       WHERE (review_schedules.end_date, review_schedules.last_held_on, review_schedules.exit_held,
              review_schedules.next_type, review_schedules.next_due_on)
         IS DISTINCT FROM (EXCLUDED.end_date, EXCLUDED.last_held_on, EXCLUDED.exit_held, EXCLUDED.next_type,
              EXCLUDED.next_due_on)`,
      [JSON.stringify(rows)],
    );
  }

  // Recompute the named placements (only accepted ones have a schedule), a page at a time: the job's task.
  async refreshPlacements(ids: string[]): Promise<void> {
    const sorted = [...new Set(ids)].sort();
    for (let i = 0; i < sorted.length; i += PAGE) {
      const page = sorted.slice(i, i + PAGE);
      await this.dataSource.transaction((manager) => this.refresh(manager, page));
    }
  }

  // Every accepted placement recomputed, a page at a time: what moves dates without a call-off change (a calendar
  // redefined, a framework's initialReviewSchoolDays changed, placements loaded in bulk). Returns how many.
  async rebuildAll(): Promise<number> {
    let afterId: string | null = null;
    let total = 0;
    for (;;) {
      const ids: string[] = (await this.callOffs.placementsForReview({ afterId, limit: PAGE })).map(
        (p) => p.id,
      );
      if (ids.length === 0) break;
      await this.dataSource.transaction((manager) => this.refresh(manager, ids));
      total += ids.length;
      afterId = ids[ids.length - 1];
      if (ids.length < PAGE) break;
    }
    this.logger.log(`Review schedules recomputed for ${total} placements`);
    return total;
  }

  // The placements locked first, then read: of two refreshes of one placement, the later reads the later state, so
  // an older one never overwrites a newer date.
  private async refresh(manager: EntityManager, ids: string[]): Promise<void> {
    await this.lock(manager, ids);
    const placements = await this.callOffs.placementsForReview({ ids }, manager);
    await this.upsert(manager, await this.computeLocked(manager, placements));
  }

  // The lock ReviewWriter takes for one placement, for all of them (in id order, so two batches never deadlock).
  private async lock(manager: EntityManager, ids: string[]): Promise<void> {
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('review:' || id::text, 0))
         FROM unnest($1::uuid[]) AS id ORDER BY id`,
      [ids],
    );
  }

  private async historyOf(manager: EntityManager, ids: string[]): Promise<Map<string, ReviewHistory>> {
    const rows: { call_off_id: string; last_held_on: string; exit_held: boolean }[] = await manager.query(
      `SELECT call_off_id, max(held_on)::text AS last_held_on, bool_or(type = 'exit') AS exit_held
         FROM reviews WHERE call_off_id = ANY($1::uuid[]) GROUP BY call_off_id`,
      [ids],
    );
    return new Map(rows.map((r) => [r.call_off_id, { lastHeldOn: r.last_held_on, exitHeld: r.exit_held }]));
  }
}
