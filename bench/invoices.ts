import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { BenchServer, issueKey, startDatabase, startServer } from './env';
import { LoadFigures, closedLoop } from './measure';
import { Target, loadTable, ms } from './report';

// (n) Invoices: the invoice list and the overdue list through the API, and the approved-spend read the finance
// module makes (InvoicesService.approvedSpend's statement), over bulk invoices. Part of `npm run bench`
// (bench/run.ts calls benchInvoices); alone: `npx ts-node -T bench/invoices.ts` (BENCH_INVOICES=10000 for a small run).
const INVOICES = Number(process.env.BENCH_INVOICES ?? 100_000);
// Financial years of spend per approved (or paid) invoice: half the invoices are, so 100,000 give 500,000 spend rows.
const SPEND_YEARS = 10;
const READ_SECONDS = Number(process.env.BENCH_READ_SECONDS ?? 5);
const ORGANISATIONS = 100;
const PROVIDERS = 500;

export interface InvoicesBench {
  targets: Target[];
  markdown: string;
}

// Invoices, one line each, and the spend rows of the approved ones, as InvoicesService writes them: spread over
// ORGANISATIONS commissioners and PROVIDERS providers, received over the last year, a third overdue-able.
async function seedInvoices(pool: Pool, orgs: string[], providers: string[], count: number): Promise<number> {
  const t0 = performance.now();
  const batch = 20_000;
  for (let done = 0; done < count; done += batch) {
    await pool.query(
      `WITH made AS (
         INSERT INTO invoices (provider_id, commissioner_organisation_id, provider_invoice_number, issued_on,
                               period_from, period_to, received_on, due_by, paid_on, status, match_status,
                               total_pence, variance_pence, version, created_at, updated_at)
         SELECT ($2::uuid[])[1 + g % $6], ($1::uuid[])[1 + (g / 7) % $5], 'B-' || g,
                d, d - 28, d - 1, d, d + 30,
                CASE WHEN g % 4 = 3 THEN d + 20 END,
                (CASE g % 4 WHEN 0 THEN 'submitted' WHEN 1 THEN 'approved' WHEN 2 THEN 'disputed' ELSE 'paid' END)::invoice_status,
                (CASE WHEN g % 5 = 0 THEN 'query' ELSE 'matched' END)::invoice_match_status,
                92500, CASE WHEN g % 5 = 0 THEN 18500 ELSE 0 END, 1,
                now() - (g || ' seconds')::interval, now()
           FROM (SELECT g, (DATE '2027-03-31' - (g % 365)) AS d
                   FROM generate_series($3::int, $3::int + $4::int - 1) g) s
         RETURNING id, provider_id, commissioner_organisation_id, status
       ), lines AS (
         INSERT INTO invoice_lines (invoice_id, commissioner_organisation_id, line_number, call_off_id, lot_id, kind,
                                    quantity, unit_price_pence, amount_pence, status, expected_pence, variance_pence,
                                    live)
         SELECT id, commissioner_organisation_id, 1, gen_random_uuid(), $7::uuid, 'sessions', 10, 9250, 92500,
                'matched', 92500, 0, status <> 'disputed'
           FROM made
         RETURNING id, invoice_id, commissioner_organisation_id, call_off_id
       )
       INSERT INTO invoice_spend (invoice_line_id, financial_year, invoice_id, commissioner_organisation_id,
                                  call_off_id, lot_id, provider_id, school_days, amount_pence)
       SELECT l.id, fy.label, l.invoice_id, l.commissioner_organisation_id, l.call_off_id, $7::uuid,
              m.provider_id, 10, 18500
         FROM lines l JOIN made m ON m.id = l.invoice_id
        CROSS JOIN (SELECT (2017 + k) || '-' || lpad(((18 + k) % 100)::text, 2, '0') AS label
                      FROM generate_series(0, ${SPEND_YEARS - 1}) k) fy
        WHERE m.status IN ('approved', 'paid')`,
      [orgs, providers, done, Math.min(batch, count - done), orgs.length, providers.length, randomUUID()],
    );
  }
  await pool.query('ANALYZE invoices');
  await pool.query('ANALYZE invoice_lines');
  await pool.query('ANALYZE invoice_spend');
  return performance.now() - t0;
}

