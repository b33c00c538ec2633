import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { CapacityService } from '../capacity/capacity.service';
import { Clock } from '../common/clock';

// Housekeeping for offers nobody answered. Reads are already right without it (lapse is derived from
// offerExpiresAt and holds expire with the offer); this records the state. SKIP LOCKED lets any number of
// instances sweep at once without waiting on, or double-handling, each other's rows.
@Injectable()
export class LapseSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LapseSweeper.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly capacity: CapacityService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.lapseSweepSeconds === 0) return;
    this.timer = setInterval(() => {
      this.sweep().catch((error: unknown) =>
        this.logger.error(error instanceof Error ? error : String(error)),
      );
    }, this.config.lapseSweepSeconds * 1000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
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
