import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

// A committed, generated file: written by the generate script, compared by the check script (CI fails on drift).
export function writeOrCheck(relativePath: string, text: string, matches: string): void {
  const file = resolve(process.cwd(), relativePath);
  if (!process.argv.includes('--check')) {
    writeFileSync(file, text);
    process.stdout.write(`Wrote ${file}\n`);
    return;
  }
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // missing counts as drift
  }
  if (committed !== text) {
    process.stderr.write(`${relativePath} is out of date: run npm run openapi:generate and commit it.\n`);
    process.exit(1);
  }
  process.stdout.write(`${relativePath} matches ${matches}.\n`);
}

export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
