import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddBudgetsAndSpendImports1796395006571 implements MigrationInterface {
  name = 'AddBudgetsAndSpendImports1796395006571';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "spend_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "digest" text NOT NULL, "row_count" integer NOT NULL, "total_pence" bigint NOT NULL, "credit_pence" bigint NOT NULL, "totals" jsonb NOT NULL, "created_by_key_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_spend_imports" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_spend_imports_organisation_id_created_at_id" ON "spend_imports" ("organisation_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_spend_imports_organisation_id_digest" ON "spend_imports" ("organisation_id", "digest") `,
    );
    await queryRunner.query(
      `CREATE TABLE "spend_lines" ("import_id" uuid NOT NULL, "row_number" integer NOT NULL, "organisation_id" uuid NOT NULL, "spent_on" date NOT NULL, "financial_year" text NOT NULL, "supplier_name" text NOT NULL, "provider_id" uuid, "on_framework" boolean, "cost_centre" text NOT NULL, "description" text NOT NULL, "amount_pence" bigint NOT NULL, CONSTRAINT "pk_spend_lines" PRIMARY KEY ("import_id", "row_number"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_spend_lines_organisation_id_financial_year" ON "spend_lines" ("organisation_id", "financial_year") `,
    );
    await queryRunner.query(
      `CREATE TABLE "budgets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "financial_year" text NOT NULL, "lines" jsonb NOT NULL, "total_pence" bigint NOT NULL, "note" text, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_budgets_total_pence" CHECK (total_pence >= 0), CONSTRAINT "ck_budgets_lines_array" CHECK (jsonb_typeof("lines") = 'array'), CONSTRAINT "pk_budgets" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_budgets_organisation_id_financial_year" ON "budgets" ("organisation_id", "financial_year") `,
    );
    // The financial position keeps each organisation's call-off commitments per process under the count
    // `call_offs:<organisation id>` (src/database/change-counters.ts), bumped by every statement writing its call-offs.
    await queryRunner.query(
      `CREATE FUNCTION "count_changes_call_offs"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'TRUNCATE' THEN
           PERFORM "bump_change_counters"(ARRAY(SELECT 'call_offs:' || id FROM organisations));
         ELSIF TG_OP = 'INSERT' THEN
           PERFORM "bump_change_counters"(ARRAY(SELECT DISTINCT 'call_offs:' || commissioner_organisation_id FROM new_rows));
         ELSIF TG_OP = 'UPDATE' THEN
           PERFORM "bump_change_counters"(ARRAY(SELECT 'call_offs:' || commissioner_organisation_id FROM new_rows
                                                UNION SELECT 'call_offs:' || commissioner_organisation_id FROM old_rows));
         ELSE
           PERFORM "bump_change_counters"(ARRAY(SELECT DISTINCT 'call_offs:' || commissioner_organisation_id FROM old_rows));
         END IF;
         RETURN NULL;
       END $$`,
    );
    const run = `FOR EACH STATEMENT EXECUTE FUNCTION "count_changes_call_offs"()`;
    await queryRunner.query(
      `CREATE TRIGGER "tr_call_offs_count_inserts" AFTER INSERT ON "call_offs" REFERENCING NEW TABLE AS new_rows ${run}`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_call_offs_count_updates" AFTER UPDATE ON "call_offs"
         REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows ${run}`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_call_offs_count_deletes" AFTER DELETE ON "call_offs" REFERENCING OLD TABLE AS old_rows ${run}`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_call_offs_count_truncates" AFTER TRUNCATE ON "call_offs" ${run}`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ['inserts', 'updates', 'deletes', 'truncates'])
      await queryRunner.query(`DROP TRIGGER "tr_call_offs_count_${event}" ON "call_offs"`);
    await queryRunner.query(`DROP FUNCTION "count_changes_call_offs"()`);
    await queryRunner.query(`DROP INDEX "public"."uq_budgets_organisation_id_financial_year"`);
    await queryRunner.query(`DROP TABLE "budgets"`);
    await queryRunner.query(`DROP INDEX "public"."ix_spend_lines_organisation_id_financial_year"`);
    await queryRunner.query(`DROP TABLE "spend_lines"`);
    await queryRunner.query(`DROP INDEX "public"."uq_spend_imports_organisation_id_digest"`);
    await queryRunner.query(`DROP INDEX "public"."ix_spend_imports_organisation_id_created_at_id"`);
    await queryRunner.query(`DROP TABLE "spend_imports"`);
  }
}
