import { MigrationInterface, QueryRunner } from 'typeorm';

// A write's refusal raised by the statement itself (src/database/together.ts): when a statement carries its
// transaction's COMMIT, a refusal found in its results would come too late, so the statement fails instead and the
// COMMIT written behind it rolls the transaction back. SQLSTATE AX001; the message names the refusal.
export class RefuseUnless1796405000000 implements MigrationInterface {
  name = 'RefuseUnless1796405000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "apx_refuse_unless"(ok boolean, refusal text) RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
       BEGIN
         IF ok IS NOT TRUE THEN
           RAISE EXCEPTION USING ERRCODE = 'AX001', MESSAGE = refusal;
         END IF;
         RETURN true;
       END $$`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION "apx_refuse_unless"(boolean, text)`);
  }
}
