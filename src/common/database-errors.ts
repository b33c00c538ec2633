import { QueryFailedError } from 'typeorm';

const POOL_TIMEOUT_MESSAGES = new Set([
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
]);

// No pool connection came free in time (pg-pool's own messages, with connectionTimeoutMillis in data-source.ts).
// Unlike a deadlock, it can strike after a transaction committed (reading the answer back), so the outcome is unknown.
export function isPoolTimeout(error: unknown): boolean {
  return error instanceof Error && POOL_TIMEOUT_MESSAGES.has(error.message);
}

// PostgreSQL's unique_violation, optionally for one named constraint: the race-proof duplicate check.
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && (constraint === undefined || driverError.constraint === constraint);
}

// PostgreSQL gave up on the transaction for a reason that a retry usually clears: a deadlock it broke
// (40P01) or a serialization failure (40001). The work was rolled back, so nothing half-done is left.
export function isTransientDatabaseFailure(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: string }).code;
  return code === '40P01' || code === '40001';
}
