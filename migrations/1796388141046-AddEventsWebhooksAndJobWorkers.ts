import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddEventsWebhooksAndJobWorkers1796388141046 implements MigrationInterface {
  name = 'AddEventsWebhooksAndJobWorkers1796388141046';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."webhook_subscription_status" AS ENUM('active', 'disabled')`,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_subscriptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "url" text NOT NULL, "event_types" text array NOT NULL, "owner_role" "public"."api_key_role" NOT NULL, "organisation_id" uuid, "provider_id" uuid, "created_by_key_id" uuid, "secret" text NOT NULL, "previous_secret" text, "previous_secret_expires_at" TIMESTAMP(3) WITH TIME ZONE, "status" "public"."webhook_subscription_status" NOT NULL DEFAULT 'active', "failing_since" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_webhook_subscriptions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_webhook_subscriptions_provider_id" ON "webhook_subscriptions" ("provider_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_webhook_subscriptions_organisation_id" ON "webhook_subscriptions" ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."webhook_delivery_status" AS ENUM('pending', 'delivered', 'failed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_deliveries" ("id" uuid NOT NULL, "subscription_id" uuid NOT NULL, "event_id" uuid NOT NULL, "event_type" text NOT NULL, "status" "public"."webhook_delivery_status" NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "last_response_code" integer, "last_error" text, "attempt_started_at" TIMESTAMP(3) WITH TIME ZONE, "first_attempt_at" TIMESTAMP(3) WITH TIME ZONE, "last_attempt_at" TIMESTAMP(3) WITH TIME ZONE, "next_attempt_at" TIMESTAMP(3) WITH TIME ZONE, "delivered_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_webhook_deliveries_subscription_id_event_id" UNIQUE ("subscription_id", "event_id"), CONSTRAINT "pk_webhook_deliveries" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_webhook_deliveries_subscription_page" ON "webhook_deliveries" ("subscription_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "job_workers" ("worker_id" text NOT NULL, "process_id" text NOT NULL, "seen_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "pk_job_workers" PRIMARY KEY ("worker_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_job_workers_process_id" ON "job_workers" ("process_id") `);
    await queryRunner.query(
      `CREATE TABLE "events" ("id" uuid NOT NULL, "xid" bigint NOT NULL, "position" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "type" text NOT NULL, "audience" text NOT NULL, "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "subject_version" integer, "framework_id" uuid, "commissioner_organisation_id" uuid, "provider_id" uuid, "payload" jsonb NOT NULL, "restricted" jsonb, "dedupe_key" text, CONSTRAINT "ck_events_subject_version" CHECK (subject_version IS NULL OR subject_version >= 0), CONSTRAINT "pk_events" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_events_dedupe_key" ON "events" ("dedupe_key") `);
    await queryRunner.query(
      `CREATE INDEX "ix_events_audience_feed" ON "events" ("audience", "xid", "position") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_events_framework_feed" ON "events" ("framework_id", "xid", "position") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_events_provider_feed" ON "events" ("provider_id", "xid", "position") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_events_organisation_feed" ON "events" ("commissioner_organisation_id", "xid", "position") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ix_events_feed" ON "events" ("xid", "position") `);
    await queryRunner.query(
      `ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "fk_webhook_deliveries_subscription_id" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscriptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "fk_webhook_deliveries_subscription_id"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_events_feed"`);
    await queryRunner.query(`DROP INDEX "public"."ix_events_organisation_feed"`);
    await queryRunner.query(`DROP INDEX "public"."ix_events_provider_feed"`);
    await queryRunner.query(`DROP INDEX "public"."ix_events_framework_feed"`);
    await queryRunner.query(`DROP INDEX "public"."ix_events_audience_feed"`);
    await queryRunner.query(`DROP INDEX "public"."uq_events_dedupe_key"`);
    await queryRunner.query(`DROP TABLE "events"`);
    await queryRunner.query(`DROP INDEX "public"."ix_job_workers_process_id"`);
    await queryRunner.query(`DROP TABLE "job_workers"`);
    await queryRunner.query(`DROP INDEX "public"."ix_webhook_deliveries_subscription_page"`);
    await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
    await queryRunner.query(`DROP TYPE "public"."webhook_delivery_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_webhook_subscriptions_organisation_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_webhook_subscriptions_provider_id"`);
    await queryRunner.query(`DROP TABLE "webhook_subscriptions"`);
    await queryRunner.query(`DROP TYPE "public"."webhook_subscription_status"`);
  }
}
