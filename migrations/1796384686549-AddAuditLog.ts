import { MigrationInterface, QueryRunner } from 'typeorm';

// The audit log is append-only in the database itself, whatever the application does: rows are inserted unsealed;
// the one UPDATE allowed fills the seal columns (seq, prev_hash, hash) of a row that has none yet and changes nothing
// else, so a sealed entry can never be altered, re-sealed or removed through any role that does not own the table
// (the owner could drop the trigger: the hash chain and a notarised head are what expose that). TRUNCATE too.
const APPEND_ONLY = `CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL
       AND (to_jsonb(NEW) - 'seq' - 'prev_hash' - 'hash') = (to_jsonb(OLD) - 'seq' - 'prev_hash' - 'hash') THEN
      RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
      RAISE EXCEPTION 'audit_log: an entry is inserted unsealed; only the sealer seals it'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
  END $$`;

export class AddAuditLog1796384686549 implements MigrationInterface {
  name = 'AddAuditLog1796384686549';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "kind" text NOT NULL, "request_id" text, "actor_key_id" uuid, "actor_role" text, "actor_organisation_id" uuid, "actor_provider_id" uuid, "action" text NOT NULL, "route" text, "subject_type" text NOT NULL, "subject_id" uuid, "changes" jsonb NOT NULL, "seq" bigint, "prev_hash" character(64), "hash" character(64), CONSTRAINT "ck_audit_log_kind" CHECK (kind IN ('write', 'read')), CONSTRAINT "ck_audit_log_sealed_together" CHECK ((seq IS NULL) = (hash IS NULL) AND (seq IS NULL) = (prev_hash IS NULL)), CONSTRAINT "pk_audit_log" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_audit_log_seq" ON "audit_log" ("seq") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_unsealed" ON "audit_log" ("id") WHERE seq IS NULL`);
    await queryRunner.query(
      `CREATE INDEX "ix_audit_log_subject_id_seq" ON "audit_log" ("subject_id", "seq") `,
    );
    await queryRunner.query(APPEND_ONLY);
    await queryRunner.query(
      `CREATE TRIGGER "tr_audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log"
       FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"()`,
    );
    // Writers' inserts are the hot path: the condition is checked without calling the function.
    await queryRunner.query(
      `CREATE TRIGGER "tr_audit_log_insert_unsealed" BEFORE INSERT ON "audit_log" FOR EACH ROW
       WHEN (NEW.seq IS NOT NULL OR NEW.prev_hash IS NOT NULL OR NEW.hash IS NOT NULL)
       EXECUTE FUNCTION "audit_log_append_only"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
       FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tr_audit_log_no_truncate" ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER "tr_audit_log_insert_unsealed" ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER "tr_audit_log_append_only" ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION "audit_log_append_only"()`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_subject_id_seq"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_unsealed"`);
    await queryRunner.query(`DROP INDEX "public"."uq_audit_log_seq"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
