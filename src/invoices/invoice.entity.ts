import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { pence } from '../database/transformers';
import type { InvoiceLineKind, LineReason, LineStatus } from './engine/line-matching';
import type { InvoiceStatus } from './engine/payment-terms';

const INVOICE_STATUS = ['submitted', 'approved', 'disputed', 'paid'];
const MATCH_STATUS = ['matched', 'query'];
const LINE_KIND = ['sessions', 'outcome_payment', 'transport', 'other'];

// A provider's invoice to one commissioner organisation (DESIGN §1 Money). Tenant-owned: every row carries the
// commissioner organisation's id (DESIGN §3 Scale-out).
@Entity('invoices')
@Index('uq_invoices_provider_id_provider_invoice_number', ['providerId', 'providerInvoiceNumber'], {
  unique: true,
})
@Index('ix_invoices_commissioner_organisation_id_created_at_id', [
  'commissionerOrganisationId',
  'createdAt',
  'id',
])
@Index('ix_invoices_provider_id_created_at_id', ['providerId', 'createdAt', 'id'])
@Index('ix_invoices_created_at_id', ['createdAt', 'id'])
// The overdue list: unpaid invoices by due date.
@Index('ix_invoices_due_by_unpaid', ['dueBy'], { where: "status IN ('submitted', 'approved')" })
@Check('ck_invoices_period', 'period_to >= period_from')
@Check('ck_invoices_total', 'total_pence >= 0')
export class Invoice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  providerId: string;

  @Column({ type: 'uuid' })
  commissionerOrganisationId: string;

  @Column({ type: 'text' })
  providerInvoiceNumber: string;

  @Column({ type: 'date' })
  issuedOn: string;

  @Column({ type: 'date' })
  periodFrom: string;

  @Column({ type: 'date' })
  periodTo: string;

  // Procurement Act 2023 s.68: payment is due 30 days after the invoice is received.
  @Column({ type: 'date' })
  receivedOn: string;

  @Column({ type: 'date' })
  dueBy: string;

  @Column({ type: 'date', nullable: true })
  paidOn: string | null;

  @Column({ type: 'enum', enum: INVOICE_STATUS, enumName: 'invoice_status', default: 'submitted' })
  status: InvoiceStatus;

  @Column({ type: 'enum', enum: MATCH_STATUS, enumName: 'invoice_match_status' })
  matchStatus: LineStatus;

  @Column({ type: 'bigint', transformer: pence })
  totalPence: number;

  @Column({ type: 'bigint', transformer: pence })
  variancePence: number;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;

  // Free text from the commissioner: never logged, never in an event's open payload.
  @Column({ type: 'text', nullable: true })
  disputeReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  submittedByKeyId: string | null;

  @OneToMany(() => InvoiceLine, (line) => line.invoice)
  lines?: InvoiceLine[];

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

@Entity('invoice_lines')
@Index('uq_invoice_lines_invoice_id_line_number', ['invoiceId', 'lineNumber'], { unique: true })
@Index('ix_invoice_lines_call_off_id', ['callOffId'])
// DESIGN §1 Outcome rules: a verified claim is paid once. A claim is paid by at most one live line (a line of an
// invoice that is not disputed), race-proof.
@Index('uq_invoice_lines_pays_outcome_claim_id', ['paysOutcomeClaimId'], {
  unique: true,
  where: 'pays_outcome_claim_id IS NOT NULL AND live',
})
@Check('ck_invoice_lines_amounts', 'quantity >= 0 AND unit_price_pence >= 0 AND amount_pence >= 0')
export class InvoiceLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  invoiceId: string;

  @ManyToOne(() => Invoice, (invoice) => invoice.lines, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invoice_id' })
  invoice?: Invoice;

  @Column({ type: 'uuid' })
  commissionerOrganisationId: string;

  @Column({ type: 'smallint' })
  lineNumber: number;

  @Column({ type: 'uuid' })
  callOffId: string;

  @Column({ type: 'uuid' })
  lotId: string;

  @Column({ type: 'enum', enum: LINE_KIND, enumName: 'invoice_line_kind' })
  kind: InvoiceLineKind;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'bigint', transformer: pence })
  unitPricePence: number;

  @Column({ type: 'bigint', transformer: pence })
  amountPence: number;

  // The claim the provider named.
  @Column({ type: 'uuid', nullable: true })
  outcomeClaimId: string | null;

  // The claim this line pays: the one named, when matching found it verified, of this placement and not already
  // invoiced. A line queried for its claim pays none, so it never blocks the claim's rightful invoice.
  @Column({ type: 'uuid', nullable: true })
  paysOutcomeClaimId: string | null;

  @Column({ type: 'enum', enum: MATCH_STATUS, enumName: 'invoice_line_status' })
  status: LineStatus;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  reasons: LineReason[];

  @Column({ type: 'bigint', transformer: pence })
  expectedPence: number;

  @Column({ type: 'bigint', transformer: pence })
  variancePence: number;

  // Whether the line still bills (its invoice is not disputed): a disputed invoice frees its sessions and claims for
  // a corrected one. Kept on the line so that one partial unique index holds "a claim is invoiced once".
  @Column({ type: 'boolean', default: true })
  live: boolean;
}

// Approved lines as spend in the financial years of their period (DESIGN §1 Money), written when an invoice is
// approved: what the finance module reads through InvoicesService.approvedSpend.
@Entity('invoice_spend')
@Index('ix_invoice_spend_commissioner_organisation_id_financial_year', [
  'commissionerOrganisationId',
  'financialYear',
])
export class InvoiceSpend {
  @PrimaryColumn({ type: 'uuid' })
  invoiceLineId: string;

  @PrimaryColumn({ type: 'text' })
  financialYear: string;

  @ManyToOne(() => InvoiceLine, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invoice_line_id' })
  line?: InvoiceLine;

  @Index('ix_invoice_spend_invoice_id')
  @Column({ type: 'uuid' })
  invoiceId: string;

  @ManyToOne(() => Invoice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invoice_id' })
  invoice?: Invoice;

  @Column({ type: 'uuid' })
  commissionerOrganisationId: string;

  @Column({ type: 'uuid' })
  callOffId: string;

  @Column({ type: 'uuid' })
  lotId: string;

  @Column({ type: 'uuid' })
  providerId: string;

  @Column({ type: 'int' })
  schoolDays: number;

  @Column({ type: 'bigint', transformer: pence })
  amountPence: number;
}
