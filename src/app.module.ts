import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Logger } from 'pino';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { Clock } from './common/clock';
import { CommonModule } from './common/common.module';
import { AppConfig } from './config/config';
import { dataSourceOptions } from './database/data-source';
import { FrameworksModule } from './frameworks/frameworks.module';
import { HealthModule } from './health/health.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { ProvidersModule } from './providers/providers.module';
import { PricingModule } from './pricing/pricing.module';
import { CapacityModule } from './capacity/capacity.module';
import { CallOffsModule } from './call-offs/call-offs.module';
import { AttendanceModule } from './attendance/attendance.module';
import { InvoicesModule } from './invoices/invoices.module';
import { EventsModule } from './events/events.module';
import { JobsModule } from './jobs/jobs.module';
import { ReviewsModule } from './reviews/reviews.module';
import { ScheduledJobsModule } from './scheduled/scheduled-jobs.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { OutcomesModule } from './outcomes/outcomes.module';
import { SpotPurchasesModule } from './spot-purchases/spot-purchases.module';
import { BenchmarksModule } from './benchmarks/benchmarks.module';
import { BudgetsModule } from './budgets/budgets.module';
import { SpendImportsModule } from './spend-imports/spend-imports.module';
import { FinanceModule } from './finance/finance.module';

@Module({})
export class AppModule {
  static forRoot(
    config: AppConfig,
    databaseUrl: string,
    clock?: Clock,
    connect = true,
    logger?: Logger,
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CommonModule.forRoot(config, clock, logger),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl, config.dbPoolSize),
          autoLoadEntities: true,
          // Generating the OpenAPI document needs the routes, not a database.
          manualInitialization: !connect,
        }),
        JobsModule,
        EventsModule,
        AuthModule,
        IdempotencyModule,
        // After idempotency: a replayed answer never reaches the audit interceptor, so it is not recorded twice.
        AuditModule,
        HealthModule,
        OrganisationsModule,
        FrameworksModule,
        CalendarModule,
        ProvidersModule,
        PricingModule,
        CapacityModule,
        CallOffsModule,
        AttendanceModule,
        OutcomesModule,
        InvoicesModule,
        SpotPurchasesModule,
        BenchmarksModule,
        BudgetsModule,
        SpendImportsModule,
        FinanceModule,
        ReviewsModule,
        WebhooksModule,
        ScheduledJobsModule,
      ],
    };
  }
}
