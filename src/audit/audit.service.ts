import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../auth/role';
import { BadRequestError } from '../common/domain-error';
import { Page } from '../common/pagination';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Part, Together } from '../database/together';
import { auditContext } from './audit-context';
import { AuditKind } from './audit-entry.entity';
import { AuditChange, AuditSubject, GENESIS_HASH, describeInput } from './audit-record';
import { AUDIT_COLUMNS, AuditRow, AuditSealer, AuditVerification } from './audit-sealer';

// What a writer tells the audit log about one change it makes.
export interface AuditEntryInput {
  // Who asked; null when the service acts by itself (a job, a sweep).
  caller: Caller | null;
  // The operation, as the OpenAPI operation id where there is one (createCallOff, acceptCallOff…).
  action: string;
  subject: AuditSubject;
  // The fields the change was asked with (a request body, or the changed fields): the audit log keeps their names
  // and only the values its rule allows (src/audit/audit-record.ts), so a writer may pass a body as it came.
  input?: unknown;
}

export interface AuditListQuery {
  subjectId?: string;
  after?: number;
  cursor?: string;
  limit?: number;
}

export interface AuditHead {
  size: number;
  headHash: string;
}

function encodeAuditCursor(seq: string): string {
  return Buffer.from(`audit:${seq}`).toString('base64url');
}

function decodeAuditCursor(cursor: string): number {
  const match = /^audit:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match)
    throw new BadRequestError('invalid_cursor', 'The cursor is not one this API issued.', [
      { field: 'cursor', message: 'cursor is not valid' },
    ]);
  return Number(match[1]);
}

