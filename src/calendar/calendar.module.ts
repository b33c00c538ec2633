import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationsModule } from '../organisations/organisations.module';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { OrganisationCalendar } from './organisation-calendar.entity';

@Module({
  imports: [TypeOrmModule.forFeature([OrganisationCalendar]), OrganisationsModule],
  controllers: [CalendarController],
  providers: [CalendarService],
  exports: [CalendarService],
})
export class CalendarModule {}
