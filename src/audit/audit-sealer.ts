import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { APP_CONFIG, AppConfig } from '../config/config';
import { ChainedEntry, GENESIS_HASH, chainHash } from './audit-record';

const SEALER_LOCK = 'ap-exchange:audit-sealer';
const BATCH = 1000;
// Seal a little after a write rather than per write: one batch (six statements) covers every entry committed
// meanwhile, so under load its cost is shared by many entries. Readers of the log seal first, so never wait for this.
const DEBOUNCE_MS = 250;
// A safety net for entries whose own instance could not seal them (a crash between commit and seal, a job's entry).
const SWEEP_MS = 30_000;

export interface AuditRow {
  id: string;
  seq: string | null;
  recorded_at: Date;
  kind: string;
  request_id: string | null;
  actor_key_id: string | null;
  actor_role: string | null;
  actor_organisation_id: string | null;
  actor_provider_id: string | null;
  action: string;
  route: string | null;
  subject_type: string;
  subject_id: string | null;
  changes: ChainedEntry['changes'];
  prev_hash: string | null;
  hash: string | null;
}

export const AUDIT_COLUMNS = `id, seq, recorded_at, kind, request_id, actor_key_id, actor_role, actor_organisation_id,
  actor_provider_id, action, route, subject_type, subject_id, changes, prev_hash, hash`;

export function chainedEntry(row: AuditRow, seq: number): ChainedEntry {
  return {
    seq,
    id: Number(row.id),
    recordedAt: row.recorded_at.toISOString(),
    kind: row.kind,
    requestId: row.request_id,
    actor: {
      keyId: row.actor_key_id,
      role: row.actor_role,
      organisationId: row.actor_organisation_id,
      providerId: row.actor_provider_id,
    },
    action: row.action,
    route: row.route,
    subject: { type: row.subject_type, id: row.subject_id },
    changes: row.changes,
  };
}

export type VerifyFailureReason =
  'hash_mismatch' | 'chain_broken' | 'missing_entry' | 'notarised_head_mismatch';

export interface AuditVerification {
  valid: boolean;
  size: number;
  headHash: string;
  unsealed: number;
  firstFailure: { seq: number; entryId: string | null; reason: VerifyFailureReason } | null;
}

