import { Client, ClientConfig } from 'pg';
import { EntityManager } from 'typeorm';

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

// What node-postgres answers for a statement that returns nothing, for the transaction control this client answers
// without a round trip of its own.
const NOTHING = Object.freeze({ command: null, rowCount: null, rows: [], fields: [] });

type Run = Promise<unknown>;

// The pool's node-postgres client (pg-pool's `Client` option). Two things, each to spend fewer of the server's and
// this process's cycles on a statement:
//
// - Each parameterised statement goes as a named prepared statement, parsed once per connection. PostgreSQL then
//   parses, analyses and rewrites it once, and after five runs may keep a generic plan (PostgreSQL manual, PREPARE,
//   "plan_cache_mode"), instead of doing all of that for every run of an unnamed one: on a raise that was ~1 ms of
//   the server's CPU in ~4. Statements without parameters (BEGIN, COMMIT, migrations' multi-statement texts) go as
//   before.
// - It runs in node-postgres's pipeline mode (a statement is written as soon as it is asked for, not when the one
//   before it has been answered), which lets a transaction's control travel with its statements: BEGIN (and a
//   SET LOCAL right after it) is held back and written together with the transaction's first statement; statements
//   that follow one another with nothing in between may be written together (`queryAll`); and a caller that knows
//   its statement is the transaction's last may have COMMIT written with it (`queryThenCommit`). A transaction then
//   costs its statements' round trips and no more. Statements awaited one at a time run exactly as before.
export class PreparingClient extends Client {
  private readonly prepared = new Set<string>();
  // Statements this connection no longer runs by name (their prepared result type went stale).
  private readonly unnamed = new Set<string>();
  // BEGIN as asked for and the transaction's SET LOCALs after it, not yet written: they go with its first statement.
  private held: string[] = [];
  // The COMMIT written with the transaction's last statement, answered when the transaction's owner asks to commit.
  private committed: Run | null = null;

  constructor(config?: string | ClientConfig) {
    super(
      typeof config === 'string'
        ? { connectionString: config, pipeline: true }
        : { ...config, pipeline: true },
    );
  }

  override query(...args: unknown[]): never {
    const [text, values] = args;
    if (typeof text === 'string' && (args.length === 1 || (values === undefined && args.length === 2))) {
      const control = this.control(text);
      if (control) return control as never;
    }
    if (this.committed)
      // A statement after the one sent with COMMIT would run outside the transaction its caller thinks it is in.
      return Promise.reject(
        new Error('A statement was sent after the one its transaction was committed with.'),
      ) as never;
    if (this.held.length === 0) return this.send(args);
    const held = this.held;
    this.held = [];
    // BEGIN, its settings and the first statement leave in one write, and are answered in one round trip.
    this.connection.stream.cork();
    try {
      const started = Promise.all(held.map((statement) => this.send([statement]) as Run));
      const run = this.send(args) as unknown;
      if (run instanceof Promise)
        return Promise.all([started, run as Run]).then(([, result]: unknown[]) => result) as never;
      // A callback-style statement: its own callback reports a transaction that did not start.
      started.catch(() => undefined);
      return run as never;
    } finally {
      this.connection.stream.uncork();
    }
  }

  // Runs statements written together, in order, in one round trip: each still runs alone, with its own snapshot
  // (a read after a lock sees what the lock's previous holder committed). Answers each one's rows; if one fails, fails
  // with the first failure (the ones after it fail too, inside a transaction).
  async queryAll(statements: { sql: string; params: unknown[] }[]): Promise<Record<string, unknown>[][]> {
    this.connection.stream.cork();
    let runs: Promise<{ rows: Record<string, unknown>[] }>[];
    try {
      runs = statements.map(
        ({ sql, params }) => this.query(sql, params) as Promise<{ rows: Record<string, unknown>[] }>,
      );
    } finally {
      this.connection.stream.uncork();
    }
    const settled = await Promise.allSettled(runs);
    const failed = settled.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    return settled.map(
      (outcome) => (outcome as PromiseFulfilledResult<{ rows: Record<string, unknown>[] }>).value.rows,
    );
  }

  // Runs the transaction's last statement with COMMIT written behind it, in one round trip. Answers the statement's
  // rows; the COMMIT's answer is the one the transaction's owner gets when it next asks to commit (or to roll back:
  // after a failed statement PostgreSQL answers that COMMIT by rolling back). Nothing may be sent in between.
  async queryThenCommit(text: string, values: unknown[]): Promise<Record<string, unknown>[]> {
    this.connection.stream.cork();
    let run: Promise<{ rows: Record<string, unknown>[] }>;
    try {
      run = this.query(text, values) as Promise<{ rows: Record<string, unknown>[] }>;
      const committed = this.send(['COMMIT']) as Run;
      committed.catch(() => undefined);
      this.committed = committed;
    } finally {
      this.connection.stream.uncork();
    }
    return (await run).rows;
  }

  // BEGIN held back, and a SET LOCAL right after it (a setting of the transaction, answering nothing); COMMIT or
  // ROLLBACK of a transaction that ran nothing, or whose COMMIT already went. Answers undefined for any other text.
  private control(text: string): Run | undefined {
    const command = text.trim().toUpperCase();
    if (command === 'BEGIN' || command === 'START TRANSACTION') {
      if (this.held.length > 0 || this.committed) return undefined;
      this.held = [command];
      return Promise.resolve(NOTHING);
    }
    if (command.startsWith('SET LOCAL ') && this.held.length > 0) {
      this.held.push(text);
      return Promise.resolve(NOTHING);
    }
    if (command !== 'COMMIT' && command !== 'ROLLBACK') return undefined;
    if (this.held.length > 0) {
      // Nothing ran in the transaction: there is nothing to end.
      this.held = [];
      return Promise.resolve(NOTHING);
    }
    if (this.committed) {
      const committed = this.committed;
      this.committed = null;
      return command === 'COMMIT' ? committed : committed.then(() => NOTHING);
    }
    return undefined;
  }

  private send(args: unknown[]): never {
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

// The API's own client under a TypeORM manager inside a transaction (and not inside a savepoint), if it is one.
function transactionClient(manager: EntityManager): PreparingClient | undefined {
  const runner = manager.queryRunner as
    { databaseConnection?: unknown; isTransactionActive?: boolean; transactionDepth?: number } | undefined;
  const client = runner?.databaseConnection;
  return runner?.isTransactionActive && runner.transactionDepth === 1 && client instanceof PreparingClient
    ? client
    : undefined;
}

// Statements of a transaction that follow one another with nothing in between, in one round trip when the
// connection is this API's own client, else one after another.
export async function inOneRoundTrip(
  manager: EntityManager,
  statements: { sql: string; params: unknown[] }[],
): Promise<Record<string, unknown>[][]> {
  const client = transactionClient(manager);
  if (client) return client.queryAll(statements);
  const answers: Record<string, unknown>[][] = [];
  for (const { sql, params } of statements) answers.push(await manager.query(sql, params));
  return answers;
}

// The transaction's last statement, with COMMIT written behind it when the connection is this API's own client
// (inside a savepoint COMMIT would end the enclosing transaction too, so the statement then goes alone); the
// transaction's owner still commits as usual, and is answered with that COMMIT's outcome.
export async function lastOfTransaction(
  manager: EntityManager,
  sql: string,
  params: unknown[],
): Promise<Record<string, unknown>[]> {
  const client = transactionClient(manager);
  return client ? client.queryThenCommit(sql, params) : manager.query(sql, params);
}
