// Two projects: pure unit specs beside the code, and DB/HTTP specs in test/ against real PostgreSQL.
// Type-checking is `npm run typecheck`; tests only transpile, which keeps a run short on two cores.
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }],
  // content-disposition 2 (used by @fastify/static for Swagger UI) and request-filtering-agent 3 ship ES modules only.
  'node_modules/(content-disposition|request-filtering-agent)/.+\\.js$': [
    'ts-jest',
    { tsconfig: 'tsconfig.jest.json' },
  ],
};
const transformIgnorePatterns = ['/node_modules/(?!(content-disposition|request-filtering-agent)/)'];

module.exports = {
  maxWorkers: 2,
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
      transform,
      transformIgnorePatterns,
      testEnvironment: 'node',
    },
    {
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      transform,
      transformIgnorePatterns,
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
  ],
};
