import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows the limit in a minute, refuses the next, and resets after the window', () => {
    let now = 0;
    const limiter = new RateLimiter(3, () => now);
    expect([limiter.take('k'), limiter.take('k'), limiter.take('k')]).toEqual([0, 0, 0]);
    expect(limiter.take('k')).toBe(60);
    expect(limiter.take('other')).toBe(0);
    now = 60_000;
    expect(limiter.take('k')).toBe(0);
  });

  it('never limits when the limit is 0', () => {
    const limiter = new RateLimiter(0);
    for (let i = 0; i < 1000; i++) expect(limiter.take('k')).toBe(0);
  });
});
