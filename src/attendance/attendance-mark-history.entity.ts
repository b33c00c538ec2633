import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MARKS, Mark } from './engine/register-codes';
import { SESSIONS, Session } from './engine/commissioned-sessions';

// A mark as it stood before a correction replaced it: who had recorded it and when, and who replaced it when
// (DESIGN §1 Attendance: corrected with history).
@Entity('attendance_mark_history')
@Index('ix_attendance_mark_history_call_off_id_date_session', ['callOffId', 'date', 'session'])
export class AttendanceMarkHistory {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  callOffId: string;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'enum', enum: SESSIONS, enumName: 'attendance_session' })
  session: Session;

  @Column({ type: 'uuid' })
  commissionerOrganisationId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'enum', enum: MARKS, enumName: 'attendance_mark' })
  mark: Mark;

  @Column({ type: 'smallint', nullable: true })
  minutesLate: number | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', nullable: true })
  registerCode: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedByKeyId: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  recordedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  replacedByKeyId: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  replacedAt: Date;
}
