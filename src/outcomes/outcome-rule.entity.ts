import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  VersionColumn,
} from 'typeorm';
import { decimalString } from '../database/transformers';
import { Lot } from '../frameworks/lot.entity';
import { OutcomeEvidence, OutcomeMetric } from './engine/outcome-types';

// An outcome a lot pays for (DESIGN §1 Attendance, reviews and outcomes): reference data, like the lot itself.
@Entity('outcome_rules')
@Unique('uq_outcome_rules_lot_id_code', ['lotId', 'code'])
@Index('ix_outcome_rules_lot_id_created_at_id', ['lotId', 'createdAt', 'id'])
@Check('ck_outcome_rules_share', 'share_of_at_risk_percent > 0 AND share_of_at_risk_percent <= 100')
@Check('ck_outcome_rules_threshold', 'threshold >= 0 AND threshold <= 100')
@Check('ck_outcome_rules_sustain', 'sustain_school_weeks BETWEEN 1 AND 52')
export class OutcomeRule {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  lotId: string;

  @ManyToOne(() => Lot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lot_id' })
  lot?: Lot;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'enum', enum: OutcomeMetric, enumName: 'outcome_metric' })
  metric: OutcomeMetric;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: decimalString })
  threshold: string;

  @Column({ type: 'smallint' })
  sustainSchoolWeeks: number;

  @Column({ type: 'enum', enum: OutcomeEvidence, enumName: 'outcome_evidence' })
  evidence: OutcomeEvidence;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: decimalString })
  shareOfAtRiskPercent: string;

  @Column({ type: 'uuid', nullable: true })
  createdByKeyId: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
