import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { ProvidersModule } from '../providers/providers.module';
import { PricingController } from './pricing.controller';
import { QuotesService } from './quotes.service';
import { RateCard, RateCardLine } from './rate-card.entity';
import { RateCardsService } from './rate-cards.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([RateCard, RateCardLine]),
    FrameworksModule,
    ProvidersModule,
    CalendarModule,
  ],
  controllers: [PricingController],
  providers: [RateCardsService, QuotesService],
  exports: [RateCardsService, QuotesService],
})
export class PricingModule {}
