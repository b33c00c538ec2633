// npm run migration:generate -- <Name>  writes migrations/<timestamp>-<name>.ts from the entity/database difference.
// npm run migration:check               applies every migration to an empty database and fails if a new one would appear.
import 'reflect-metadata';
import { writeFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source';
import { startEmbeddedPostgres } from '../database/embedded';
import { createDatabaseBeside } from '../database/scratch';
import * as prettier from 'prettier';

async function scratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `apx_migrations_${process.pid}`;
  if (process.env.DATABASE_URL) return createDatabaseBeside(process.env.DATABASE_URL, name);
  const dir = resolve('.data', `migrations-pg-${process.pid}`);
  const pg = await startEmbeddedPostgres(dir, 54400 + (process.pid % 500), name, () => undefined, {
    persistent: false,
    durable: false,
  });
  return {
    url: pg.url,
    drop: async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const name = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  if (!check && !name)
    throw new Error('Give the migration a name: npm run migration:generate -- AddProviders');
  const scratch = await scratchDatabase();
  const dataSource = new DataSource({
    ...dataSourceOptions(scratch.url, 2),
    entities: [join(__dirname, '..', '**', '*.entity.{ts,js}')],
  });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (check) {
      if (sql.upQueries.length > 0) {
        process.stderr.write('Entities and migrations disagree; a new migration would run:\n');
        for (const q of sql.upQueries) process.stderr.write(`  ${q.query}\n`);
        process.exitCode = 1;
      } else process.stdout.write('Migrations match the entities.\n');
      return;
    }
    if (sql.upQueries.length === 0) {
      process.stdout.write('No changes: no migration written.\n');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const quote = (text: string) =>
      '`' + text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const up = sql.upQueries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
    const down = sql.downQueries
      .reverse()
      .map((q) => `    await queryRunner.query(${quote(q.query)});`)
      .join('\n');
    const file = resolve('migrations', `${timestamp}-${name}.ts`);
    const source = `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`;
    const options = (await prettier.resolveConfig(file)) ?? {};
    writeFileSync(file, await prettier.format(source, { ...options, parser: 'typescript' }));
    process.stdout.write(`Wrote ${file}; add ${className} to src/database/migrations.ts.\n`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await scratch.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
