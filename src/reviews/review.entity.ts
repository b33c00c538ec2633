import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { CallOff } from '../call-offs/call-off.entity';
import { REVIEW_TYPES, type ReviewType } from './engine/review-due';

// Who attended, by role, never by name (DESIGN §1 "Child data is minimised").
export const ATTENDEE_ROLES = [
  'child',
  'parent_carer',
  'commissioner',
  'provider',
  'home_school',
  'virtual_school',
  'send_caseworker',
  'social_worker',
  'youth_worker',
  'health_professional',
  'educational_psychologist',
  'other_professional',
] as const;
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];

export const PROGRESS_RATINGS = ['red', 'amber', 'green'] as const;
export type ProgressRating = (typeof PROGRESS_RATINGS)[number];

export const REVIEW_DECISIONS = [
  'continue',
  'change_pattern',
  'change_provider',
  'reintegrate',
  'end',
] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

// Where the child goes next (DESIGN §1: an exit review records the destination; the outcomes module reads it).
export const DESTINATIONS = [
  'school_roll',
  'fe_college',
  'apprenticeship',
  'employment',
  'neet',
  'other',
] as const;
export type Destination = (typeof DESTINATIONS)[number];

export interface ProgressRatingItem {
  // Index into the placement plan's objectives.
  objective: number;
  rating: ProgressRating;
}

// One review of one placement, as held. Written only by ReviewWriter; never changed after.
@Entity('reviews')
@Index('ix_reviews_call_off_id_created_at_id', ['callOffId', 'createdAt', 'id'])
@Index('ix_reviews_commissioner_organisation_id_held_on', ['commissionerOrganisationId', 'heldOn'])
@Check('ck_reviews_exit_destination', `(type = 'exit') = (destination IS NOT NULL)`)
export class Review {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  callOffId: string;

  @ManyToOne(() => CallOff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'call_off_id' })
  callOff?: CallOff;

  // The placement's two parties, kept on the row: who may read it, and the tenant key (DESIGN §3 Scale-out).
  @Column({ type: 'uuid' })
  commissionerOrganisationId: string;

  @Column({ type: 'uuid' })
  providerId: string;

  @Column({ type: 'enum', enum: REVIEW_TYPES, enumName: 'review_type' })
  type: ReviewType;

  @Column({ type: 'date' })
  heldOn: string;

  @Column({ type: 'enum', enum: ATTENDEE_ROLES, enumName: 'review_attendee_role', array: true })
  attendeeRoles: AttendeeRole[];

  @Column({ type: 'boolean' })
  childViewsCaptured: boolean;

  @Column({ type: 'boolean' })
  parentViewsCaptured: boolean;

  @Column({ type: 'jsonb' })
  progress: ProgressRatingItem[];

  @Column({ type: 'enum', enum: REVIEW_DECISIONS, enumName: 'review_decision' })
  decision: ReviewDecision;

  @Column({ type: 'boolean', nullable: true })
  reintegrationCriteriaMet: boolean | null;

  @Column({ type: 'enum', enum: DESTINATIONS, enumName: 'review_destination', nullable: true })
  destination: Destination | null;

  // Which side recorded it.
  @Column({ type: 'enum', enum: ['commissioner', 'provider'], enumName: 'review_recorded_by' })
  recordedBy: 'commissioner' | 'provider';

  @Column({ type: 'uuid', nullable: true })
  recordedByKeyId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
