import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { CapacityService } from '../capacity/capacity.service';
import { Clock } from '../common/clock';
import { JobRunner } from '../jobs/job-runner';

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
    private readonly clock: Clock,
    private readonly capacity: CapacityService,
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
      const rows: { id: string }[] = await manager.query(
        `UPDATE call_offs SET status = 'lapsed', version = version + 1, updated_at = now()
         WHERE id IN (SELECT id FROM call_offs WHERE status = 'offered' AND offer_expires_at <= $1
                      ORDER BY offer_expires_at LIMIT $2 FOR UPDATE SKIP LOCKED)
         RETURNING id`,
        [this.clock.now(), batch],
      );
      const ids = (Array.isArray(rows[0]) ? (rows[0] as { id: string }[]) : rows).map((r) => r.id);
      await this.capacity.releaseMany(manager, ids);
      return ids.length;
    });
  }
}
