import { Logger, runMigrations as runJobQueueMigrations } from 'graphile-worker';

// The job queue's own schema (src/jobs reads it from here: the database layer sits below every module).
export const JOB_SCHEMA = 'graphile_worker';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';

const quietLogger = new Logger(() => () => undefined);

// Runs pending migrations under an advisory lock, so several instances starting together migrate once.
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url, 2));
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', ['ap-exchange:migrations']);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    // graphile-worker keeps its own schema and versions it itself; under the same lock, after ours.
    await runJobQueueMigrations({ connectionString: url, schema: JOB_SCHEMA, logger: quietLogger });
    return applied.map((migration) => migration.name);
  } finally {
    await lock
      .query('SELECT pg_advisory_unlock(hashtext($1))', ['ap-exchange:migrations'])
      .catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
