import { EntityManager } from 'typeorm';
import { KeptByCount } from './change-counters';

// Computations numbered as they start, each held until `release`.
function gatedComputations() {
  let computed = 0;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const slow = async () => {
    const n = ++computed;
    await gate;
    return { n };
  };
  return { slow, release: () => release(), computed: () => computed };
}

describe('KeptByCount', () => {
  it('computes once while the count stands still, and again when it moves', async () => {
    const kept = new KeptByCount<{ n: number }>();
    let computed = 0;
    const compute = () => Promise.resolve({ n: ++computed });
    expect((await kept.get('lot|2027-01-04', '1', compute)).n).toBe(1);
    expect((await kept.get('lot|2027-01-04', '1', compute)).n).toBe(1);
    expect((await kept.get('lot|2027-01-04', '2', compute)).n).toBe(2);
    expect((await kept.get('lot|2027-01-05', '2', compute)).n).toBe(3);
  });

  it('shares one computation between requests that miss together, and not across counts or after a failure', async () => {
    const kept = new KeptByCount<{ n: number }>();
    const { slow, release, computed } = gatedComputations();
    const together = [kept.get('k', '1', slow), kept.get('k', '1', slow), kept.get('k', '1', slow)];
    // A request that read a newer count must not take the older computation.
    const newer = kept.get('k', '2', slow);
    release();
    expect((await Promise.all(together)).map((v) => v.n)).toEqual([1, 1, 1]);
    expect((await newer).n).toBe(2);
    expect(computed()).toBe(2);

    await expect(kept.get('k', '3', () => Promise.reject(new Error('connection lost')))).rejects.toThrow(
      'connection lost',
    );
    expect((await kept.get('k', '3', () => Promise.resolve({ n: 99 }))).n).toBe(99);
  });

  it('forgets the least recently used entry beyond its size', async () => {
    const kept = new KeptByCount<{ v: string }>(2);
    await kept.get('a', '1', () => Promise.resolve({ v: 'a1' }));
    await kept.get('b', '1', () => Promise.resolve({ v: 'b1' }));
    await kept.get('a', '1', () => Promise.resolve({ v: 'a2' })); // a is now the most recent
    await kept.get('c', '1', () => Promise.resolve({ v: 'c1' })); // evicts b
    expect((await kept.get('a', '1', () => Promise.resolve({ v: 'a3' }))).v).toBe('a1');
    expect((await kept.get('b', '1', () => Promise.resolve({ v: 'b2' }))).v).toBe('b2');
  });

  // A manager inside a transaction holds a connection (TypeORM gives it a query runner); the pool's has none.
  const inTransaction = { queryRunner: {} } as EntityManager;
  const throughPool = {} as EntityManager;

  it('never makes a caller holding a connection wait for a computation through the pool', async () => {
    const kept = new KeptByCount<{ v: string }>();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Through the pool, waiting for a connection: here, one that only the transaction below could give back.
    const waiting = kept.get('k', '1', async () => {
      await gate;
      return { v: 'pool' };
    });
    const held = await kept.get('k', '1', () => Promise.resolve({ v: 'held' }), inTransaction);
    expect(held.v).toBe('held');
    release();
    expect((await waiting).v).toBe('pool');
    // What the transaction computed is kept for everyone.
    expect((await kept.get('k', '1', () => Promise.resolve({ v: 'again' }), throughPool)).v).toBe('held');
  });

  it('shares a computation through a held connection with other callers, and keeps none that failed', async () => {
    const kept = new KeptByCount<{ n: number }>();
    const { slow, release, computed } = gatedComputations();
    const first = kept.get('k', '1', slow, inTransaction);
    const others = [kept.get('k', '1', slow, inTransaction), kept.get('k', '1', slow)];
    release();
    expect((await Promise.all([first, ...others])).map((v) => v.n)).toEqual([1, 1, 1]);
    expect(computed()).toBe(1);

    await expect(
      kept.get('k', '2', () => Promise.reject(new Error('connection lost')), inTransaction),
    ).rejects.toThrow('connection lost');
    expect((await kept.get('k', '2', () => Promise.resolve({ n: 99 }), inTransaction)).n).toBe(99);
  });
});