interface Pending {
  rows: AuditLogRow[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

// Entries recorded outside a writer's transaction, at most this many a statement.
const MAX_ROWS_PER_INSERT = 1000;

// One row as insertRows reads it: the log's columns less those the database and the sealer fill in; request id and
// route from the request being served.
type AuditLogRow = Omit<
  AuditRow,
  'id' | 'seq' | 'recorded_at' | 'kind' | 'changes' | 'prev_hash' | 'hash'
> & {
  kind: AuditKind;
  changes: AuditChange[];
};

function rowOf(
  kind: AuditKind,
  caller: Caller | null,
  action: string,
  subject: AuditSubject,
  changes: AuditChange[],
): AuditLogRow {
  const state = auditContext.getStore();
  return {
    kind,
    request_id: state?.requestId ?? null,
    actor_key_id: caller?.keyId ?? null,
    actor_role: caller?.role ?? null,
    actor_organisation_id: caller?.organisationId ?? null,
    actor_provider_id: caller?.providerId ?? null,
    action,
    route: state?.route ?? null,
    subject_type: subject.type,
    subject_id: subject.id,
    changes,
  };
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

// Entries as a part of a statement: one parameter whatever their number, inserted in the order given (ids, taken
// here, break ties in the sealing order).
// `more`, when given, is an SQL expression over the statement's earlier parts answering a jsonb array of further
// AuditChange entries, added to each row's (what a writer learns only as its statement runs).
function rowsPart(rows: AuditLogRow[], more?: string): Part {
  return {
    ctes: [
      [
        'audit_written',
        `INSERT INTO audit_log (kind, request_id, actor_key_id, actor_role, actor_organisation_id, actor_provider_id,
           action, route, subject_type, subject_id, changes)
         SELECT r.kind, r.request_id, r.actor_key_id, r.actor_role, r.actor_organisation_id, r.actor_provider_id,
                r.action, r.route, r.subject_type, r.subject_id, ${more ? `r.changes || (${more})` : 'r.changes'}
           FROM jsonb_to_recordset($1::jsonb) AS r(n int, kind text, request_id text, actor_key_id uuid,
                actor_role text, actor_organisation_id uuid, actor_provider_id uuid, action text, route text,
                subject_type text, subject_id uuid, changes jsonb)
          ORDER BY r.n
         RETURNING 1`,
      ],
    ],
    result: '(SELECT count(*) FROM audit_written)',
    params: [JSON.stringify(rows.map((row, n) => ({ ...row, n })))],
  };
}

async function insertRows(manager: EntityManager, rows: AuditLogRow[]): Promise<void> {
  const together = new Together();
  together.add(rowsPart(rows));
  await together.run(manager);
}

// The audit log's one writer and reader. Entries are inserted unsealed (no lock, no wait) and sealed into the hash
// chain by AuditSealer after they commit.
@Injectable()
export class AuditService {
  private pending: Pending[] = [];
  private flushing = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sealer: AuditSealer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return this.config.auditTrail;
  }

  // For a writer, inside the transaction of its change: the entry commits or rolls back with it. Within a request,
  // the request is then not recorded a second time by the interceptor.
  async record(manager: EntityManager, entry: AuditEntryInput): Promise<void> {
    const together = new Together();
    this.recordWithin(together, entry);
    await together.run(manager);
  }

  // The same as a part of the statement that writes the change's other consequences (its events), run by the writer
  // in its transaction. `counted` adds figures the statement itself works out, each an SQL expression over its
  // earlier parts (how many marks an upload wrote), recorded as fields of the entry after its input's.
  recordWithin(together: Together, entry: AuditEntryInput, counted: Record<string, string> = {}): void {
    if (!this.enabled) return;
    const state = auditContext.getStore();
    if (state) state.recordedByWriter = true;
    const more = Object.entries(counted).map(
      ([field, sql]) => `jsonb_build_object('field', ${quoteLiteral(field)}, 'value', (${sql}))`,
    );
    together.add(
      rowsPart(
        [rowOf('write', entry.caller, entry.action, entry.subject, describeInput(entry.input))],
        more.length > 0 ? `jsonb_build_array(${more.join(', ')})` : undefined,
      ),
    );
    this.sealer.soon();
  }

  // For a writer below the request (the one writer of an aggregate), inside its transaction: one entry per subject it
  // changed, under the caller and operation of the request being served, or `action` and no caller when a job
  // changed it; each records what the request asked for and then what the writer changed. A part of the statement
  // that writes the change's other consequences (its events), run by the writer in its transaction.
  recordChangesWithin(
    together: Together,
    action: string,
    changes: { subject: AuditSubject; input?: unknown }[],
  ): void {
    if (!this.enabled || changes.length === 0) return;
    const state = auditContext.getStore();
    if (state) state.recordedByWriter = true;
    together.add(
      rowsPart(
        changes.map((change) =>
          rowOf(
            'write',
            state?.caller ?? null,
            state?.action ?? action,
            change.subject,
            describeInput({ ...asObject(state?.input), ...asObject(change.input) }),
          ),
        ),
      ),
    );
    this.sealer.soon();
  }

  // After the transaction of an entry recorded with record() has committed: seal it without waiting for the sweep.
  sealSoon(): void {
    this.sealer.soon();
  }

  // After a request that changed something succeeded, for writers that do not record in their transaction.
  async recordRequest(entry: AuditEntryInput): Promise<void> {
    if (!this.enabled) return;
    await this.enqueue([
      rowOf('write', entry.caller, entry.action, entry.subject, describeInput(entry.input)),
    ]);
  }

  // One entry per record read (special-category data: who read which call-off, and when).
  async recordReads(caller: Caller, action: string, subjectType: string, ids: string[]): Promise<void> {
    if (!this.enabled || ids.length === 0) return;
    await this.enqueue(ids.map((id) => rowOf('read', caller, action, { type: subjectType, id }, [])));
  }

  // Entries recorded outside a writer's transaction are inserted together: while one INSERT runs, the entries of the
  // requests finishing meanwhile wait for the next, so under load many requests share one statement and one commit
  // (group commit), and an idle service inserts at once. Each caller still waits until its own entry is stored.
  private enqueue(rows: AuditLogRow[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ rows, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.pending.length > 0) {
      const batch: Pending[] = [];
      let rows = 0;
      while (this.pending.length > 0 && rows < MAX_ROWS_PER_INSERT) {
        const next = this.pending.shift() as Pending;
        batch.push(next);
        rows += next.rows.length;
      }
      try {
        await insertRows(
          this.dataSource.manager,
          batch.flatMap((b) => b.rows),
        );
        for (const b of batch) b.resolve();
      } catch {
        // One bad entry must not lose the others: each is tried on its own.
        for (const b of batch) await insertRows(this.dataSource.manager, b.rows).then(b.resolve, b.reject);
      }
    }
    this.flushing = false;
    this.sealer.soon();
  }

  // Sealed entries in chain order. Entries committed so far are sealed first, so a reader sees them at once.
  async list(query: AuditListQuery): Promise<Page<AuditRow>> {
    if (query.after !== undefined && query.cursor !== undefined)
      throw new BadRequestError('validation_failed', 'Give after or cursor, not both.', [
        { field: 'after', message: 'after and cursor cannot be combined' },
      ]);
    await this.sealer.sealPending();
    const after = query.cursor !== undefined ? decodeAuditCursor(query.cursor) : (query.after ?? 0);
    const limit = query.limit ?? 50;
    const params: unknown[] = [after, limit + 1];
    let where = 'seq > $1';
    if (query.subjectId !== undefined) {
      params.push(query.subjectId);
      where += ' AND subject_id = $3';
    }
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE ${where} ORDER BY seq LIMIT $2`,
      params,
    );
    const data = rows.slice(0, limit);
    const last = data[data.length - 1];
    return {
      data,
      nextCursor: rows.length > limit && last?.seq ? encodeAuditCursor(last.seq) : null,
    };
  }

  // The newest sealed entry's position and hash, after sealing what has committed: the value to notarise.
  async head(): Promise<AuditHead> {
    await this.sealer.sealPending();
    const rows: { seq: string; hash: string }[] = await this.dataSource.query(
      'SELECT seq, hash FROM audit_log WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1',
    );
    return rows.length > 0
      ? { size: Number(rows[0].seq), headHash: rows[0].hash }
      : { size: 0, headHash: GENESIS_HASH };
  }

  verify(notarised?: { size: number; hash: string }): Promise<AuditVerification> {
    return this.sealer.verify(notarised);
  }
}

// A field name as an SQL string literal (PostgreSQL manual §4.1.2.1: a quote doubled).
function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
