import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { runMigrations } from '../src/database/migrate';
import { createTestSequences } from './support/sequences';
import { createDatabaseBeside } from '../src/database/scratch';
import { startEmbeddedPostgres } from '../src/database/embedded';

// One fresh database per test run, migrated once: the given server when DATABASE_URL is set, else an embedded one.
export default async function globalSetup(): Promise<void> {
  const name = `apx_test_${process.pid}`;
  let url: string;
  const state = globalThis as unknown as { __apxTeardown?: () => Promise<void> };
  if (process.env.DATABASE_URL) {
    const own = await createDatabaseBeside(process.env.DATABASE_URL, name);
    url = own.url;
    state.__apxTeardown = own.drop;
  } else {
    const dir = resolve(__dirname, '..', '.data', `test-pg-${process.pid}`);
    const port = 55000 + (process.pid % 5000);
    const pg = await startEmbeddedPostgres(dir, port, name, () => undefined, {
      persistent: false,
      durable: false,
    });
    url = pg.url;
    state.__apxTeardown = async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  await runMigrations(url);
  await createTestSequences(url);
  process.env.APX_TEST_DATABASE_URL = url;
}
