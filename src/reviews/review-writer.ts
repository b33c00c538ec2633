import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Caller, Role } from '../auth/role';
import { PlacementForReview } from '../call-offs/call-offs.service';
import { EventsService } from '../events/events.service';
import { uuid7 } from '../events/uuid7';
import { CreateReviewDto } from './dto/review.dto';
import { ReviewSchedules, ScheduleRow } from './review-schedules';
import { Review } from './review.entity';

// The one writer of reviews: no other code inserts into `reviews`. A review is recorded with its placement's next
// due date recomputed, its event and its audit entry, all in the caller's transaction (DESIGN §3 One writer).
@Injectable()
export class ReviewWriter {
  constructor(
    private readonly schedules: ReviewSchedules,
    private readonly events: EventsService,
    private readonly audit: AuditService,
  ) {}

  async record(
    manager: EntityManager,
    caller: Caller,
    placement: PlacementForReview,
    input: CreateReviewDto,
  ): Promise<{ review: Review; schedule: ScheduleRow }> {
    const [written] = await this.recordMany(manager, [{ caller, placement, input }]);
    return written;
  }

  // Several reviews in one go (the demo's history of reviews): one insert, each placement's schedule recomputed once,
  // an event and an audit entry per review. An event's nextReview is its placement's after the whole batch.
  async recordMany(
    manager: EntityManager,
    items: { caller: Caller; placement: PlacementForReview; input: CreateReviewDto }[],
  ): Promise<{ review: Review; schedule: ScheduleRow }[]> {
    if (!manager.queryRunner?.isTransactionActive)
      throw new Error('A review is written inside a transaction, beside what follows from it.');
    if (items.length === 0) return [];
    const reviews = items.map(({ caller, placement, input }) =>
      manager.create(Review, {
        id: uuid7(),
        callOffId: placement.id,
        commissionerOrganisationId: placement.commissionerOrganisationId,
        providerId: placement.providerId,
        type: input.type,
        heldOn: input.heldOn,
        attendeeRoles: [...new Set(input.attendeeRoles)],
        childViewsCaptured: input.childViewsCaptured,
        parentViewsCaptured: input.parentViewsCaptured,
        progress: input.progress.map((item) => ({ objective: item.objective, rating: item.rating })),
        decision: input.decision,
        reintegrationCriteriaMet: input.reintegrationCriteriaMet ?? null,
        destination: input.destination ?? null,
        recordedBy: caller.role === Role.Provider ? 'provider' : 'commissioner',
        recordedByKeyId: caller.keyId,
      }),
    );
    await manager.insert(Review, reviews);
    const placements = [...new Map(items.map(({ placement }) => [placement.id, placement])).values()];
    const schedules = await this.schedules.compute(manager, placements);
    await this.schedules.upsert(manager, schedules);
    const scheduleOf = new Map(schedules.map((schedule) => [schedule.callOffId, schedule]));
    const written: { review: Review; schedule: ScheduleRow }[] = [];
    for (const [index, { caller, placement, input }] of items.entries()) {
      const review = reviews[index];
      const schedule = scheduleOf.get(placement.id) as ScheduleRow;
      // About one child: audience `child`, so the payload reaches the two parties only (event catalogue). It holds
      // codes and dates, never free text.
      await this.events.append(manager, {
        type: 'review.recorded',
        subject: { id: review.id, version: null },
        frameworkId: placement.frameworkId,
        commissionerOrganisationId: placement.commissionerOrganisationId,
        providerId: placement.providerId,
        payload: {
          callOffId: placement.id,
          type: review.type,
          heldOn: review.heldOn,
          decision: review.decision,
          destination: review.destination,
          recordedBy: review.recordedBy,
          nextReview: schedule.nextDueOn ? { type: schedule.nextType, dueBy: schedule.nextDueOn } : null,
        },
      });
      await this.audit.record(manager, {
        caller,
        action: 'createReview',
        subject: { type: 'review', id: review.id },
        input,
      });
      written.push({ review, schedule });
    }
    return written;
  }
}
