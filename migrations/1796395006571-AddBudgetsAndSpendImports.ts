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
    // `call_offs:<organisation id>` (src/database/change-counters.ts), bumped by every transaction writing its
    // call-offs. The bump is deferred to commit and made once per organisation and transaction: the counter's row lock
    // is then held only while the transaction commits, so one council's concurrent placements do not queue on it
    // from their insert to their commit.
    await queryRunner.query(
      `CREATE FUNCTION "count_changes_call_offs"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM "bump_change_counters"(ARRAY(SELECT 'call_offs:' || id FROM organisations));
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "count_changes_call_offs_at_commit"() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE
         org uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.commissioner_organisation_id
                          ELSE NEW.commissioner_organisation_id END;
         flag text := 'apx_call_offs.o' || replace(org::text, '-', '');
       BEGIN
         IF current_setting(flag, true) IS DISTINCT FROM 'y' THEN
           PERFORM "bump_change_counters"(ARRAY['call_offs:' || org]);
           PERFORM set_config(flag, 'y', true);
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "tr_call_offs_count_changes" AFTER INSERT OR UPDATE OR DELETE ON "call_offs"
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "count_changes_call_offs_at_commit"()`,
    );
    const run = `FOR EACH STATEMENT EXECUTE FUNCTION "count_changes_call_offs"()`;
    await queryRunner.query(
      `CREATE TRIGGER "tr_call_offs_count_truncates" AFTER TRUNCATE ON "call_offs" ${run}`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tr_call_offs_count_truncates" ON "call_offs"`);
    await queryRunner.query(`DROP TRIGGER "tr_call_offs_count_changes" ON "call_offs"`);
    await queryRunner.query(`DROP FUNCTION "count_changes_call_offs_at_commit"()`);
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
