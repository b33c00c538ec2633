import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddInvoicesAndAbsenceBillingPolicy1796396010554 implements MigrationInterface {
  name = 'AddInvoicesAndAbsenceBillingPolicy1796396010554';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."invoice_status" AS ENUM('submitted', 'approved', 'disputed', 'paid')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."invoice_match_status" AS ENUM('matched', 'query')`);
    await queryRunner.query(
      `CREATE TABLE "invoices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider_id" uuid NOT NULL, "commissioner_organisation_id" uuid NOT NULL, "provider_invoice_number" text NOT NULL, "issued_on" date NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, "received_on" date NOT NULL, "due_by" date NOT NULL, "paid_on" date, "status" "public"."invoice_status" NOT NULL DEFAULT 'submitted', "match_status" "public"."invoice_match_status" NOT NULL, "total_pence" bigint NOT NULL, "variance_pence" bigint NOT NULL, "decided_at" TIMESTAMP(3) WITH TIME ZONE, "dispute_reason" text, "submitted_by_key_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_invoices_total" CHECK (total_pence >= 0), CONSTRAINT "ck_invoices_period" CHECK (period_to >= period_from), CONSTRAINT "pk_invoices" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_invoices_due_by_unpaid" ON "invoices" ("due_by") WHERE status IN ('submitted', 'approved')`,
    );
    await queryRunner.query(`CREATE INDEX "ix_invoices_created_at_id" ON "invoices" ("created_at", "id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_invoices_provider_id_created_at_id" ON "invoices" ("provider_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_invoices_commissioner_organisation_id_created_at_id" ON "invoices" ("commissioner_organisation_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_invoices_provider_id_provider_invoice_number" ON "invoices" ("provider_id", "provider_invoice_number") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."invoice_line_kind" AS ENUM('sessions', 'outcome_payment', 'transport', 'other')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."invoice_line_status" AS ENUM('matched', 'query')`);
    await queryRunner.query(
      `CREATE TABLE "invoice_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "invoice_id" uuid NOT NULL, "commissioner_organisation_id" uuid NOT NULL, "line_number" smallint NOT NULL, "call_off_id" uuid NOT NULL, "lot_id" uuid NOT NULL, "kind" "public"."invoice_line_kind" NOT NULL, "quantity" integer NOT NULL, "unit_price_pence" bigint NOT NULL, "amount_pence" bigint NOT NULL, "outcome_claim_id" uuid, "pays_outcome_claim_id" uuid, "status" "public"."invoice_line_status" NOT NULL, "reasons" jsonb NOT NULL DEFAULT '[]', "expected_pence" bigint NOT NULL, "variance_pence" bigint NOT NULL, "live" boolean NOT NULL DEFAULT true, CONSTRAINT "ck_invoice_lines_amounts" CHECK (quantity >= 0 AND unit_price_pence >= 0 AND amount_pence >= 0), CONSTRAINT "pk_invoice_lines" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_invoice_lines_pays_outcome_claim_id" ON "invoice_lines" ("pays_outcome_claim_id") WHERE pays_outcome_claim_id IS NOT NULL AND live`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_invoice_lines_call_off_id" ON "invoice_lines" ("call_off_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_invoice_lines_invoice_id_line_number" ON "invoice_lines" ("invoice_id", "line_number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "invoice_spend" ("invoice_line_id" uuid NOT NULL, "financial_year" text NOT NULL, "invoice_id" uuid NOT NULL, "commissioner_organisation_id" uuid NOT NULL, "call_off_id" uuid NOT NULL, "lot_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "school_days" integer NOT NULL, "amount_pence" bigint NOT NULL, CONSTRAINT "pk_invoice_spend" PRIMARY KEY ("invoice_line_id", "financial_year"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_invoice_spend_invoice_id" ON "invoice_spend" ("invoice_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_invoice_spend_commissioner_organisation_id_financial_year" ON "invoice_spend" ("commissioner_organisation_id", "financial_year") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."absence_billing_policy" AS ENUM('pay_commissioned_unless_provider_cancelled', 'pay_attended_only')`,
    );
    await queryRunner.query(
      `ALTER TABLE "frameworks" ADD "absence_billing_policy" "public"."absence_billing_policy" NOT NULL DEFAULT 'pay_commissioned_unless_provider_cancelled'`,
    );
    await queryRunner.query(
      `ALTER TABLE "invoice_lines" ADD CONSTRAINT "fk_invoice_lines_invoice_id" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invoice_spend" ADD CONSTRAINT "fk_invoice_spend_invoice_line_id" FOREIGN KEY ("invoice_line_id") REFERENCES "invoice_lines"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invoice_spend" ADD CONSTRAINT "fk_invoice_spend_invoice_id" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invoice_spend" DROP CONSTRAINT "fk_invoice_spend_invoice_id"`);
    await queryRunner.query(`ALTER TABLE "invoice_spend" DROP CONSTRAINT "fk_invoice_spend_invoice_line_id"`);
    await queryRunner.query(`ALTER TABLE "invoice_lines" DROP CONSTRAINT "fk_invoice_lines_invoice_id"`);
    await queryRunner.query(`ALTER TABLE "frameworks" DROP COLUMN "absence_billing_policy"`);
    await queryRunner.query(`DROP TYPE "public"."absence_billing_policy"`);
    await queryRunner.query(
      `DROP INDEX "public"."ix_invoice_spend_commissioner_organisation_id_financial_year"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_invoice_spend_invoice_id"`);
    await queryRunner.query(`DROP TABLE "invoice_spend"`);
    await queryRunner.query(`DROP INDEX "public"."uq_invoice_lines_invoice_id_line_number"`);
    await queryRunner.query(`DROP INDEX "public"."ix_invoice_lines_call_off_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_invoice_lines_pays_outcome_claim_id"`);
    await queryRunner.query(`DROP TABLE "invoice_lines"`);
    await queryRunner.query(`DROP TYPE "public"."invoice_line_status"`);
    await queryRunner.query(`DROP TYPE "public"."invoice_line_kind"`);
    await queryRunner.query(`DROP INDEX "public"."uq_invoices_provider_id_provider_invoice_number"`);
    await queryRunner.query(`DROP INDEX "public"."ix_invoices_commissioner_organisation_id_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_invoices_provider_id_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_invoices_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_invoices_due_by_unpaid"`);
    await queryRunner.query(`DROP TABLE "invoices"`);
    await queryRunner.query(`DROP TYPE "public"."invoice_match_status"`);
    await queryRunner.query(`DROP TYPE "public"."invoice_status"`);
  }
}
