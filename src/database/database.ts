import { resolve } from 'node:path';
import { AppConfig } from '../config/config';
import { EmbeddedDatabase, startEmbeddedPostgres } from './embedded';

export interface DatabaseHandle {
  url: string;
  // True when this start created the database (only ever for the embedded default): it gets the demo data.
  created: boolean;
  embedded: EmbeddedDatabase | null;
}

export async function openDatabase(
  config: AppConfig,
  log: (message: string) => void,
): Promise<DatabaseHandle> {
  if (config.databaseUrl) return { url: config.databaseUrl, created: false, embedded: null };
  const embedded = await startEmbeddedPostgres(
    resolve(config.dataDir, 'pg'),
    config.embeddedPgPort,
    'apx',
    log,
    {
      persistent: true,
      durable: true,
    },
  );
  return { url: embedded.url, created: embedded.created, embedded };
}
