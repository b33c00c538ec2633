import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddFrameworkHighCostThreshold1796395059158 implements MigrationInterface {
  name = 'AddFrameworkHighCostThreshold1796395059158';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "frameworks" ADD "high_cost_threshold_percent" numeric(5,2) NOT NULL DEFAULT '20'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "frameworks" DROP COLUMN "high_cost_threshold_percent"`);
  }
}
