import { spawn } from 'node:child_process';
import { createServer, Server } from 'node:net';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  ServiceProcess,
  freePort,
  isAlive,
  postmasterPid,
  removeDataDir,
  tempDataDir,
} from './support/service-process';

// Each start transpiles and boots the whole service; on a shared two-core machine that takes a while.
jest.setTimeout(300_000);

describe('restart after a crash', () => {
  const dirs: string[] = [];
  const services: ServiceProcess[] = [];
  const start = (env: Record<string, string>) => {
    const service = ServiceProcess.start(env);
    services.push(service);
    return service;
  };

  afterAll(async () => {
    for (const service of services) await service.stop('SIGKILL');
    for (const dir of dirs) await removeDataDir(dir);
  });

  it('comes back after kill -9 left its embedded PostgreSQL running, and after a stale pid file', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const port = await freePort();
    const env = { PORT: String(port), EMBEDDED_PG_PORT: String(await freePort()), DATA_DIR: dataDir };
    const ready = async () => (await fetch(`http://127.0.0.1:${port}/health/ready`)).status;

    const first = start(env);
    await first.listening();
    expect(await ready()).toBe(200);
    await first.stop('SIGKILL');
    const orphan = postmasterPid(dataDir);
    expect(orphan && isAlive(orphan)).toBe(true);

    const second = start(env);
    await second.listening();
    expect(await ready()).toBe(200);
    expect(second.stdout).toContain(`stopping the embedded PostgreSQL (pid ${orphan})`);
    expect(isAlive(orphan!)).toBe(false);
    expect(await second.stop('SIGTERM')).toBe(0);
    expect(postmasterPid(dataDir)).toBeUndefined();

    // A pid file left by a server that died with its machine, naming a pid now held by some other live process.
    writeFileSync(resolve(dataDir, 'pg', 'postmaster.pid'), `${process.pid}\n${dataDir}/pg\n`);
    const third = start(env);
    await third.listening();
    expect(await ready()).toBe(200);
    expect(third.stdout).toContain('removing the stale postmaster.pid');
    expect(await third.stop('SIGTERM')).toBe(0);
  });

  it('on SIGTERM closes what uses its embedded PostgreSQL before stopping it: no connection is cut', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const port = await freePort();
    const service = start({
      PORT: String(port),
      EMBEDDED_PG_PORT: String(await freePort()),
      DATA_DIR: dataDir,
    });
    await service.listening();
    expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
    expect(await service.stop('SIGTERM')).toBe(0);
    const after = service.stdout.slice(service.stdout.indexOf('SIGTERM received, shutting down'));
    expect(after).not.toBe('');
    // The job queue, the pool and the key notices each name a cut connection at warn or error.
    expect(after.split('\n').filter((line) => /"level":"(warn|error)"/.test(line))).toEqual([]);
    expect(postmasterPid(dataDir)).toBeUndefined();
  });

  it('names a busy database port in one line and exits non-zero', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const squatter: Server = createServer();
    const busyPort = await freePort();
    await new Promise<void>((done) => squatter.listen(busyPort, '127.0.0.1', done));
    try {
      const service = start({
        PORT: String(await freePort()),
        EMBEDDED_PG_PORT: String(busyPort),
        DATA_DIR: dataDir,
      });
      expect(await service.exited).toBe(1);
      const lines = service.stderr.split('\n').filter(Boolean);
      expect(lines).toEqual([
        `AP Exchange did not start: port ${busyPort} for the embedded PostgreSQL is in use by another program (set EMBEDDED_PG_PORT)`,
      ]);
    } finally {
      await new Promise((done) => squatter.close(done));
    }
  });

  it('logs an unhandled rejection with its reason and exits non-zero', async () => {
    // A promise nobody awaits fails just after start-up begins (the database address refuses, later).
    const child = spawn(
      process.execPath,
      [
        '-r',
        'ts-node/register/transpile-only',
        '-e',
        "setTimeout(() => Promise.reject(new Error('lost in flight')), 0); require('./src/main');",
      ],
      {
        cwd: resolve(__dirname, '..'),
        env: { ...process.env, DATABASE_URL: `postgres://x:y@127.0.0.1:${await freePort()}/none` },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise((done) => child.once('exit', done));
    expect(code).toBe(1);
    const line = out
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((entry) => entry.context === 'Process');
    expect(line).toMatchObject({ level: 'error', msg: 'unhandled rejection: Error: lost in flight' });
    expect(line?.stack).toContain('lost in flight');
  });
});
