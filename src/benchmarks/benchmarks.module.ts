import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { CallOffsModule } from '../call-offs/call-offs.module';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { PricingModule } from '../pricing/pricing.module';
import { ProvidersModule } from '../providers/providers.module';
import { SpotPurchasesModule } from '../spot-purchases/spot-purchases.module';
import { BenchmarksController } from './benchmarks.controller';
import { BenchmarksService } from './benchmarks.service';

@Module({
  imports: [
    FrameworksModule,
    PricingModule,
    ProvidersModule,
    CalendarModule,
    CallOffsModule,
    SpotPurchasesModule,
  ],
  controllers: [BenchmarksController],
  providers: [BenchmarksService],
  exports: [BenchmarksService],
})
export class BenchmarksModule {}
