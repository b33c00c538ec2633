import { Module } from '@nestjs/common';
import { ProvidersModule } from '../providers/providers.module';
import { CheckExpiryScan } from './check-expiry-scan';

// Scheduled scans over capabilities' data. Above the capabilities it reads (through their services); the queue
// itself (JobsModule) stays below everything.
@Module({
  imports: [ProvidersModule],
  providers: [CheckExpiryScan],
  exports: [CheckExpiryScan],
})
export class ScheduledJobsModule {}
