import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { Caller, Role } from '../auth/role';
import { CallOffsService } from '../call-offs/call-offs.service';
import { CallOffStatus } from '../call-offs/engine/lifecycle';
import { Clock } from '../common/clock';
import { isDateOnly } from '../common/date-only';
import { BadRequestError, ConflictError, NotFoundError, RuleViolation } from '../common/domain-error';
import { Page, PageQueryDto, paginate } from '../common/pagination';
import { UUID } from '../common/parse-id.pipe';
import { EventsService } from '../events/events.service';
import {
  CreateReviewDto,
  DueFilter,
  DueReviewDto,
  DueReviewsQueryDto,
  DueReviewsSummaryDto,
} from './dto/review.dto';
import { daysOverdue } from './engine/review-due';
import { ReviewSchedules, ScheduleRow } from './review-schedules';
import { ReviewWriter } from './review-writer';
import { Destination, Review } from './review.entity';

// The statuses in which a placement has been accepted (stored status accepted): before, during or after its term.
const ACCEPTED = new Set<CallOffStatus>([
  CallOffStatus.Accepted,
  CallOffStatus.Active,
  CallOffStatus.Completed,
  CallOffStatus.Terminated,
]);
const ANNOUNCE_BATCH = 500;

interface ScheduleDbRow {
  call_off_id: string;
  call_off_number: number;
  provider_id: string;
  lot_id: string;
  framework_id: string;
  commissioner_organisation_id: string;
  next_type: 'initial' | 'scheduled';
  next_due_on: string;
  last_held_on: string | null;
}

