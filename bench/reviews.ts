import { Pool } from 'pg';
import { BenchServer, issueKey } from './env';
import { LoadFigures, cannon } from './measure';
import { Target, loadTable, ms } from './report';
import { BulkCallOffs, bulkCallOffs } from './seed';

// Scenario (r): the due-review lists over many placements. BENCH_REVIEW_PLACEMENTS sets the scale (default 100,000;
// `BENCH_ONLY=r BENCH_REVIEW_PLACEMENTS=2000 npm run bench` proves it works in seconds).
const PLACEMENTS = Number(process.env.BENCH_REVIEW_PLACEMENTS ?? 100_000);
const READ_SECONDS = Number(process.env.BENCH_READ_SECONDS ?? 5);
const TARGET_P99_MS = 50;

export interface ReviewsBench {
  targets: Target[];
  markdown: string;
  figures: LoadFigures[];
}

export async function benchReviews(
  pool: Pool,
  server: BenchServer,
  spec: Omit<BulkCallOffs, 'count' | 'shape' | 'label'>,
  adminKey: string,
  log: (message: string) => void,
): Promise<ReviewsBench> {
  log(`(r) bulk-inserting ${PLACEMENTS} accepted placements and their review schedules`);
  const t0 = performance.now();
  await bulkCallOffs(pool, { ...spec, count: PLACEMENTS, shape: 'accepted', label: 'REVIEW' });
  // The schedule rows the review writer and the daily recompute keep, written here in one statement: next review
  // dates spread over six months around today, so about half are overdue.
  await pool.query(
    `INSERT INTO review_schedules (call_off_id, call_off_number, commissioner_organisation_id, provider_id, lot_id,
       framework_id, start_date, end_date, objectives, review_frequency_weeks, last_held_on, exit_held, next_type,
       next_due_on)
     SELECT c.id, c.number, c.commissioner_organisation_id, c.provider_id, c.lot_id, c.framework_id, c.start_date,
       greatest(c.end_date, current_date + 30), 1, 6, NULL, false, 'initial',
       current_date - 90 + (c.number % 180)
     FROM call_offs c WHERE c.child_ref LIKE 'REVIEW-%'
     ON CONFLICT (call_off_id) DO NOTHING`,
  );
  await pool.query('ANALYZE review_schedules');
  const seedMs = performance.now() - t0;
  const commissioner = await issueKey(pool, 'commissioner', { organisationId: spec.organisationId });
  const provider = await issueKey(pool, 'provider', { providerId: spec.providers.providerIds[0] });
  const overdueCount = Number(
    (
      await pool.query<{ n: string }>(
        `SELECT count(*) AS n FROM review_schedules WHERE next_due_on < current_date AND end_date >= current_date`,
      )
    ).rows[0].n,
  );
  const first = await fetch(`${server.baseUrl}/v1/reviews?due=overdue`, {
    headers: { authorization: `Bearer ${commissioner}` },
  });
  const firstBody = (await first.json()) as { data: unknown[]; nextCursor: string | null };
  if (first.status !== 200 || firstBody.data.length !== 50 || !firstBody.nextCursor)
    throw new Error(`(r) overdue list: ${first.status} ${JSON.stringify(firstBody).slice(0, 300)}`);
  // Statements the API sends for one first page (key lookup and the page's child references included), warm.
  const before = await server.statements();
  for (let i = 0; i < 10; i++)
    await fetch(`${server.baseUrl}/v1/reviews?due=overdue`, {
      headers: { authorization: `Bearer ${commissioner}` },
    }).then((r) => r.arrayBuffer());
  const statements = ((await server.statements()) - before) / 10;
  log(`(r) ${statements} statements a first page`);
  const read = (label: string, path: string, key: string) =>
    cannon(
      label,
      {
        url: server.baseUrl,
        connections: 1,
        durationS: READ_SECONDS,
        path,
        headers: { authorization: `Bearer ${key}` },
      },
      2,
    );
  log('(r) GET /v1/reviews');
  const figures = [
    await read('commissioner, ?due=overdue, first page', '/v1/reviews?due=overdue', commissioner),
    await read(
      'commissioner, ?due=overdue, second page (cursor)',
      `/v1/reviews?due=overdue&cursor=${firstBody.nextCursor}`,
      commissioner,
    ),
    await read('commissioner, ?due=upcoming, first page', '/v1/reviews?due=upcoming', commissioner),
    await read('provider, ?due=overdue, first page', '/v1/reviews?due=overdue', provider),
    await read(
      'admin, /v1/reviews/summary?due=overdue (counts)',
      '/v1/reviews/summary?due=overdue',
      adminKey,
    ),
  ];
  for (const f of figures) log(`(r) ${f.label}: p50 ${ms(f.p50)}, p99 ${ms(f.p99)}, max ${ms(f.max)}`);
  const lists = figures.slice(0, 4);
  const worst = lists.reduce((a, b) => (b.p99 > a.p99 ? b : a));
  const allOk = figures.every((f) => f.errors === 0 && Object.keys(f.statuses).every((s) => s === '200'));
  return {
    figures,
    targets: [
      {
        name: `(r) GET /v1/reviews over ${PLACEMENTS.toLocaleString('en-GB')} placements, worst p99 of the lists`,
        target: `< ${TARGET_P99_MS} ms`,
        measured: `${ms(worst.p99)} (${worst.label})`,
        met: allOk && worst.p99 < TARGET_P99_MS,
      },
    ],
    markdown: `## (r) Due reviews over ${PLACEMENTS.toLocaleString('en-GB')} placements

${PLACEMENTS.toLocaleString('en-GB')} accepted placements for the bench commissioner and their \`review_schedules\` rows
(next review dates spread over six months around today; ${overdueCount.toLocaleString('en-GB')} overdue on live
placements) bulk-inserted in ${(seedMs / 1000).toFixed(1)} s. Every request only reads (the schedule follows call-off
changes in a job): one keyset page of the schedule by (organisation or provider, next due date) and the page's child
references through the call-offs service (${statements} statements a request, warm). One client, ${READ_SECONDS} s each after a 2 s warm-up.

${loadTable(figures)}

`,
  };
}
