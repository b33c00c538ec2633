import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('idempotency_records')
export class IdempotencyRecord {
  // Keys are per API key: two callers may choose the same key without colliding.
  @PrimaryColumn({ type: 'uuid' })
  apiKeyId: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  route: string;

  @Column({ type: 'text' })
  requestHash: string;

  @Column({ type: 'int', nullable: true })
  responseStatus: number | null;

  // json, not jsonb: a replay must be byte-for-byte the first answer, key order included.
  @Column({ type: 'json', nullable: true })
  responseBody: unknown;

  @Column({ type: 'jsonb', nullable: true })
  responseHeaders: Record<string, string> | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  completedAt: Date | null;
}
