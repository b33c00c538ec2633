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
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { CallOff } from '../call-offs/call-off.entity';
import { pence } from '../database/transformers';
import type { AttendanceCheck } from './engine/attendance-check';
import type { CapApplied } from './engine/payment';
import { OutcomeMetric } from './engine/outcome-types';
import { OutcomeRule } from './outcome-rule.entity';

export enum OutcomeClaimStatus {
  Submitted = 'submitted',
  Verified = 'verified',
  Rejected = 'rejected',
}

// A provider's claim that a placement achieved an outcome of its lot; child data (DESIGN §1 "Child data is
// minimised"): read by the commissioner organisation and the addressed provider only.
@Entity('outcome_claims')
// DESIGN §1 Attendance, reviews and outcomes: at most one claim per rule per placement, held by the database.
@Unique('uq_outcome_claims_call_off_id_rule_id', ['callOffId', 'ruleId'])
@Index('ix_outcome_claims_commissioner_organisation_id_created_at_id', [
  'commissionerOrganisationId',
  'createdAt',
  'id',
])
@Index('ix_outcome_claims_provider_id_created_at_id', ['providerId', 'createdAt', 'id'])
@Index('ix_outcome_claims_provider_id_financial_year', ['providerId', 'financialYear'])
@Check('ck_outcome_claims_payable', 'payable_pence IS NULL OR payable_pence >= 0')
export class OutcomeClaim {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  callOffId: string;

  @ManyToOne(() => CallOff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'call_off_id' })
  callOff?: CallOff;

  @Column({ type: 'uuid' })
  ruleId: string;

  @ManyToOne(() => OutcomeRule, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rule_id' })
  rule?: OutcomeRule;

  // Copied from the placement and the rule so that lists and caps read this table alone (and a sharded database keeps
  // the commissioner's rows together: DESIGN §3 Scale-out).
  @Column({ type: 'uuid' })
  commissionerOrganisationId: string;

  @Column({ type: 'uuid' })
  providerId: string;

  @Column({ type: 'uuid' })
  frameworkId: string;

  @Column({ type: 'uuid' })
  lotId: string;

  @Column({ type: 'text' })
  ruleCode: string;

  @Column({ type: 'enum', enum: OutcomeMetric, enumName: 'outcome_metric' })
  metric: OutcomeMetric;

  @Column({ type: 'date' })
  achievedOn: string;

  // The financial year of achievedOn (1 April – 31 March), in which a payment falls.
  @Column({ type: 'text' })
  financialYear: string;

  @Column({ type: 'text' })
  evidenceRef: string;

  @Column({ type: 'enum', enum: OutcomeClaimStatus, enumName: 'outcome_claim_status' })
  status: OutcomeClaimStatus;

  // Attendance metrics: the service's own check against the marks; null for metrics the commissioner verifies.
  @Column({ type: 'boolean', nullable: true })
  supported: boolean | null;

  @Column({ type: 'jsonb', nullable: true })
  attendanceCheck: AttendanceCheck | null;

  // The 20th school day after the claim in the commissioner's calendar: when verification is due.
  @Column({ type: 'date' })
  verifyBy: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByKeyId: string | null;

  @Column({ type: 'text', nullable: true })
  rejectionReason: string | null;

  // Set at verification: the placement's at-risk value then, the price before caps, what is payable and which cap
  // bound.
  @Column({ type: 'bigint', nullable: true, transformer: pence })
  atRiskPenceAtVerification: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: pence })
  uncappedPence: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: pence })
  payablePence: number | null;

  @Column({ type: 'text', nullable: true })
  capApplied: CapApplied | null;

  @Column({ type: 'uuid', nullable: true })
  submittedByKeyId: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
