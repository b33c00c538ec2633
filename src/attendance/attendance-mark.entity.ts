import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CallOff } from '../call-offs/call-off.entity';
import { MARKS, Mark } from './engine/register-codes';
import { SESSIONS, Session } from './engine/commissioned-sessions';

// One session's attendance at a placement, as the provider last marked it (DESIGN §1 Attendance). One row per
// (call-off, date, session); a correction replaces it and keeps the previous mark in attendance_mark_history.
// Carries the commissioning organisation, provider and lot so that scoped reads never join another module's table
// (DESIGN §3 Scale-out: every tenant-owned table carries its organisation's id).
@Entity('attendance_marks')
@Index('ix_attendance_marks_provider_id_date', ['providerId', 'date'])
@Index('ix_attendance_marks_commissioner_organisation_id_date', ['commissionerOrganisationId', 'date'])
@Check(
  'ck_attendance_marks_minutes_late',
  `minutes_late IS NULL OR (mark = 'late' AND minutes_late BETWEEN 0 AND 600)`,
)
export class AttendanceMark {
  @PrimaryColumn({ type: 'uuid' })
  callOffId: string;

  @ManyToOne(() => CallOff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'call_off_id' })
  callOff?: CallOff;

  @PrimaryColumn({ type: 'date' })
  date: string;

  @PrimaryColumn({ type: 'enum', enum: SESSIONS, enumName: 'attendance_session' })
  session: Session;

  @Column({ type: 'enum', enum: MARKS, enumName: 'attendance_mark' })
  mark: Mark;

  @Column({ type: 'smallint', nullable: true })
  minutesLate: number | null;

  // Free text about the child: shown only to the commissioner and the addressed provider, never logged.
  @Column({ type: 'text', nullable: true })
  note: string | null;

  // The commissioning school's register code for the session (engine/register-codes), null when it records its own.
  @Column({ type: 'text', nullable: true })
  registerCode: string | null;

  @Column({ type: 'uuid' })
  commissionerOrganisationId: string;

  @Column({ type: 'uuid' })
  providerId: string;

  @Column({ type: 'uuid' })
  lotId: string;

  @Column({ type: 'uuid', nullable: true })
  recordedByKeyId: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  recordedAt: Date;

  // 1 for the first mark, +1 for each correction.
  @Column({ type: 'int', default: 1 })
  version: number;
}
