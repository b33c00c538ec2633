import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAttendance1796394896702 implements MigrationInterface {
  name = 'AddAttendance1796394896702';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."attendance_session" AS ENUM('am', 'pm')`);
    await queryRunner.query(
      `CREATE TYPE "public"."attendance_mark" AS ENUM('present', 'late', 'authorised_absence', 'unauthorised_absence', 'provider_cancelled', 'not_required')`,
    );
    await queryRunner.query(
      `CREATE TABLE "attendance_marks" ("call_off_id" uuid NOT NULL, "date" date NOT NULL, "session" "public"."attendance_session" NOT NULL, "mark" "public"."attendance_mark" NOT NULL, "minutes_late" smallint, "note" text, "register_code" text, "commissioner_organisation_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "lot_id" uuid NOT NULL, "recorded_by_key_id" uuid, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_attendance_marks_minutes_late" CHECK (minutes_late IS NULL OR (mark = 'late' AND minutes_late BETWEEN 0 AND 600)), CONSTRAINT "pk_attendance_marks" PRIMARY KEY ("call_off_id", "date", "session"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_attendance_marks_commissioner_organisation_id_date" ON "attendance_marks" ("commissioner_organisation_id", "date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_attendance_marks_provider_id_date" ON "attendance_marks" ("provider_id", "date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "attendance_mark_history" ("id" BIGSERIAL NOT NULL, "call_off_id" uuid NOT NULL, "date" date NOT NULL, "session" "public"."attendance_session" NOT NULL, "commissioner_organisation_id" uuid NOT NULL, "version" integer NOT NULL, "mark" "public"."attendance_mark" NOT NULL, "minutes_late" smallint, "note" text, "register_code" text, "recorded_by_key_id" uuid, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "replaced_by_key_id" uuid, "replaced_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "pk_attendance_mark_history" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_attendance_mark_history_call_off_id_date_session" ON "attendance_mark_history" ("call_off_id", "date", "session") `,
    );
    await queryRunner.query(
      `CREATE TABLE "attendance_daily_totals" ("lot_id" uuid NOT NULL, "date" date NOT NULL, "provider_id" uuid NOT NULL, "commissioner_organisation_id" uuid NOT NULL, "present" integer NOT NULL DEFAULT '0', "late" integer NOT NULL DEFAULT '0', "authorised_absence" integer NOT NULL DEFAULT '0', "unauthorised_absence" integer NOT NULL DEFAULT '0', "provider_cancelled" integer NOT NULL DEFAULT '0', "not_required" integer NOT NULL DEFAULT '0', CONSTRAINT "pk_attendance_daily_totals" PRIMARY KEY ("lot_id", "date", "provider_id", "commissioner_organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_attendance_daily_totals_commissioner_organisation_id_date" ON "attendance_daily_totals" ("commissioner_organisation_id", "date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_attendance_daily_totals_provider_id_date" ON "attendance_daily_totals" ("provider_id", "date") `,
    );
    await queryRunner.query(`ALTER TABLE "call_offs" ADD "pattern" text array`);
    await queryRunner.query(
      `ALTER TABLE "attendance_marks" ADD CONSTRAINT "fk_attendance_marks_call_off_id" FOREIGN KEY ("call_off_id") REFERENCES "call_offs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "attendance_marks" DROP CONSTRAINT "fk_attendance_marks_call_off_id"`,
    );
    await queryRunner.query(`ALTER TABLE "call_offs" DROP COLUMN "pattern"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attendance_daily_totals_provider_id_date"`);
    await queryRunner.query(
      `DROP INDEX "public"."ix_attendance_daily_totals_commissioner_organisation_id_date"`,
    );
    await queryRunner.query(`DROP TABLE "attendance_daily_totals"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attendance_mark_history_call_off_id_date_session"`);
    await queryRunner.query(`DROP TABLE "attendance_mark_history"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attendance_marks_provider_id_date"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attendance_marks_commissioner_organisation_id_date"`);
    await queryRunner.query(`DROP TABLE "attendance_marks"`);
    await queryRunner.query(`DROP TYPE "public"."attendance_mark"`);
    await queryRunner.query(`DROP TYPE "public"."attendance_session"`);
  }
}
