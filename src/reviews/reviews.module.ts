import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module';
import { CallOffsModule } from '../call-offs/call-offs.module';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { ReviewSchedule } from './review-schedule.entity';
import { ReviewSchedules } from './review-schedules';
import { ReviewWriter } from './review-writer';
import { Review } from './review.entity';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';

// Reviews of placements and their due dates (DESIGN §1 Attendance, reviews and outcomes).
@Module({
  imports: [
    TypeOrmModule.forFeature([Review, ReviewSchedule]),
    CallOffsModule,
    FrameworksModule,
    CalendarModule,
  ],
  controllers: [ReviewsController],
  providers: [ReviewsService, ReviewWriter, ReviewSchedules],
  exports: [ReviewsService],
})
export class ReviewsModule {}
