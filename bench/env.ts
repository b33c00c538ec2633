import { ChildProcess, execFileSync, fork } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
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

// The API and the worker run as `npm start` runs them: compiled by `nest build` (with the swagger plugin) and started by
// plain node, here into dist-bench/ (tsconfig.bench.json adds bench/server.ts). Under ts-node's register hook a
// process also loads Node's repl and with it the domain module, which routes every EventEmitter.emit through domain
// bookkeeping: the bench would measure a cost production does not have. Built once per bench process.
const BUILT = resolve(__dirname, '..', 'dist-bench');
// The node flags `npm start` and `npm run worker` give the API and the worker (package.json's scripts), so the bench
// runs them as deployed.
export const NODE_FLAGS = (
  JSON.parse(readFileSync(resolve(__dirname, '..', 'package.json'), 'utf8')) as { scripts: { start: string } }
).scripts.start
  .split(' ')
  .filter((word) => word.startsWith('--'));
let built = false;
export function compiled(path: string): string {
  if (!built) {
    execFileSync(
      resolve(__dirname, '..', 'node_modules', '.bin', 'nest'),
      ['build', '--path', 'tsconfig.bench.json'],
      {
        cwd: resolve(__dirname, '..'),
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    built = true;
  }
  return resolve(BUILT, path);
}

// Another checkout's API, built there as above (with that checkout's own dependencies), for bench/ab.ts.
export function compiledIn(checkout: string): string {
  execFileSync(
    resolve(checkout, 'node_modules', '.bin', 'nest'),
    ['build', '--path', 'tsconfig.bench.json'],
    {
      cwd: checkout,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return resolve(checkout, 'dist-bench', 'bench', 'server.js');
}

// The API in a child process (compiled, see above), listening on 127.0.0.1 on a port the OS picks. `env` adds
// settings for that process only (AUDIT_TRAIL=off for the audit trail's cost); `script`, another build's server.
export function startServer(
  databaseUrl: string,
  poolSize: number,
  env: Record<string, string> = {},
  script = compiled('bench/server.js'),
): Promise<BenchServer> {
  return new Promise((ok, fail) => {
    const child: ChildProcess = fork(script, [], {
      execArgv: [
        ...NODE_FLAGS,
        // BENCH_CPU_PROF_DIR=dir writes a V8 CPU profile of the API process there when it exits.
        ...(process.env.BENCH_CPU_PROF_DIR
          ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`]
          : []),
        // BENCH_SERVER_NODE_FLAGS adds V8/Node flags to the API process (--trace-gc to see its collections).
        ...(process.env.BENCH_SERVER_NODE_FLAGS?.split(' ').filter(Boolean) ?? []),
        // BENCH_WINDOW_URL profiles a window of the requests to that path (bench/window-profile.ts).
        ...(process.env.BENCH_WINDOW_URL ? ['-r', compiled('bench/window-profile.js')] : []),
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
