import { MAX_BACKOFF_MS, givesUp, retryDelayMs } from './retry-policy';

describe('webhook retry policy', () => {
  it('doubles the wait after each failure, between half and all of the ceiling', () => {
    expect(retryDelayMs(1, 5000, 0)).toBe(2500);
    expect(retryDelayMs(1, 5000, 1)).toBe(5000);
    expect(retryDelayMs(2, 5000, 0)).toBe(5000);
    expect(retryDelayMs(4, 5000, 1)).toBe(40000);
  });

  it('never waits more than six hours between attempts', () => {
    expect(retryDelayMs(40, 5000, 1)).toBe(MAX_BACKOFF_MS);
  });

  it('keeps trying for 24 hours with the default base, in about 16 attempts', () => {
    let elapsed = 0;
    let attempts = 1;
    while (!givesUp(new Date(0), new Date(elapsed), 24 * 3600 * 1000)) {
      elapsed += retryDelayMs(attempts, 5000, 0.5);
      attempts += 1;
    }
    expect(elapsed).toBeGreaterThanOrEqual(24 * 3600 * 1000);
    expect(attempts).toBeGreaterThan(12);
    expect(attempts).toBeLessThan(25);
  });
});