// Seals audit entries into the hash chain and checks it. Writers never wait for this: they insert unsealed rows
// concurrently, and one sealer at a time (an advisory lock, across every instance) gives the committed ones their
// place. sealPending() is a plain method, callable from a job runner as well as from the in-process trigger here.
@Injectable()
export class AuditSealer implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AuditSealer.name);
  private timer: NodeJS.Timeout | null = null;
  private sweep: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private closed = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (!this.config.auditTrail || !this.dataSource.isInitialized) return;
    this.sweep = setInterval(() => this.soon(), SWEEP_MS);
    this.sweep.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.sweep) clearInterval(this.sweep);
    await this.running;
  }

  // Ask for a seal soon (after a commit). Calls made while a seal runs are folded into one more run after it.
  soon(): void {
    if (this.closed || !this.config.auditTrail) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.sealPending()
        .then(() => undefined)
        .catch((error: unknown) =>
          this.logger.error(
            `audit sealing failed: ${error instanceof Error ? error.message : String(error)}`,
          ),
        )
        .finally(() => {
          this.running = null;
          if (this.again) {
            this.again = false;
            this.soon();
          }
        });
    }, DEBOUNCE_MS);
    this.timer.unref();
  }

  // Seals every entry committed so far, in batches; returns how many it sealed. Plain SQL on a connection of the
  // service's pool, outside the ORM's query runners: background work that must not show up in (or wait on) what a
  // request does through them.
  async sealPending(): Promise<number> {
    const [client, release] = (await (this.dataSource.driver as PostgresDriver).obtainMasterConnection()) as [
      PoolClient,
      (error?: unknown) => void,
    ];
    let broken: unknown;
    try {
      let total = 0;
      for (;;) {
        await client.query('BEGIN');
        try {
          const sealed = await this.sealBatch(client);
          await client.query('COMMIT');
          total += sealed;
          if (sealed < BATCH) return total;
        } catch (error) {
          await client.query('ROLLBACK').catch((rollback: unknown) => (broken = rollback));
          throw error;
        }
      }
    } finally {
      // A connection that could not roll back is discarded rather than returned to the pool mid-transaction.
      release(broken);
    }
  }

  // Order: entries are chained in the order they are sealed, which is after their transactions commit. A reader
  // only ever sees committed rows, so an entry whose transaction commits late (even with a lower id, ids being taken
  // at insert) is simply sealed in a later batch, at a later position: the chain never needs a position filled in
  // behind its head, and a reader following `after` never misses an entry. Within a batch, ids break the tie.
  private async sealBatch(client: PoolClient): Promise<number> {
    // READ COMMITTED (the default), deliberately: each statement below reads after the lock is held, so it sees the
    // previous sealer's commit. Under REPEATABLE READ the snapshot would predate the wait and fork the chain.
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [SEALER_LOCK]);
    const { rows } = await client.query<AuditRow>(
      `SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE seq IS NULL ORDER BY id LIMIT ${BATCH}`,
    );
    if (rows.length === 0) return 0;
    const { rows: head } = await client.query<{ seq: string; hash: string }>(
      'SELECT seq, hash FROM audit_log WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1',
    );
    let seq = head.length > 0 ? Number(head[0].seq) : 0;
    let prev = head.length > 0 ? head[0].hash : GENESIS_HASH;
    const ids: string[] = [];
    const seqs: number[] = [];
    const prevs: string[] = [];
    const hashes: string[] = [];
    for (const row of rows) {
      seq += 1;
      const hash = chainHash(prev, chainedEntry(row, seq));
      ids.push(row.id);
      seqs.push(seq);
      prevs.push(prev);
      hashes.push(hash);
      prev = hash;
    }
    await client.query(
      `UPDATE audit_log a SET seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
         FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) AS v(id, seq, prev_hash, hash)
        WHERE a.id = v.id`,
      [ids, seqs, prevs, hashes],
    );
    return rows.length;
  }

  // Recomputes the chain from the first entry and names the first that fails. With a notarised head (size and hash
  // kept elsewhere), also proves that the entries up to it are the ones notarised: a rewrite that recomputed every
  // hash after an edit passes the recomputation but not this.
  async verify(notarised?: { size: number; hash: string }): Promise<AuditVerification> {
    let prev = GENESIS_HASH;
    let expected = 1;
    let notarisedSeen = false;
    const fail = (seq: number, entryId: string | null, reason: VerifyFailureReason) => ({
      seq,
      entryId,
      reason,
    });
    let failure: AuditVerification['firstFailure'] = null;
    // Sealed entries never change, so paging by seq needs no snapshot; entries sealed meanwhile are simply included.
    scan: for (;;) {
      const rows: AuditRow[] = await this.dataSource.query(
        `SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE seq >= $1 ORDER BY seq LIMIT ${BATCH}`,
        [expected],
      );
      for (const row of rows) {
        const seq = Number(row.seq);
        if (seq !== expected) {
          failure = fail(expected, null, 'missing_entry');
          break scan;
        }
        if (row.prev_hash !== prev) {
          failure = fail(seq, row.id, 'chain_broken');
          break scan;
        }
        if (chainHash(prev, chainedEntry(row, seq)) !== row.hash) {
          failure = fail(seq, row.id, 'hash_mismatch');
          break scan;
        }
        prev = row.hash;
        if (notarised && seq === notarised.size) {
          notarisedSeen = true;
          if (row.hash !== notarised.hash.toLowerCase()) {
            failure = fail(seq, row.id, 'notarised_head_mismatch');
            break scan;
          }
        }
        expected += 1;
      }
      if (rows.length < BATCH) break;
    }
    if (!failure && notarised && notarised.size > 0 && !notarisedSeen)
      failure = fail(notarised.size, null, 'missing_entry');
    const unsealed: { n: number }[] = await this.dataSource.query(
      'SELECT count(*)::int AS n FROM audit_log WHERE seq IS NULL',
    );
    return {
      valid: failure === null,
      size: expected - 1,
      headHash: prev,
      unsealed: unsealed[0].n,
      firstFailure: failure,
    };
  }
}
