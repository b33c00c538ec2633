import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobQueue } from './job-queue';
import { JobRunner } from './job-runner';
import { JobWorker } from './job-worker.entity';

// Infrastructure, like the database: global, below every capability. Capabilities register their tasks and
// schedules with JobRunner at module init and add jobs with JobQueue inside their transactions.
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([JobWorker])],
  providers: [JobQueue, JobRunner],
  exports: [JobQueue, JobRunner],
})
export class JobsModule {}
