import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller, Role } from '../auth/role';
import { Clock } from '../common/clock';
import { BadRequestError } from '../common/domain-error';
import { Part, Together } from '../database/together';
import { EVENT_CATALOGUE, EventType, NewEvent } from './event-types';
import { uuid7 } from './uuid7';

// Who reads the feed or receives a webhook: the scope of an API key.
export type EventReader = Pick<Caller, 'role' | 'organisationId' | 'providerId'>;

export interface EventView {
  id: string;
  type: EventType;
  occurredAt: string;
  subject: { type: string; id: string; version: number | null };
  frameworkId: string | null;
  commissionerOrganisationId: string | null;
  providerId: string | null;
  payload: Record<string, unknown>;
  restricted?: Record<string, unknown>;
}

export interface EventFeedPage {
  data: EventView[];
  nextCursor: string;
}

// Frameworks a commissioner organisation may call off from, as an SQL query of one uuid column given the SQL of the
// organisation's id; registered by the frameworks module, which owns the tables it reads, so that this low-level
// module knows none of them. A query rather than a list: the feed reads the scope in its own statement.
export type FrameworkScope = (organisationIdSql: string) => string;

// The outbox and the event feed. Any module appends its events here inside its own transaction.
@Injectable()
export class EventsService {
  private frameworkScope: FrameworkScope = () => 'SELECT NULL::uuid WHERE false';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  useFrameworkScope(scope: FrameworkScope): void {
    this.frameworkScope = scope;
  }

  // Writes the event in the caller's transaction (never after it): it exists exactly when the change committed.
  // Returns the event id, or null when dedupeKey names an event already appended.
  async append(manager: EntityManager, event: NewEvent): Promise<string | null> {
    const [id] = await this.appendAll(manager, [event]);
    return id ?? null;
  }

  // The same for many changes of one transaction (a blanket extension's call-offs), in one statement whatever their
  // number, in the order given. Returns the ids of the events written (those whose dedupeKey was new).
  async appendAll(manager: EntityManager, events: NewEvent[]): Promise<string[]> {
    if (!manager.queryRunner?.isTransactionActive)
      throw new Error('EventsService.append needs the manager of the transaction that makes the change');
    if (events.length === 0) return [];
    const together = new Together();
    const written = this.appendWithin(together, events);
    await together.run(manager);
    return written();
  }

  // The same as a part of the statement that writes what else follows from the change (its audit entry): run with
  // it, inside the transaction that makes the change. Answers the ids written once it has run.
  appendWithin(together: Together, events: NewEvent[]): () => string[] {
    if (events.length === 0) return () => [];
    const rows = events.map((event, n) => {
      const { subject, audience } = EVENT_CATALOGUE[event.type];
      return {
        n,
        id: uuid7(),
        type: event.type,
        audience,
        subject_type: subject,
        subject_id: event.subject.id,
        subject_version: event.subject.version,
        framework_id: event.frameworkId ?? null,
        commissioner_organisation_id: event.commissionerOrganisationId ?? null,
        provider_id: event.providerId ?? null,
        payload: event.payload,
        restricted: event.restricted ?? null,
        dedupe_key: event.dedupeKey ?? null,
      };
    });
    let ids: string[] = [];
    together.add(
      eventsPart(
        `SELECT r.id, r.type, r.audience, r.subject_type, r.subject_id, r.subject_version, r.framework_id,
                r.commissioner_organisation_id, r.provider_id, r.payload, r.restricted, r.dedupe_key, r.n
           FROM jsonb_to_recordset($1::jsonb) AS r(n int, id uuid, type text, audience text, subject_type text,
                subject_id uuid, subject_version int, framework_id uuid, commissioner_organisation_id uuid,
                provider_id uuid, payload jsonb, restricted jsonb, dedupe_key text)`,
        [JSON.stringify(rows), this.clock.now()],
      ),
      (value) => {
        ids = value as string[];
      },
    );
    return () => {
      const written = new Set(ids);
      return rows.filter((row) => written.has(row.id)).map((row) => row.id);
    };
  }

  // Events of one type worked out by the statement itself from what its earlier parts wrote (an attendance upload's
  // absences, from the marks its upsert changed), as a part of it. `select` answers (n, id, subject_id,
  // subject_version, framework_id, commissioner_organisation_id, provider_id, payload), its ids chosen by the caller
  // (uuid7), and numbers its parameters from $1.
  appendSelectedWithin(
    together: Together,
    type: EventType,
    select: { sql: string; params: unknown[] },
  ): void {
    const { subject, audience } = EVENT_CATALOGUE[type];
    const n = select.params.length;
    together.add(
      eventsPart(
        `SELECT s.id, $${n + 1}::text AS type, $${n + 2}::text AS audience, $${n + 3}::text AS subject_type,
                s.subject_id, s.subject_version, s.framework_id, s.commissioner_organisation_id, s.provider_id,
                s.payload, NULL::jsonb AS restricted, NULL::text AS dedupe_key, s.n
           FROM (${select.sql}) s`,
        [...select.params, type, audience, subject, this.clock.now()],
      ),
    );
  }

