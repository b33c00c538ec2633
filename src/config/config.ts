import { isIP } from 'node:net';

// The only place that reads process.env: every setting is validated at boot and typed from here on.
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'];

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  dbPoolSize: number;
  migrationsRun: boolean;
  logLevel: LogLevel;
  adminApiKey: string | undefined;
  rateLimitPerMinute: number;
  rateLimitPublicPerMinute: number;
  rateLimitFailedAuthPerMinute: number;
  // false, the number of proxy hops in front of the service, or the proxies' addresses (Fastify's trustProxy).
  trustProxy: false | number | string[];
  corsOrigins: string[];
  seedDemo: 'auto' | 'always' | 'never';
  // Off only to measure what the audit trail costs (bench/audit-trail.ts); a deployment keeps it on.
  auditTrail: boolean;
  // Background work (src/jobs): whether this process runs a graphile-worker pool, and how.
  worker: {
    enabled: boolean;
    concurrency: number;
    pollIntervalMs: number;
    // A worker process silent this long is taken for dead and its locked jobs are released for others.
    staleAfterSeconds: number;
    lapseSweep: boolean;
    checkExpiryScan: boolean;
    attendanceMarksMissingScan: boolean;
    reviewOverdueScan: boolean;
  };
  webhooks: {
    allowPrivateTargets: boolean;
    timeoutMs: number;
    backoffBaseMs: number;
    retryForSeconds: number;
    disableAfterSeconds: number;
  };
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Invalid configuration: ${variable} ${message}`);
  }
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max)
    throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw))
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

// `apx_` and at least 32 random bytes in base64url (43 characters), at most 200 characters in all: one rule for the
// bootstrap key at boot and for every key the guard will look up.
export const API_KEY_PATTERN = /^apx_[A-Za-z0-9_-]{43,196}$/;

// A proxy to trust is named by hop count or by address: `true` would trust every X-Forwarded-For, letting any client
// choose its own address and so its own rate-limit bucket.
function trustProxy(env: NodeJS.ProcessEnv): false | number | string[] {
  const raw = (env.TRUST_PROXY ?? '').trim();
  if (raw === '' || raw.toLowerCase() === 'false') return false;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops < 1 || hops > 10)
      throw new ConfigError('TRUST_PROXY', `hop count must be between 1 and 10, got ${hops}`);
    return hops;
  }
  const addresses = raw.split(',').map((a) => a.trim());
  for (const address of addresses) {
    const [ip, prefix, ...rest] = address.split('/');
    const family = isIP(ip);
    const bits = family === 4 ? 32 : 128;
    if (
      family === 0 ||
      rest.length > 0 ||
      (prefix !== undefined && !(/^\d+$/.test(prefix) && Number(prefix) <= bits))
    )
      throw new ConfigError(
        'TRUST_PROXY',
        `must be false, a hop count, or comma-separated proxy addresses or CIDR ranges, got "${address}"`,
      );
  }
  return addresses;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(databaseUrl);
    } catch {
      throw new ConfigError('DATABASE_URL', 'is not a valid URL');
    }
    if (!['postgres:', 'postgresql:'].includes(url.protocol))
      throw new ConfigError('DATABASE_URL', 'must start with postgres:// or postgresql://');
  }
  const adminApiKey = env.ADMIN_API_KEY || undefined;
  if (adminApiKey !== undefined && !API_KEY_PATTERN.test(adminApiKey))
    throw new ConfigError('ADMIN_API_KEY', 'must look like apx_ followed by at least 43 URL-safe characters');
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin))
      throw new ConfigError('CORS_ORIGINS', `must be a comma-separated list of origins, got "${origin}"`);
  }
  const rateLimitPerMinute = integer(env, 'RATE_LIMIT_PER_MINUTE', 1200, 0, 1_000_000);
  return {
    port: integer(env, 'PORT', 3000, 1, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    dataDir: env.DATA_DIR || '.data',
    embeddedPgPort: integer(env, 'EMBEDDED_PG_PORT', 54320, 1024, 65535),
    dbPoolSize: integer(env, 'DB_POOL_SIZE', 20, 1, 500),
    migrationsRun: boolean(env, 'MIGRATIONS_RUN', true),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    adminApiKey,
    rateLimitPerMinute,
    rateLimitPublicPerMinute: integer(env, 'RATE_LIMIT_PUBLIC_PER_MINUTE', rateLimitPerMinute, 0, 1_000_000),
    // A wrong key never earns more tries than a right one.
    rateLimitFailedAuthPerMinute: integer(
      env,
      'RATE_LIMIT_FAILED_AUTH_PER_MINUTE',
      Math.min(60, rateLimitPerMinute),
      0,
      1_000_000,
    ),
    trustProxy: trustProxy(env),
    corsOrigins,
    seedDemo: oneOf(env, 'SEED_DEMO', ['auto', 'always', 'never'] as const, 'auto'),
    auditTrail: oneOf(env, 'AUDIT_TRAIL', ['on', 'off'] as const, 'on') === 'on',
    worker: {
      enabled: boolean(env, 'WORKER_ENABLED', true),
      concurrency: integer(env, 'WORKER_CONCURRENCY', 5, 1, 100),
      pollIntervalMs: integer(env, 'WORKER_POLL_INTERVAL_MS', 2000, 50, 60_000),
      staleAfterSeconds: integer(env, 'WORKER_STALE_AFTER_SECONDS', 60, 2, 86_400),
      lapseSweep: boolean(env, 'LAPSE_SWEEP_ENABLED', true),
      checkExpiryScan: boolean(env, 'CHECK_EXPIRY_SCAN_ENABLED', true),
      attendanceMarksMissingScan: boolean(env, 'ATTENDANCE_MARKS_MISSING_SCAN_ENABLED', true),
      reviewOverdueScan: boolean(env, 'REVIEW_OVERDUE_SCAN_ENABLED', true),
    },
    webhooks: {
      allowPrivateTargets: boolean(env, 'WEBHOOK_ALLOW_PRIVATE_TARGETS', false),
      timeoutMs: integer(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 10, 60_000),
      backoffBaseMs: integer(env, 'WEBHOOK_BACKOFF_BASE_MS', 5_000, 1, 3_600_000),
      retryForSeconds: integer(env, 'WEBHOOK_RETRY_FOR_SECONDS', 86_400, 0, 2_592_000),
      disableAfterSeconds: integer(env, 'WEBHOOK_DISABLE_AFTER_SECONDS', 259_200, 1, 31_536_000),
    },
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
