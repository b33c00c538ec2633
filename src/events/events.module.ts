import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventRecord } from './event.entity';
import { EventRelay } from './event-relay';
import { EventRelayCursor } from './event-relay.entity';
import { EventsController } from './events.controller';
import { EventsService } from './events.service';

// Low in the layers and global (like the job queue): it imports no capability module; every capability appends
// its events through EventsService.
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([EventRecord, EventRelayCursor])],
  controllers: [EventsController],
  providers: [EventsService, EventRelay],
  exports: [EventsService, EventRelay],
})
export class EventsModule {}
