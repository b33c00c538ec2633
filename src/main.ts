import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createApp } from './app.setup';
import { ApiKeysService, generateKey } from './auth/api-keys.service';
import { createLogger } from './common/logging';
import { ConfigError, loadConfig } from './config/config';
import { openDatabase } from './database/database';
import { runMigrations } from './database/migrate';
import { seedDemo } from './demo/seed-demo';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const root = createLogger(config.logLevel);
  const logger = root.child({ context: 'Bootstrap' });
  const say = (msg: string) => logger.info(msg);
  const database = await openDatabase(config, say);
  let closing = false;
  const stopDatabase = async () => database.embedded?.stop();

  try {
    if (config.migrationsRun) {
      const applied = await runMigrations(database.url);
      if (applied.length > 0) say(`applied migrations: ${applied.join(', ')}`);
    }
    const app = await createApp(config, database.url, { logger: root });
    // Module hooks (the scope and check-type validators) run before anything uses the services, as in the tests
    // and the seed command; listen() below then does not initialise again.
    await app.init();
    const apiKeys = app.get(ApiKeysService);

    let adminKey = config.adminApiKey;
    const adminKeyFile = resolve(config.dataDir, 'admin-api-key');
    if (!adminKey && database.embedded) {
      // Embedded default: a generated admin key, kept in .data/ so it survives restarts.
      if (existsSync(adminKeyFile)) adminKey = readFileSync(adminKeyFile, 'utf8').trim();
      else {
        adminKey = generateKey();
        mkdirSync(config.dataDir, { recursive: true });
        writeFileSync(adminKeyFile, adminKey + '\n', { mode: 0o600 });
      }
      say(`admin API key is in ${adminKeyFile}`);
    }
    if (adminKey) await apiKeys.ensureAdminKey(adminKey, 'bootstrap admin (ADMIN_API_KEY)');

    const demoKeysFile = resolve(config.dataDir, 'demo-api-keys.json');
    const seed = config.seedDemo === 'always' || (config.seedDemo === 'auto' && database.created);
    if (seed) {
      const keys = await seedDemo(app);
      mkdirSync(config.dataDir, { recursive: true });
      writeFileSync(demoKeysFile, JSON.stringify(keys, null, 2) + '\n', { mode: 0o600 });
      say('demo data loaded');
    }
    await app.listen(config.port, config.host);
    say(`AP Exchange listening on http://localhost:${config.port} — API docs at /docs`);
    if (database.embedded && existsSync(demoKeysFile)) {
      const { providers, ...roles } = JSON.parse(readFileSync(demoKeysFile, 'utf8')) as Record<
        string,
        unknown
      >;
      process.stdout.write(
        `\nDemo API keys (from ${demoKeysFile}):\n${JSON.stringify(roles, null, 2)}\n` +
          (providers ? `Every demo provider's key, by name, is in the same file under "providers".\n` : '\n'),
      );
    }

    const shutdown = (signal: string) => {
      if (closing) return;
      closing = true;
      say(`${signal} received, shutting down`);
      void app
        .close()
        .then(stopDatabase)
        .then(() => process.exit(0))
        .catch((error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        });
    };
    process.on('SIGINT', () => shutdown('SIGINT'));
    process.on('SIGTERM', () => shutdown('SIGTERM'));
  } catch (error) {
    logger.error({ err: error }, 'start-up failed');
    await stopDatabase();
    process.exit(1);
  }
}

void main();
