import { ChildProcess, fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { Pool } from 'pg';
import { generateKey, hashKey } from '../src/auth/api-keys.service';
import { runMigrations } from '../src/database/migrate';
import { startEmbeddedPostgres } from '../src/database/embedded';

export interface BenchDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export interface BenchServer {
  baseUrl: string;
  pid: number;
  // Statements the API process has sent to PostgreSQL so far.
  statements(): Promise<number>;
  stop(): Promise<void>;
}

// A free loopback port for the throwaway cluster (the OS picks one, we release it and hand it to PostgreSQL).
function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

// BENCH_DATABASE_URL when given (a scratch database: the bench adds ~115,000 rows and leaves them), else a
// non-persistent embedded cluster under .data/ with fsync off, like the tests use, deleted on stop.
export async function startDatabase(log: (message: string) => void): Promise<BenchDatabase> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) {
    await runMigrations(given);
    return { url: given, embedded: false, stop: () => Promise.resolve() };
  }
  const dir = resolve(__dirname, '..', '.data', `bench-pg-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  const pg = await startEmbeddedPostgres(dir, await freePort(), 'apx_bench', log, {
    persistent: false,
    durable: false,
  });
  try {
    await runMigrations(pg.url);
  } catch (error) {
    await pg.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: pg.url,
    embedded: true,
    stop: async () => {
      await pg.stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// The API in a child process (ts-node, transpile only), listening on 127.0.0.1 on a port the OS picks. `env` adds
// settings for that process only (AUDIT_TRAIL=off for the audit trail's cost).
export function startServer(
  databaseUrl: string,
  poolSize: number,
  env: Record<string, string> = {},
): Promise<BenchServer> {
  return new Promise((ok, fail) => {
    const child: ChildProcess = fork(resolve(__dirname, 'server.ts'), [], {
      execArgv: [
        '-r',
        'ts-node/register/transpile-only',
        // BENCH_CPU_PROF_DIR=dir writes a V8 CPU profile of the API process there when it exits.
        ...(process.env.BENCH_CPU_PROF_DIR
          ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`]
          : []),
      ],
      env: {
        ...process.env,
        ...env,
        BENCH_APP_DATABASE_URL: databaseUrl,
        BENCH_DB_POOL_SIZE: String(poolSize),
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.once('exit', (code) => fail(new Error(`bench server exited with ${code} before listening`)));
    child.once('message', (message: { port: number }) =>
      ok({
        baseUrl: `http://127.0.0.1:${message.port}`,
        pid: child.pid!,
        statements: () =>
          new Promise((answer) => {
            child.once('message', (reply: { statements: number }) => answer(reply.statements));
            child.send('statements');
          }),
        stop: async () => {
          if (child.exitCode !== null) return;
          child.send('stop');
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          await exited;
          clearTimeout(timer);
        },
      }),
    );
  });
}

// An API key straight into api_keys (same hashing the service uses): the bench needs keys before any API call.
export async function issueKey(
  pool: Pool,
  role: 'admin' | 'commissioner' | 'provider' | 'auditor',
  scope: { organisationId?: string; providerId?: string } = {},
): Promise<string> {
  const key = generateKey();
  await pool.query(
    `INSERT INTO api_keys (prefix, key_hash, role, organisation_id, provider_id, label)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      key.slice(0, 12),
      hashKey(key),
      role,
      scope.organisationId ?? null,
      scope.providerId ?? null,
      `bench ${role}`,
    ],
  );
  return key;
}
