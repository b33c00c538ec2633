import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddOutcomeRulesAndClaims1796395103751 implements MigrationInterface {
  name = 'AddOutcomeRulesAndClaims1796395103751';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."outcome_metric" AS ENUM('attendance_rate', 'attendance_improvement', 'reintegration_sustained', 'destination_sustained', 'qualification')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."outcome_evidence" AS ENUM('attendance_records', 'school_confirmation', 'college_confirmation', 'certificate')`,
    );
    await queryRunner.query(
      `CREATE TABLE "outcome_rules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "lot_id" uuid NOT NULL, "code" text NOT NULL, "title" text NOT NULL, "metric" "public"."outcome_metric" NOT NULL, "threshold" numeric(5,2) NOT NULL, "sustain_school_weeks" smallint NOT NULL, "evidence" "public"."outcome_evidence" NOT NULL, "share_of_at_risk_percent" numeric(5,2) NOT NULL, "created_by_key_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_outcome_rules_lot_id_code" UNIQUE ("lot_id", "code"), CONSTRAINT "ck_outcome_rules_sustain" CHECK (sustain_school_weeks BETWEEN 1 AND 52), CONSTRAINT "ck_outcome_rules_threshold" CHECK (threshold >= 0 AND threshold <= 100), CONSTRAINT "ck_outcome_rules_share" CHECK (share_of_at_risk_percent > 0 AND share_of_at_risk_percent <= 100), CONSTRAINT "pk_outcome_rules" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outcome_rules_lot_id_created_at_id" ON "outcome_rules" ("lot_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."outcome_claim_status" AS ENUM('submitted', 'verified', 'rejected')`,
    );
    await queryRunner.query(
      `CREATE TABLE "outcome_claims" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_off_id" uuid NOT NULL, "rule_id" uuid NOT NULL, "commissioner_organisation_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "framework_id" uuid NOT NULL, "lot_id" uuid NOT NULL, "rule_code" text NOT NULL, "metric" "public"."outcome_metric" NOT NULL, "achieved_on" date NOT NULL, "financial_year" text NOT NULL, "evidence_ref" text NOT NULL, "status" "public"."outcome_claim_status" NOT NULL, "supported" boolean, "attendance_check" jsonb, "verify_by" date NOT NULL, "decided_at" TIMESTAMP(3) WITH TIME ZONE, "decided_by_key_id" uuid, "rejection_reason" text, "at_risk_pence_at_verification" bigint, "uncapped_pence" bigint, "payable_pence" bigint, "cap_applied" text, "submitted_by_key_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_outcome_claims_call_off_id_rule_id" UNIQUE ("call_off_id", "rule_id"), CONSTRAINT "ck_outcome_claims_payable" CHECK (payable_pence IS NULL OR payable_pence >= 0), CONSTRAINT "pk_outcome_claims" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outcome_claims_provider_id_financial_year" ON "outcome_claims" ("provider_id", "financial_year") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outcome_claims_provider_id_created_at_id" ON "outcome_claims" ("provider_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outcome_claims_commissioner_organisation_id_created_at_id" ON "outcome_claims" ("commissioner_organisation_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "lots" ADD "outcome_cap_percent_per_provider_year" numeric(5,2) NOT NULL DEFAULT 12.00`,
    );
    await queryRunner.query(
      `ALTER TABLE "lots" ADD CONSTRAINT "ck_lots_outcome_cap_percent" CHECK (outcome_cap_percent_per_provider_year BETWEEN 0 AND 100)`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_rules" ADD CONSTRAINT "fk_outcome_rules_lot_id" FOREIGN KEY ("lot_id") REFERENCES "lots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_claims" ADD CONSTRAINT "fk_outcome_claims_call_off_id" FOREIGN KEY ("call_off_id") REFERENCES "call_offs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome_claims" ADD CONSTRAINT "fk_outcome_claims_rule_id" FOREIGN KEY ("rule_id") REFERENCES "outcome_rules"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outcome_claims" DROP CONSTRAINT "fk_outcome_claims_rule_id"`);
    await queryRunner.query(`ALTER TABLE "outcome_claims" DROP CONSTRAINT "fk_outcome_claims_call_off_id"`);
    await queryRunner.query(`ALTER TABLE "outcome_rules" DROP CONSTRAINT "fk_outcome_rules_lot_id"`);
    await queryRunner.query(`ALTER TABLE "lots" DROP CONSTRAINT "ck_lots_outcome_cap_percent"`);
    await queryRunner.query(`ALTER TABLE "lots" DROP COLUMN "outcome_cap_percent_per_provider_year"`);
    await queryRunner.query(
      `DROP INDEX "public"."ix_outcome_claims_commissioner_organisation_id_created_at_id"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_outcome_claims_provider_id_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outcome_claims_provider_id_financial_year"`);
    await queryRunner.query(`DROP TABLE "outcome_claims"`);
    await queryRunner.query(`DROP TYPE "public"."outcome_claim_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outcome_rules_lot_id_created_at_id"`);
    await queryRunner.query(`DROP TABLE "outcome_rules"`);
    await queryRunner.query(`DROP TYPE "public"."outcome_evidence"`);
    await queryRunner.query(`DROP TYPE "public"."outcome_metric"`);
  }
}
