import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { Caller, Role } from '../auth/role';
import { EventFeedDto, EventFeedQueryDto } from './dto/event.dto';
import { EventsService } from './events.service';

@ApiTags('Events')
@ApiBearerAuth()
@Controller('v1/events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  // The answer is an EventFeedDto written as text: each event's JSON comes from PostgreSQL as it is sent, so a page of
  // 200 is never parsed and serialised again.
  @Get()
  @Roles(Role.Admin, Role.Auditor, Role.Commissioner, Role.Provider)
  @ApiOperation({
    summary: 'The event feed in your scope, in a stable order that never skips an event; follow nextCursor',
  })
  @ApiOkResponse({ type: EventFeedDto })
  @Header('content-type', 'application/json; charset=utf-8')
  async listEvents(@Query() query: EventFeedQueryDto, @CurrentCaller() caller: Caller): Promise<string> {
    const page = await this.events.feedJson(caller, query);
    return `{"data":[${page.data.join(',')}],"nextCursor":${JSON.stringify(page.nextCursor)}}`;
  }
}
