import { InvoiceDto, InvoiceLineDto, InvoiceSummaryDto } from './dto/invoice.dto';
import { InvoiceLine } from './invoice.entity';
import { InvoiceView } from './invoices.service';

export function invoiceSummaryDto({ invoice, overdue }: InvoiceView): InvoiceSummaryDto {
  return {
    id: invoice.id,
    providerId: invoice.providerId,
    commissionerOrganisationId: invoice.commissionerOrganisationId,
    providerInvoiceNumber: invoice.providerInvoiceNumber,
    issuedOn: invoice.issuedOn,
    periodFrom: invoice.periodFrom,
    periodTo: invoice.periodTo,
    receivedOn: invoice.receivedOn,
    dueBy: invoice.dueBy,
    paidOn: invoice.paidOn,
    status: invoice.status,
    overdue,
    matchStatus: invoice.matchStatus,
    totalPence: invoice.totalPence,
    variancePence: invoice.variancePence,
    version: invoice.version,
    createdAt: invoice.createdAt.toISOString(),
  };
}

export function invoiceDto(view: InvoiceView): InvoiceDto {
  const { invoice } = view;
  return {
    ...invoiceSummaryDto(view),
    decidedAt: invoice.decidedAt ? invoice.decidedAt.toISOString() : null,
    // Free text about a disputed bill: the two parties only (admin and auditor read the figures).
    disputeReason: view.showDisputeReason ? invoice.disputeReason : null,
    lines: view.lines.map(lineDto),
    updatedAt: invoice.updatedAt.toISOString(),
  };
}

function lineDto(line: InvoiceLine): InvoiceLineDto {
  return {
    id: line.id,
    lineNumber: line.lineNumber,
    callOffId: line.callOffId,
    lotId: line.lotId,
    kind: line.kind,
    quantity: line.quantity,
    unitPricePence: line.unitPricePence,
    amountPence: line.amountPence,
    outcomeClaimId: line.outcomeClaimId,
    status: line.status,
    reasons: line.reasons,
    expectedPence: line.expectedPence,
    variancePence: line.variancePence,
  };
}
