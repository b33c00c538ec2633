import { Client } from 'pg';

// Session-level advisory locks on one connection of their own: a claim on an Idempotency-Key is held here for as
// long as its request runs, so it dies with the process (PostgreSQL releases a session's locks when the session
// ends, a kill -9 included) and a retry after a crash proceeds at once instead of waiting out a timeout. One
// connection holds every lock of this instance, so claims never take connections from the pool the work needs.
export class ClaimLocks {
  private client: Promise<Client> | undefined;
  // Session locks are re-entrant: a second request of this process for a key it already holds must wait like any
  // other, so the keys held here are remembered and refused locally.
  private readonly held = new Map<string, NodeJS.Timeout | null>();

  constructor(private readonly url: string) {}

  async tryLock(name: string): Promise<boolean> {
    if (this.held.has(name)) return false;
    this.held.set(name, null);
    try {
      const client = await this.connection();
      const rows = await client.query<{ locked: boolean }>(
        "SELECT pg_try_advisory_lock(hashtext('ap-exchange:idempotency'), hashtext($1)) AS locked",
        [name],
      );
      if (rows.rows[0].locked) return true;
    } catch (error) {
      this.held.delete(name);
      throw error;
    }
    this.held.delete(name);
    return false;
  }

  // After `afterMs`, if given: the claim outlives its request for a while (an answer that could not be stored).
  async unlock(name: string, afterMs = 0): Promise<void> {
    if (!this.held.has(name)) return;
    if (afterMs > 0) {
      const timer = setTimeout(() => void this.unlock(name).catch(() => undefined), afterMs);
      timer.unref();
      clearTimeout(this.held.get(name) ?? undefined);
      this.held.set(name, timer);
      return;
    }
    clearTimeout(this.held.get(name) ?? undefined);
    this.held.delete(name);
    // Not awaited by the request: the connection runs its queries in order, so a later tryLock of this name from
    // this instance comes after the unlock. A lock the session lost with its connection is already gone; the new
    // session answers false, harmlessly.
    const client = await this.connection();
    void client
      .query("SELECT pg_advisory_unlock(hashtext('ap-exchange:idempotency'), hashtext($1))", [name])
      .catch(() => undefined);
  }

  async close(): Promise<void> {
    for (const timer of this.held.values()) clearTimeout(timer ?? undefined);
    this.held.clear();
    const client = this.client;
    this.client = undefined;
    await client?.then((c) => c.end()).catch(() => undefined);
  }

  private connection(): Promise<Client> {
    if (!this.client) {
      const client = new Client({
        connectionString: this.url,
        application_name: 'ap-exchange:idempotency-claims',
        keepAlive: true,
      });
      // A lost connection took its locks with it: the next claim opens a new one.
      const forget = () => {
        if (this.client === pending) this.client = undefined;
      };
      client.on('error', forget);
      client.on('end', forget);
      const pending: Promise<Client> = client.connect().then(
        () => client,
        (error: unknown) => {
          forget();
          throw error;
        },
      );
      this.client = pending;
    }
    return this.client;
  }
}
