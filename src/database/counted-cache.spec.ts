import { CountedCache } from './counted-cache';

describe('CountedCache', () => {
  // The counter row as the database would hold it; each read is counted.
  let count = 1;
  let reads = 0;
  const query = () => {
    reads++;
    return Promise.resolve([{ value: String(count) }]);
  };

  beforeEach(() => {
    count = 1;
    reads = 0;
  });

  it('computes once while the counter stands still, and again when it moves', async () => {
    const cache = new CountedCache<number>();
    let computed = 0;
    const compute = () => Promise.resolve(++computed);
    expect(await cache.get(query, 'lot|2027-01-04', compute)).toBe(1);
    expect(await cache.get(query, 'lot|2027-01-04', compute)).toBe(1);
    count = 2;
    expect(await cache.get(query, 'lot|2027-01-04', compute)).toBe(2);
    expect(await cache.get(query, 'lot|2027-01-05', compute)).toBe(3);
    expect(reads).toBe(4);
  });

  it('files a value under the count read before computing it, so a write during the computation forces a miss', async () => {
    const cache = new CountedCache<string>();
    await cache.get(query, 'k', () => {
      count = 2; // a write commits while the value is being computed
      return Promise.resolve('computed while count was moving');
    });
    expect(await cache.get(query, 'k', () => Promise.resolve('fresh'))).toBe('fresh');
  });

  it('shares one computation between requests that miss together, and not across counts or after a failure', async () => {
    const cache = new CountedCache<number>();
    let computed = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = async () => {
      const n = ++computed;
      await gate;
      return n;
    };
    const together = [cache.get(query, 'k', slow), cache.get(query, 'k', slow), cache.get(query, 'k', slow)];
    await new Promise((resolve) => setImmediate(resolve));
    count = 2; // a request that reads the newer count must not take the older computation
    const newer = cache.get(query, 'k', slow);
    release();
    expect(await Promise.all(together)).toEqual([1, 1, 1]);
    expect(await newer).toBe(2);
    expect(computed).toBe(2);

    count = 3;
    const failing = () => Promise.reject(new Error('connection lost'));
    await expect(cache.get(query, 'k', failing)).rejects.toThrow('connection lost');
    expect(await cache.get(query, 'k', () => Promise.resolve(99))).toBe(99);
  });

  it('forgets the least recently used key beyond its size', async () => {
    const cache = new CountedCache<string>(2);
    await cache.get(query, 'a', () => Promise.resolve('a1'));
    await cache.get(query, 'b', () => Promise.resolve('b1'));
    await cache.get(query, 'a', () => Promise.resolve('a2')); // a is now the most recent
    await cache.get(query, 'c', () => Promise.resolve('c1')); // evicts b
    expect(await cache.get(query, 'a', () => Promise.resolve('a3'))).toBe('a1');
    expect(await cache.get(query, 'b', () => Promise.resolve('b2'))).toBe('b2');
  });
});
