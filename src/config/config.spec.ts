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
    ['TRUST_PROXY', 'true'],
    ['TRUST_PROXY', '0'],
    ['TRUST_PROXY', '10.0.0.1, proxy.internal'],
    ['TRUST_PROXY', '10.0.0.0/33'],
    ['RATE_LIMIT_PUBLIC_PER_MINUTE', 'lots'],
    ['AUDIT_TRAIL', 'false'],
  ])('refuses a bad %s and names the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });

  it('trusts no proxy unless told how many hops or which addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.7, ::1' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.7',
      '::1',
    ]);
  });

  it('gives public pages and failed keys their own limits, which follow the per-key limit unless set', () => {
    expect(loadConfig({})).toMatchObject({
      rateLimitPerMinute: 1200,
      rateLimitPublicPerMinute: 1200,
      rateLimitFailedAuthPerMinute: 60,
    });
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '0' })).toMatchObject({
      rateLimitPublicPerMinute: 0,
      rateLimitFailedAuthPerMinute: 0,
    });
    expect(
      loadConfig({ RATE_LIMIT_PUBLIC_PER_MINUTE: '300', RATE_LIMIT_FAILED_AUTH_PER_MINUTE: '10' }),
    ).toMatchObject({ rateLimitPublicPerMinute: 300, rateLimitFailedAuthPerMinute: 10 });
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
