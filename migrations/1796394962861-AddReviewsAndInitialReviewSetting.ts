import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddReviewsAndInitialReviewSetting1796394962861 implements MigrationInterface {
  name = 'AddReviewsAndInitialReviewSetting1796394962861';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."review_type" AS ENUM('initial', 'scheduled', 'emergency', 'exit')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."review_attendee_role" AS ENUM('child', 'parent_carer', 'commissioner', 'provider', 'home_school', 'virtual_school', 'send_caseworker', 'social_worker', 'youth_worker', 'health_professional', 'educational_psychologist', 'other_professional')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."review_decision" AS ENUM('continue', 'change_pattern', 'change_provider', 'reintegrate', 'end')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."review_destination" AS ENUM('school_roll', 'fe_college', 'apprenticeship', 'employment', 'neet', 'other')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."review_recorded_by" AS ENUM('commissioner', 'provider')`);
    await queryRunner.query(
      `CREATE TABLE "reviews" ("id" uuid NOT NULL, "call_off_id" uuid NOT NULL, "commissioner_organisation_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "type" "public"."review_type" NOT NULL, "held_on" date NOT NULL, "attendee_roles" "public"."review_attendee_role" array NOT NULL, "child_views_captured" boolean NOT NULL, "parent_views_captured" boolean NOT NULL, "progress" jsonb NOT NULL, "decision" "public"."review_decision" NOT NULL, "reintegration_criteria_met" boolean, "destination" "public"."review_destination", "recorded_by" "public"."review_recorded_by" NOT NULL, "recorded_by_key_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_reviews_exit_destination" CHECK ((type = 'exit') = (destination IS NOT NULL)), CONSTRAINT "pk_reviews" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_reviews_commissioner_organisation_id_held_on" ON "reviews" ("commissioner_organisation_id", "held_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_reviews_call_off_id_created_at_id" ON "reviews" ("call_off_id", "created_at", "id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."review_due_type" AS ENUM('initial', 'scheduled')`);
    await queryRunner.query(
      `CREATE TABLE "review_schedules" ("call_off_id" uuid NOT NULL, "call_off_number" integer NOT NULL, "commissioner_organisation_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "lot_id" uuid NOT NULL, "framework_id" uuid NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "objectives" smallint NOT NULL, "review_frequency_weeks" smallint NOT NULL, "last_held_on" date, "exit_held" boolean NOT NULL DEFAULT false, "next_type" "public"."review_due_type", "next_due_on" date, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_review_schedules" PRIMARY KEY ("call_off_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_review_schedules_due" ON "review_schedules" ("next_due_on", "call_off_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_review_schedules_provider_due" ON "review_schedules" ("provider_id", "next_due_on", "call_off_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_review_schedules_commissioner_due" ON "review_schedules" ("commissioner_organisation_id", "next_due_on", "call_off_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "review_schedule_feed" ("id" smallint NOT NULL, "event_cursor" text NOT NULL, CONSTRAINT "pk_review_schedule_feed" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "frameworks" ADD "initial_review_school_days" smallint NOT NULL DEFAULT '10'`,
    );
    await queryRunner.query(
      `ALTER TABLE "reviews" ADD CONSTRAINT "fk_reviews_call_off_id" FOREIGN KEY ("call_off_id") REFERENCES "call_offs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_schedules" ADD CONSTRAINT "fk_review_schedules_call_off_id" FOREIGN KEY ("call_off_id") REFERENCES "call_offs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "review_schedules" DROP CONSTRAINT "fk_review_schedules_call_off_id"`,
    );
    await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "fk_reviews_call_off_id"`);
    await queryRunner.query(`ALTER TABLE "frameworks" DROP COLUMN "initial_review_school_days"`);
    await queryRunner.query(`DROP TABLE "review_schedule_feed"`);
    await queryRunner.query(`DROP INDEX "public"."ix_review_schedules_commissioner_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_review_schedules_provider_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_review_schedules_due"`);
    await queryRunner.query(`DROP TABLE "review_schedules"`);
    await queryRunner.query(`DROP TYPE "public"."review_due_type"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reviews_call_off_id_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reviews_commissioner_organisation_id_held_on"`);
    await queryRunner.query(`DROP TABLE "reviews"`);
    await queryRunner.query(`DROP TYPE "public"."review_recorded_by"`);
    await queryRunner.query(`DROP TYPE "public"."review_destination"`);
    await queryRunner.query(`DROP TYPE "public"."review_decision"`);
    await queryRunner.query(`DROP TYPE "public"."review_attendee_role"`);
    await queryRunner.query(`DROP TYPE "public"."review_type"`);
  }
}
