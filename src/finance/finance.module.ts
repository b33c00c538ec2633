import { Module } from '@nestjs/common';
import { BudgetsModule } from '../budgets/budgets.module';
import { CalendarModule } from '../calendar/calendar.module';
import { CallOffsModule } from '../call-offs/call-offs.module';
import { EventsModule } from '../events/events.module';
import { InvoicesModule } from '../invoices/invoices.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { SpendImportsModule } from '../spend-imports/spend-imports.module';
import { SpotPurchasesModule } from '../spot-purchases/spot-purchases.module';
import { BudgetThresholdScan } from './budget-thresholds';
import { FinanceController } from './finance.controller';
import { FinanceService } from './finance.service';

@Module({
  imports: [
    OrganisationsModule,
    BudgetsModule,
    SpendImportsModule,
    SpotPurchasesModule,
    CallOffsModule,
    CalendarModule,
    EventsModule,
    InvoicesModule,
  ],
  controllers: [FinanceController],
  providers: [FinanceService, BudgetThresholdScan],
  exports: [FinanceService],
})
export class FinanceModule {}
