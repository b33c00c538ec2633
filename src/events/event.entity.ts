import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EventAudience } from './event-types';

// The transactional outbox and the feed in one append-only table. Rows are written only by EventsService.append,
// inside the transaction of the change they describe.
@Entity('events')
@Index('ix_events_feed', ['xid', 'position'], { unique: true })
@Index('ix_events_organisation_feed', ['commissionerOrganisationId', 'xid', 'position'])
@Index('ix_events_provider_feed', ['providerId', 'xid', 'position'])
@Index('ix_events_framework_feed', ['frameworkId', 'xid', 'position'])
@Index('ix_events_audience_feed', ['audience', 'xid', 'position'])
@Check('ck_events_subject_version', `subject_version IS NULL OR subject_version >= 0`)
export class EventRecord {
  // UUIDv7: sortable by time, unique across instances.
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  // pg_current_xact_id() of the writing transaction. The feed reads only below the oldest transaction still in
  // flight, so an event that commits late can never land behind a cursor a reader already holds.
  @Column({ type: 'bigint' })
  xid: string;

  // Order of the events within one transaction.
  @Column({ type: 'bigint', generatedIdentity: 'ALWAYS', generated: 'identity' })
  position: string;

  @Column({ type: 'text' })
  type: string;

  @Column({ type: 'text' })
  audience: EventAudience;

  @Column({ type: 'timestamptz', precision: 3 })
  occurredAt: Date;

  @Column({ type: 'text' })
  subjectType: string;

  @Column({ type: 'uuid' })
  subjectId: string;

  @Column({ type: 'integer', nullable: true })
  subjectVersion: number | null;

  @Column({ type: 'uuid', nullable: true })
  frameworkId: string | null;

  @Column({ type: 'uuid', nullable: true })
  commissionerOrganisationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  providerId: string | null;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  // Children's special-category data: only the named commissioner and provider ever receive it.
  @Column({ type: 'jsonb', nullable: true })
  restricted: Record<string, unknown> | null;

  @Index('uq_events_dedupe_key', { unique: true })
  @Column({ type: 'text', nullable: true })
  dedupeKey: string | null;
}
