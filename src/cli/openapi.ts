// npm run openapi:generate writes openapi/openapi.json; npm run openapi:check fails when the committed file differs.
import 'reflect-metadata';
import { createApp } from '../app.setup';
import { createLogger } from '../common/logging';
import { loadConfig } from '../config/config';
import { runCli, writeOrCheck } from './generated-file';
import { buildOpenApiDocument } from '../openapi/openapi';

async function main(): Promise<void> {
  const config = loadConfig({ LOG_LEVEL: 'error' });
  const app = await createApp(config, 'postgres://unused@127.0.0.1/unused', {
    connect: false,
    logger: createLogger('error'),
  });
  const text = JSON.stringify(buildOpenApiDocument(app), null, 2) + '\n';
  await app.close();
  writeOrCheck('openapi/openapi.json', text, 'the code');
}

runCli(main);
