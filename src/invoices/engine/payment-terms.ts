import { addDays } from '../../calendar/engine/dates';

// Procurement Act 2023 s.68 (implied payment terms): a valid invoice is paid within 30 days of being received.
export const PAYMENT_DAYS = 30;

export type InvoiceStatus = 'submitted' | 'approved' | 'disputed' | 'paid';
export const INVOICE_STATUSES: readonly InvoiceStatus[] = ['submitted', 'approved', 'disputed', 'paid'];

export function dueBy(receivedOn: string): string {
  return addDays(receivedOn, PAYMENT_DAYS);
}

// Overdue: not paid by the day after dueBy. A disputed invoice is not a valid, undisputed one (s.68), so it is not
// overdue; a paid one is settled.
export function isOverdue(status: InvoiceStatus, due: string, today: string): boolean {
  return (status === 'submitted' || status === 'approved') && today > due;
}

export type InvoiceAction = 'approve' | 'dispute' | 'pay';

// The invoice lifecycle: submitted → approved → paid, or submitted → disputed (the provider sends a new invoice).
export function mayApply(status: InvoiceStatus, action: InvoiceAction): boolean {
  switch (action) {
    case 'approve':
    case 'dispute':
      return status === 'submitted';
    case 'pay':
      return status === 'approved';
  }
}
