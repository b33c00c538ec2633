import { Body, Controller, Get, Header, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RecordsReads } from '../audit/audit.decorators';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { Caller, Role } from '../auth/role';
import { ApiProblem } from '../common/api-problem.decorator';
import { PageQueryDto } from '../common/pagination';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import {
  CreateReviewDto,
  DueReviewPageDto,
  DueReviewsQueryDto,
  DueReviewsSummaryDto,
  DueReviewsSummaryQueryDto,
  RecordedReviewDto,
  ReviewDto,
  ReviewPageDto,
} from './dto/review.dto';
import { Review } from './review.entity';
import { ReviewsService } from './reviews.service';

// A review is about one child (UK GDPR Art. 32): never kept by a browser or a shared cache.
const NoStore = () => Header('Cache-Control', 'no-store');

function toDto(row: Review): ReviewDto {
  return {
    id: row.id,
    callOffId: row.callOffId,
    type: row.type,
    heldOn: row.heldOn,
    attendeeRoles: row.attendeeRoles,
    childViewsCaptured: row.childViewsCaptured,
    parentViewsCaptured: row.parentViewsCaptured,
    progress: row.progress,
    decision: row.decision,
    reintegrationCriteriaMet: row.reintegrationCriteriaMet,
    destination: row.destination,
    recordedBy: row.recordedBy,
    createdAt: row.createdAt.toISOString(),
  };
}

@ApiTags('Reviews')
@ApiBearerAuth()
@Controller('v1')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Post('call-offs/:id/reviews')
  @ApiProblem(409, ['review_placement_not_accepted'], 'The placement has not been accepted')
  @ApiProblem(
    422,
    [
      'review_date_out_of_range',
      'review_objective_unknown',
      'exit_destination_required',
      'destination_only_on_exit',
    ],
    'The review breaks a rule of the placement plan',
  )
  @Roles(Role.Commissioner, Role.Provider)
  @Idempotent()
  @NoStore()
  @ApiOperation({
    summary:
      'Record a review of an accepted placement (its commissioner or its provider); returns the next due date',
  })
  async createReview(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: CreateReviewDto,
    @CurrentCaller() caller: Caller,
  ): Promise<RecordedReviewDto> {
    const { review, schedule } = await this.reviews.create(caller, id, body);
    return {
      ...toDto(review),
      nextReview:
        schedule.nextDueOn && schedule.nextType
          ? { type: schedule.nextType, dueBy: schedule.nextDueOn }
          : null,
    };
  }

  @Get('call-offs/:id/reviews')
  @Roles(Role.Commissioner, Role.Provider)
  @NoStore()
  @RecordsReads('review')
  @ApiOperation({
    summary: 'List a placement’s reviews, oldest recorded first (its commissioner and provider)',
  })
  async listReviews(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: PageQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<ReviewPageDto> {
    const page = await this.reviews.list(caller, id, query);
    return { data: page.data.map(toDto), nextCursor: page.nextCursor };
  }

  @Get('reviews')
  @Roles(Role.Commissioner, Role.Provider)
  @NoStore()
  @ApiOperation({
    summary:
      'Placements whose next review is overdue or upcoming, soonest first (the commissioner’s own, the provider’s own)',
  })
  listDueReviews(
    @Query() query: DueReviewsQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<DueReviewPageDto> {
    return this.reviews.due(caller, query);
  }

  @Get('reviews/summary')
  @ApiOperation({
    summary:
      'Counts of placements with a review overdue or upcoming, by lot and provider (admin and auditor see all, as counts only)',
  })
  getDueReviewsSummary(
    @Query() query: DueReviewsSummaryQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<DueReviewsSummaryDto> {
    return this.reviews.dueSummary(caller, query.due);
  }
}
