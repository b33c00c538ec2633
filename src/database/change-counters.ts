import { LRUCache } from 'lru-cache';
import { EntityManager } from 'typeorm';

// Change counters (migration CountChangesPerLot): statement triggers bump `lot:<id>` inside every transaction that
// writes what is derived per lot (the lot and its framework and participants, its members and their due diligence,
// its rate cards), and `calendar:<organisation id>` with every write of an organisation's school calendar. A value
// derived from those rows can be kept per process under the count read *before* computing it: once a write is
// visible its count has moved, so a kept value is never stale (at worst a miss recomputes). Writes to one lot no
// longer invalidate what is kept for every other lot.
export const lotCounter = (lotId: string): string => `lot:${lotId}`;
export const calendarCounter = (organisationId: string): string => `calendar:${organisationId}`;
// The same name in SQL, for a statement that reads a calendar's count beside the rows that name its organisation.
export const calendarCounterSql = (organisationIdColumn: string): string =>
  `'calendar:' || ${organisationIdColumn}`;

export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

// Any number of counters in one statement, in the order asked; a counter never bumped reads '0'.
export async function readCounts(db: Queryable, names: string[]): Promise<string[]> {
  const read = countsRead(names, 1);
  const [row] = (await db.query(`SELECT ${read.sql} AS counts`, read.params)) as { counts: unknown }[];
  return read.answer(row.counts);
}

// The same read as an expression for a caller's own statement (a raise reads its counts with the lot's capacity):
// `sql` is a scalar subquery taking its one parameter as $`param`; `answer` turns its value into the counts.
export function countsRead(
  names: string[],
  param: number,
): { sql: string; params: unknown[]; answer: (value: unknown) => string[] } {
  return {
    sql: `(SELECT json_object_agg(name, value::text) FROM change_counters WHERE name = ANY($${param}::text[]))`,
    params: [names],
    answer: (value) => {
      const counts = (value ?? {}) as Record<string, string>;
      return names.map((name) => counts[name] ?? '0');
    },
  };
}

// Values kept per process by key and count (least recently used go first). Requests that miss together share one
// computation (lru-cache's fetch): after a write, concurrent requests would otherwise each recompute a whole lot.
// A failed computation is not kept. Callers must not mutate what they get.
//
// A caller inside a transaction computes through it (`through`, its manager) and never waits for a computation
// through the pool: that one could be waiting for the very connection the caller holds, and with every connection
// held so, all would wait for ever. Such callers share their computations with one another (reads through a held
// connection wait for no lock), and callers through the pool may join them too.
export class KeptByCount<V extends object> {
  private readonly cache: LRUCache<string, V, () => Promise<V>>;
  private readonly held = new Map<string, Promise<V>>();

  constructor(max = 32) {
    this.cache = new LRUCache<string, V, () => Promise<V>>({
      max,
      fetchMethod: (_key, _stale, { context }) => context(),
      // An entry evicted while it is computed still answers the requests waiting for it.
      ignoreFetchAbort: true,
    });
  }

  async get(key: string, count: string, compute: () => Promise<V>, through?: EntityManager): Promise<V> {
    const kept = `${count}|${key}`;
    const computing = this.held.get(kept);
    if (computing) return computing;
    if (!through?.queryRunner) {
      const value = await this.cache.fetch(kept, { context: compute });
      // fetchMethod never resolves undefined: compute returns a value or throws.
      return value!;
    }
    // undefined while a computation through the pool is under way: this caller makes its own.
    const value = this.cache.get(kept);
    if (value !== undefined) return value;
    const computed = compute()
      .then((result) => {
        this.cache.set(kept, result);
        return result;
      })
      .finally(() => this.held.delete(kept));
    this.held.set(kept, computed);
    return computed;
  }
}

// Bumped by every statement writing an organisation's call-offs (migration AddBudgetsAndSpendImports).
export const callOffsCounter = (organisationId: string): string => `call_offs:${organisationId}`;

// Bumped by every spend import of an organisation, in the import's transaction (SpendImportsService).
export const spendImportsCounter = (organisationId: string): string => `spend_imports:${organisationId}`;
