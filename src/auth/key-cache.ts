import { LRUCache } from 'lru-cache';
import { Client } from 'pg';
import type { Caller } from './role';

// What any statement that changes api_keys notifies at its commit (migration ApiKeysChangedNotice).
const CHANNEL = 'api_keys_changed';
const MAX_KEYS = 10_000;
// A bound on what the listener cannot see (a connection cut without either end noticing): a kept key is read again
// after this, whatever was heard.
const KEEP_MS = 60_000;
// After a failed attempt to listen, requests read their keys for this long before the next attempt.
const RETRY_MS = 1_000;

// The callers of the keys this instance has authenticated, so that a request costs no statement for its key
// (bench/FINDINGS.md, eleventh round). Sound only while every revocation is heard: a key changes only by being
// revoked (or deleted by hand), each such statement notifies every instance when it commits, and on hearing it this
// instance forgets every key it kept. So keys are kept only while this instance is listening: before its LISTEN has
// answered, and from the moment its connection is lost until a new one listens, each request reads its key as
// before. A read that began before a revocation was heard is not kept (generations), so it cannot put back a key
// that notice made this instance forget.
export class KeyCache {
  private readonly kept = new LRUCache<string, Caller>({ max: MAX_KEYS, ttl: KEEP_MS });
  private listener: Client | undefined;
  private listening = false;
  private connecting = false;
  private lastAttempt = 0;
  private generation = 0;
  private closed = false;

  constructor(private readonly url: string) {}

  // Whether keys are kept now (this instance is listening).
  get keeping(): boolean {
    return this.listening;
  }

  // The caller of a key (by its hash) if kept. Starts listening on the first use, and again after a lost connection.
  get(hash: string): Caller | undefined {
    if (!this.listening) {
      this.listen();
      return undefined;
    }
    return this.kept.get(hash);
  }

  // Taken before a key is read; what the read found is kept only if nothing was forgotten meanwhile.
  since(): number {
    return this.generation;
  }

  keep(hash: string, caller: Caller, since: number): void {
    if (this.listening && since === this.generation) this.kept.set(hash, caller);
  }

  // A key changed (revoked here, or heard of from any instance): every kept key is read again.
  forget(): void {
    this.generation += 1;
    this.kept.clear();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopped();
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  private stopped(): void {
    this.listening = false;
    this.forget();
  }

  private listen(): void {
    if (this.closed || this.connecting || Date.now() - this.lastAttempt < RETRY_MS) return;
    this.connecting = true;
    this.lastAttempt = Date.now();
    const client = new Client({
      connectionString: this.url,
      application_name: 'ap-exchange:api-key-notices',
      keepAlive: true,
    });
    const lost = () => {
      if (this.listener !== client) return;
      this.listener = undefined;
      this.stopped();
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (notice) => {
      if (notice.channel === CHANNEL) this.forget();
    });
    this.listener = client;
    client
      .connect()
      .then(() => client.query(`LISTEN ${CHANNEL}`))
      .then(() => {
        if (this.listener !== client || this.closed) return;
        // Reads that began before this point could have missed a revocation: none of them is kept.
        this.forget();
        this.listening = true;
      })
      .catch(() => {
        lost();
        void client.end().catch(() => undefined);
      })
      .finally(() => {
        this.connecting = false;
      });
  }
}
