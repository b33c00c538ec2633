import { Pool } from 'pg';
import { BenchServer } from './env';
import { LoadFigures, loadFigures } from './measure';
import { Target, loadTable, ms } from './report';
import { CallOffTemplate, SeededProviders, bulkCallOffs } from './seed';

// Outcome payments (src/outcomes): verifying a claim prices it against the caps, which read every placement of the
// provider on the lot (its base value in the year) and what it was already paid; the payments summary aggregates
// placements and claims in the caller's scope. BENCH_OUTCOME_PLACEMENTS sets the provider's placements (default
// 2,000); part of `npm run bench` as scenario o (BENCH_ONLY=o runs it alone).
const PLACEMENTS = Number(process.env.BENCH_OUTCOME_PLACEMENTS ?? 2_000);
const VERIFICATIONS = Number(process.env.BENCH_OUTCOME_VERIFICATIONS ?? 100);
const SUMMARY_SECONDS = Number(process.env.BENCH_READ_SECONDS ?? 5);

export interface OutcomesBench {
  targets: Target[];
  markdown: string;
  figures: LoadFigures[];
}

export interface OutcomesContext {
  frameworkId: string;
  lotId: string;
  organisationId: string;
  providers: SeededProviders;
  template: CallOffTemplate;
  adminKey: string;
  commissionerKey: string;
}

export async function benchOutcomes(
  pool: Pool,
  server: BenchServer,
  ctx: OutcomesContext,
  log: (message: string) => void,
): Promise<OutcomesBench> {
  const one: SeededProviders = {
    providerIds: [ctx.providers.providerIds[0]],
    rateCardIds: [ctx.providers.rateCardIds[0]],
  };
  log(`(o) ${PLACEMENTS} accepted placements of one provider, a claim on each`);
  await bulkCallOffs(pool, {
    ...ctx,
    providers: one,
    count: PLACEMENTS,
    shape: 'accepted',
    label: 'OUTCOME',
  });
  const rule = await request(server, 'POST', `/v1/lots/${ctx.lotId}/outcome-rules`, ctx.adminKey, {
    code: 'bench_qualification',
    title: 'Bench qualification',
    metric: 'qualification',
    threshold: '1',
    sustainSchoolWeeks: 1,
    evidence: 'certificate',
    shareOfAtRiskPercent: '10',
  });
  if (rule.status !== 201) throw new Error(`outcome rule: ${rule.status} ${JSON.stringify(rule.body)}`);
  const ruleId = (rule.body as { id: string }).id;
  // Half the claims already verified and paid, the rest awaiting verification: what the caps and the summary read.
  await pool.query(
    `INSERT INTO outcome_claims (call_off_id, rule_id, commissioner_organisation_id, provider_id, framework_id, lot_id,
       rule_code, metric, achieved_on, financial_year, evidence_ref, status, verify_by, payable_pence, uncapped_pence,
       at_risk_pence_at_verification, cap_applied, version)
     SELECT c.id, $1, c.commissioner_organisation_id, c.provider_id, c.framework_id, c.lot_id, 'bench_qualification',
       'qualification', date '2026-11-30', '2026-27', 'CERT', CASE WHEN row_number() OVER (ORDER BY c.id) % 2 = 0
       THEN 'verified' ELSE 'submitted' END::outcome_claim_status, date '2027-01-10',
       CASE WHEN row_number() OVER (ORDER BY c.id) % 2 = 0 THEN 100 END,
       CASE WHEN row_number() OVER (ORDER BY c.id) % 2 = 0 THEN 100 END,
       CASE WHEN row_number() OVER (ORDER BY c.id) % 2 = 0 THEN c.at_risk_pence END,
       CASE WHEN row_number() OVER (ORDER BY c.id) % 2 = 0 THEN 'none' END, 1
     FROM call_offs c WHERE c.lot_id = $2 AND c.provider_id = $3 AND c.child_ref LIKE 'OUTCOME-%'`,
    [ruleId, ctx.lotId, one.providerIds[0]],
  );
  await pool.query('ANALYZE outcome_claims');
  const pending = (
    await pool.query<{ id: string }>(
      `SELECT id FROM outcome_claims WHERE rule_id = $1 AND status = 'submitted' ORDER BY id LIMIT $2`,
      [ruleId, VERIFICATIONS],
    )
  ).rows.map((r) => r.id);

  log(`(o) POST /v1/outcome-claims/{id}/verify, ${pending.length} claims one after another`);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const t0 = performance.now();
  for (const id of pending) {
    const started = performance.now();
    const res = await request(server, 'POST', `/v1/outcome-claims/${id}/verify`, ctx.commissionerKey);
    latencies.push(performance.now() - started);
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
  }
  const verify = loadFigures(
    `verify with ${PLACEMENTS.toLocaleString('en-GB')} placements of the provider`,
    1,
    (performance.now() - t0) / 1000,
    latencies,
    statuses,
    0,
  );

  const summaries: LoadFigures[] = [];
  for (const [label, key, query] of [
    ['summary, commissioner (own placements)', ctx.commissionerKey, ''],
    ['summary, admin, one provider', ctx.adminKey, `&providerId=${one.providerIds[0]}`],
    ['summary, admin, every placement', ctx.adminKey, ''],
  ] as const) {
    log(`(o) GET /v1/outcome-payments/summary: ${label}`);
    const times: number[] = [];
    const codes: Record<string, number> = {};
    const began = performance.now();
    while (performance.now() - began < SUMMARY_SECONDS * 1000) {
      const started = performance.now();
      const res = await request(
        server,
        'GET',
        `/v1/outcome-payments/summary?financialYear=2026-27${query}`,
        key,
      );
      times.push(performance.now() - started);
      codes[res.status] = (codes[res.status] ?? 0) + 1;
    }
    summaries.push(loadFigures(label, 1, (performance.now() - began) / 1000, times, codes, 0));
  }
  const allVerified = statuses['200'] === pending.length;
  const targets: Target[] = [
    {
      name: `(o) verify an outcome claim, provider with ${PLACEMENTS.toLocaleString('en-GB')} placements, p99`,
      target: '< 100 ms',
      measured: `${ms(verify.p99)} (${statuses['200'] ?? 0}/${pending.length} verified)`,
      met: allVerified && verify.p99 < 100,
    },
    {
      name: '(o) outcome payments summary for one provider, p99',
      target: '< 200 ms',
      measured: ms(summaries[1].p99),
      met: summaries[1].p99 < 200,
    },
  ];
  const markdown = `## (o) Outcome payments: ${PLACEMENTS.toLocaleString('en-GB')} placements of one provider

Every placement of one provider on a lot carries a claim for the lot's one rule (half verified and paid, half
awaiting verification, bulk-inserted). Verifying a claim prices it within the caps: per child (what the placement
was paid) and per provider and financial year (cap% of the provider's base value in the year, read from every one of
its placements on the lot, and what it was paid there), under two advisory locks. One client, serial. The summary
(\`GET /v1/outcome-payments/summary\`) aggregates the placements and claims in the caller's scope.

${loadTable([verify, ...summaries])}
`;
  return { targets, markdown, figures: [verify, ...summaries] };
}

async function request(
  server: BenchServer,
  method: string,
  path: string,
  key: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}
