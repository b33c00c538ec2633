import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { Caller, Role } from '../auth/role';
import { EventFeedDto, EventFeedQueryDto } from './dto/event.dto';
import { EventsService } from './events.service';

@ApiTags('Events')
@ApiBearerAuth()
@Controller('v1/events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @Roles(Role.Admin, Role.Auditor, Role.Commissioner, Role.Provider)
  @ApiOperation({
    summary: 'The event feed in your scope, in a stable order that never skips an event; follow nextCursor',
  })
  listEvents(@Query() query: EventFeedQueryDto, @CurrentCaller() caller: Caller): Promise<EventFeedDto> {
    return this.events.feed(caller, query);
  }
}
