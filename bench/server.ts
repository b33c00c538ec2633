import 'reflect-metadata';
import { Client } from 'pg';
import { createApp } from '../src/app.setup';
import { loadConfig } from '../src/config/config';

// The API under test, in its own process so that the load generator never shares its event loop.
// The parent passes the database URL in BENCH_APP_DATABASE_URL and is told the port over IPC.
// Every statement the API sends to PostgreSQL is counted (transaction control included), so the bench can report
// statements per request by reading the count before and after (message 'statements').
// With BENCH_SLOW_MS, a statement taking longer than that is written to stderr with its time and first characters.
let statements = 0;
const slowMs = Number(process.env.BENCH_SLOW_MS ?? 0);
const query = Client.prototype.query as (...args: unknown[]) => unknown;
Client.prototype.query = function (this: Client, ...args: unknown[]) {
  statements++;
  if (!slowMs) return query.apply(this, args);
  const started = performance.now();
  const result = query.apply(this, args);
  if (result instanceof Promise)
    result.then(
      () => {
        const ms = performance.now() - started;
        if (ms < slowMs) return;
        const first = args[0] as string | { text?: string };
        const text = typeof first === 'string' ? first : (first?.text ?? '');
        process.stderr.write(`[slow ${ms.toFixed(0)} ms] ${text.replace(/\s+/g, ' ').slice(0, 160)}\n`);
      },
      () => undefined,
    );
  return result;
} as typeof Client.prototype.query;

async function main(): Promise<void> {
  const url = process.env.BENCH_APP_DATABASE_URL;
  if (!url || !process.send) throw new Error('bench/server.ts is started by bench/run.ts');
  const config = loadConfig({
    ...process.env,
    RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: 'error',
    WORKER_ENABLED: 'false',
    DB_POOL_SIZE: process.env.BENCH_DB_POOL_SIZE ?? '20',
  });
  const app = await createApp(config, url);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.on('message', (message) => {
    if (message === 'statements') process.send!({ statements });
    if (message === 'stop')
      void app
        .close()
        .catch(() => undefined)
        .finally(() => process.exit(0));
  });
  process.send({ port });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench server failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
