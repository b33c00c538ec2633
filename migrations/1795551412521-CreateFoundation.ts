import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFoundation1795551412521 implements MigrationInterface {
  name = 'CreateFoundation1795551412521';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_records" ("api_key_id" uuid NOT NULL, "key" text NOT NULL, "route" text NOT NULL, "request_hash" text NOT NULL, "response_status" integer, "response_body" jsonb, "response_headers" jsonb, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "pk_idempotency_records" PRIMARY KEY ("api_key_id", "key"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."organisation_kind" AS ENUM('local_authority', 'school')`);
    await queryRunner.query(
      `CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" "public"."organisation_kind" NOT NULL, "code" text, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_organisations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_organisations_code" ON "organisations" ("code") `);
    await queryRunner.query(
      `CREATE TYPE "public"."framework_type" AS ENUM('closed', 'open', 'light_touch_closed', 'light_touch_open')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."framework_status" AS ENUM('draft', 'active', 'terminated')`,
    );
    await queryRunner.query(
      `CREATE TABLE "frameworks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" text NOT NULL, "title" text NOT NULL, "type" "public"."framework_type" NOT NULL, "lead_organisation_id" uuid NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "max_term_years" smallint NOT NULL DEFAULT '4', "estimated_value_pence" bigint NOT NULL, "description" text, "status" "public"."framework_status" NOT NULL DEFAULT 'draft', "offer_window_school_days" smallint NOT NULL DEFAULT '3', "full_time_threshold_hours" numeric(5,2) NOT NULL DEFAULT '18', "annual_uplift_cap_percent" numeric(5,2) NOT NULL DEFAULT '3', "activated_at" TIMESTAMP(3) WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_frameworks" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_frameworks_reference" ON "frameworks" ("reference") `);
    await queryRunner.query(
      `CREATE INDEX "ix_frameworks_lead_organisation_id" ON "frameworks" ("lead_organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "framework_participants" ("framework_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "pk_framework_participants" PRIMARY KEY ("framework_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_framework_participants_organisation_id" ON "framework_participants" ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."lot_pathway" AS ENUM('full_time', 'targeted_blended', 'vocational_therapeutic_complementary')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."award_method" AS ENUM('direct', 'referral')`);
    await queryRunner.query(
      `CREATE TYPE "public"."pricing_unit" AS ENUM('session', 'day', 'week', 'hour', 'annual_place')`,
    );
    await queryRunner.query(
      `CREATE TABLE "lots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "framework_id" uuid NOT NULL, "number" smallint NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "pathway" "public"."lot_pathway" NOT NULL, "award_methods" "public"."award_method" array NOT NULL, "price_weight" smallint NOT NULL, "distance_weight" smallint NOT NULL, "quality_weight" smallint NOT NULL, "pricing_units" "public"."pricing_unit" array NOT NULL, "outcome_at_risk_percent" numeric(5,2) NOT NULL, "registered_providers_only" boolean NOT NULL DEFAULT false, "max_sessions_per_week" smallint, "price_ceiling_pence" bigint, "hours_per_session" numeric(4,2) NOT NULL DEFAULT 3.25, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_lots_framework_id_number" UNIQUE ("framework_id", "number"), CONSTRAINT "ck_lots_outcome_at_risk_percent" CHECK (outcome_at_risk_percent BETWEEN 0 AND 50), CONSTRAINT "ck_lots_weights_total_100" CHECK (price_weight + distance_weight + quality_weight = 100), CONSTRAINT "pk_lots" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."api_key_role" AS ENUM('admin', 'commissioner', 'provider', 'auditor')`,
    );
    await queryRunner.query(
      `CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "prefix" text NOT NULL, "key_hash" bytea NOT NULL, "role" "public"."api_key_role" NOT NULL, "organisation_id" uuid, "provider_id" uuid, "label" text NOT NULL, "created_by_key_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "ck_api_keys_scope" CHECK ((role = 'commissioner') = (organisation_id IS NOT NULL) AND (role = 'provider') = (provider_id IS NOT NULL)), CONSTRAINT "pk_api_keys" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_api_keys_key_hash" ON "api_keys" ("key_hash") `);
    await queryRunner.query(
      `ALTER TABLE "frameworks" ADD CONSTRAINT "fk_frameworks_lead_organisation_id" FOREIGN KEY ("lead_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_participants" ADD CONSTRAINT "fk_framework_participants_framework_id" FOREIGN KEY ("framework_id") REFERENCES "frameworks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_participants" ADD CONSTRAINT "fk_framework_participants_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lots" ADD CONSTRAINT "fk_lots_framework_id" FOREIGN KEY ("framework_id") REFERENCES "frameworks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lots" DROP CONSTRAINT "fk_lots_framework_id"`);
    await queryRunner.query(
      `ALTER TABLE "framework_participants" DROP CONSTRAINT "fk_framework_participants_organisation_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_participants" DROP CONSTRAINT "fk_framework_participants_framework_id"`,
    );
    await queryRunner.query(`ALTER TABLE "frameworks" DROP CONSTRAINT "fk_frameworks_lead_organisation_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_api_keys_key_hash"`);
    await queryRunner.query(`DROP TABLE "api_keys"`);
    await queryRunner.query(`DROP TYPE "public"."api_key_role"`);
    await queryRunner.query(`DROP TABLE "lots"`);
    await queryRunner.query(`DROP TYPE "public"."pricing_unit"`);
    await queryRunner.query(`DROP TYPE "public"."award_method"`);
    await queryRunner.query(`DROP TYPE "public"."lot_pathway"`);
    await queryRunner.query(`DROP INDEX "public"."ix_framework_participants_organisation_id"`);
    await queryRunner.query(`DROP TABLE "framework_participants"`);
    await queryRunner.query(`DROP INDEX "public"."ix_frameworks_lead_organisation_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_frameworks_reference"`);
    await queryRunner.query(`DROP TABLE "frameworks"`);
    await queryRunner.query(`DROP TYPE "public"."framework_status"`);
    await queryRunner.query(`DROP TYPE "public"."framework_type"`);
    await queryRunner.query(`DROP INDEX "public"."uq_organisations_code"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_kind"`);
    await queryRunner.query(`DROP TABLE "idempotency_records"`);
  }
}
