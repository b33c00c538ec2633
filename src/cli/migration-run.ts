// npm run migration:run — applies pending migrations to DATABASE_URL, or to the embedded database.
import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { openDatabase } from '../database/database';
import { runMigrations } from '../database/migrate';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config, (m) => process.stdout.write(`${m}\n`));
  try {
    const applied = await runMigrations(database.url);
    process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Nothing to apply.\n');
  } finally {
    await database.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
