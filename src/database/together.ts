import { EntityManager } from 'typeorm';

// One write of a transaction as data-modifying CTEs: its SQL numbers its own parameters from $1 and names its CTEs
// uniquely; `result` is one SQL expression over them (a scalar subquery), what the write answers.
export interface Part {
  ctes: [name: string, sql: string][];
  result: string;
  params: unknown[];
}

// Writes that follow from one change (its event and the job publishing it, its audit entry, the request's stored
// answer), sent to PostgreSQL as one statement: one round trip instead of one each, and the same all-or-nothing
// inside the caller's transaction. The CTEs of one statement share a snapshot, so parts never read each other's rows.
export class Together {
  private readonly parts: { part: Part; check?: (value: unknown) => void }[] = [];

  // `check` sees the part's result once the statement has run, and may throw to refuse the transaction.
  add(part: Part, check?: (value: unknown) => void): number {
    this.parts.push({ part, check });
    return this.parts.length - 1;
  }

  // Runs every part added, in one statement; answers each part's result, in the order added.
  async run(manager: EntityManager): Promise<unknown[]> {
    if (this.parts.length === 0) return [];
    const ctes: string[] = [];
    const columns: string[] = [];
    const params: unknown[] = [];
    const names = new Set<string>();
    this.parts.forEach(({ part }, i) => {
      const offset = params.length;
      const shift = (sql: string) => sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
      for (const [name, sql] of part.ctes) {
        if (names.has(name)) throw new Error(`Two parts of one statement name the CTE ${name}`);
        names.add(name);
        ctes.push(`${name} AS (${shift(sql)})`);
      }
      columns.push(`${shift(part.result)} AS r${i}`);
      params.push(...part.params);
    });
    const rows: Record<string, unknown>[] = await manager.query(
      `WITH ${ctes.join(',\n')}\nSELECT ${columns.join(', ')}`,
      params,
    );
    const values = this.parts.map((_, i) => rows[0][`r${i}`]);
    this.parts.forEach(({ check }, i) => check?.(values[i]));
    return values;
  }
}
