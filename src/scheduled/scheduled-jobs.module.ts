import { Module } from '@nestjs/common';
import { ProvidersModule } from '../providers/providers.module';
import { ReviewsModule } from '../reviews/reviews.module';
import { CheckExpiryScan } from './check-expiry-scan';
import { ReviewOverdueScan } from './review-overdue-scan';

// Scheduled scans over capabilities' data. Above the capabilities it reads (through their services); the queue
// itself (JobsModule) stays below everything.
@Module({
  imports: [ProvidersModule, ReviewsModule],
  providers: [CheckExpiryScan, ReviewOverdueScan],
  exports: [CheckExpiryScan, ReviewOverdueScan],
})
export class ScheduledJobsModule {}
