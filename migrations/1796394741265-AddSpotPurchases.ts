import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSpotPurchases1796394741265 implements MigrationInterface {
  name = 'AddSpotPurchases1796394741265';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."spot_purchase_reason" AS ENUM('no_framework_capacity', 'needs_not_met_by_framework', 'emergency', 'other')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."spot_purchase_approver" AS ENUM('head_of_service', 'director_of_childrens_services', 'send_manager', 'commissioning_manager', 'finance_manager', 'headteacher')`,
    );
    await queryRunner.query(
      `CREATE TABLE "spot_purchases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "provider_id" uuid, "supplier_name" text, "lot_id" uuid, "child_ref" text NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "sessions_per_week" smallint NOT NULL, "weekly_price_pence" bigint NOT NULL, "reason" "public"."spot_purchase_reason" NOT NULL, "approved_by" "public"."spot_purchase_approver" NOT NULL, "created_by_key_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_spot_purchases_weekly_price" CHECK (weekly_price_pence >= 0), CONSTRAINT "ck_spot_purchases_supplier" CHECK (provider_id IS NOT NULL OR supplier_name IS NOT NULL), CONSTRAINT "ck_spot_purchases_sessions" CHECK (sessions_per_week BETWEEN 1 AND 10), CONSTRAINT "ck_spot_purchases_dates" CHECK (end_date >= start_date), CONSTRAINT "pk_spot_purchases" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_spot_purchases_organisation_id_end_date" ON "spot_purchases" ("organisation_id", "end_date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_spot_purchases_organisation_id_created_at_id" ON "spot_purchases" ("organisation_id", "created_at", "id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_spot_purchases_organisation_id_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_spot_purchases_organisation_id_end_date"`);
    await queryRunner.query(`DROP TABLE "spot_purchases"`);
    await queryRunner.query(`DROP TYPE "public"."spot_purchase_approver"`);
    await queryRunner.query(`DROP TYPE "public"."spot_purchase_reason"`);
  }
}