// Reviews of placements (DESIGN §1 Attendance, reviews and outcomes): recorded by either party, listed for them,
// and the placements whose next review is overdue or coming up.
@Injectable()
export class ReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Review) private readonly reviews: Repository<Review>,
    private readonly callOffs: CallOffsService,
    private readonly writer: ReviewWriter,
    private readonly schedules: ReviewSchedules,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {}

  async create(
    caller: Caller,
    callOffId: string,
    input: CreateReviewDto,
  ): Promise<{ review: Review; schedule: ScheduleRow }> {
    await this.assertParty(caller, callOffId, true);
    const today = this.clock.today();
    if (input.heldOn > today)
      throw new RuleViolation('review_date_out_of_range', 'A review cannot be recorded before it is held.', {
        errors: [{ field: 'heldOn', message: `heldOn is after today (${today})` }],
      });
    assertDestination(input);
    assertDistinctObjectives(input);
    return this.dataSource.transaction(async (manager) => {
      // One review of a placement at a time, so each sees the last one's date.
      // (ReviewSchedules.compute takes the same lock for the placements it recomputes.)
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`review:${callOffId}`]);
      const [placement] = await this.callOffs.placementsForReview({ ids: [callOffId] }, manager);
      if (!placement) throw notAccepted();
      if (input.heldOn < placement.startDate)
        throw new RuleViolation(
          'review_date_out_of_range',
          'A review is held on or after the placement starts.',
          { errors: [{ field: 'heldOn', message: `heldOn is before the start (${placement.startDate})` }] },
        );
      const unknown = input.progress.findIndex((item) => item.objective >= placement.objectives);
      if (unknown >= 0)
        throw new RuleViolation(
          'review_objective_unknown',
          `The placement plan has ${placement.objectives} objective(s), numbered from 0.`,
          {
            errors: [
              {
                field: `progress[${unknown}].objective`,
                message: `objective must be below ${placement.objectives}`,
              },
            ],
          },
        );
      return this.writer.record(manager, caller, placement, input);
    });
  }

  // Many reviews of accepted placements at once, each by one of its two parties and held to the rules of create()
  // (the demo's history of reviews). One transaction; returns how many were recorded.
  async recordMany(items: { caller: Caller; callOffId: string; input: CreateReviewDto }[]): Promise<number> {
    if (items.length === 0) return 0;
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const placements = new Map(
        (
          await this.callOffs.placementsForReview(
            { ids: [...new Set(items.map((i) => i.callOffId))] },
            manager,
          )
        ).map((p) => [p.id, p]),
      );
      const batch = items.map(({ caller, callOffId, input }) => {
        const placement = placements.get(callOffId);
        const party =
          placement &&
          ((caller.role === Role.Commissioner &&
            caller.organisationId === placement.commissionerOrganisationId) ||
            (caller.role === Role.Provider && caller.providerId === placement.providerId));
        if (!placement || !party) throw new NotFoundError('Call-off');
        if (input.heldOn > today || input.heldOn < placement.startDate)
          throw new RuleViolation(
            'review_date_out_of_range',
            'A review is held between the start and today.',
          );
        if (input.progress.some((item) => item.objective >= placement.objectives))
          throw new RuleViolation('review_objective_unknown', 'The placement plan has no such objective.');
        assertDestination(input);
        assertDistinctObjectives(input);
        return { caller, placement, input };
      });
      return (await this.writer.recordMany(manager, batch)).length;
    });
  }

  async list(caller: Caller, callOffId: string, page: PageQueryDto): Promise<Page<Review>> {
    await this.assertParty(caller, callOffId, false);
    const qb = this.reviews.createQueryBuilder('r').where('r.call_off_id = :callOffId', { callOffId });
    return paginate(qb, page);
  }

  // Placements whose next review is overdue (due before today) or upcoming (today or later), soonest first, for the
  // commissioner (own organisation) or the provider (placements addressed to it). Live placements only.
  async due(caller: Caller, query: DueReviewsQueryDto): Promise<Page<DueReviewDto>> {
    const today = this.clock.today();
    const limit = query.limit ?? 50;
    const parameters: unknown[] = [today, limit + 1, ownerOf(caller)];
    const where = [
      caller.role === Role.Commissioner ? 's.commissioner_organisation_id = $3' : 's.provider_id = $3',
      's.next_due_on IS NOT NULL',
      's.end_date >= $1',
      query.due === 'overdue' ? 's.next_due_on < $1' : 's.next_due_on >= $1',
    ];
    if (query.lotId) {
      parameters.push(query.lotId);
      where.push(`s.lot_id = $${parameters.length}`);
    }
    if (query.cursor !== undefined) {
      const [dueOn, id] = decodeDueCursor(query.cursor);
      parameters.push(dueOn, id);
      where.push(
        `(s.next_due_on, s.call_off_id) > ($${parameters.length - 1}::date, $${parameters.length}::uuid)`,
      );
    }
    const rows: ScheduleDbRow[] = await this.dataSource.query(
      `SELECT s.call_off_id, s.call_off_number, s.provider_id, s.lot_id, s.framework_id,
              s.commissioner_organisation_id, s.next_type, s.next_due_on::text, s.last_held_on::text
         FROM review_schedules s WHERE ${where.join(' AND ')}
        ORDER BY s.next_due_on, s.call_off_id LIMIT $2`,
      parameters,
    );
    const data = rows.slice(0, limit);
    // The child's reference is the call-offs module's to hold: read for this page only.
    const childRefs = new Map(
      (await this.callOffs.placementsForReview({ ids: data.map((r) => r.call_off_id) })).map((p) => [
        p.id,
        p.childRef,
      ]),
    );
    const last = data[data.length - 1];
    return {
      data: data.map((row) => ({
        callOffId: row.call_off_id,
        number: row.call_off_number,
        reference: `CO-${String(row.call_off_number).padStart(6, '0')}`,
        childRef: childRefs.get(row.call_off_id) ?? '',
        providerId: row.provider_id,
        lotId: row.lot_id,
        type: row.next_type,
        dueBy: row.next_due_on,
        daysOverdue: daysOverdue(row.next_due_on, today),
        lastHeldOn: row.last_held_on,
      })),
      nextCursor: rows.length > limit && last ? encodeDueCursor(last.next_due_on, last.call_off_id) : null,
    };
  }

  // Counts of placements with a review overdue or upcoming, by lot and provider: the only view admin and auditor
  // have (DESIGN §1 privacy: they get aggregates, never one child's review); the parties get their own counts.
  async dueSummary(caller: Caller, due: DueFilter): Promise<DueReviewsSummaryDto> {
    const today = this.clock.today();
    const parameters: unknown[] = [today];
    const where = ['s.next_due_on IS NOT NULL', 's.end_date >= $1'];
    where.push(due === 'overdue' ? 's.next_due_on < $1' : 's.next_due_on >= $1');
    if (caller.role === Role.Commissioner || caller.role === Role.Provider) {
      parameters.push(ownerOf(caller));
      where.push(
        caller.role === Role.Commissioner ? 's.commissioner_organisation_id = $2' : 's.provider_id = $2',
      );
    }
    const rows: { lot_id: string; provider_id: string; placements: number }[] = await this.dataSource.query(
      `SELECT s.lot_id, s.provider_id, count(*)::int AS placements FROM review_schedules s
        WHERE ${where.join(' AND ')} GROUP BY s.lot_id, s.provider_id ORDER BY s.lot_id, s.provider_id`,
      parameters,
    );
    return {
      due,
      asOf: today,
      total: rows.reduce((sum, row) => sum + row.placements, 0),
      byLotAndProvider: rows.map((row) => ({
        lotId: row.lot_id,
        providerId: row.provider_id,
        placements: row.placements,
      })),
    };
  }

  // For the outcomes module: the destination an exit review recorded (the latest one held), or null.
  async exitDestination(
    callOffId: string,
    manager?: EntityManager,
  ): Promise<{ destination: Destination; heldOn: string } | null> {
    const row = await (manager ? manager.getRepository(Review) : this.reviews).findOne({
      where: { callOffId, type: 'exit' },
      order: { heldOn: 'DESC', createdAt: 'DESC' },
      select: { destination: true, heldOn: true },
    });
    return row?.destination ? { destination: row.destination, heldOn: row.heldOn } : null;
  }

  // Every placement's next review recomputed (the daily job, the demo seed). Returns how many placements.
  async recomputeSchedules(): Promise<number> {
    return this.schedules.rebuildAll();
  }

  // The daily job: a review.overdue event per placement per missed due date (the dedupe key), so a second run the
  // same day, or the next day for the same date, adds nothing. Returns how many were announced.
  async announceOverdue(): Promise<number> {
    const today = this.clock.today();
    let announced = 0;
    let after: [string, string] = ['0001-01-01', '00000000-0000-0000-0000-000000000000'];
    for (;;) {
      const rows: ScheduleDbRow[] = await this.dataSource.query(
        `SELECT s.call_off_id, s.provider_id, s.framework_id, s.commissioner_organisation_id, s.next_type,
                s.next_due_on::text
           FROM review_schedules s
          WHERE s.next_due_on < $1 AND s.end_date >= $1 AND (s.next_due_on, s.call_off_id) > ($2::date, $3::uuid)
          ORDER BY s.next_due_on, s.call_off_id LIMIT $4`,
        [today, after[0], after[1], ANNOUNCE_BATCH],
      );
      if (rows.length === 0) break;
      await this.dataSource.transaction(async (manager) => {
        for (const row of rows) {
          const id = await this.events.append(manager, {
            type: 'review.overdue',
            subject: { id: row.call_off_id, version: null },
            frameworkId: row.framework_id,
            commissionerOrganisationId: row.commissioner_organisation_id,
            providerId: row.provider_id,
            payload: {
              callOffId: row.call_off_id,
              type: row.next_type,
              dueBy: row.next_due_on,
              daysOverdue: daysOverdue(row.next_due_on, today),
            },
            dedupeKey: `review.overdue:${row.call_off_id}:${row.next_due_on}`,
          });
          if (id) announced += 1;
        }
      });
      const last = rows[rows.length - 1];
      after = [last.next_due_on, last.call_off_id];
      if (rows.length < ANNOUNCE_BATCH) break;
    }
    return announced;
  }

  // The commissioner that raised the placement or the provider it is addressed to; anyone else gets 404.
  private async assertParty(caller: Caller, callOffId: string, mustBeAccepted: boolean): Promise<void> {
    const view = await this.callOffs.get(caller, callOffId);
    const party =
      (caller.role === Role.Commissioner &&
        caller.organisationId === view.callOff.commissionerOrganisationId) ||
      (caller.role === Role.Provider && caller.providerId === view.callOff.providerId);
    if (!party) throw new NotFoundError('Call-off');
    if (mustBeAccepted && !ACCEPTED.has(view.status)) throw notAccepted();
  }
}

