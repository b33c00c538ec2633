import { MigrationInterface, QueryRunner } from 'typeorm';

// Events reach webhooks through a relay that reads the outbox in feed order (EventRelay), not through a
// graphile-worker job added by every transaction that appends an event. The webhooks relay starts where the jobs
// left off: before the first event whose publishing job has not run yet (or at the feed's end), and those jobs go.
// An event the jobs had already fanned out and the relay hands over again adds nothing: a delivery is unique per
// subscription and event.
export class EventRelay1796405300000 implements MigrationInterface {
  name = 'EventRelay1796405300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "event_relays" ("name" text NOT NULL, "xid" bigint NOT NULL, "position" bigint NOT NULL, "relayed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_event_relays" PRIMARY KEY ("name"))`,
    );
    await queryRunner.query(
      `INSERT INTO "event_relays" ("name", "xid", "position")
       SELECT 'webhooks', coalesce(max("xid"), 0), coalesce(max("position"), 0) FROM (
         SELECT "xid", "position" FROM "events" ORDER BY "xid" DESC, "position" DESC LIMIT 1) "tail"`,
    );
    // graphile-worker's schema exists once a worker has started; a new database has no jobs to take over.
    await queryRunner.query(`DO $$
      BEGIN
        IF to_regclass('graphile_worker._private_jobs') IS NULL THEN RETURN; END IF;
        WITH pending AS (
          DELETE FROM graphile_worker._private_jobs j USING graphile_worker._private_tasks t
           WHERE t.id = j.task_id AND t.identifier = 'events.published'
          RETURNING j.payload::jsonb AS payload),
        ids AS (
          SELECT (payload->>'eventId')::uuid AS id FROM pending WHERE payload ? 'eventId'
          UNION ALL
          SELECT jsonb_array_elements_text(payload->'eventIds')::uuid FROM pending WHERE payload ? 'eventIds'),
        first AS (
          SELECT e."xid", e."position" FROM "events" e JOIN ids ON ids.id = e.id
           ORDER BY e."xid", e."position" LIMIT 1)
        UPDATE "event_relays" r
           SET "xid" = (SELECT "xid" FROM first), "position" = (SELECT "position" FROM first) - 1
         WHERE r."name" = 'webhooks' AND EXISTS (SELECT 1 FROM first);
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "event_relays"`);
  }
}
