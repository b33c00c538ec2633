import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { Caller, Role } from '../auth/role';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiIfMatch, IfMatch } from '../common/versioning';
import { CalendarService } from './calendar.service';
import {
  CalendarDto,
  NthSchoolDayDto,
  NthSchoolDayQueryDto,
  PutCalendarDto,
  SchoolDaysDto,
  SchoolDaysQueryDto,
} from './dto/calendar.dto';
import { ApiProblem } from '../common/api-problem.decorator';

const IF_MATCH = ApiIfMatch(
  'The ETag last read ("0" while the organisation has no calendar of its own); a stale one is refused with 412.',
);

const CALENDAR_MISSING =
  'A date in an academic year that neither the organisation nor the England default defines is refused with ' +
  '422 calendar_missing, naming the years in `years`.';

@ApiTags('School calendar')
@ApiBearerAuth()
@Controller('v1/organisations/:id/calendar')
export class CalendarController {
  constructor(private readonly calendars: CalendarService) {}

  @Put()
  @Roles(Role.Admin, Role.Commissioner)
  @IF_MATCH
  @ApiOperation({
    summary: "Replace an organisation's own school calendar",
    description:
      'Replaces every academic year the organisation defined before; years it leaves out use the England default. ' +
      'A school day is a Monday to Friday inside a term and outside every closure. A calendar that is malformed ' +
      '(a term or closure outside 1 September–31 August of its year, ending before it starts, overlapping terms, ' +
      'a year defined twice, a bad year label) is refused with 400 validation_failed, naming the year in errors[].',
  })
  async putOrganisationCalendar(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: PutCalendarDto,
    @IfMatch() version: number | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<CalendarDto> {
    return this.calendars.replaceCalendar(caller, id, body.academicYears, version);
  }

  @Get()
  @Roles(Role.Admin, Role.Auditor, Role.Commissioner)
  @ApiOperation({
    summary: "Get an organisation's own school calendar and the default years it falls back to",
  })
  async getOrganisationCalendar(
    @Param('id', ParseIdPipe) id: string,
    @CurrentCaller() caller: Caller,
  ): Promise<CalendarDto> {
    return this.calendars.getCalendar(caller, id);
  }

  @Get('school-days')
  @ApiProblem(422, ['calendar_missing'], 'No calendar covers an academic year in the range')
  @Roles(Role.Admin, Role.Auditor, Role.Commissioner)
  @ApiOperation({
    summary:
      "Count school days in a date range in the organisation's calendar, split by financial and academic year",
    description: `Both ends are inclusive. ${CALENDAR_MISSING}`,
  })
  async countSchoolDays(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: SchoolDaysQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<SchoolDaysDto> {
    return this.calendars.countSchoolDays(caller, id, query.from, query.to);
  }

  @Get('nth-school-day')
  @ApiProblem(422, ['calendar_missing'], 'No calendar covers the years the count reaches')
  @Roles(Role.Admin, Role.Auditor, Role.Commissioner)
  @ApiOperation({
    summary: 'Find the n-th school day counting the first school day on or after a date as day 1',
    description: `A start on a weekend or holiday counts from the next school day. ${CALENDAR_MISSING}`,
  })
  async getNthSchoolDay(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: NthSchoolDayQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<NthSchoolDayDto> {
    return this.calendars.nthSchoolDay(caller, id, query.from, query.n);
  }
}
