// Fixed one-minute window per key (or per client address for public routes), held in this instance's memory:
// a limit per instance is enough to stop a runaway client without a database write on every request.
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  // Returns 0 when allowed, else the seconds until the window resets.
  take(subject: string): number {
    if (this.perMinute === 0) return 0;
    const now = this.now();
    const window = this.windows.get(subject);
    if (!window || now - window.start >= 60_000) {
      if (this.windows.size > 100_000) this.windows.clear();
      this.windows.set(subject, { start: now, count: 1 });
      return 0;
    }
    window.count += 1;
    if (window.count <= this.perMinute) return 0;
    return Math.max(1, Math.ceil((window.start + 60_000 - now) / 1000));
  }
}