  // The feed: events in a fixed order (the writing transaction's id, then order within it) that a reader follows
  // with `after`. Only events of transactions older than the oldest one still running are returned, so an event
  // that commits late always sorts after every cursor already handed out: no reader ever skips it.
  async feed(
    reader: EventReader,
    query: { after?: string; types?: EventType[]; limit?: number },
  ): Promise<EventFeedPage> {
    const page = await this.feedJson(reader, query);
    return { data: page.data.map((json) => JSON.parse(json) as EventView), nextCursor: page.nextCursor };
  }

  // The same page with each event as the JSON text of an EventView built by PostgreSQL (eventJsonSql), for the
  // controller to splice into its answer: 200 events are neither parsed from jsonb nor stringified again.
  async feedJson(
    reader: EventReader,
    query: { after?: string; types?: EventType[]; limit?: number },
  ): Promise<{ data: string[]; nextCursor: string }> {
    const limit = query.limit ?? 50;
    const [afterXid, afterPosition] = query.after === undefined ? ['0', '0'] : decodeEventCursor(query.after);
    const branches = this.branchesOf(reader);
    // One ordered, limited index scan per part of the reader's scope, merged: a sparse scope (one commissioner among
    // hundreds) reads its own rows, not the whole feed.
    const common = `e.xid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
          AND (e.xid, e.position) > ($1::bigint, $2::bigint)
          AND ($3::text[] IS NULL OR e.type = ANY($3::text[]))`;
    const scan = (where: string) =>
      `SELECT e.* FROM events e WHERE ${common} AND ${where} ORDER BY e.xid, e.position LIMIT $4`;
    const parts = branches.sql.map((branch) =>
      branch.perFramework
        ? // Each framework's own ordered scan, limited, then merged.
          `(SELECT e.* FROM (${this.frameworkScope('$5::uuid')}) f(id) CROSS JOIN LATERAL (${scan(`e.framework_id = f.id AND ${branch.where}`)}) e
             ORDER BY e.xid, e.position LIMIT $4)`
        : `(${scan(branch.where)})`,
    );
    const rows: { xid: string; position: string; json: string }[] = await this.dataSource.query(
      `SELECT e.xid::text, e.position::text, ${eventJsonSql(partyOf(reader, 5))} AS json
         FROM (${parts.join(' UNION ALL ')}) e ORDER BY e.xid, e.position LIMIT $4`,
      [afterXid, afterPosition, query.types?.length ? query.types : null, limit, ...branches.parameters],
    );
    const last = rows[rows.length - 1];
    return {
      data: rows.map((row) => row.json),
      nextCursor: last
        ? encodeEventCursor(last.xid, last.position)
        : (query.after ?? encodeEventCursor('0', '0')),
    };
  }

  // Of these events, the ids this reader may see in its feed: the webhook fan-out's check for one subscription over a
  // whole batch, read through the relay's transaction (which holds a connection of the pool already).
  async visibleAmong(reader: EventReader, eventIds: string[], manager: EntityManager): Promise<Set<string>> {
    const scope = this.scopeOf(reader, 2);
    const rows: { id: string }[] = await manager.query(
      `SELECT e.id FROM events e WHERE e.id = ANY($1::uuid[]) AND ${scope.sql}`,
      [eventIds, ...scope.parameters],
    );
    return new Set(rows.map((row) => row.id));
  }

  // One event as this reader may see it, or null when it is outside the reader's scope (a webhook delivery).
  async findVisible(reader: EventReader, eventId: string): Promise<EventView | null> {
    const scope = this.scopeOf(reader, 2);
    const rows: { json: string }[] = await this.dataSource.query(
      `SELECT ${eventJsonSql(partyOf(reader, 2))} AS json FROM events e WHERE e.id = $1 AND ${scope.sql}`,
      [eventId, ...scope.parameters],
    );
    return rows[0] ? (JSON.parse(rows[0].json) as EventView) : null;
  }

  // scopeOf, split into parts that each match one index on (…, xid, position); the parts never overlap.
  private branchesOf(reader: EventReader): {
    sql: { perFramework?: boolean; where: string }[];
    parameters: unknown[];
  } {
    switch (reader.role) {
      case Role.Admin:
      case Role.Auditor:
        return { sql: [{ where: `e.audience <> 'child'` }], parameters: [] };
      case Role.Commissioner:
        return {
          sql: [
            { where: `e.commissioner_organisation_id = $5::uuid AND e.audience IN ('parties', 'child')` },
            { where: `e.audience = 'directory'` },
            { perFramework: true, where: `e.audience IN ('framework', 'framework_public')` },
          ],
          parameters: [reader.organisationId],
        };
      case Role.Provider:
        return {
          sql: [
            {
              where: `e.provider_id = $5::uuid AND e.audience IN ('parties', 'child', 'provider', 'framework', 'directory')`,
            },
            { where: `e.audience = 'framework_public'` },
          ],
          parameters: [reader.providerId],
        };
    }
  }

