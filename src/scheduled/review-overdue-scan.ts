import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { JobRunner } from '../jobs/job-runner';
import { ReviewsService } from '../reviews/reviews.service';

export const REVIEW_OVERDUE_SCAN_TASK = 'reviews.overdue_scan';

// Daily: every placement's next review date recomputed (calendars and framework settings may have changed), then a
// review.overdue event for each placement whose review is past due. Each due date is announced once (the event's
// dedupe key), so a missed day is caught up and a second run the same day adds nothing.
@Injectable()
export class ReviewOverdueScan implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reviews: ReviewsService,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register(REVIEW_OVERDUE_SCAN_TASK, async () => {
      await this.scan();
    });
    if (this.config.worker.reviewOverdueScan)
      this.jobs.schedule({
        identifier: REVIEW_OVERDUE_SCAN_TASK,
        task: REVIEW_OVERDUE_SCAN_TASK,
        match: '30 5 * * *',
      });
  }

  async scan(): Promise<number> {
    await this.reviews.recomputeSchedules();
    return this.reviews.announceOverdue();
  }
}
