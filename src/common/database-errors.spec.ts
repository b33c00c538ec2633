import { QueryFailedError } from 'typeorm';
import { isDatabaseUnreachable, isPoolTimeout } from './database-errors';

const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnreachable', () => {
  it('recognises refused and dropped connections by their Node and PostgreSQL codes', () => {
    for (const code of ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '08006', '08001', '57P01', '57P03'])
      expect(isDatabaseUnreachable(coded(code))).toBe(true);
  });

  it('looks through TypeORM’s QueryFailedError and pg-pool’s cause', () => {
    expect(isDatabaseUnreachable(new QueryFailedError('SELECT 1', [], coded('57P01')))).toBe(true);
    const lost = new Error('Connection terminated unexpectedly');
    expect(
      isDatabaseUnreachable(new Error('Connection terminated due to connection timeout', { cause: lost })),
    ).toBe(true);
  });

  it('leaves query errors, deadlocks and a pool that is merely full to their own answers', () => {
    expect(isDatabaseUnreachable(new QueryFailedError('SELECT', [], coded('42P01')))).toBe(false);
    expect(isDatabaseUnreachable(new QueryFailedError('UPDATE', [], coded('40P01')))).toBe(false);
    const full = new Error('timeout exceeded when trying to connect');
    expect(isDatabaseUnreachable(full)).toBe(false);
    expect(isPoolTimeout(full)).toBe(true);
    expect(isDatabaseUnreachable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnreachable(undefined)).toBe(false);
  });
});
