import { MigrationInterface, QueryRunner } from 'typeorm';

// Each API instance keeps the keys it has authenticated (src/auth/key-cache.ts) for as long as it hears of every
// change to them: a key changes only by being revoked (or, by hand, deleted), and any statement that updates, deletes
// or truncates api_keys, from the service or from psql, notifies every listening instance when it commits.
export class ApiKeysChangedNotice1796405400000 implements MigrationInterface {
  name = 'ApiKeysChangedNotice1796405400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "notify_api_keys_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM pg_notify('api_keys_changed', '');
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_api_keys_changed" AFTER UPDATE OR DELETE OR TRUNCATE ON "api_keys"
         FOR EACH STATEMENT EXECUTE FUNCTION "notify_api_keys_changed"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tr_api_keys_changed" ON "api_keys"`);
    await queryRunner.query(`DROP FUNCTION "notify_api_keys_changed"()`);
  }
}
