import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AttendanceService } from '../attendance/attendance.service';
import { APP_CONFIG, AppConfig } from '../config/config';
import { EventsService } from '../events/events.service';
import { JobRunner } from '../jobs/job-runner';

export const ATTENDANCE_MARKS_MISSING_TASK = 'attendance.marks_missing_scan';

// Daily: attendance.marks_missing for each placement day whose commissioned sessions are still unmarked two school
// days later (DESIGN §1 Attendance), to the commissioner and the provider. One event per call-off and date (the dedupe
// key), so a missed day is caught up and a second run adds nothing.
@Injectable()
export class AttendanceMarksMissingScan implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly attendance: AttendanceService,
    private readonly events: EventsService,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register(ATTENDANCE_MARKS_MISSING_TASK, async () => {
      await this.scan();
    });
    if (this.config.worker.attendanceMarksMissingScan)
      this.jobs.schedule({
        identifier: ATTENDANCE_MARKS_MISSING_TASK,
        task: ATTENDANCE_MARKS_MISSING_TASK,
        match: '0 6 * * *',
      });
  }

  async scan(): Promise<number> {
    const missing = await this.attendance.marksMissing();
    let announced = 0;
    await this.dataSource.transaction(async (manager) => {
      for (const m of missing) {
        const id = await this.events.append(manager, {
          type: 'attendance.marks_missing',
          subject: { id: m.callOffId, version: null },
          frameworkId: m.frameworkId,
          commissionerOrganisationId: m.commissionerOrganisationId,
          providerId: m.providerId,
          payload: { date: m.date, sessionsMissing: m.sessionsMissing },
          dedupeKey: `attendance.marks_missing:${m.callOffId}:${m.date}`,
        });
        if (id) announced += 1;
      }
    });
    return announced;
  }
}
