import { MigrationInterface, QueryRunner } from 'typeorm';

// What a lot's live holds add up to, per provider, period and expiry: what the match's lot read needs
// (CapacityService LEAST_AVAILABLE_FOR_LOT), without summing every hold of the lot on every match and raise.
// Placements commonly share a term's dates and offers made on one day share their expiry (the end of the window's
// last school day), so a lot's thousands of holds are a handful of totals. Kept by a statement-level trigger on
// capacity_holds, so every way a hold is taken, moved or released (the placement guard, the lapse sweep, a cascade)
// keeps them; 'infinity' stands for a hold that never expires. Derived data: no foreign keys of its own, and no
// CHECK on the sessions (PostgreSQL checks a row proposed by INSERT … ON CONFLICT before it finds the conflict, and a
// release is proposed as a negative change).
export class CapacityHoldTotals1796405100000 implements MigrationInterface {
  name = 'CapacityHoldTotals1796405100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "capacity_hold_totals" ("lot_id" uuid NOT NULL, "provider_id" uuid NOT NULL,
         "from_date" date NOT NULL, "to_date" date NOT NULL, "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
         "sessions_per_week" integer NOT NULL,
         CONSTRAINT "pk_capacity_hold_totals" PRIMARY KEY ("lot_id", "provider_id", "from_date", "to_date", "expires_at"))`,
    );
    // Changes summed per total, taken in key order so that two transactions meeting on the same totals lock them
    // in one order; a total that comes to nothing goes. Each branch names only the transition tables its event has.
    const apply = (changes: string) => `
         INSERT INTO capacity_hold_totals AS t (lot_id, provider_id, from_date, to_date, expires_at,
                                                 sessions_per_week)
         SELECT lot_id, provider_id, from_date, to_date, coalesce(expires_at, 'infinity'), sum(s)
           FROM (${changes}) c
          GROUP BY 1, 2, 3, 4, 5
         HAVING sum(s) <> 0
          ORDER BY 1, 2, 3, 4, 5
         ON CONFLICT (lot_id, provider_id, from_date, to_date, expires_at)
         DO UPDATE SET sessions_per_week = t.sessions_per_week + excluded.sessions_per_week;`;
    const added = `SELECT lot_id, provider_id, from_date, to_date, expires_at, sessions_per_week AS s FROM new_rows`;
    const removed = `SELECT lot_id, provider_id, from_date, to_date, expires_at, -sessions_per_week AS s FROM old_rows`;
    const emptied = `
           DELETE FROM capacity_hold_totals
            WHERE sessions_per_week = 0 AND (lot_id, provider_id) IN (SELECT lot_id, provider_id FROM old_rows);`;
    await queryRunner.query(
      `CREATE FUNCTION "count_capacity_holds"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'TRUNCATE' THEN
           DELETE FROM capacity_hold_totals;
         ELSIF TG_OP = 'INSERT' THEN
           ${apply(added)}
         ELSIF TG_OP = 'UPDATE' THEN
           ${apply(`${added} UNION ALL ${removed}`)}
           ${emptied}
         ELSE
           ${apply(removed)}
           ${emptied}
         END IF;
         RETURN NULL;
       END $$`,
    );
    for (const [event, transition] of [
      ['INSERT', 'REFERENCING NEW TABLE AS new_rows'],
      ['UPDATE', 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'],
      ['DELETE', 'REFERENCING OLD TABLE AS old_rows'],
    ])
      await queryRunner.query(
        `CREATE TRIGGER "tr_capacity_holds_total_${event.toLowerCase()}s" AFTER ${event} ON "capacity_holds"
           ${transition} FOR EACH STATEMENT EXECUTE FUNCTION "count_capacity_holds"()`,
      );
    await queryRunner.query(
      `CREATE TRIGGER "tr_capacity_holds_total_truncates" AFTER TRUNCATE ON "capacity_holds"
         FOR EACH STATEMENT EXECUTE FUNCTION "count_capacity_holds"()`,
    );
    await queryRunner.query(
      `INSERT INTO capacity_hold_totals (lot_id, provider_id, from_date, to_date, expires_at, sessions_per_week)
       SELECT lot_id, provider_id, from_date, to_date, coalesce(expires_at, 'infinity'), sum(sessions_per_week)
         FROM capacity_holds GROUP BY 1, 2, 3, 4, 5`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ['inserts', 'updates', 'deletes', 'truncates'])
      await queryRunner.query(`DROP TRIGGER "tr_capacity_holds_total_${event}" ON "capacity_holds"`);
    await queryRunner.query(`DROP FUNCTION "count_capacity_holds"()`);
    await queryRunner.query(`DROP TABLE "capacity_hold_totals"`);
  }
}
