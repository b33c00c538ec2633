import { Module } from '@nestjs/common';
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

// Until the attendance module is merged, no marks: every attendance claim is unsupported.
const noMarks: WeeklyAttendanceSource = () => Promise.resolve([]);

@Module({
  imports: [
    TypeOrmModule.forFeature([OutcomeRule, OutcomeClaim]),
    FrameworksModule,
    CallOffsModule,
    CalendarModule,
  ],
  controllers: [OutcomesController],
  providers: [OutcomeRulesService, OutcomesService, { provide: WEEKLY_ATTENDANCE, useValue: noMarks }],
  exports: [OutcomesService],
})
export class OutcomesModule {}
