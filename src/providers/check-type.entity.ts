import { Column, Entity, PrimaryColumn } from 'typeorm';
import { pence } from '../database/transformers';

// all: every provider; registered: registered settings only; lot: only where a lot lists the type.
export enum MandatoryScope {
  All = 'all',
  Registered = 'registered',
  Lot = 'lot',
}

// The due-diligence catalogue. Its rows are reference data inserted by the migration that creates it.
@Entity('check_types')
export class CheckType {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'enum', enum: MandatoryScope, enumName: 'check_mandatory_scope' })
  mandatory: MandatoryScope;

  @Column({ type: 'smallint' })
  defaultValidityMonths: number;

  // Insurance: the evidence must state the cover, and it must reach this minimum when one is set.
  @Column({ type: 'boolean', default: false })
  requiresCover: boolean;

  @Column({ type: 'bigint', nullable: true, transformer: pence })
  minimumCoverPence: number | null;

  @Column({ type: 'smallint' })
  sortOrder: number;
}
