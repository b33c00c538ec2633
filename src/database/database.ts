import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/config';
import { dataSourceOptions } from './data-source';
import { EmbeddedDatabase, startEmbeddedPostgres } from './embedded';

export interface DatabaseHandle {
  url: string;
  // True when this start created the database (only ever for the embedded default): it gets the demo data.
  created: boolean;
  embedded: EmbeddedDatabase | null;
}

export async function openDatabase(
  config: AppConfig,
  log: (message: string) => void,
): Promise<DatabaseHandle> {
  if (config.databaseUrl) return { url: config.databaseUrl, created: false, embedded: null };
  const embedded = await startEmbeddedPostgres(
    resolve(config.dataDir, 'pg'),
    config.embeddedPgPort,
    'apx',
    log,
    {
      persistent: true,
      durable: true,
    },
  );
  return { url: embedded.url, created: embedded.created, embedded };
}

// Runs pending migrations under an advisory lock, so several instances starting together migrate once.
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url, 2));
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', ['ap-exchange:migrations']);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lock
      .query('SELECT pg_advisory_unlock(hashtext($1))', ['ap-exchange:migrations'])
      .catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
