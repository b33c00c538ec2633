import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives working defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.corsOrigins).toEqual([]);
    expect(config.migrationsRun).toBe(true);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['LOG_LEVEL', 'loud'],
    ['ADMIN_API_KEY', 'short'],
    // Longer than any key the guard looks up: it could never sign in.
    ['ADMIN_API_KEY', `apx_${'A'.repeat(197)}`],
    ['RATE_LIMIT_PER_MINUTE', '-1'],
    ['CORS_ORIGINS', 'not a url'],
    ['MIGRATIONS_RUN', 'maybe'],
    ['AUDIT_TRAIL', 'false'],
  ])('refuses a bad %s and names the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });

  it('keeps the audit trail on unless AUDIT_TRAIL=off', () => {
    expect(loadConfig({}).auditTrail).toBe(true);
    expect(loadConfig({ AUDIT_TRAIL: 'on' }).auditTrail).toBe(true);
    expect(loadConfig({ AUDIT_TRAIL: 'off' }).auditTrail).toBe(false);
  });

  it('reads CORS origins as a list', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example' }).corsOrigins).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });
});
