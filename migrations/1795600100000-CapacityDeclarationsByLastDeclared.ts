import { MigrationInterface, QueryRunner } from 'typeorm';

export class CapacityDeclarationsByLastDeclared1795600100000 implements MigrationInterface {
  name = 'CapacityDeclarationsByLastDeclared1795600100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_capacity_declarations_lot_id_provider_id"`);
    await queryRunner.query(
      `CREATE INDEX "ix_capacity_declarations_lot_id_provider_id_created_at" ON "capacity_declarations" ("lot_id", "provider_id", "created_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_capacity_declarations_lot_id_provider_id_created_at"`);
    await queryRunner.query(
      `CREATE INDEX "ix_capacity_declarations_lot_id_provider_id" ON "capacity_declarations" ("lot_id", "provider_id") `,
    );
  }
}
