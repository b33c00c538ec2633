import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { CallOff } from '../call-offs/call-off.entity';
import type { DueReviewType } from './engine/review-due';

// Each accepted placement's next review, kept so that "which reviews are overdue" is one indexed range read however
// many placements there are. Maintained by ReviewWriter (a review recorded, in its transaction) and ReviewSchedules (a
// call-off accepted, varied or terminated, in the job that change adds; a daily full recompute for calendar and
// framework changes).
@Entity('review_schedules')
@Index('ix_review_schedules_commissioner_due', ['commissionerOrganisationId', 'nextDueOn', 'callOffId'])
@Index('ix_review_schedules_provider_due', ['providerId', 'nextDueOn', 'callOffId'])
@Index('ix_review_schedules_due', ['nextDueOn', 'callOffId'])
export class ReviewSchedule {
  @PrimaryColumn({ type: 'uuid' })
  callOffId: string;

  @OneToOne(() => CallOff, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_off_id' })
  callOff?: CallOff;

  @Column({ type: 'int' })
  callOffNumber: number;

  @Column({ type: 'uuid' })
  commissionerOrganisationId: string;

  @Column({ type: 'uuid' })
  providerId: string;

  @Column({ type: 'uuid' })
  lotId: string;

  @Column({ type: 'uuid' })
  frameworkId: string;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  @Column({ type: 'smallint' })
  objectives: number;

  @Column({ type: 'smallint' })
  reviewFrequencyWeeks: number;

  @Column({ type: 'date', nullable: true })
  lastHeldOn: string | null;

  @Column({ type: 'boolean', default: false })
  exitHeld: boolean;

  @Column({ type: 'enum', enum: ['initial', 'scheduled'], enumName: 'review_due_type', nullable: true })
  nextType: DueReviewType | null;

  // null: nothing due within the placement (or its calendar does not reach the date).
  @Column({ type: 'date', nullable: true })
  nextDueOn: string | null;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
