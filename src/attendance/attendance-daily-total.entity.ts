import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

// Marks counted per lot, provider, commissioning organisation and day, kept by the mark upsert in its own
// statement: what GET /v1/attendance/summary adds up, so a lot with a million marks answers from a few thousand rows.
@Entity('attendance_daily_totals')
@Index('ix_attendance_daily_totals_provider_id_date', ['providerId', 'date'])
@Index('ix_attendance_daily_totals_commissioner_organisation_id_date', ['commissionerOrganisationId', 'date'])
export class AttendanceDailyTotal {
  @PrimaryColumn({ type: 'uuid' })
  lotId: string;

  @PrimaryColumn({ type: 'date' })
  date: string;

  @PrimaryColumn({ type: 'uuid' })
  providerId: string;

  @PrimaryColumn({ type: 'uuid' })
  commissionerOrganisationId: string;

  @Column({ type: 'int', default: 0 })
  present: number;

  @Column({ type: 'int', default: 0 })
  late: number;

  @Column({ type: 'int', default: 0 })
  authorisedAbsence: number;

  @Column({ type: 'int', default: 0 })
  unauthorisedAbsence: number;

  @Column({ type: 'int', default: 0 })
  providerCancelled: number;

  @Column({ type: 'int', default: 0 })
  notRequired: number;
}
