// npm run openapi:generate writes openapi/schema.d.ts, the TypeScript types of openapi/openapi.json that clients (and
// the typed-client test) compile against; npm run openapi:check fails when the committed file differs.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { runCli, writeOrCheck } from './generated-file';

async function main(): Promise<void> {
  const source = pathToFileURL(resolve(process.cwd(), 'openapi', 'openapi.json'));
  const text = astToString(await openapiTS(source, { silent: true }));
  writeOrCheck('openapi/schema.d.ts', text, 'openapi/openapi.json');
}

runCli(main);
