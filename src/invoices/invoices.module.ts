import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttendanceModule } from '../attendance/attendance.module';
import { CalendarModule } from '../calendar/calendar.module';
import { CallOffsModule } from '../call-offs/call-offs.module';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { OutcomesModule } from '../outcomes/outcomes.module';
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
    AttendanceModule,
    OutcomesModule,
  ],
  controllers: [InvoicesController],
  providers: [InvoicesService],
  exports: [InvoicesService],
})
export class InvoicesModule {}
