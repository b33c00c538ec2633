import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module';
import { CallOffsModule } from '../call-offs/call-offs.module';
import { AttendanceDailyTotal } from './attendance-daily-total.entity';
import { AttendanceMarkHistory } from './attendance-mark-history.entity';
import { AttendanceMark } from './attendance-mark.entity';
import { AttendanceService } from './attendance.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([AttendanceMark, AttendanceMarkHistory, AttendanceDailyTotal]),
    CallOffsModule,
    CalendarModule,
  ],
  providers: [AttendanceService],
  exports: [AttendanceService],
})
export class AttendanceModule {}
