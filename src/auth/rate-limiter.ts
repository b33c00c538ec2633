import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';

// Each bucket is its own policy, so one kind of traffic cannot spend another's allowance: public pages (by client
// address) cannot starve API keys, and failed keys (by client address) cannot be guessed at the public rate.
export type Bucket = 'key' | 'public' | 'failed_auth';

export interface RateLimitVerdict {
  allowed: boolean;
  // IETF draft-ietf-httpapi-ratelimit-headers: the policy (quota q in window w) and where the caller stands in it
  // (r remaining, t seconds until the window resets).
  policy: string;
  state: string;
  retryAfterSeconds: number;
}

const WINDOW_SECONDS = 60;
// The draft's policy names (sf-string): the same three on every instance.
const POLICY_NAMES: Record<Bucket, string> = { key: 'per-key', public: 'public', failed_auth: 'failed-auth' };

// Fixed one-minute windows held in PostgreSQL (the unlogged rate_limits table), so every instance counts against the
// same bucket. If the database cannot answer, each instance falls back to counting in its own memory rather than
// turning a rate limit into an outage; once a bucket is over its limit this instance refuses it from memory until
// the window ends, so a flood does not cost a database write per request.
export class RateLimits {
  private readonly limiters = new Map<Bucket, { points: number; limiter: RateLimiterPostgres }>();

  constructor(dataSource: DataSource, perMinute: Record<Bucket, number>) {
    for (const bucket of Object.keys(perMinute) as Bucket[]) {
      const points = perMinute[bucket];
      if (points === 0) continue;
      const options = { keyPrefix: bucket, points, duration: WINDOW_SECONDS };
      this.limiters.set(bucket, {
        points,
        limiter: new RateLimiterPostgres({
          ...options,
          storeClient: dataSource,
          storeType: 'typeorm',
          tableName: 'rate_limits',
          tableCreated: true,
          inMemoryBlockOnConsumed: points + 1,
          insuranceLimiter: new RateLimiterMemory(options),
        }),
      });
    }
  }

  // Counts one request against `subject` in `bucket`; undefined when that bucket is not limited.
  async take(bucket: Bucket, subject: string): Promise<RateLimitVerdict | undefined> {
    const entry = this.limiters.get(bucket);
    if (!entry) return undefined;
    let result: RateLimiterRes;
    let allowed = true;
    try {
      result = await entry.limiter.consume(subject);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      result = refusal;
      allowed = false;
    }
    const name = POLICY_NAMES[bucket];
    const resetSeconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000));
    return {
      allowed,
      policy: `"${name}";q=${entry.points};w=${WINDOW_SECONDS}`,
      state: `"${name}";r=${result.remainingPoints};t=${resetSeconds}`,
      retryAfterSeconds: resetSeconds,
    };
  }
}
