import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { decimalString, pence } from '../database/transformers';
import { Organisation } from '../organisations/organisation.entity';
import { AbsenceBillingPolicy, FrameworkStoredStatus, FrameworkType } from './framework-types';

@Entity('frameworks')
export class Framework {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_frameworks_reference', { unique: true })
  @Column({ type: 'text' })
  reference: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'enum', enum: FrameworkType, enumName: 'framework_type' })
  type: FrameworkType;

  @Index('ix_frameworks_lead_organisation_id')
  @Column({ type: 'uuid' })
  leadOrganisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_organisation_id' })
  leadOrganisation?: Organisation;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  @Column({ type: 'smallint', default: 4 })
  maxTermYears: number;

  @Column({ type: 'bigint', transformer: pence })
  estimatedValuePence: number;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({
    type: 'enum',
    enum: FrameworkStoredStatus,
    enumName: 'framework_status',
    default: FrameworkStoredStatus.Draft,
  })
  status: FrameworkStoredStatus;

  // Framework terms that call-offs apply: the provider's response window, the s.463 full-time line, price uplift cap.
  @Column({ type: 'smallint', default: 3 })
  offerWindowSchoolDays: number;

  // DESIGN §1 Attendance, reviews and outcomes: "an initial review soon after the start", within this many school
  // days of the placement's start (the statutory guidance's placement plan sets review arrangements).
  @Column({ type: 'smallint', default: 10 })
  initialReviewSchoolDays: number;

  @Column({ type: 'numeric', precision: 5, scale: 2, default: 18, transformer: decimalString })
  fullTimeThresholdHours: string;

  @Column({ type: 'numeric', precision: 5, scale: 2, default: 3, transformer: decimalString })
  annualUpliftCapPercent: string;

  // Cost monitoring (DESIGN §1 Money): a live placement more than this % above the lot's p75 price per pupil-day is
  // flagged for review.
  @Column({ type: 'numeric', precision: 5, scale: 2, default: 20, transformer: decimalString })
  highCostThresholdPercent: string;
  // Framework clause: which sessions a provider may invoice (invoice matching reads it).
  @Column({
    type: 'enum',
    enum: AbsenceBillingPolicy,
    enumName: 'absence_billing_policy',
    default: AbsenceBillingPolicy.PayCommissionedUnlessProviderCancelled,
  })
  absenceBillingPolicy: AbsenceBillingPolicy;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  activatedAt: Date | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

// Procurement Act 2023 s.45: a framework identifies who may award call-offs under it.
@Entity('framework_participants')
export class FrameworkParticipant {
  @Column({ type: 'uuid', primary: true })
  frameworkId: string;

  @Index('ix_framework_participants_organisation_id')
  @Column({ type: 'uuid', primary: true })
  organisationId: string;

  @ManyToOne(() => Framework, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id' })
  framework?: Framework;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;
}
