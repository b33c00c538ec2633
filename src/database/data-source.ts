import { types } from 'pg';
import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './naming.strategy';
import { PreparingClient } from './preparing-client';
import { MIGRATIONS } from './migrations';

// DATE columns stay 'YYYY-MM-DD' strings: a school day is a calendar date, not an instant in a time zone.
types.setTypeParser(1082, (value: string) => value);

export const POOL_WAIT_MS = 10_000;
const IDLE_IN_TRANSACTION_MS = 60_000;

export function dataSourceOptions(url: string, poolSize: number): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install, and schema changes belong to the
    // migrations, so TypeORM must not run CREATE EXTENSION on every connection.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsTransactionMode: 'each',
    extra: {
      max: poolSize,
      // Each parameterised statement is prepared once per connection (src/database/preparing-client.ts).
      Client: PreparingClient,
      application_name: 'ap-exchange',
      // A request that cannot get a connection within this time fails (503, retry) instead of waiting for ever.
      connectionTimeoutMillis: POOL_WAIT_MS,
      // A transaction left idle this long holding locks is ended by the server, so it cannot block others for ever.
      options: `-c idle_in_transaction_session_timeout=${IDLE_IN_TRANSACTION_MS}`,
    },
    logging: false,
  };
}
