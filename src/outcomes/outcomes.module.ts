import { Module } from '@nestjs/common';
import { AttendanceModule } from '../attendance/attendance.module';
import { AttendanceService } from '../attendance/attendance.service';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module';
import { CallOffsModule } from '../call-offs/call-offs.module';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { WEEKLY_ATTENDANCE, WeeklyAttendanceSource } from './attendance-source';
import { OutcomeClaim } from './outcome-claim.entity';
import { OutcomeRule } from './outcome-rule.entity';
import { OutcomeRulesService } from './outcome-rules.service';
import { OutcomesController } from './outcomes.controller';
import { OutcomesService } from './outcomes.service';

// Attendance claims are checked against the attendance module's weekly figures (its service owns the marks).
const weeklyFrom =
  (attendance: AttendanceService): WeeklyAttendanceSource =>
  (callOffId, from, to, manager) =>
    attendance.weekly(callOffId, from, to, manager);

@Module({
  imports: [
    TypeOrmModule.forFeature([OutcomeRule, OutcomeClaim]),
    FrameworksModule,
    CallOffsModule,
    CalendarModule,
    AttendanceModule,
  ],
  controllers: [OutcomesController],
  providers: [
    OutcomeRulesService,
    OutcomesService,
    { provide: WEEKLY_ATTENDANCE, useFactory: weeklyFrom, inject: [AttendanceService] },
  ],
  exports: [OutcomesService],
})
export class OutcomesModule {}
