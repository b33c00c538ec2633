import { ConfigError } from './config/config';
import { EmbeddedPostgresError } from './database/embedded-error';
import { describeStartupFailure } from './startup-failure';

const coded = (code: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(`${code} happened\n    at somewhere`), { code, ...extra });

describe('describeStartupFailure', () => {
  it('names the cause and the setting to change, in one line', () => {
    expect(describeStartupFailure(coded('EADDRINUSE', { port: 3000 }), { port: 3000 })).toBe(
      'HTTP port 3000 is already in use by another program (set PORT)',
    );
    expect(describeStartupFailure(coded('ECONNREFUSED', { address: '10.0.0.5', port: 5432 }))).toBe(
      'cannot reach the database at 10.0.0.5:5432 (ECONNREFUSED); check DATABASE_URL and that PostgreSQL runs',
    );
    expect(describeStartupFailure(coded('28P01'))).toBe(
      'the database refused the credentials in DATABASE_URL',
    );
    expect(
      describeStartupFailure(
        new EmbeddedPostgresError('port 54320 is in use by another program', 'port_in_use'),
      ),
    ).toBe('port 54320 is in use by another program (set EMBEDDED_PG_PORT)');
    expect(describeStartupFailure(new ConfigError('PORT', 'must be a whole number'))).toBe(
      'Invalid configuration: PORT must be a whole number',
    );
  });

  it('keeps only the first line of an unexpected error, and copes with a reason that is not an error', () => {
    expect(describeStartupFailure(new TypeError('x is not a function\nmore'))).toBe(
      'TypeError: x is not a function',
    );
    expect(describeStartupFailure(undefined)).toBe('start-up failed with undefined');
  });
});
