import { QueryFailedError } from 'typeorm';

const POOL_TIMEOUT_MESSAGES = new Set([
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
]);

// PostgreSQL's unique_violation, optionally for one named constraint: the race-proof duplicate check.
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && (constraint === undefined || driverError.constraint === constraint);
}

// PostgreSQL gave up on the transaction for a reason that a retry usually clears: a deadlock it broke
// (40P01) or a serialization failure (40001). The work was rolled back, so nothing half-done is left. Likewise when
// no pool connection came free in time (pg's own message): nothing was done.
export function isTransientDatabaseFailure(error: unknown): boolean {
  if (error instanceof Error && POOL_TIMEOUT_MESSAGES.has(error.message)) return true;
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: string }).code;
  return code === '40P01' || code === '40001';
}
