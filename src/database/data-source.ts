import { types } from 'pg';
import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './naming.strategy';
import { MIGRATIONS } from './migrations';

// DATE columns stay 'YYYY-MM-DD' strings: a school day is a calendar date, not an instant in a time zone.
types.setTypeParser(1082, (value: string) => value);

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
    extra: { max: poolSize, application_name: 'ap-exchange' },
    logging: false,
  };
}
