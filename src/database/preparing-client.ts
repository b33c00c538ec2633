import { Client } from 'pg';

// How many statements one connection keeps prepared, and how many distinct texts the process names. The API's own
// parameterised statements number in the low hundreds; a text built with data in it (a query builder's `IN ($1,
// $2, …)` of some length) is one more name, and past either limit a statement is simply sent unnamed, as before.
export const MAX_PREPARED_PER_CONNECTION = 256;
const MAX_NAMED_TEXTS = 2_000;

const names = new Map<string, string>();

function nameOf(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_NAMED_TEXTS) {
    name = `apx_${names.size + 1}`;
    names.set(text, name);
  }
  return name;
}

// A node-postgres client that sends each parameterised statement as a named prepared statement, parsed once per
// connection. PostgreSQL then parses, analyses and rewrites it once, and after five runs may keep a generic plan
// (PostgreSQL manual, PREPARE, "plan_cache_mode"), instead of doing all of that for every run of an unnamed one:
// on a raise that was ~1 ms of the server's CPU in ~4. Statements without parameters (BEGIN, COMMIT, migrations'
// multi-statement texts) go as before. Given to the pool as its `Client` (pg-pool's option).
export class PreparingClient extends Client {
  private readonly prepared = new Set<string>();
  // Statements this connection no longer runs by name (their prepared result type went stale).
  private readonly unnamed = new Set<string>();

  override query(...args: unknown[]): never {
    const [text, values, ...rest] = args;
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0 && rest.length === 0) {
      const name = nameOf(text);
      if (
        name &&
        !this.unnamed.has(name) &&
        (this.prepared.has(name) || this.prepared.size < MAX_PREPARED_PER_CONNECTION)
      ) {
        this.prepared.add(name);
        const run = (super.query as (...a: unknown[]) => Promise<unknown>)({ name, text, values });
        return run.catch((error: unknown) => {
          // A migration changed what the statement returns (a column added to a table it selects * from) while this
          // connection kept its plan: PostgreSQL refuses it ("cached plan must not change result type"). This run
          // fails; the connection sends the statement unnamed from now on.
          if (isStaleResultType(error)) this.unnamed.add(name);
          throw error;
        }) as never;
      }
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}

function isStaleResultType(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === '0A000' &&
    /cached plan must not change result type/.test(String((error as { message?: unknown }).message))
  );
}
