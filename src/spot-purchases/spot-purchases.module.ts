import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { EventsModule } from '../events/events.module';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ProvidersModule } from '../providers/providers.module';
import { SpotPurchase } from './spot-purchase.entity';
import { SpotPurchasesController } from './spot-purchases.controller';
import { SpotPurchasesService } from './spot-purchases.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([SpotPurchase]),
    OrganisationsModule,
    ProvidersModule,
    FrameworksModule,
    EventsModule,
    AuditModule,
  ],
  controllers: [SpotPurchasesController],
  providers: [SpotPurchasesService],
  exports: [SpotPurchasesService],
})
export class SpotPurchasesModule {}
