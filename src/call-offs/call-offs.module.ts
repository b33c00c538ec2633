import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module';
import { CapacityModule } from '../capacity/capacity.module';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { PricingModule } from '../pricing/pricing.module';
import { ProvidersModule } from '../providers/providers.module';
import { BlanketExtensionsService } from './blanket-extensions.service';
import { CallOff } from './call-off.entity';
import { CallOffsController } from './call-offs.controller';
import { CallOffsService } from './call-offs.service';
import { CallOffVariationsService } from './call-off-variations.service';
import { CallOffWriter } from './call-off-writer';
import { LapseSweeper } from './lapse-sweeper';
import { MatchesService } from './matches.service';
import { MatchingService } from './matching.service';
import { PlacementGuard } from './placement-guard';

@Module({
  imports: [
    TypeOrmModule.forFeature([CallOff]),
    FrameworksModule,
    ProvidersModule,
    PricingModule,
    CapacityModule,
    CalendarModule,
  ],
  controllers: [CallOffsController],
  providers: [
    CallOffsService,
    CallOffVariationsService,
    MatchingService,
    MatchesService,
    BlanketExtensionsService,
    LapseSweeper,
    CallOffWriter,
    PlacementGuard,
  ],
  exports: [CallOffsService, MatchingService],
})
export class CallOffsModule {}
