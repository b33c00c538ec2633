import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { CallOffWriter } from './call-off-writer';
import { PlacementGuard } from './placement-guard';

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
    private readonly writer: CallOffWriter,
    private readonly guard: PlacementGuard,
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
      const { row: ids } = await this.writer.lapseDue(manager, batch);
      await this.guard.release(manager, ids);
      return ids.length;
    });
  }
}