// InvoicesService.approvedSpend's statement (src/invoices/invoices.service.ts), as the finance module runs it.
const APPROVED_SPEND = `SELECT call_off_id, lot_id, provider_id, SUM(amount_pence)::text AS amount_pence
  FROM invoice_spend WHERE commissioner_organisation_id = $1 AND financial_year = $2
  GROUP BY call_off_id, lot_id, provider_id ORDER BY call_off_id`;

export async function benchInvoices(
  pool: Pool,
  server: BenchServer,
  log: (message: string) => void,
): Promise<InvoicesBench> {
  const adminKey = await issueKey(pool, 'admin');
  const created = await fetch(`${server.baseUrl}/v1/organisations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: `Invoice bench council ${randomUUID().slice(0, 8)}`,
      kind: 'local_authority',
    }),
  });
  const org = (await created.json()) as { id: string };
  const orgs = [org.id, ...Array.from({ length: ORGANISATIONS - 1 }, () => randomUUID())];
  const providers = Array.from({ length: PROVIDERS }, () => randomUUID());
  log(`seeding ${INVOICES.toLocaleString('en-GB')} invoices`);
  const seedMs = await seedInvoices(pool, orgs, providers, INVOICES);
  const commissioner = await issueKey(pool, 'commissioner', { organisationId: org.id });
  const get = async (path: string, key: string, accept = 'application/json') => {
    const res = await fetch(`${server.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${key}`, accept },
    });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  };
  log('reading invoices');
  const reads: LoadFigures[] = [
    await closedLoop(
      `GET /v1/invoices?limit=200, commissioner (1 of ${ORGANISATIONS})`,
      1,
      READ_SECONDS,
      () => get('/v1/invoices?limit=200', commissioner),
    ),
    await closedLoop('GET /v1/invoices?overdue=true&limit=200, commissioner', 1, READ_SECONDS, () =>
      get('/v1/invoices?overdue=true&limit=200', commissioner),
    ),
    await closedLoop('GET /v1/invoices?limit=200 as CSV, commissioner', 1, READ_SECONDS, () =>
      get('/v1/invoices?limit=200', commissioner, 'text/csv'),
    ),
    await closedLoop('GET /v1/invoices?status=approved&limit=200, admin (all)', 1, READ_SECONDS, () =>
      get('/v1/invoices?status=approved&limit=200', adminKey),
    ),
    await closedLoop('approvedSpend(organisation, 2024-25) statement', 1, READ_SECONDS, async () => {
      await pool.query(APPROVED_SPEND, [org.id, '2024-25']);
    }),
  ];
  const spendRows = Number(
    (await pool.query<{ n: string }>('SELECT count(*)::text AS n FROM invoice_spend')).rows[0].n,
  );
  const targets: Target[] = reads.map((r) => ({
    name: `(n) ${r.label}, ${INVOICES.toLocaleString('en-GB')} invoices / ${spendRows.toLocaleString('en-GB')} spend rows`,
    target: '< 50 ms p99',
    measured: ms(r.p99),
    met: r.p99 < 50,
  }));
  const markdown = `## (n) Invoices: lists and approved spend

${INVOICES.toLocaleString('en-GB')} invoices (one line each) and ${spendRows.toLocaleString('en-GB')} approved-spend rows, seeded in
${(seedMs / 1000).toFixed(1)} s with \`generate_series\` over ${ORGANISATIONS} commissioner organisations and ${PROVIDERS} providers.
One client, ${READ_SECONDS} s each: a commissioner's first page, its overdue list, the same page as CSV, admin's approved
invoices, and the statement \`InvoicesService.approvedSpend\` runs for the finance module (one organisation, one year).

${loadTable(reads)}
`;
  return { targets, markdown };
}

// Alone: a throwaway database and API, these measurements, printed.
if (require.main === module) {
  const log = (message: string) => process.stdout.write(`[bench:invoices] ${message}\n`);
  void (async () => {
    const db = await startDatabase(log);
    const pool = new Pool({ connectionString: db.url, max: 20 });
    pool.on('error', () => undefined);
    let server: BenchServer | undefined;
    try {
      server = await startServer(db.url, 20);
      const result = await benchInvoices(pool, server, log);
      process.stdout.write(`${result.markdown}\n`);
      for (const t of result.targets)
        log(`${t.met ? 'MET   ' : 'MISSED'} ${t.name}: ${t.measured} (target ${t.target})`);
    } finally {
      await server?.stop().catch(() => undefined);
      await pool.end().catch(() => undefined);
      await db.stop();
    }
  })().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
