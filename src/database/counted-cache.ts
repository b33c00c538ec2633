// Values derived from the directory and the prices of a lot (eligibility on a date, the cards in force on a date),
// kept per process while the database's `matching_inputs` counter stands still. Triggers bump the counter inside
// every transaction that writes those tables (migration AddMatchingInputsCounter), so once a write is visible the
// counter has moved with it. The counter is read before the value is computed: a value is never stored under a
// count newer than the data it was computed from, so a hit is never stale (at worst a miss recomputes).
export type Query = (sql: string, parameters?: unknown[]) => Promise<{ value: string }[]>;

export class CountedCache<V> {
  private readonly entries = new Map<string, { count: string; value: V }>();
  // Computations under way, by count and key: requests that miss together share one computation instead of each
  // running it (after a write, every concurrent matching request would otherwise recompute the whole lot). Sharing
  // is as safe as a hit: the computation began after its count was read, so it holds every write that count does.
  private readonly pending = new Map<string, Promise<V>>();

  constructor(private readonly maxEntries = 32) {}

  async get(query: Query, key: string, compute: () => Promise<V>): Promise<V> {
    const count = await readCount(query);
    const entry = this.entries.get(key);
    if (entry && entry.count === count) {
      // Least recently used goes first: re-insert on every hit.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.value;
    }
    const flight = `${count}|${key}`;
    let computing = this.pending.get(flight);
    if (!computing) {
      computing = compute()
        .then((value) => {
          this.entries.delete(key);
          this.entries.set(key, { count, value });
          if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
          return value;
        })
        .finally(() => this.pending.delete(flight));
      this.pending.set(flight, computing);
    }
    return computing;
  }
}

async function readCount(query: Query): Promise<string> {
  const rows = await query(`SELECT value FROM change_counters WHERE name = 'matching_inputs'`);
  return rows[0]?.value ?? '0';
}
