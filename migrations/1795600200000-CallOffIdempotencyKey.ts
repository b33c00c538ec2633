import { MigrationInterface, QueryRunner } from 'typeorm';

export class CallOffIdempotencyKey1795600200000 implements MigrationInterface {
  name = 'CallOffIdempotencyKey1795600200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "call_offs" ADD "idempotency_key" text`);
    await queryRunner.query(`ALTER TABLE "call_offs" ADD "idempotency_request_hash" text`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_call_offs_commissioner_organisation_id_idempotency_key" ON "call_offs" ("commissioner_organisation_id", "idempotency_key") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX "public"."uq_call_offs_commissioner_organisation_id_idempotency_key"`,
    );
    await queryRunner.query(`ALTER TABLE "call_offs" DROP COLUMN "idempotency_request_hash"`);
    await queryRunner.query(`ALTER TABLE "call_offs" DROP COLUMN "idempotency_key"`);
  }
}
