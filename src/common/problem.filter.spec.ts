import { Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ConflictError, RuleViolation } from './domain-error';
import { toProblem } from './problem.filter';

describe('toProblem', () => {
  const logger = { error: jest.fn(), warn: jest.fn() } as unknown as Logger;

  it('maps a deadlock or serialization failure PostgreSQL broke to 503 with a retry hint', () => {
    for (const code of ['40P01', '40001']) {
      const error = new QueryFailedError(
        'UPDATE …',
        [],
        Object.assign(new Error('deadlock detected'), { code }),
      );
      expect(toProblem(error, logger)).toMatchObject({
        status: 503,
        code: 'transient_failure',
        retryAfterSeconds: 1,
      });
    }
    const other = new QueryFailedError('SELECT …', [], Object.assign(new Error('boom'), { code: '42P01' }));
    expect(toProblem(other, logger)).toMatchObject({ status: 500, code: 'internal_error' });
  });

  it('maps a wait for a pool connection that timed out to 503 service_busy, whose outcome may be unknown', () => {
    // pg-pool's own errors when connectionTimeoutMillis passes (src/database/data-source.ts).
    for (const message of [
      'timeout exceeded when trying to connect',
      'Connection terminated due to connection timeout',
    ])
      expect(toProblem(new Error(message), logger)).toMatchObject({
        status: 503,
        code: 'service_busy',
        retryAfterSeconds: 5,
      });
  });

  it('maps an unexpected error to 500 internal_error without its message or stack, and logs it', () => {
    const error = new Error('relation "secret_table" does not exist');
    const result = toProblem(error, logger);
    expect(result).toMatchObject({ status: 500, code: 'internal_error' });
    expect(JSON.stringify(result)).not.toContain('secret_table');
    expect(logger.error).toHaveBeenCalledWith(error);
  });

  it('keeps a domain error’s code, status and extra fields', () => {
    expect(
      toProblem(new ConflictError('capacity_exhausted', 'Full', { firstShortDate: '2026-11-02' }), logger),
    ).toMatchObject({
      status: 409,
      code: 'capacity_exhausted',
      firstShortDate: '2026-11-02',
    });
    expect(toProblem(new RuleViolation('provider_ineligible', 'No'), logger).status).toBe(422);
  });
});
