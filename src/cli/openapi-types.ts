// npm run openapi:generate writes openapi/schema.d.ts, the TypeScript types of openapi/openapi.json that clients (and
// the typed-client test) compile against; npm run openapi:check fails when the committed file differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

async function main(): Promise<void> {
  const source = pathToFileURL(resolve(process.cwd(), 'openapi', 'openapi.json'));
  const text = astToString(await openapiTS(source, { silent: true }));
  const file = resolve(process.cwd(), 'openapi', 'schema.d.ts');
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(file, 'utf8');
    } catch {
      // missing counts as drift
    }
    if (committed !== text) {
      process.stderr.write(
        'openapi/schema.d.ts is out of date: run npm run openapi:generate and commit it.\n',
      );
      process.exit(1);
    }
    process.stdout.write('openapi/schema.d.ts matches openapi/openapi.json.\n');
    return;
  }
  writeFileSync(file, text);
  process.stdout.write(`Wrote ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
