import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';

const POOL_TIMEOUT_MESSAGES = new Set([
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
]);

// Node's socket errors when the server cannot be reached or drops the connection.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// PostgreSQL's SQLSTATEs for a server going or gone: class 08 (connection exception), admin_shutdown,
// crash_shutdown, cannot_connect_now (starting up or shutting down), database_dropped.
const SERVER_GONE_CODES = new Set(['57P01', '57P02', '57P03', '57P04']);
// pg raises these without a code; its message is all there is to go on.
const CONNECTION_LOST_MESSAGES = new Set([
  'Connection terminated unexpectedly',
  'Client has encountered a connection error and is not queryable',
]);

// The database cannot be reached or has just dropped the connection: not this request's fault and not a bug, so it
// is answered 503 database_unavailable and logged once per outage. TypeORM wraps a failed query's error in
// QueryFailedError.driverError, and pg-pool a connect that timed out in `cause`, so both are followed.
export function isDatabaseUnreachable(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; typeof e === 'object' && e !== null && depth < 5; depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (
      typeof code === 'string' &&
      (NETWORK_CODES.has(code) || code.startsWith('08') || SERVER_GONE_CODES.has(code))
    )
      return true;
    if (typeof message === 'string' && CONNECTION_LOST_MESSAGES.has(message)) return true;
    e = e instanceof QueryFailedError ? (e.driverError as unknown) : (e as { cause?: unknown }).cause;
  }
  return false;
}

// No pool connection came free in time (pg-pool's own messages, with connectionTimeoutMillis in data-source.ts).
// Unlike a deadlock, it can strike after a transaction committed (reading the answer back), so the outcome is unknown.
export function isPoolTimeout(error: unknown): boolean {
  return error instanceof Error && POOL_TIMEOUT_MESSAGES.has(error.message);
}

// PostgreSQL's unique_violation, optionally for one named constraint: the race-proof duplicate check. Through
// TypeORM, or straight from the pool's client (a statement written with its COMMIT, src/database/preparing-client.ts).
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (
    error instanceof QueryFailedError ? error.driverError : error instanceof DatabaseError ? error : null
  ) as { code?: string; constraint?: string } | null;
  if (!driverError) return false;
  return driverError.code === '23505' && (constraint === undefined || driverError.constraint === constraint);
}

// PostgreSQL gave up on the transaction for a reason that a retry usually clears: a deadlock it broke
// (40P01) or a serialization failure (40001). The work was rolled back, so nothing half-done is left.
export function isTransientDatabaseFailure(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: string }).code;
  return code === '40P01' || code === '40001';
}
