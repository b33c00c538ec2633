import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  Check,
} from 'typeorm';
import { pence } from '../database/transformers';
import { Framework } from '../frameworks/framework.entity';
import { Lot } from '../frameworks/lot.entity';
import { PricingUnit } from '../frameworks/framework-types';
import { Organisation } from '../organisations/organisation.entity';
import { Provider } from '../providers/provider.entity';
import type { AwardEvidence } from './award-evidence';
import type { StoredStatus } from './engine/lifecycle';
import type { PatternSession } from './engine/pattern';

export enum StatutoryBasis {
  S19PermanentExclusion = 's19_permanent_exclusion',
  S19Illness = 's19_illness',
  S19Other = 's19_other',
  SchoolSuspension = 'school_suspension',
  SchoolDirectedOffsite = 'school_directed_offsite',
  Post16 = 'post16',
}

export enum NextStep {
  Reintegration = 'reintegration',
  Post16Destination = 'post16_destination',
  SpecialistPlacement = 'specialist_placement',
  Other = 'other',
}

export enum DeclineReason {
  NoCapacity = 'no_capacity',
  NeedsNotMet = 'needs_not_met',
  Location = 'location',
  Risk = 'risk',
  Other = 'other',
}

export interface PlacementPlan {
  objectives: string[];
  reviewFrequencyWeeks: number;
  nextStep: NextStep;
  reintegrationCriteria: string | null;
}

// One priced period of a placement; a change of sessions starts a new one.
export interface Segment {
  from: string;
  to: string;
  sessionsPerWeek: number;
  // The weekly pattern of this period (DESIGN §1 Attendance), when the commissioner set one.
  pattern?: PatternSession[];
}

export interface FinancialYearPart {
  financialYear: string;
  schoolDays: number;
  totalPence: number;
}

// What a variation set, by kind: extend (newEndDate), change_sessions (sessionsPerWeek, effectiveFrom,
// previousSessionsPerWeek), terminate (effectiveDate, reason), blanket_extension (extendTo).
export interface VariationDetails {
  newEndDate?: string;
  sessionsPerWeek?: number;
  effectiveFrom?: string;
  previousSessionsPerWeek?: number;
  pattern?: PatternSession[];
  previousPattern?: PatternSession[] | null;
  effectiveDate?: string;
  reason?: string;
  extendTo?: string;
}

export interface Variation {
  kind: 'extend' | 'change_sessions' | 'terminate' | 'blanket_extension';
  at: string;
  byKeyId: string | null;
  details: VariationDetails;
  previousEndDate: string;
  previousTotalPence: number;
  newTotalPence: number;
}

@Entity('call_offs')
@Index('ix_call_offs_commissioner_organisation_id_created_at_id', [
  'commissionerOrganisationId',
  'createdAt',
  'id',
])
@Index('ix_call_offs_provider_id_created_at_id', ['providerId', 'createdAt', 'id'])
@Index('ix_call_offs_created_at_id', ['createdAt', 'id'])
@Index('ix_call_offs_framework_id_end_date', ['frameworkId', 'endDate'])
@Index('ix_call_offs_provider_id_start_date_end_date', ['providerId', 'startDate', 'endDate'])
// DESIGN §2 Idempotency-Key (same key, same body → the original response; never a second execution), held by the database for placements: even when the idempotency record
// could not be stored or was released, one key raises one call-off for the organisation, whichever of its API keys
// sends it.
@Index(
  'uq_call_offs_commissioner_organisation_id_idempotency_key',
  ['commissionerOrganisationId', 'idempotencyKey'],
  {
    unique: true,
  },
)
@Check('ck_call_offs_dates', 'end_date >= start_date')
@Check('ck_call_offs_sessions', 'sessions_per_week BETWEEN 1 AND 10')
export class CallOff {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // A short, human-quotable number: CO-000123.
  @Index('uq_call_offs_number', { unique: true })
  @Column({ type: 'int' })
  @Generated('increment')
  number: number;

  @Column({ type: 'uuid' })
  frameworkId: string;

