import { MigrationInterface, QueryRunner } from 'typeorm';

// The table rate-limiter-flexible's RateLimiterPostgres reads and writes (its own shape), created here rather than
// by the library at run time. Unlogged: a counter is worth less than the write-ahead log it would cost on every
// request, and a crash that empties it only resets a one-minute window.
export class CreateRateLimits1795600500000 implements MigrationInterface {
  name = 'CreateRateLimits1795600500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNLOGGED TABLE "rate_limits" ("key" varchar(255) NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint, CONSTRAINT "pk_rate_limits" PRIMARY KEY ("key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limits"`);
  }
}
