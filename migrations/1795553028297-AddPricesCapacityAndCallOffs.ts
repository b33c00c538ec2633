import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPricesCapacityAndCallOffs1795553028297 implements MigrationInterface {
  name = 'AddPricesCapacityAndCallOffs1795553028297';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."rate_card_status" AS ENUM('submitted', 'approved', 'rejected')`,
    );
    await queryRunner.query(
      `CREATE TABLE "rate_cards" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider_id" uuid NOT NULL, "lot_id" uuid NOT NULL, "effective_from" date NOT NULL, "effective_to" date, "status" "public"."rate_card_status" NOT NULL DEFAULT 'submitted', "submitted_by_key_id" uuid, "decided_by_key_id" uuid, "decided_at" TIMESTAMP(3) WITH TIME ZONE, "decision_reason" text, "uplift_override_reason" text, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_rate_cards_effective_range" CHECK (effective_to IS NULL OR effective_to >= effective_from), CONSTRAINT "pk_rate_cards" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_rate_cards_lot_id" ON "rate_cards" ("lot_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_rate_cards_provider_id_lot_id_effective_from" ON "rate_cards" ("provider_id", "lot_id", "effective_from") `,
    );
    await queryRunner.query(
      `CREATE TABLE "rate_card_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "rate_card_id" uuid NOT NULL, "unit" "public"."pricing_unit" NOT NULL, "price_pence" bigint NOT NULL, "description" text, CONSTRAINT "uq_rate_card_lines_rate_card_id_unit" UNIQUE ("rate_card_id", "unit"), CONSTRAINT "ck_rate_card_lines_price_positive" CHECK (price_pence > 0), CONSTRAINT "pk_rate_card_lines" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "capacity_declarations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider_id" uuid NOT NULL, "lot_id" uuid NOT NULL, "from_date" date NOT NULL, "to_date" date NOT NULL, "sessions_per_week" integer NOT NULL, "declared_by_key_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_capacity_declarations_sessions" CHECK (sessions_per_week >= 0), CONSTRAINT "ck_capacity_declarations_range" CHECK (to_date >= from_date), CONSTRAINT "pk_capacity_declarations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_capacity_declarations_lot_id_provider_id" ON "capacity_declarations" ("lot_id", "provider_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "capacity_holds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider_id" uuid NOT NULL, "lot_id" uuid NOT NULL, "from_date" date NOT NULL, "to_date" date NOT NULL, "sessions_per_week" integer NOT NULL, "source_id" uuid, "expires_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_capacity_holds_sessions" CHECK (sessions_per_week > 0), CONSTRAINT "ck_capacity_holds_range" CHECK (to_date >= from_date), CONSTRAINT "pk_capacity_holds" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_capacity_holds_source_id" ON "capacity_holds" ("source_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_capacity_holds_lot_id_provider_id" ON "capacity_holds" ("lot_id", "provider_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."statutory_basis" AS ENUM('s19_permanent_exclusion', 's19_illness', 's19_other', 'school_suspension', 'school_directed_offsite', 'post16')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."call_off_stored_status" AS ENUM('offered', 'accepted', 'declined', 'withdrawn', 'lapsed')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."decline_reason" AS ENUM('no_capacity', 'needs_not_met', 'location', 'risk', 'other')`,
    );
    await queryRunner.query(
      `CREATE TABLE "call_offs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" SERIAL NOT NULL, "framework_id" uuid NOT NULL, "lot_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "commissioner_organisation_id" uuid NOT NULL, "child_ref" text NOT NULL, "child_year_group" smallint NOT NULL, "child_ehcp" boolean NOT NULL, "child_looked_after" boolean NOT NULL, "child_needs_summary" text, "statutory_basis" "public"."statutory_basis" NOT NULL, "primary_reason" text NOT NULL, "exclusion_date" date, "statutory_deadline" date, "statutory_deadline_met" boolean, "start_date" date NOT NULL, "end_date" date NOT NULL, "sessions_per_week" smallint NOT NULL, "full_time" boolean NOT NULL, "latitude" double precision, "longitude" double precision, "plan" jsonb NOT NULL, "send_caseworker_notified_at" date, "justification" text, "status" "public"."call_off_stored_status" NOT NULL, "offer_expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "responded_at" TIMESTAMP(3) WITH TIME ZONE, "decline_reason_code" "public"."decline_reason", "response_note" text, "terminated_on" date, "rate_card_id" uuid NOT NULL, "unit" "public"."pricing_unit" NOT NULL, "unit_price_pence" bigint NOT NULL, "school_days" integer NOT NULL, "total_pence" bigint NOT NULL, "base_pence" bigint NOT NULL, "at_risk_pence" bigint NOT NULL, "by_financial_year" jsonb NOT NULL, "segments" jsonb NOT NULL, "award_evidence" jsonb NOT NULL, "warnings" jsonb NOT NULL DEFAULT '[]', "variations" jsonb NOT NULL DEFAULT '[]', "created_by_key_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_call_offs_sessions" CHECK (sessions_per_week BETWEEN 1 AND 10), CONSTRAINT "ck_call_offs_dates" CHECK (end_date >= start_date), CONSTRAINT "pk_call_offs" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_call_offs_number" ON "call_offs" ("number") `);
    await queryRunner.query(
      `CREATE INDEX "ix_call_offs_provider_id_start_date_end_date" ON "call_offs" ("provider_id", "start_date", "end_date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_call_offs_framework_id_end_date" ON "call_offs" ("framework_id", "end_date") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_call_offs_created_at_id" ON "call_offs" ("created_at", "id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_call_offs_provider_id_created_at_id" ON "call_offs" ("provider_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_call_offs_commissioner_organisation_id_created_at_id" ON "call_offs" ("commissioner_organisation_id", "created_at", "id") `,
    );
    // json keeps a stored response byte for byte (key order), so replays match the first answer; keep the data.
    await queryRunner.query(
      `ALTER TABLE "idempotency_records" ALTER COLUMN "response_body" TYPE json USING "response_body"::json`,
    );
    await queryRunner.query(
      `ALTER TABLE "rate_cards" ADD CONSTRAINT "fk_rate_cards_provider_id" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "rate_cards" ADD CONSTRAINT "fk_rate_cards_lot_id" FOREIGN KEY ("lot_id") REFERENCES "lots"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "rate_card_lines" ADD CONSTRAINT "fk_rate_card_lines_rate_card_id" FOREIGN KEY ("rate_card_id") REFERENCES "rate_cards"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "capacity_declarations" ADD CONSTRAINT "fk_capacity_declarations_provider_id" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "capacity_declarations" ADD CONSTRAINT "fk_capacity_declarations_lot_id" FOREIGN KEY ("lot_id") REFERENCES "lots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "capacity_holds" ADD CONSTRAINT "fk_capacity_holds_provider_id" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "capacity_holds" ADD CONSTRAINT "fk_capacity_holds_lot_id" FOREIGN KEY ("lot_id") REFERENCES "lots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_offs" ADD CONSTRAINT "fk_call_offs_framework_id" FOREIGN KEY ("framework_id") REFERENCES "frameworks"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_offs" ADD CONSTRAINT "fk_call_offs_lot_id" FOREIGN KEY ("lot_id") REFERENCES "lots"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_offs" ADD CONSTRAINT "fk_call_offs_provider_id" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_offs" ADD CONSTRAINT "fk_call_offs_commissioner_organisation_id" FOREIGN KEY ("commissioner_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "call_offs" DROP CONSTRAINT "fk_call_offs_commissioner_organisation_id"`,
    );
    await queryRunner.query(`ALTER TABLE "call_offs" DROP CONSTRAINT "fk_call_offs_provider_id"`);
    await queryRunner.query(`ALTER TABLE "call_offs" DROP CONSTRAINT "fk_call_offs_lot_id"`);
    await queryRunner.query(`ALTER TABLE "call_offs" DROP CONSTRAINT "fk_call_offs_framework_id"`);
    await queryRunner.query(`ALTER TABLE "capacity_holds" DROP CONSTRAINT "fk_capacity_holds_lot_id"`);
    await queryRunner.query(`ALTER TABLE "capacity_holds" DROP CONSTRAINT "fk_capacity_holds_provider_id"`);
    await queryRunner.query(
      `ALTER TABLE "capacity_declarations" DROP CONSTRAINT "fk_capacity_declarations_lot_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "capacity_declarations" DROP CONSTRAINT "fk_capacity_declarations_provider_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "rate_card_lines" DROP CONSTRAINT "fk_rate_card_lines_rate_card_id"`,
    );
    await queryRunner.query(`ALTER TABLE "rate_cards" DROP CONSTRAINT "fk_rate_cards_lot_id"`);
    await queryRunner.query(`ALTER TABLE "rate_cards" DROP CONSTRAINT "fk_rate_cards_provider_id"`);
    await queryRunner.query(
      `ALTER TABLE "idempotency_records" ALTER COLUMN "response_body" TYPE jsonb USING "response_body"::jsonb`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_call_offs_commissioner_organisation_id_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_call_offs_provider_id_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_call_offs_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_call_offs_framework_id_end_date"`);
    await queryRunner.query(`DROP INDEX "public"."ix_call_offs_provider_id_start_date_end_date"`);
    await queryRunner.query(`DROP INDEX "public"."uq_call_offs_number"`);
    await queryRunner.query(`DROP TABLE "call_offs"`);
    await queryRunner.query(`DROP TYPE "public"."decline_reason"`);
    await queryRunner.query(`DROP TYPE "public"."call_off_stored_status"`);
    await queryRunner.query(`DROP TYPE "public"."statutory_basis"`);
    await queryRunner.query(`DROP INDEX "public"."ix_capacity_holds_lot_id_provider_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_capacity_holds_source_id"`);
    await queryRunner.query(`DROP TABLE "capacity_holds"`);
    await queryRunner.query(`DROP INDEX "public"."ix_capacity_declarations_lot_id_provider_id"`);
    await queryRunner.query(`DROP TABLE "capacity_declarations"`);
    await queryRunner.query(`DROP TABLE "rate_card_lines"`);
    await queryRunner.query(`DROP INDEX "public"."ix_rate_cards_provider_id_lot_id_effective_from"`);
    await queryRunner.query(`DROP INDEX "public"."ix_rate_cards_lot_id"`);
    await queryRunner.query(`DROP TABLE "rate_cards"`);
    await queryRunner.query(`DROP TYPE "public"."rate_card_status"`);
  }
}
