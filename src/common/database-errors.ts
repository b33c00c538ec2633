import { QueryFailedError } from 'typeorm';

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
