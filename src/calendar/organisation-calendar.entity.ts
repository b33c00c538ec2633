import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import { AcademicYearInput } from './engine/school-calendar';

// One row per commissioning organisation: the academic years it defines itself. Years it leaves out fall back to
// the England default. The whole list is replaced at once, so one version guards it (ETag / If-Match).
// Labels are unique within the list because the engine refuses a year defined twice before anything is stored.
@Entity('organisation_calendars')
@Check('ck_organisation_calendars_academic_years_array', `jsonb_typeof("academic_years") = 'array'`)
export class OrganisationCalendar {
  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  // [{ year: '2026-27', terms: [{ name, start, end }], closures: [{ start, end, reason }] }], ordered by year.
  @Column({ type: 'jsonb' })
  academicYears: AcademicYearInput[];

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
