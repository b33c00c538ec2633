import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module';
import { CallOffsModule } from '../call-offs/call-offs.module';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { Invoice, InvoiceLine, InvoiceSpend } from './invoice.entity';
import { InvoicesController } from './invoices.controller';
import { InvoicesService } from './invoices.service';

// Providers' invoices matched to delivery, the commissioner's decisions, and approved spend for finance.
@Module({
  imports: [
    TypeOrmModule.forFeature([Invoice, InvoiceLine, InvoiceSpend]),
    CallOffsModule,
    FrameworksModule,
    CalendarModule,
  ],
  controllers: [InvoicesController],
  providers: [InvoicesService],
  exports: [InvoicesService],
})
export class InvoicesModule {}