  // The same rules as the resources: a commissioner reads its own organisation's records and the frameworks it may
  // call off from, a provider its own records, admin and auditor everything (DESIGN §2 roles).
  private scopeOf(reader: EventReader, firstParameter = 5): { sql: string; parameters: unknown[] } {
    const p = (n: number) => `$${firstParameter + n}`;
    switch (reader.role) {
      case Role.Admin:
      case Role.Auditor:
        return { sql: `e.audience <> 'child'`, parameters: [] };
      case Role.Commissioner:
        return {
          sql: `((e.audience IN ('parties', 'child') AND e.commissioner_organisation_id = ${p(0)}::uuid)
                 OR e.audience = 'directory'
                 OR (e.audience IN ('framework', 'framework_public')
                     AND e.framework_id IN (${this.frameworkScope(`${p(0)}::uuid`)})))`,
          parameters: [reader.organisationId],
        };
      case Role.Provider:
        return {
          sql: `((e.audience IN ('parties', 'child', 'provider', 'framework', 'directory') AND e.provider_id = ${p(0)}::uuid)
                 OR e.audience = 'framework_public')`,
          parameters: [reader.providerId],
        };
    }
  }
}

// Children's data goes only to the two parties of the record (DESIGN §1): the reader's side of that test, as SQL
// over the events row `e`, with the reader's organisation or provider id in parameter $n (scopeOf's first).
function partyOf(reader: EventReader, n: number): string {
  switch (reader.role) {
    case Role.Commissioner:
      return `e.commissioner_organisation_id = $${n}::uuid`;
    case Role.Provider:
      return `e.provider_id = $${n}::uuid`;
    case Role.Admin:
    case Role.Auditor:
      return 'false';
  }
}

// One events row `e` as the JSON text of an EventView, built by PostgreSQL: the payload goes out as stored, and
// `restricted` (children's data) only when `party` holds — everyone else gets the event without it (DESIGN §1).
// Written out key by key, without the spaces json_build_object puts around each (8 % of a page); text goes through
// to_json for its escaping. occurredAt has the form of Date.toISOString (the column keeps milliseconds).
function eventJsonSql(party: string): string {
  const uuidOrNull = (column: string) => `coalesce('"' || ${column}::text || '"', 'null')`;
  return `'{"id":"' || e.id::text || '","type":' || to_json(e.type)::text
    || ',"occurredAt":"' || to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    || '","subject":{"type":' || to_json(e.subject_type)::text || ',"id":"' || e.subject_id::text
    || '","version":' || coalesce(e.subject_version::text, 'null')
    || '},"frameworkId":' || ${uuidOrNull('e.framework_id')}
    || ',"commissionerOrganisationId":' || ${uuidOrNull('e.commissioner_organisation_id')}
    || ',"providerId":' || ${uuidOrNull('e.provider_id')}
    || ',"payload":' || e.payload::text
    || CASE WHEN e.restricted IS NOT NULL AND (${party}) THEN ',"restricted":' || e.restricted::text ELSE '' END
    || '}'`;
}

const CURSOR = /^(\d{1,19})\.(\d{1,19})$/;

export function encodeEventCursor(xid: string, position: string): string {
  return Buffer.from(`${xid}.${position}`).toString('base64url');
}

export function decodeEventCursor(cursor: string): [string, string] {
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (match && BigInt(match[1]) <= 2n ** 63n - 1n && BigInt(match[2]) <= 2n ** 63n - 1n)
    return [match[1], match[2]];
  throw new BadRequestError('invalid_cursor', 'The cursor is not one this API issued.', [
    { field: 'after', message: 'after is not valid' },
  ]);
}

// The events given by `source` (each event's columns and its order n; `params` are its parameters, then the time
// last), inserted in order. The result is the ids written. The outbox's relay hands them on once they commit.
function eventsPart(source: string, params: unknown[]): Part {
  return {
    ctes: [
      [
        'events_written',
        `INSERT INTO events (id, xid, type, audience, occurred_at, subject_type, subject_id, subject_version,
                             framework_id, commissioner_organisation_id, provider_id, payload, restricted, dedupe_key)
         SELECT r.id, pg_current_xact_id()::text::bigint, r.type, r.audience, $${params.length}, r.subject_type,
                r.subject_id, r.subject_version, r.framework_id, r.commissioner_organisation_id, r.provider_id,
                r.payload, r.restricted, r.dedupe_key
           FROM (${source}) AS r
          ORDER BY r.n
         ON CONFLICT (dedupe_key) DO NOTHING
         RETURNING id`,
      ],
    ],
    result: `(SELECT coalesce(array_agg(id::text), '{}') FROM events_written)`,
    params,
  };
}
