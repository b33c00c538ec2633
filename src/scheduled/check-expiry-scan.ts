import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addDays } from '../calendar/engine/dates';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/config';
import { EventsService } from '../events/events.service';
import { ChecksService } from '../providers/checks.service';
import { JobRunner } from '../jobs/job-runner';

export const CHECK_EXPIRY_SCAN_TASK = 'providers.check_expiry_scan';
// Due-diligence evidence is renewed before it runs out: the provider and the council hear 30 days ahead
// (DESIGN §1, due-diligence checks carry an expiry date).
export const CHECK_EXPIRY_NOTICE_DAYS = 30;

// Daily: a check.expiring event for every current check that runs out within the notice period. Each check is
// announced once (the event's dedupe key), so a missed day is caught up and a second run the same day adds nothing.
@Injectable()
export class CheckExpiryScan implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly checks: ChecksService,
    private readonly events: EventsService,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register(CHECK_EXPIRY_SCAN_TASK, async () => {
      await this.scan();
    });
    if (this.config.worker.checkExpiryScan)
      this.jobs.schedule({
        identifier: CHECK_EXPIRY_SCAN_TASK,
        task: CHECK_EXPIRY_SCAN_TASK,
        match: '0 5 * * *',
      });
  }

  async scan(): Promise<number> {
    const today = this.clock.today();
    const expiring = await this.checks.currentChecksExpiringBetween(
      today,
      addDays(today, CHECK_EXPIRY_NOTICE_DAYS),
    );
    let announced = 0;
    await this.dataSource.transaction(async (manager) => {
      for (const check of expiring) {
        const id = await this.events.append(manager, {
          type: 'check.expiring',
          subject: { id: check.id, version: null },
          providerId: check.providerId,
          payload: { checkType: check.type, expiresAt: check.expiresAt },
          dedupeKey: `check.expiring:${check.id}`,
        });
        if (id) announced += 1;
      }
    });
    return announced;
  }
}
