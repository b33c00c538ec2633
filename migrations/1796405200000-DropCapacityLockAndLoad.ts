import { MigrationInterface, QueryRunner } from 'typeorm';

// Taking a place now sends the lock and the read of the provider's declarations and live holds as two statements
// written together and answered in one round trip (CapacityService.lockAndLoad): each is a prepared statement with
// its own snapshot, where the function's second statement was planned again on every call. The function goes.
export class DropCapacityLockAndLoad1796405200000 implements MigrationInterface {
  name = 'DropCapacityLockAndLoad1796405200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP FUNCTION "capacity_lock_and_load"(text[], uuid, uuid[], date, date, timestamptz)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "capacity_lock_and_load"(text[], uuid, uuid[], date, date, timestamptz)
       RETURNS TABLE (hold boolean, provider_id uuid, from_date date, to_date date, sessions_per_week int,
                      source_id uuid, ord bigint)
       LANGUAGE sql VOLATILE AS $$
         SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest($1) WITH ORDINALITY AS l(k, n) ORDER BY n;
         SELECT false, d.provider_id, d.from_date, d.to_date, d.sessions_per_week, NULL::uuid,
                row_number() OVER (ORDER BY d.created_at, d.id)
           FROM capacity_declarations d
          WHERE d.lot_id = $2 AND d.provider_id = ANY($3) AND d.from_date <= $5 AND d.to_date >= $4
         UNION ALL
         SELECT true, h.provider_id, h.from_date, h.to_date, h.sessions_per_week, h.source_id, NULL
           FROM capacity_holds h
          WHERE h.lot_id = $2 AND h.provider_id = ANY($3) AND h.from_date <= $5 AND h.to_date >= $4
            AND (h.expires_at IS NULL OR h.expires_at > $6)
          ORDER BY 1, 7
       $$`,
    );
  }
}
