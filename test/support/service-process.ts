import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

// The real service (src/main.ts, transpiled on the fly) in a child process, as `npm start` runs it: what a crash,
// a restart and a failed start look like can only be seen from outside the process.
export class ServiceProcess {
  private out = '';
  private err = '';
  readonly exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.out += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.err += chunk.toString()));
    this.exited = new Promise((done) => child.once('exit', (code) => done(code)));
  }

  static start(env: Record<string, string>): ServiceProcess {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
      cwd: resolve(__dirname, '..', '..'),
      env: { ...process.env, SEED_DEMO: 'never', LOG_LEVEL: 'info', DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new ServiceProcess(child);
  }

  get stdout(): string {
    return this.out;
  }
  get stderr(): string {
    return this.err;
  }

  // Resolves once the service listens; rejects with what it printed if it exits first.
  async listening(withinMs = 120_000): Promise<void> {
    const deadline = Date.now() + withinMs;
    while (!this.out.includes('AP Exchange listening on')) {
      if (this.child.exitCode !== null || Date.now() > deadline)
        throw new Error(`service did not start (exit ${this.child.exitCode}):\n${this.err}\n${this.out}`);
      await sleep(100);
    }
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

// A data directory the embedded server can use: PostgreSQL runs as the `postgres` user when the tests run as root.
export function tempDataDir(): string {
  const dir = mkdtempSync(resolve(tmpdir(), 'apx-service-'));
  chmodSync(dir, 0o755);
  return dir;
}

export function postmasterPid(dataDir: string): number | undefined {
  const file = resolve(dataDir, 'pg', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// Whatever a test left behind: a server still running on the directory is stopped before the directory goes.
export async function removeDataDir(dataDir: string): Promise<void> {
  const pid = postmasterPid(dataDir);
  const ours = (p: number) =>
    existsSync(`/proc/${p}/cmdline`) && readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(dataDir);
  if (pid && isAlive(pid) && ours(pid)) {
    process.kill(pid, 'SIGINT');
    for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
  }
  rmSync(dataDir, { recursive: true, force: true });
}
