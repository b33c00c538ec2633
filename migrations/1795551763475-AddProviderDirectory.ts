import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddProviderDirectory1795551763475 implements MigrationInterface {
  name = 'AddProviderDirectory1795551763475';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."provider_category" AS ENUM('ap_academy', 'pru', 'independent_school', 'special_school', 'mainstream_school', 'fe_college', 'non_school', 'tuition', 'online')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."provider_registration_status" AS ENUM('registered', 'unregistered')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."provider_directory_status" AS ENUM('applied', 'approved', 'conditionally_approved', 'suspended', 'removed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "providers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "category" "public"."provider_category" NOT NULL, "registration_status" "public"."provider_registration_status" NOT NULL, "urn" text, "ukprn" text, "companies_house_number" text, "charity_number" text, "postcode" text NOT NULL, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "contact_email" text NOT NULL, "sme" boolean NOT NULL DEFAULT false, "vcse" boolean NOT NULL DEFAULT false, "description" text, "quality_score" smallint NOT NULL DEFAULT '50', "directory_status" "public"."provider_directory_status" NOT NULL DEFAULT 'applied', "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_providers_coordinates_in_uk" CHECK (latitude BETWEEN 49.8 AND 60.9 AND longitude BETWEEN -8.7 AND 1.8), CONSTRAINT "ck_providers_quality_score" CHECK (quality_score BETWEEN 0 AND 100), CONSTRAINT "pk_providers" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_providers_urn" ON "providers" ("urn") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_providers_ukprn" ON "providers" ("ukprn") `);
    await queryRunner.query(
      `CREATE INDEX "ix_providers_directory_status" ON "providers" ("directory_status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "provider_status_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider_id" uuid NOT NULL, "status" "public"."provider_directory_status" NOT NULL, "reason" text NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "by_key_id" uuid, CONSTRAINT "pk_provider_status_changes" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_provider_status_changes_provider_id_at" ON "provider_status_changes" ("provider_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."lot_membership_status" AS ENUM('active', 'suspended', 'removed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "lot_memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "lot_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "status" "public"."lot_membership_status" NOT NULL DEFAULT 'active', "status_reason" text, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_lot_memberships_lot_id_provider_id" UNIQUE ("lot_id", "provider_id"), CONSTRAINT "pk_lot_memberships" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_lot_memberships_provider_id" ON "lot_memberships" ("provider_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "lot_membership_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "membership_id" uuid NOT NULL, "status" "public"."lot_membership_status" NOT NULL, "reason" text NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "by_key_id" uuid, CONSTRAINT "pk_lot_membership_changes" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_lot_membership_changes_membership_id_at" ON "lot_membership_changes" ("membership_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."check_mandatory_scope" AS ENUM('all', 'registered', 'lot')`,
    );
    await queryRunner.query(
      `CREATE TABLE "check_types" ("code" text NOT NULL, "title" text NOT NULL, "mandatory" "public"."check_mandatory_scope" NOT NULL, "default_validity_months" smallint NOT NULL, "requires_cover" boolean NOT NULL DEFAULT false, "minimum_cover_pence" bigint, "sort_order" smallint NOT NULL, CONSTRAINT "pk_check_types" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."check_outcome" AS ENUM('pass', 'conditional', 'fail')`);
    await queryRunner.query(
      `CREATE TABLE "provider_checks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider_id" uuid NOT NULL, "type" text NOT NULL, "outcome" "public"."check_outcome" NOT NULL, "evidence_ref" text NOT NULL, "verified_at" date NOT NULL, "expires_at" date NOT NULL, "cover_pence" bigint, "conditions" text, "conditions_due_date" date, "verified_by_key_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_provider_checks_expiry_after_verification" CHECK (expires_at >= verified_at), CONSTRAINT "pk_provider_checks" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_provider_checks_type" ON "provider_checks" ("type") `);
    await queryRunner.query(
      `CREATE INDEX "ix_provider_checks_provider_id_type_verified_at" ON "provider_checks" ("provider_id", "type", "verified_at") `,
    );
    // The due-diligence catalogue (DESIGN §1), reference data: KCSIE 2025 (enhanced DBS and single central record,
    // safeguarding policy, DSL training every two years), Employers' Liability (Compulsory Insurance) Act 1969 (at
    // least £5m), Education and Skills Act 2008 / Education Act 1996 s.463 (Ofsted registration for registered
    // settings), and the council's framework quality clauses (QA visit, financial standing: per lot).
    await queryRunner.query(`INSERT INTO "check_types" ("code", "title", "mandatory", "default_validity_months", "requires_cover", "minimum_cover_pence", "sort_order") VALUES
      ('enhanced_dbs_scr', 'Enhanced DBS checks and single central record', 'all', 12, false, NULL, 1),
      ('safeguarding_policy', 'Safeguarding and child protection policy', 'all', 12, false, NULL, 2),
      ('dsl_training', 'Designated safeguarding lead training', 'all', 24, false, NULL, 3),
      ('employers_liability_insurance', 'Employers'' liability insurance (at least £5m)', 'all', 12, true, 500000000, 4),
      ('public_liability_insurance', 'Public liability insurance', 'all', 12, true, NULL, 5),
      ('health_safety_risk_assessment', 'Health and safety risk assessment', 'all', 12, false, NULL, 6),
      ('fire_risk_assessment', 'Fire risk assessment', 'all', 12, false, NULL, 7),
      ('first_aid', 'First aid cover and training', 'all', 36, false, NULL, 8),
      ('data_protection', 'Data protection (ICO registration and UK GDPR policy)', 'all', 12, false, NULL, 9),
      ('ofsted_registration', 'Ofsted registration (registered settings only)', 'registered', 36, false, NULL, 10),
      ('qa_visit', 'Quality assurance visit', 'lot', 12, false, NULL, 11),
      ('financial_standing', 'Financial standing', 'lot', 12, false, NULL, 12)`);
    await queryRunner.query(
      `ALTER TABLE "lots" ADD "mandatory_check_types" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "provider_status_changes" ADD CONSTRAINT "fk_provider_status_changes_provider_id" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lot_memberships" ADD CONSTRAINT "fk_lot_memberships_lot_id" FOREIGN KEY ("lot_id") REFERENCES "lots"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lot_memberships" ADD CONSTRAINT "fk_lot_memberships_provider_id" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lot_membership_changes" ADD CONSTRAINT "fk_lot_membership_changes_membership_id" FOREIGN KEY ("membership_id") REFERENCES "lot_memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "provider_checks" ADD CONSTRAINT "fk_provider_checks_provider_id" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "provider_checks" ADD CONSTRAINT "fk_provider_checks_type" FOREIGN KEY ("type") REFERENCES "check_types"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "fk_api_keys_provider_id" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "fk_api_keys_provider_id"`);
    await queryRunner.query(`ALTER TABLE "provider_checks" DROP CONSTRAINT "fk_provider_checks_type"`);
    await queryRunner.query(`ALTER TABLE "provider_checks" DROP CONSTRAINT "fk_provider_checks_provider_id"`);
    await queryRunner.query(
      `ALTER TABLE "lot_membership_changes" DROP CONSTRAINT "fk_lot_membership_changes_membership_id"`,
    );
    await queryRunner.query(`ALTER TABLE "lot_memberships" DROP CONSTRAINT "fk_lot_memberships_provider_id"`);
    await queryRunner.query(`ALTER TABLE "lot_memberships" DROP CONSTRAINT "fk_lot_memberships_lot_id"`);
    await queryRunner.query(
      `ALTER TABLE "provider_status_changes" DROP CONSTRAINT "fk_provider_status_changes_provider_id"`,
    );
    await queryRunner.query(`ALTER TABLE "lots" DROP COLUMN "mandatory_check_types"`);
    await queryRunner.query(`DROP INDEX "public"."ix_provider_checks_provider_id_type_verified_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_provider_checks_type"`);
    await queryRunner.query(`DROP TABLE "provider_checks"`);
    await queryRunner.query(`DROP TYPE "public"."check_outcome"`);
    await queryRunner.query(`DROP TABLE "check_types"`);
    await queryRunner.query(`DROP TYPE "public"."check_mandatory_scope"`);
    await queryRunner.query(`DROP INDEX "public"."ix_lot_membership_changes_membership_id_at"`);
    await queryRunner.query(`DROP TABLE "lot_membership_changes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_lot_memberships_provider_id"`);
    await queryRunner.query(`DROP TABLE "lot_memberships"`);
    await queryRunner.query(`DROP TYPE "public"."lot_membership_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_provider_status_changes_provider_id_at"`);
    await queryRunner.query(`DROP TABLE "provider_status_changes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_providers_directory_status"`);
    await queryRunner.query(`DROP INDEX "public"."uq_providers_ukprn"`);
    await queryRunner.query(`DROP INDEX "public"."uq_providers_urn"`);
    await queryRunner.query(`DROP TABLE "providers"`);
    await queryRunner.query(`DROP TYPE "public"."provider_directory_status"`);
    await queryRunner.query(`DROP TYPE "public"."provider_registration_status"`);
    await queryRunner.query(`DROP TYPE "public"."provider_category"`);
  }
}
