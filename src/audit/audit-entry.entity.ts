import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditChange } from './audit-record';

export type AuditKind = 'write' | 'read';

// The append-only audit log. Writers insert rows with the seal columns empty; the sealer alone fills them (seq, the
// previous entry's hash and this entry's hash), once, in seal order. A trigger refuses every other UPDATE, every
// DELETE and TRUNCATE (see the migration that creates this table).
@Entity('audit_log')
@Check(
  'ck_audit_log_sealed_together',
  '(seq IS NULL) = (hash IS NULL) AND (seq IS NULL) = (prev_hash IS NULL)',
)
@Check('ck_audit_log_kind', "kind IN ('write', 'read')")
@Index('ix_audit_log_subject_id_seq', ['subjectId', 'seq'])
// What the sealer reads next: only the rows not yet sealed, so sealing stays cheap however long the log grows.
@Index('ix_audit_log_unsealed', ['id'], { where: 'seq IS NULL' })
export class AuditEntry {
  // Insert order (a sequence): unique, but not commit order, so the chain is ordered by seq instead.
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  recordedAt: Date;

  @Column({ type: 'text' })
  kind: AuditKind;

  @Column({ type: 'text', nullable: true })
  requestId: string | null;

  // Null for work the service does by itself (a job, a sweep).
  @Column({ type: 'uuid', nullable: true })
  actorKeyId: string | null;

  @Column({ type: 'text', nullable: true })
  actorRole: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorOrganisationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorProviderId: string | null;

  // The operation id (createCallOff, acceptCallOff, getCallOff…), as in the OpenAPI document.
  @Column({ type: 'text' })
  action: string;

  // Method and route pattern, e.g. "POST /v1/call-offs/:id/accept"; null for work outside a request.
  @Column({ type: 'text', nullable: true })
  route: string | null;

  @Column({ type: 'text' })
  subjectType: string;

  @Column({ type: 'uuid', nullable: true })
  subjectId: string | null;

  // Field names, with values only where the recording rule allows (src/audit/audit-record.ts).
  @Column({ type: 'jsonb' })
  changes: AuditChange[];

  // Position in the chain, 1, 2, 3… with no gaps; unique so the chain cannot fork.
  @Index('uq_audit_log_seq', { unique: true })
  @Column({ type: 'bigint', nullable: true })
  seq: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  prevHash: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  hash: string | null;
}
