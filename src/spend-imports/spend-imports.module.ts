import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { EventsModule } from '../events/events.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ProvidersModule } from '../providers/providers.module';
import { SpendImport, SpendLine } from './spend-import.entity';
import { SpendImportsController } from './spend-imports.controller';
import { SpendImportsService } from './spend-imports.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([SpendImport, SpendLine]),
    OrganisationsModule,
    ProvidersModule,
    EventsModule,
    AuditModule,
  ],
  controllers: [SpendImportsController],
  providers: [SpendImportsService],
  exports: [SpendImportsService],
})
export class SpendImportsModule {}
