import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { JobRunner } from '../jobs/job-runner';
import { CallOffWriter } from './call-off-writer';
import { PlacementGuard } from './placement-guard';

export const LAPSE_SWEEP_TASK = 'call_offs.lapse_sweep';

// Housekeeping for offers nobody answered. Reads are already right without it (lapse is derived from
// offerExpiresAt and holds expire with the offer); this records the state. It runs every minute as a job on the
// queue (one run per minute across every worker); SKIP LOCKED lets runs overlap without waiting on, or
// double-handling, each other's rows.
@Injectable()
export class LapseSweeper implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly writer: CallOffWriter,
    private readonly guard: PlacementGuard,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register(LAPSE_SWEEP_TASK, async () => {
      await this.sweep();
    });
    if (this.config.worker.lapseSweep)
      this.jobs.schedule({ identifier: LAPSE_SWEEP_TASK, task: LAPSE_SWEEP_TASK, match: '* * * * *' });
  }

  async sweep(batch = 500): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const { row: ids } = await this.writer.lapseDue(manager, batch);
      await this.guard.release(manager, ids);
      return ids.length;
    });
  }
}
