import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { Logger as NestPinoLogger, PinoLogger } from 'nestjs-pino';
import { createLogger } from './common/logging';
import { ConfigError, loadConfig } from './config/config';
import { runMigrations } from './database/migrate';

// `npm run worker`: background jobs only (webhook delivery, the lapse sweep, the daily scans), no HTTP. Run any
// number beside any number of API instances on one PostgreSQL; `npm start` runs an API and a worker together.
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
    if (!config.databaseUrl)
      throw new ConfigError('DATABASE_URL', 'must name the database shared with the API instances');
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const root = createLogger(config.logLevel);
  const logger = root.child({ context: 'Worker' });
  const say = (msg: string) => logger.info(msg);
  if (config.migrationsRun) {
    const applied = await runMigrations(config.databaseUrl);
    if (applied.length > 0) say(`applied migrations: ${applied.join(', ')}`);
  }
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot(
      { ...config, worker: { ...config.worker, enabled: true } },
      config.databaseUrl,
      undefined,
      true,
      root,
    ),
    { logger: new NestPinoLogger(new PinoLogger({ pinoHttp: { logger: root } }), {}) },
  );
  await app.init();
  say('AP Exchange worker running');
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    say(`${signal} received, finishing running jobs`);
    void app
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

void main();
