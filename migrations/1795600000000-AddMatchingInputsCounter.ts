import { MigrationInterface, QueryRunner } from 'typeorm';

// Matching reads the directory and the prices of a whole lot. A counter that every write to those tables bumps, in
// the writing transaction, lets an instance keep what it derived from them until the counter moves (see
// src/database/counted-cache.ts). Statement-level triggers: one bump per statement, however many rows it writes.
const TABLES = [
  'providers',
  'provider_checks',
  'check_types',
  'lot_memberships',
  'lots',
  'rate_cards',
  'rate_card_lines',
];

export class AddMatchingInputsCounter1795600000000 implements MigrationInterface {
  name = 'AddMatchingInputsCounter1795600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "change_counters" ("name" text NOT NULL, "value" bigint NOT NULL DEFAULT 0, CONSTRAINT "pk_change_counters" PRIMARY KEY ("name"))`,
    );
    await queryRunner.query(`INSERT INTO "change_counters" ("name") VALUES ('matching_inputs')`);
    await queryRunner.query(
      `CREATE FUNCTION "bump_matching_inputs"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE "change_counters" SET "value" = "value" + 1 WHERE "name" = 'matching_inputs';
         RETURN NULL;
       END $$`,
    );
    for (const table of TABLES)
      await queryRunner.query(
        `CREATE TRIGGER "tr_${table}_matching_inputs" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION "bump_matching_inputs"()`,
      );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES)
      await queryRunner.query(`DROP TRIGGER "tr_${table}_matching_inputs" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION "bump_matching_inputs"()`);
    await queryRunner.query(`DROP TABLE "change_counters"`);
  }
}
