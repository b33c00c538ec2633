import { Module } from '@nestjs/common';
import { AttendanceModule } from '../attendance/attendance.module';
import { ProvidersModule } from '../providers/providers.module';
import { ReviewsModule } from '../reviews/reviews.module';
import { AttendanceMarksMissingScan } from './attendance-marks-missing-scan';
import { CheckExpiryScan } from './check-expiry-scan';
import { ReviewOverdueScan } from './review-overdue-scan';

// Scheduled scans over capabilities' data. Above the capabilities it reads (through their services); the queue
// itself (JobsModule) stays below everything.
@Module({
  imports: [ProvidersModule, AttendanceModule, ReviewsModule],
  providers: [CheckExpiryScan, AttendanceMarksMissingScan, ReviewOverdueScan],
  exports: [CheckExpiryScan, AttendanceMarksMissingScan, ReviewOverdueScan],
})
export class ScheduledJobsModule {}
