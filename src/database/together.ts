import { EntityManager } from 'typeorm';
import { lastOfTransaction } from './preparing-client';

// One write of a transaction as data-modifying CTEs: its SQL numbers its own parameters from $1 and names its CTEs
// uniquely; `result` is one SQL expression over them (a scalar subquery), what the write answers. `refuse` is a
// condition on them the statement must meet, or fail and roll its transaction back with `refusal()`'s error.
export interface Part {
  ctes: [name: string, sql: string][];
  result: string;
  params: unknown[];
  refuse?: { unless: string; refusal: () => Error };
}

// The SQLSTATE apx_refuse_unless() raises (migrations/1796405000000-RefuseUnless.ts).
const REFUSED = 'AX001';

// A part's SQL with its parameters renumbered from $`offset + 1`, kept per text and offset: a write's parts are the
// same few texts at the same few offsets, and the rewrite was ~0.08 ms of a raise (bench/FINDINGS.md, tenth round).
// Bounded, in case a part's text is built with data in it: past the bound, texts are rewritten each time.
const shifted = new Map<number, Map<string, string>>();
let kept = 0;
const MAX_SHIFTED = 1_000;
function shift(sql: string, offset: number): string {
  if (offset === 0) return sql;
  let atOffset = shifted.get(offset);
  if (!atOffset) shifted.set(offset, (atOffset = new Map<string, string>()));
  let text = atOffset.get(sql);
  if (text === undefined) {
    text = sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
    if (kept < MAX_SHIFTED) {
      atOffset.set(sql, text);
      kept++;
    }
  }
  return text;
}

// Writes that follow from one change (its event, its audit entry, the request's stored answer), sent to PostgreSQL
// as one statement: one round trip instead of one each, and the same all-or-nothing inside the caller's transaction.
// The CTEs of one statement share a snapshot, so parts never read each other's rows. A part refuses
// in the statement itself, never after it: the statement may carry its transaction's COMMIT.
export class Together {
  private readonly parts: { part: Part; read?: (value: unknown) => void }[] = [];

  // `read` sees the part's result once the statement has run.
  add(part: Part, read?: (value: unknown) => void): number {
    this.parts.push({ part, read });
    return this.parts.length - 1;
  }

  // Runs every part added, in one statement; answers each part's result, in the order added. With `last`, the
  // statement is its transaction's last and COMMIT is written with it (src/database/preparing-client.ts).
  async run(manager: EntityManager, { last = false }: { last?: boolean } = {}): Promise<unknown[]> {
    if (this.parts.length === 0) return [];
    const ctes: string[] = [];
    const columns: string[] = [];
    const params: unknown[] = [];
    const names = new Set<string>();
    this.parts.forEach(({ part }, i) => {
      const offset = params.length;
      for (const [name, sql] of part.ctes) {
        if (names.has(name)) throw new Error(`Two parts of one statement name the CTE ${name}`);
        names.add(name);
        ctes.push(`${name} AS (${shift(sql, offset)})`);
      }
      columns.push(`${shift(part.result, offset)} AS r${i}`);
      if (part.refuse)
        columns.push(`apx_refuse_unless(${shift(part.refuse.unless, offset)}, '${i}') AS refused${i}`);
      params.push(...part.params);
    });
    const sql = `WITH ${ctes.join(',\n')}\nSELECT ${columns.join(', ')}`;
    let rows: Record<string, unknown>[];
    try {
      rows = last ? await lastOfTransaction(manager, sql, params) : await manager.query(sql, params);
    } catch (error) {
      throw this.refusalFor(error) ?? error;
    }
    const values = this.parts.map((_, i) => rows[0][`r${i}`]);
    this.parts.forEach(({ read }, i) => read?.(values[i]));
    return values;
  }

  // The error of the part whose condition failed the statement, if that is why it failed.
  private refusalFor(error: unknown): Error | undefined {
    const cause = ((error as { driverError?: unknown } | null)?.driverError ?? error) as {
      code?: unknown;
      message?: unknown;
    } | null;
    if (cause?.code !== REFUSED) return undefined;
    return this.parts[Number(cause.message)]?.part.refuse?.refusal();
  }
}