function ownerOf(caller: Caller): string {
  return (caller.role === Role.Commissioner ? caller.organisationId : caller.providerId) as string;
}

function notAccepted(): ConflictError {
  return new ConflictError(
    'review_placement_not_accepted',
    'Reviews are recorded for accepted placements only (not offered, declined, withdrawn or lapsed ones).',
  );
}

// DESIGN §1: an exit review records the destination; no other review has one.
function assertDestination(input: CreateReviewDto): void {
  if (input.type === 'exit' && !input.destination)
    throw new RuleViolation(
      'exit_destination_required',
      'An exit review records where the child goes next.',
      {
        errors: [{ field: 'destination', message: 'destination is required on an exit review' }],
      },
    );
  if (input.type !== 'exit' && input.destination)
    throw new RuleViolation('destination_only_on_exit', 'Only an exit review records a destination.', {
      errors: [{ field: 'destination', message: 'destination is only for an exit review' }],
    });
}

function assertDistinctObjectives(input: CreateReviewDto): void {
  const seen = new Set<number>();
  input.progress.forEach((item, index) => {
    if (seen.has(item.objective))
      throw new BadRequestError('validation_failed', 'Each objective is rated once per review.', [
        { field: `progress[${index}].objective`, message: 'objective is rated twice' },
      ]);
    seen.add(item.objective);
  });
}

function encodeDueCursor(dueOn: string, id: string): string {
  return Buffer.from(JSON.stringify([dueOn, id])).toString('base64url');
}

function decodeDueCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      isDateOnly(value[0]) &&
      typeof value[1] === 'string' &&
      UUID.test(value[1])
    )
      return [value[0], value[1]];
  } catch {
    // the problem below
  }
  throw new BadRequestError('invalid_cursor', 'The cursor is not one this API issued.', [
    { field: 'cursor', message: 'cursor is not valid' },
  ]);
}
