import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '../src/database/migrate';
import { startEmbeddedPostgres } from '../src/database/embedded';

// One fresh database per test run, migrated once: the given server when DATABASE_URL is set, else an embedded one.
export default async function globalSetup(): Promise<void> {
  const name = `apx_test_${process.pid}`;
  let url: string;
  const state = globalThis as unknown as { __apxTeardown?: () => Promise<void> };
  if (process.env.DATABASE_URL) {
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const parsed = new URL(process.env.DATABASE_URL);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    state.__apxTeardown = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
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
  process.env.APX_TEST_DATABASE_URL = url;
}
