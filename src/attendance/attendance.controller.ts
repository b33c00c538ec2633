import { Body, Controller, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { Caller, Role } from '../auth/role';
import { ApiProblem } from '../common/api-problem.decorator';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { AttendanceMarksService } from './attendance-marks.service';
import { AttendanceService } from './attendance.service';
import {
  AttendanceRecordedDto,
  AttendanceSummaryDto,
  AttendanceSummaryQueryDto,
  CallOffAttendanceDto,
  CallOffAttendanceQueryDto,
  RecordAttendanceDto,
} from './dto/attendance.dto';

// Attendance is about one child: never kept by a browser or a shared cache (UK GDPR Art. 32).
const NoStore = () => Header('Cache-Control', 'no-store');

@ApiTags('Attendance')
@ApiBearerAuth()
@Controller('v1')
export class AttendanceController {
  constructor(
    private readonly recorder: AttendanceMarksService,
    private readonly attendance: AttendanceService,
  ) {}

  @Post('attendance')
  @HttpCode(200)
  @ApiProblem(
    422,
    ['attendance_marks_refused'],
    'Some marks cannot be recorded (errors[] names each as marks.<i>.<field>); nothing was stored',
  )
  @Roles(Role.Provider)
  @Idempotent()
  @NoStore()
  @ApiOperation({
    summary: 'Record attendance marks in bulk (up to 5,000): each upserted by call-off, date and session',
    description:
      'All or nothing. A correction keeps the previous mark in the history; an unchanged mark is left alone. ' +
      'Each mark is answered with the code the commissioning school enters in its register. An unauthorised ' +
      'absence emits attendance.absence_recorded to the commissioner and the provider.',
  })
  recordAttendance(
    @Body() body: RecordAttendanceDto,
    @CurrentCaller() caller: Caller,
  ): Promise<AttendanceRecordedDto> {
    return this.recorder.record(caller, body);
  }

  @Get('call-offs/:id/attendance')
  @Roles(Role.Commissioner, Role.Provider)
  @NoStore()
  @ApiOperation({
    summary: 'One placement’s marks with their history, and its commissioned, attended and missed sessions',
    description:
      'For the commissioner and the addressed provider only: admin and auditor read aggregates at ' +
      'GET /v1/attendance/summary.',
  })
  getCallOffAttendance(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: CallOffAttendanceQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<CallOffAttendanceDto> {
    return this.attendance.forCallOff(caller, id, query);
  }

  @Get('attendance/summary')
  @ApiOperation({
    summary: 'Attendance marks counted by lot and provider over a date range, in the caller’s scope',
  })
  getAttendanceSummary(
    @Query() query: AttendanceSummaryQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<AttendanceSummaryDto> {
    return this.attendance.summary(caller, query);
  }
}
