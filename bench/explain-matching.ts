import { Pool } from 'pg';
import { LEAST_AVAILABLE_FOR_LOT } from '../src/capacity/capacity.service';
import { mandatoryCheckTypes } from '../src/providers/eligibility';
import { MEMBERS_WITH_CHECK_FAILURES } from '../src/providers/eligibility.service';
import { issueKey, startDatabase, startServer } from './env';
import { timed } from './measure';
import { api, createFramework, seedProviders } from './seed';

// `ts-node -T bench/explain-matching.ts`: each read of a 2,000-provider match, timed through pg and EXPLAIN ANALYZEd.
async function main(): Promise<void> {
  const db = await startDatabase(() => undefined);
  const pool = new Pool({ connectionString: db.url, max: 2 });
  const server = await startServer(db.url, 2);
  try {
    const fw = await createFramework(api(server.baseUrl), await issueKey(pool, 'admin'), 1);
    const lot = fw.lotIds[0];
    await seedProviders(pool, lot, 2000, { registeredShare: 0.5, sessionsPerWeek: 1000, label: 'M' });
    await pool.query('ANALYZE');
    const ids = (
      await pool.query<{ id: string }>('SELECT provider_id AS id FROM lot_memberships WHERE lot_id = $1', [
        lot,
      ])
    ).rows.map((r) => r.id);
    const catalogue = (
      await pool.query<{ code: string; mandatory: 'all' | 'registered' | 'lot' }>(
        'SELECT code, mandatory FROM check_types ORDER BY sort_order, code',
      )
    ).rows;
    const required = {
      [lot]: {
        registered: mandatoryCheckTypes(catalogue, true),
        unregistered: mandatoryCheckTypes(catalogue, false),
      },
    };
    const queries: [string, string, unknown[]][] = [
      [
        'members with check failures (what matching runs)',
        MEMBERS_WITH_CHECK_FAILURES,
        [[lot], '2027-01-04', JSON.stringify(required)],
      ],
      ['providers', 'SELECT * FROM providers WHERE id = ANY($1::uuid[])', [ids]],
      [
        'current checks (before: every current check left the database)',
        `SELECT DISTINCT ON (provider_id, type) * FROM provider_checks WHERE provider_id = ANY($1::uuid[]) AND verified_at <= $2
         ORDER BY provider_id, type, verified_at DESC, created_at DESC, id DESC`,
        [ids, '2027-01-04'],
      ],
      [
        'cards + lines',
        `SELECT c.*, l.unit, l.price_pence FROM rate_cards c JOIN rate_card_lines l ON l.rate_card_id = c.id
         WHERE c.lot_id = $1 AND c.status = 'approved' AND c.effective_from <= $2 AND (c.effective_to IS NULL OR c.effective_to >= $2)`,
        [lot, '2027-01-04'],
      ],
      [
        'capacity, least free sessions per provider (what matching runs)',
        LEAST_AVAILABLE_FOR_LOT,
        [lot, '2027-01-04', '2027-03-26', new Date(), 10],
      ],
      ['memberships', 'SELECT * FROM lot_memberships WHERE lot_id = $1', [lot]],
    ];
    for (const [name, sql, params] of queries) {
      await pool.query(sql, params);
      const t = await timed(() => pool.query(sql, params));
      const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      const lines = plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']);
      process.stdout.write(
        `\n== ${name}: ${t.value.rowCount} rows, ${t.ms.toFixed(1)} ms through pg\n${lines.join('\n')}\n`,
      );
    }
  } finally {
    await server.stop();
    await pool.end();
    await db.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
