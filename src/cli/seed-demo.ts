// npm run seed:demo — loads the Bury demo dataset into DATABASE_URL (or the embedded database) and prints its keys.
import 'reflect-metadata';
import { createApp } from '../app.setup';
import { loadConfig } from '../config/config';
import { openDatabase } from '../database/database';
import { runMigrations } from '../database/migrate';
import { seedDemo } from '../demo/seed-demo';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config, (m) => process.stdout.write(`${m}\n`));
  try {
    await runMigrations(database.url);
    const app = await createApp(config, database.url);
    await app.init();
    const keys = await seedDemo(app);
    await app.close();
    process.stdout.write(`Demo data loaded. API keys (shown once):\n${JSON.stringify(keys, null, 2)}\n`);
  } finally {
    await database.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
