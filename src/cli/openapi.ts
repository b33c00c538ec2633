// npm run openapi:generate writes openapi/openapi.json; npm run openapi:check fails when the committed file differs.
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createApp } from '../app.setup';
import { createLogger } from '../common/logging';
import { loadConfig } from '../config/config';
import { buildOpenApiDocument } from '../openapi/openapi';

async function main(): Promise<void> {
  const config = loadConfig({ LOG_LEVEL: 'error' });
  const app = await createApp(config, 'postgres://unused@127.0.0.1/unused', {
    connect: false,
    logger: createLogger('error'),
  });
  const text = JSON.stringify(buildOpenApiDocument(app), null, 2) + '\n';
  await app.close();
  const file = resolve(process.cwd(), 'openapi', 'openapi.json');
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(file, 'utf8');
    } catch {
      // missing counts as drift
    }
    if (committed !== text) {
      process.stderr.write(
        'openapi/openapi.json is out of date: run npm run openapi:generate and commit it.\n',
      );
      process.exit(1);
    }
    process.stdout.write('openapi/openapi.json matches the code.\n');
    return;
  }
  writeFileSync(file, text);
  process.stdout.write(`Wrote ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