  @ManyToOne(() => Framework, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'framework_id' })
  framework?: Framework;

  @Column({ type: 'uuid' })
  lotId: string;

  @ManyToOne(() => Lot, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lot_id' })
  lot?: Lot;

  @Column({ type: 'uuid' })
  providerId: string;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Provider;

  @Column({ type: 'uuid' })
  commissionerOrganisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commissioner_organisation_id' })
  commissionerOrganisation?: Organisation;

  // The commissioner's own opaque reference: never a name, address or UPN.
  @Column({ type: 'text' })
  childRef: string;

  @Column({ type: 'smallint' })
  childYearGroup: number;

  @Column({ type: 'boolean' })
  childEhcp: boolean;

  @Column({ type: 'boolean' })
  childLookedAfter: boolean;

  @Column({ type: 'text', nullable: true })
  childNeedsSummary: string | null;

  @Column({ type: 'enum', enum: StatutoryBasis, enumName: 'statutory_basis' })
  statutoryBasis: StatutoryBasis;

  @Column({ type: 'text' })
  primaryReason: string;

  @Column({ type: 'date', nullable: true })
  exclusionDate: string | null;

  @Column({ type: 'date', nullable: true })
  statutoryDeadline: string | null;

  @Column({ type: 'boolean', nullable: true })
  statutoryDeadlineMet: boolean | null;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  @Column({ type: 'smallint' })
  sessionsPerWeek: number;

  // The weekly pattern of the last period bought (mon_am … fri_pm), or null when sessions float within the week.
  @Column({ type: 'text', array: true, nullable: true })
  pattern: PatternSession[] | null;

  // sessions × the lot's hours per session reach the framework's full-time line (Education Act 1996 s.463).
  @Column({ type: 'boolean' })
  fullTime: boolean;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ type: 'jsonb' })
  plan: PlacementPlan;

  @Column({ type: 'date', nullable: true })
  sendCaseworkerNotifiedAt: string | null;

  @Column({ type: 'text', nullable: true })
  justification: string | null;

  @Column({
    type: 'enum',
    enum: ['offered', 'accepted', 'declined', 'withdrawn', 'lapsed'],
    enumName: 'call_off_stored_status',
  })
  status: StoredStatus;

  @Column({ type: 'timestamptz', precision: 3 })
  offerExpiresAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  respondedAt: Date | null;

  @Column({ type: 'enum', enum: DeclineReason, enumName: 'decline_reason', nullable: true })
  declineReasonCode: DeclineReason | null;

  @Column({ type: 'text', nullable: true })
  responseNote: string | null;

  @Column({ type: 'date', nullable: true })
  terminatedOn: string | null;

  @Column({ type: 'uuid' })
  rateCardId: string;

  @Column({ type: 'enum', enum: PricingUnit, enumName: 'pricing_unit' })
  unit: PricingUnit;

  @Column({ type: 'bigint', transformer: pence })
  unitPricePence: number;

  @Column({ type: 'int' })
  schoolDays: number;

  @Column({ type: 'bigint', transformer: pence })
  totalPence: number;

  @Column({ type: 'bigint', transformer: pence })
  basePence: number;

  @Column({ type: 'bigint', transformer: pence })
  atRiskPence: number;

  @Column({ type: 'jsonb' })
  byFinancialYear: FinancialYearPart[];

  @Column({ type: 'jsonb' })
  segments: Segment[];

  // The ranking as it stood when the call-off was raised (PA 2023 s.45(4) evidence): inputs, weights, scores, choice.
  @Column({ type: 'jsonb' })
  awardEvidence: AwardEvidence;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  warnings: { code: string; detail: string }[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  variations: Variation[];

  @Column({ type: 'uuid', nullable: true })
  createdByKeyId: string | null;

  // The Idempotency-Key it was raised with, and the hash of the request (null for rows made outside the API, such as
  // bulk benchmark data): a retry with the key is answered with this call-off only if it is the same request.
  @Column({ type: 'text', nullable: true })
  idempotencyKey: string | null;

  @Column({ type: 'text', nullable: true })
  idempotencyRequestHash: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
