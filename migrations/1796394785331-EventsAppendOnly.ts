import { MigrationInterface, QueryRunner } from 'typeorm';

// The outbox is the integrators' record of what happened (DESIGN §3 "events beside it"): once committed, an event is
// never rewritten or removed, by the service or by anyone with its database role short of dropping the trigger.
export class EventsAppendOnly1796394785331 implements MigrationInterface {
  name = 'EventsAppendOnly1796394785331';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION "events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'events are append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "tr_events_append_only" BEFORE UPDATE OR DELETE ON "events"
       FOR EACH ROW EXECUTE FUNCTION "events_append_only"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_events_no_truncate" BEFORE TRUNCATE ON "events"
       FOR EACH STATEMENT EXECUTE FUNCTION "events_append_only"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tr_events_no_truncate" ON "events"`);
    await queryRunner.query(`DROP TRIGGER "tr_events_append_only" ON "events"`);
    await queryRunner.query(`DROP FUNCTION "events_append_only"()`);
  }
}
