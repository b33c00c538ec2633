import { MigrationInterface, QueryRunner } from 'typeorm';

// Review schedules follow the call-off changes that move them in a job, not in list requests (reads do not write).
// A statement trigger on `events` adds one `reviews.refresh_schedules` job per inserting statement that appends a
// call_off.accepted, .varied or .terminated event, with those call-offs' ids, in the same transaction: the job
// exists exactly when the change committed, and a blanket extension's 10,000 variations make one job. Ids of
// call-offs that do not exist (events written by hand) are left out. The cursor the lists kept on the feed goes.
const TYPES = `('call_off.accepted', 'call_off.varied', 'call_off.terminated')`;

export class ReviewSchedulesFollowCallOffChanges1796404694455 implements MigrationInterface {
  name = 'ReviewSchedulesFollowCallOffChanges1796404694455';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "review_schedules_follow_call_offs"() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE ids uuid[];
       BEGIN
         SELECT array_agg(DISTINCT a.subject_id ORDER BY a.subject_id) INTO ids FROM added a
          WHERE a.type IN ${TYPES} AND EXISTS (SELECT 1 FROM call_offs c WHERE c.id = a.subject_id);
         IF ids IS NOT NULL THEN
           PERFORM graphile_worker.add_job('reviews.refresh_schedules', json_build_object('callOffIds', ids),
                                           max_attempts => 25);
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_events_review_schedules" AFTER INSERT ON "events" REFERENCING NEW TABLE AS added
       FOR EACH STATEMENT EXECUTE FUNCTION "review_schedules_follow_call_offs"()`,
    );
    await queryRunner.query(`DROP TABLE "review_schedule_feed"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "review_schedule_feed" ("id" smallint NOT NULL, "event_cursor" text NOT NULL, CONSTRAINT "pk_review_schedule_feed" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`DROP TRIGGER "tr_events_review_schedules" ON "events"`);
    await queryRunner.query(`DROP FUNCTION "review_schedules_follow_call_offs"()`);
  }
}
