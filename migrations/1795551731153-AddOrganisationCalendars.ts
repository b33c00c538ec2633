import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddOrganisationCalendars1795551731153 implements MigrationInterface {
  name = 'AddOrganisationCalendars1795551731153';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organisation_calendars" ("organisation_id" uuid NOT NULL, "academic_years" jsonb NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_organisation_calendars_academic_years_array" CHECK (jsonb_typeof("academic_years") = 'array'), CONSTRAINT "pk_organisation_calendars" PRIMARY KEY ("organisation_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_calendars" ADD CONSTRAINT "fk_organisation_calendars_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisation_calendars" DROP CONSTRAINT "fk_organisation_calendars_organisation_id"`,
    );
    await queryRunner.query(`DROP TABLE "organisation_calendars"`);
  }
}
