import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { JobRunner } from '../jobs/job-runner';
import { EventType } from './event-types';

export interface RelayedEvent {
  id: string;
  type: EventType;
  // The id of the transaction that wrote it (the feed's order).
  xid: string;
}

// What a subscriber makes of a batch of committed events, written with the manager of the relay's transaction.
export type RelayHandler = (manager: EntityManager, events: RelayedEvent[]) => Promise<void>;

// Events a relay hands over in one transaction: short, because a transaction with an xid holds the feed back for
// every reader while it runs.
const BATCH = 100;
// How soon a relay with nothing to do looks again: the most it adds to the time from commit to webhook.
const IDLE_MS = 50;

// The outbox's relay (DESIGN §3, events beside the writer): worker processes hand every committed event to each
// subscriber (webhook fan-out) in feed order, exactly once, in batches. A transaction that appends events writes
// only their rows; no job per transaction (graphile-worker's add_job cost a raise ~0.5 ms of server time and woke
// every worker at each commit). It reads the feed as a reader does: only below the oldest transaction still in
// flight, so an event that commits late is never passed over.
@Injectable()
export class EventRelay {
  private readonly handlers = new Map<string, RelayHandler>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobRunner,
  ) {}

  // `name` is the subscriber's row in event_relays, created by the migration that introduces the subscriber.
  subscribe(name: string, handler: RelayHandler): void {
    if (this.handlers.has(name)) throw new Error(`Event relay ${name} is subscribed twice`);
    this.handlers.set(name, handler);
    this.jobs.loop(`event relay ${name}`, () => this.relayOnce(name), IDLE_MS);
  }

  // One batch: answers whether there may be more. Any number of processes may call it at once: one takes the
  // subscriber's cursor, the others find it locked and do nothing. Idle, it costs one read and no transaction.
  async relayOnce(name: string): Promise<boolean> {
    const handler = this.handlers.get(name);
    if (!handler) throw new Error(`Event relay ${name} has no subscriber`);
    // Only the next event need be looked at: every later one has an xid at least as new. Ordered and limited, so
    // that PostgreSQL walks the feed's index from the cursor (an EXISTS was planned as a scan of the whole table).
    const [due] = await this.dataSource.query<{ due: boolean }[]>(
      `SELECT coalesce((SELECT e.xid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
                          FROM events e WHERE (e.xid, e.position) > (r.xid, r.position)
                         ORDER BY e.xid, e.position LIMIT 1), false) AS due
         FROM event_relays r WHERE r.name = $1`,
      [name],
    );
    if (!due) throw new Error(`event_relays has no row for ${name}`);
    if (!due.due) return false;
    return this.dataSource.transaction(async (manager) => {
      const [cursor] = await manager.query<{ xid: string; position: string }[]>(
        `SELECT xid::text, position::text FROM event_relays WHERE name = $1 FOR UPDATE SKIP LOCKED`,
        [name],
      );
      if (!cursor) return false;
      const rows = await manager.query<{ id: string; type: EventType; xid: string; position: string }[]>(
        `SELECT e.id, e.type, e.xid::text, e.position::text FROM events e
          WHERE (e.xid, e.position) > ($1::bigint, $2::bigint)
            AND e.xid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
          ORDER BY e.xid, e.position LIMIT $3`,
        [cursor.xid, cursor.position, BATCH],
      );
      if (rows.length === 0) return false;
      await handler(
        manager,
        rows.map((row) => ({ id: row.id, type: row.type, xid: row.xid })),
      );
      const last = rows[rows.length - 1];
      await manager.query(
        `UPDATE event_relays SET xid = $2, position = $3, relayed_at = now() WHERE name = $1`,
        [name, last.xid, last.position],
      );
      return rows.length === BATCH;
    });
  }
}
