import { MigrationInterface, QueryRunner } from 'typeorm';

// What is kept per process (src/database/change-counters.ts) is now invalidated per lot, not by one row that every
// directory and price write in the service updated (a hot row every such transaction queued on, and a miss for every
// lot on any write). Statement triggers bump `lot:<id>` for each lot whose derived data a statement changes, and
// `calendar:<organisation id>` for a school calendar, inside the writing transaction.
//
// A provider's own rows (its profile, its checks) reach the lots it is a member of. So that a membership made while
// such a write is under way cannot miss it, both take a per-provider advisory lock until commit: whichever comes
// second sees the other committed, and bumps the lot.

// For each table: the counter names a set of changed rows `rel` touches, and whether it locks providers (by column).
const TABLES: { table: string; names: (rel: string) => string; lockProviders?: string; all?: string }[] = [
  { table: 'lots', names: (rel) => `SELECT 'lot:' || id FROM ${rel}` },
  {
    table: 'frameworks',
    names: (rel) => `SELECT 'lot:' || l.id FROM lots l WHERE l.framework_id IN (SELECT id FROM ${rel})`,
  },
  {
    table: 'framework_participants',
    names: (rel) =>
      `SELECT 'lot:' || l.id FROM lots l WHERE l.framework_id IN (SELECT framework_id FROM ${rel})`,
  },
  {
    table: 'lot_memberships',
    names: (rel) => `SELECT 'lot:' || lot_id FROM ${rel}`,
    lockProviders: 'provider_id',
  },
  { table: 'rate_cards', names: (rel) => `SELECT 'lot:' || lot_id FROM ${rel}` },
  {
    table: 'rate_card_lines',
    names: (rel) =>
      `SELECT 'lot:' || c.lot_id FROM rate_cards c WHERE c.id IN (SELECT rate_card_id FROM ${rel})`,
  },
  {
    table: 'providers',
    names: (rel) =>
      `SELECT 'lot:' || m.lot_id FROM lot_memberships m WHERE m.provider_id IN (SELECT id FROM ${rel})`,
    lockProviders: 'id',
  },
  {
    table: 'provider_checks',
    names: (rel) =>
      `SELECT 'lot:' || m.lot_id FROM lot_memberships m WHERE m.provider_id IN (SELECT provider_id FROM ${rel})`,
    lockProviders: 'provider_id',
  },
  // The catalogue decides what is mandatory on every lot.
  { table: 'check_types', names: () => `SELECT 'lot:' || id FROM lots` },
  {
    table: 'organisation_calendars',
    names: (rel) => `SELECT 'calendar:' || organisation_id FROM ${rel}`,
    all: `SELECT 'calendar:' || id FROM organisations`,
  },
];

const OLD_TABLES = [
  'providers',
  'provider_checks',
  'check_types',
  'lot_memberships',
  'lots',
  'rate_cards',
  'rate_card_lines',
];

function lock(column: string | undefined, rel: string): string {
  if (!column) return '';
  return `PERFORM pg_advisory_xact_lock(hashtext('directory:' || p)) FROM (SELECT DISTINCT ${column}::text AS p FROM ${rel} ORDER BY 1) s;`;
}

export class CountChangesPerLot1795600300000 implements MigrationInterface {
  name = 'CountChangesPerLot1795600300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of OLD_TABLES)
      await queryRunner.query(`DROP TRIGGER "tr_${table}_matching_inputs" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION "bump_matching_inputs"()`);
    await queryRunner.query(`DELETE FROM "change_counters" WHERE "name" = 'matching_inputs'`);
    // Sorted, so two transactions bumping the same counters take their row locks in one order.
    await queryRunner.query(
      `CREATE FUNCTION "bump_change_counters"(names text[]) RETURNS void LANGUAGE sql AS $$
         INSERT INTO "change_counters" ("name", "value")
         SELECT DISTINCT n, 1 FROM unnest(names) AS n WHERE n IS NOT NULL ORDER BY 1
         ON CONFLICT ("name") DO UPDATE SET "value" = "change_counters"."value" + 1
       $$`,
    );
    for (const { table, names, lockProviders, all } of TABLES) {
      await queryRunner.query(
        `CREATE FUNCTION "count_changes_${table}"() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           IF TG_OP = 'TRUNCATE' THEN
             PERFORM "bump_change_counters"(ARRAY(${all ?? `SELECT 'lot:' || id FROM lots`}));
           ELSIF TG_OP = 'INSERT' THEN
             ${lock(lockProviders, 'new_rows')}
             PERFORM "bump_change_counters"(ARRAY(${names('new_rows')}));
           ELSIF TG_OP = 'UPDATE' THEN
             ${lock(lockProviders, 'new_rows')}
             PERFORM "bump_change_counters"(ARRAY(${names('new_rows')} UNION ${names('old_rows')}));
           ELSE
             ${lock(lockProviders, 'old_rows')}
             PERFORM "bump_change_counters"(ARRAY(${names('old_rows')}));
           END IF;
           RETURN NULL;
         END $$`,
      );
      const run = `FOR EACH STATEMENT EXECUTE FUNCTION "count_changes_${table}"()`;
      await queryRunner.query(
        `CREATE TRIGGER "tr_${table}_count_inserts" AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS new_rows ${run}`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "tr_${table}_count_updates" AFTER UPDATE ON "${table}"
           REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows ${run}`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "tr_${table}_count_deletes" AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS old_rows ${run}`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "tr_${table}_count_truncates" AFTER TRUNCATE ON "${table}" ${run}`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of TABLES) {
      for (const event of ['inserts', 'updates', 'deletes', 'truncates'])
        await queryRunner.query(`DROP TRIGGER "tr_${table}_count_${event}" ON "${table}"`);
      await queryRunner.query(`DROP FUNCTION "count_changes_${table}"()`);
    }
    await queryRunner.query(`DROP FUNCTION "bump_change_counters"(text[])`);
    await queryRunner.query(`DELETE FROM "change_counters"`);
    await queryRunner.query(`INSERT INTO "change_counters" ("name") VALUES ('matching_inputs')`);
    await queryRunner.query(
      `CREATE FUNCTION "bump_matching_inputs"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE "change_counters" SET "value" = "value" + 1 WHERE "name" = 'matching_inputs';
         RETURN NULL;
       END $$`,
    );
    for (const table of OLD_TABLES)
      await queryRunner.query(
        `CREATE TRIGGER "tr_${table}_matching_inputs" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION "bump_matching_inputs"()`,
      );
  }
}
