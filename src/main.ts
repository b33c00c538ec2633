import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from './app.setup';
import { ApiKeysService, generateKey } from './auth/api-keys.service';
import { createLogger } from './common/logging';
import { AppConfig, loadConfig } from './config/config';
import { DatabaseHandle, openDatabase } from './database/database';
import { stopOnSignalsByCaller } from './database/embedded';
import { runMigrations } from './database/migrate';
import { seedDemo } from './demo/seed-demo';
import { describeStartupFailure } from './startup-failure';

const STOP_DATABASE_WAIT_MS = 10_000;

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`${describeStartupFailure(error)}\n`);
    process.exit(1);
  }
  const root = createLogger(config.logLevel);
  const logger = root.child({ context: 'Bootstrap' });
  const say = (msg: string) => logger.info(msg);
  let database: DatabaseHandle | undefined;
  let closing = false;
  // Bounded: a process on its way out must not hang on a server that will not stop (the next start clears it).
  const stopDatabase = () =>
    Promise.race([database?.embedded?.stop(), sleep(STOP_DATABASE_WAIT_MS)]).catch(() => undefined);

  // A promise nobody awaited failed, or an exception escaped: the process is in an unknown state, so it says what
  // failed and exits non-zero for its supervisor to restart it, rather than serve on half-broken.
  const crash = (kind: string) => (reason: unknown) => {
    root
      .child({ context: 'Process' })
      .error(
        { stack: reason instanceof Error ? reason.stack : undefined },
        `${kind}: ${reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason)}`,
      );
    if (closing) return;
    closing = true;
    void stopDatabase().finally(() => process.exit(1));
  };
  process.on('unhandledRejection', crash('unhandled rejection'));
  process.on('uncaughtException', crash('uncaught exception'));

  // SIGINT and SIGTERM close the app (once it exists: a signal during start-up stops the database alone), then stop
  // the embedded database. Until that database runs, its package's own handlers stop it (src/database/embedded.ts).
  let app: NestFastifyApplication | undefined;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    say(`${signal} received, shutting down`);
    void Promise.resolve(app?.close())
      .then(stopDatabase)
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  try {
    database = await openDatabase(config, say);
    // Signals are this process's alone from here: shutdown() closes the app before it stops the database.
    if (database.embedded) stopOnSignalsByCaller();
    if (config.migrationsRun) {
      const applied = await runMigrations(database.url);
      if (applied.length > 0) say(`applied migrations: ${applied.join(', ')}`);
    }
    app = await createApp(config, database.url, { logger: root });
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
  } catch (error) {
    // Asked to stop while starting: shutdown() is stopping the database under the start-up, which fails with it.
    if (closing) return;
    process.stderr.write(`AP Exchange did not start: ${describeStartupFailure(error, config)}\n`);
    logger.debug({ err: error }, 'start-up failed');
    closing = true;
    await stopDatabase();
    process.exit(1);
  }
}

void main();
