import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { pence } from '../database/transformers';

// The import's lines added up per financial year, cost centre and supplier, written with the import: the financial
// position reads these few rows, never the lines themselves.
export interface SpendTotal {
  financialYear: string;
  costCentre: string;
  providerId: string | null;
  // Only when no provider is named: the ledger's supplier name.
  supplierName: string | null;
  onFramework: boolean | null;
  amountPence: number;
  lines: number;
}

// One CSV file imported by one organisation. The same bytes again are the same import (the digest is unique per
// organisation), so a retried upload never counts spend twice.
@Entity('spend_imports')
@Index('uq_spend_imports_organisation_id_digest', ['organisationId', 'digest'], { unique: true })
@Index('ix_spend_imports_organisation_id_created_at_id', ['organisationId', 'createdAt', 'id'])
export class SpendImport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  // SHA-256 of the file's bytes, hex.
  @Column({ type: 'text' })
  digest: string;

  @Column({ type: 'int' })
  rowCount: number;

  @Column({ type: 'bigint', transformer: pence })
  totalPence: number;

  // The credits (negative rows) within the total.
  @Column({ type: 'bigint', transformer: pence })
  creditPence: number;

  @Column({ type: 'jsonb' })
  totals: SpendTotal[];

  @Column({ type: 'uuid', nullable: true })
  createdByKeyId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

// One ledger line as imported. The description is free text: stored, never logged, never in an event.
@Entity('spend_lines')
@Index('ix_spend_lines_organisation_id_financial_year', ['organisationId', 'financialYear'])
export class SpendLine {
  @PrimaryColumn({ type: 'uuid' })
  importId: string;

  // The spreadsheet row (the header is row 1).
  @PrimaryColumn({ type: 'int' })
  rowNumber: number;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'date' })
  spentOn: string;

  @Column({ type: 'text' })
  financialYear: string;

  @Column({ type: 'text' })
  supplierName: string;

  @Column({ type: 'uuid', nullable: true })
  providerId: string | null;

  @Column({ type: 'boolean', nullable: true })
  onFramework: boolean | null;

  @Column({ type: 'text' })
  costCentre: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'bigint', transformer: pence })
  amountPence: number;
}
