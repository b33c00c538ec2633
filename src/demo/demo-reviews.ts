import { INestApplicationContext } from '@nestjs/common';
import { Caller } from '../auth/role';
import { addDays } from '../calendar/engine/dates';
import { CalendarService } from '../calendar/calendar.service';
import { SchoolCalendar } from '../calendar/engine/school-calendar';
import { CallOffsService, PlacementForReview } from '../call-offs/call-offs.service';
import { Clock } from '../common/clock';
import { CreateReviewDto } from '../reviews/dto/review.dto';
import { FrameworksService } from '../frameworks/frameworks.service';
import { nextReviewDue, ReviewDue } from '../reviews/engine/review-due';
import { ReviewsService } from '../reviews/reviews.service';

export interface ReviewContext {
  // Callers of the demo's commissioners and providers, by organisation and provider id.
  commissioners: Caller[];
  providers: Caller[];
}

export interface DemoReviewFigures {
  reviews: number;
  exitReviews: number;
}

const DESTINATIONS = ['school_roll', 'fe_college', 'apprenticeship', 'employment', 'neet', 'other'] as const;
const RATINGS = ['red', 'amber', 'green', 'green', 'amber'] as const;
const ATTENDEES = [
  ['child', 'parent_carer', 'provider', 'commissioner'],
  ['child', 'provider', 'home_school', 'send_caseworker'],
  ['parent_carer', 'provider', 'commissioner', 'social_worker'],
] as const;

// Reviews for the demo placements that have started, each recorded through the reviews service as its commissioner or
// provider would: most held on time (a day or two early), one placement in eight never reviewed and one in eight
// whose scheduled review was missed (both overdue today), and an exit review with a destination for every placement
// that has ended. Deterministic: the placement's number decides its story. Planned here with the due-date engine, then
// recorded in one batch through the reviews service (its one writer: events and audit entries as for any review).
export async function seedReviews(
  app: INestApplicationContext,
  ctx: ReviewContext,
): Promise<DemoReviewFigures> {
  const reviews = app.get(ReviewsService);
  const callOffs = app.get(CallOffsService);
  const today = app.get(Clock).today();
  await reviews.recomputeSchedules();
  const byOrganisation = new Map(ctx.commissioners.map((c) => [c.organisationId, c]));
  const byProvider = new Map(ctx.providers.map((c) => [c.providerId, c]));
  const placements: PlacementForReview[] = [];
  for (let afterId: string | null = null; ;) {
    const page = await callOffs.placementsForReview({ afterId, limit: 500 });
    placements.push(...page);
    if (page.length < 500) break;
    afterId = page[page.length - 1].id;
  }
  const figures: DemoReviewFigures = { reviews: 0, exitReviews: 0 };
  const initialDays = await app
    .get(FrameworksService)
    .initialReviewSchoolDays(placements.map((p) => p.frameworkId));
  const calendars = new Map<string, SchoolCalendar>();
  const items: { caller: Caller; callOffId: string; input: CreateReviewDto }[] = [];
  for (const placement of placements.sort((a, b) => a.number - b.number)) {
    if (placement.startDate >= today) continue;
    let calendar = calendars.get(placement.commissionerOrganisationId);
    if (!calendar) {
      calendar = (await app.get(CalendarService).calendarFor(placement.commissionerOrganisationId)).calendar;
      calendars.set(placement.commissionerOrganisationId, calendar);
    }
    const story = placement.number % 8;
    const caller = (n: number) =>
      (n % 2 === 0
        ? byOrganisation.get(placement.commissionerOrganisationId)
        : byProvider.get(placement.providerId)) as Caller;
    const body = (n: number, fields: Pick<CreateReviewDto, 'type' | 'heldOn'>): CreateReviewDto => ({
      ...fields,
      attendeeRoles: [...ATTENDEES[(placement.number + n) % ATTENDEES.length]],
      childViewsCaptured: (placement.number + n) % 5 !== 0,
      parentViewsCaptured: (placement.number + n) % 4 !== 0,
      progress: Array.from({ length: placement.objectives }, (_, objective) => ({
        objective,
        rating: RATINGS[(placement.number + n + objective) % RATINGS.length],
      })),
      decision: fields.type === 'exit' ? 'end' : 'continue',
      ...(fields.type === 'exit'
        ? {
            destination: DESTINATIONS[placement.number % DESTINATIONS.length],
            reintegrationCriteriaMet: placement.number % 3 !== 0,
          }
        : {}),
    });
    let held: string | null = null;
    // Story 0: never reviewed. Story 1: reviewed once, then the scheduled review was missed.
    for (let n = 0; story !== 0 && n < 6 && !(story === 1 && n === 1); n++) {
      let due: ReviewDue | null;
      try {
        due = nextReviewDue(
          calendar,
          {
            startDate: placement.startDate,
            endDate: placement.endDate,
            reviewFrequencyWeeks: placement.reviewFrequencyWeeks,
            initialReviewSchoolDays: initialDays.get(placement.frameworkId) ?? 10,
          },
          { lastHeldOn: held, exitHeld: false },
        );
      } catch {
        due = null;
      }
      if (!due || due.dueBy >= today) break;
      const early = addDays(due.dueBy, -(placement.number % 3));
      const heldOn = early < placement.startDate ? placement.startDate : early;
      items.push({ caller: caller(n), callOffId: placement.id, input: body(n, { type: due.type, heldOn }) });
      held = heldOn;
      figures.reviews += 1;
    }
    // Ended: the exit review records where the child went (DESIGN §1).
    if (placement.endDate < today && story !== 0 && (!held || held <= placement.endDate)) {
      items.push({
        caller: caller(1),
        callOffId: placement.id,
        input: body(9, { type: 'exit', heldOn: placement.endDate }),
      });
      figures.reviews += 1;
      figures.exitReviews += 1;
    }
  }
  await reviews.recordMany(items);
  return figures;
}
