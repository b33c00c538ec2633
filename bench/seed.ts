import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';

export interface Api {
  baseUrl: string;
  request<T = any>(
    method: string,
    path: string,
    key: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }>;
}

export function api(baseUrl: string): Api {
  return {
    baseUrl,
    async request(method, path, key, body) {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${key}`,
          // As autocannon asks: no compression, so the API's CPU per request is what the load tests see.
          'accept-encoding': 'identity',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    },
  };
}

async function expectStatus<T>(
  call: Promise<{ status: number; body: T }>,
  status: number,
  what: string,
): Promise<T> {
  const response = await call;
  if (response.status !== status)
    throw new Error(`${what}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export interface FrameworkIds {
  organisationId: string;
  frameworkId: string;
  lotIds: string[];
}

// The organisation, framework and lots go through the API (few rows, and it keeps the bench honest about shapes).
export async function createFramework(client: Api, adminKey: string, lots: number): Promise<FrameworkIds> {
  const tag = randomUUID().slice(0, 8);
  const org = await expectStatus<{ id: string }>(
    client.request('POST', '/v1/organisations', adminKey, {
      name: `Bench Council ${tag}`,
      kind: 'local_authority',
    }),
    201,
    'organisation',
  );
  const framework = await expectStatus<{ id: string }>(
    client.request('POST', '/v1/frameworks', adminKey, {
      reference: `BENCH-${tag}`,
      title: 'Bench framework',
      type: 'closed',
      leadOrganisationId: org.id,
      participantOrganisationIds: [],
      startDate: '2026-04-01',
      endDate: '2030-03-31',
      estimatedValuePence: 1_000_000_000,
    }),
    201,
    'framework',
  );
  const lotIds: string[] = [];
  for (let number = 1; number <= lots; number++) {
    const lot = await expectStatus<{ id: string }>(
      client.request('POST', `/v1/frameworks/${framework.id}/lots`, adminKey, {
        number,
        title: `Bench lot ${number}`,
        description: 'Full-time places',
        pathway: 'full_time',
        awardMethods: ['direct'],
        directAwardWeights: { price: 40, distance: 20, quality: 40 },
        pricingUnits: ['day', 'session'],
        outcomeAtRiskPercent: '10',
      }),
      201,
      'lot',
    );
    lotIds.push(lot.id);
  }
  await expectStatus(
    client.request('POST', `/v1/frameworks/${framework.id}/activate`, adminKey, {}),
    200,
    'activate',
  );
  return { organisationId: org.id, frameworkId: framework.id, lotIds };
}

export interface SeededProviders {
  providerIds: string[];
  rateCardIds: string[];
}

// `count` providers that are eligible on the lot from 1 Aug 2026 to 31 Jul 2027, in a handful of statements:
// directory approved (with its history row), an active lot membership, a passing, in-date check of every
// mandatory type (Ofsted too for registered settings, insurance with £10m cover), an approved rate card with
// day and session lines, and a capacity declaration. `registeredShare` of them are registered settings.
export async function seedProviders(
  pool: Pool,
  lotId: string,
  count: number,
  options: { registeredShare: number; sessionsPerWeek: number; label: string },
): Promise<SeededProviders> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const providers = await client.query<{ id: string }>(
      `INSERT INTO providers (name, category, registration_status, postcode, latitude, longitude, contact_email,
         sme, vcse, quality_score, directory_status, version)
       SELECT $2 || ' ' || lpad(g::text, 5, '0'),
              (CASE WHEN g <= $3 THEN 'independent_school' ELSE 'non_school' END)::provider_category,
              (CASE WHEN g <= $3 THEN 'registered' ELSE 'unregistered' END)::provider_registration_status,
              'BL9 0EJ', 53.45 + (g % 97) * 0.003, -2.40 + (g % 89) * 0.003,
              'bench' || g || '@example.org', g % 3 = 0, g % 5 = 0, 30 + (g * 7) % 61, 'approved', 1
       FROM generate_series(1, $1) g
       ORDER BY g
       RETURNING id`,
      [count, options.label, Math.round(count * options.registeredShare)],
    );
    const ids = providers.rows.map((r) => r.id);
    await client.query(
      `INSERT INTO provider_status_changes (provider_id, status, reason) SELECT id, 'approved', 'Bench panel' FROM unnest($1::uuid[]) id`,
      [ids],
    );
    await client.query(
      `INSERT INTO lot_memberships (lot_id, provider_id, status, version) SELECT $2, id, 'active', 1 FROM unnest($1::uuid[]) id`,
      [ids, lotId],
    );
    await client.query(
      `INSERT INTO provider_checks (provider_id, type, outcome, evidence_ref, verified_at, expires_at, cover_pence)
       SELECT p.id, t.code, 'pass', 'EV-' || t.code, '2026-08-01', '2027-07-31',
              CASE WHEN t.requires_cover THEN 1000000000 END
       FROM providers p CROSS JOIN check_types t
       WHERE p.id = ANY($1::uuid[])
         AND (t.mandatory = 'all' OR (t.mandatory = 'registered' AND p.registration_status = 'registered'))`,
      [ids],
    );
    const cards = await client.query<{ id: string; provider_id: string }>(
      `INSERT INTO rate_cards (provider_id, lot_id, effective_from, status, decided_at, version)
       SELECT id, $2, '2026-04-01', 'approved', now(), 1 FROM unnest($1::uuid[]) WITH ORDINALITY AS u(id, n) ORDER BY n
       RETURNING id, provider_id`,
      [ids, lotId],
    );
    const cardByProvider = new Map(cards.rows.map((r) => [r.provider_id, r.id]));
    const cardIds = ids.map((id) => cardByProvider.get(id)!);
    await client.query(
      `INSERT INTO rate_card_lines (rate_card_id, unit, price_pence)
       SELECT id, u.unit::pricing_unit, CASE WHEN u.unit = 'day' THEN 15000 + (n * 37) % 8000 ELSE 8000 + (n * 19) % 4000 END
       FROM unnest($1::uuid[]) WITH ORDINALITY AS c(id, n) CROSS JOIN (VALUES ('day'), ('session')) AS u(unit)`,
      [cardIds],
    );
    await client.query(
      `INSERT INTO capacity_declarations (provider_id, lot_id, from_date, to_date, sessions_per_week)
       SELECT id, $2, '2026-04-01', '2028-08-31', $3 FROM unnest($1::uuid[]) id`,
      [ids, lotId, options.sessionsPerWeek],
    );
    await client.query('COMMIT');
    return { providerIds: ids, rateCardIds: cardIds };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export interface CallOffTemplate {
  plan: unknown;
  byFinancialYear: unknown;
  awardEvidence: unknown;
}

// The jsonb payloads of a call-off raised through the API, so bulk rows are the size real ones are.
export async function templateFrom(pool: Pool, callOffId: string): Promise<CallOffTemplate> {
  const row = await pool.query<{ plan: unknown; by_financial_year: unknown; award_evidence: unknown }>(
    'SELECT plan, by_financial_year, award_evidence FROM call_offs WHERE id = $1',
    [callOffId],
  );
  return {
    plan: row.rows[0].plan,
    byFinancialYear: row.rows[0].by_financial_year,
    awardEvidence: row.rows[0].award_evidence,
  };
}

export interface BulkCallOffs {
  frameworkId: string;
  lotId: string;
  organisationId: string;
  providers: SeededProviders;
  count: number;
  template: CallOffTemplate;
  // 'mixed': a spread of stored statuses and dates (for lists); 'accepted': in-flight placements (for extension).
  shape: 'mixed' | 'accepted';
  label: string;
}

// generate_series INSERT … SELECT: valid foreign keys, enums and jsonb; created_at one second apart, newest first.
export async function bulkCallOffs(pool: Pool, spec: BulkCallOffs): Promise<number> {
  const mixed = spec.shape === 'mixed';
  const result = await pool.query(
    `INSERT INTO call_offs (framework_id, lot_id, provider_id, commissioner_organisation_id, child_ref, child_year_group,
       child_ehcp, child_looked_after, child_needs_summary, statutory_basis, primary_reason, start_date, end_date,
       sessions_per_week, full_time, plan, justification, status, offer_expires_at, responded_at, decline_reason_code,
       rate_card_id, unit, unit_price_pence, school_days, total_pence, base_pence, at_risk_pence, by_financial_year,
       segments, award_evidence, version, created_at, updated_at)
     SELECT $1, $2, ($4::uuid[])[1 + g % $6], $3, $7 || '-' || g, 7 + g % 5, g % 11 = 0, g % 13 = 0, 'SEMH',
       's19_other', 'Medical needs: cannot attend school', s.start_date, s.end_date, 10, true, $8::jsonb,
       'Bench: provider chosen round-robin', s.status::call_off_stored_status,
       CASE WHEN s.status = 'offered' THEN now() + interval '3 days' ELSE now() - interval '30 days' END,
       CASE WHEN s.status = 'offered' THEN NULL ELSE now() - interval '29 days' END,
       CASE WHEN s.status = 'declined' THEN 'no_capacity'::decline_reason END,
       ($5::uuid[])[1 + g % $6], 'day', 18500, s.days, 18500 * s.days, 18500 * s.days - 1850 * s.days, 1850 * s.days,
       $9::jsonb,
       jsonb_build_array(jsonb_build_object('from', s.start_date::text, 'to', s.end_date::text, 'sessionsPerWeek', 10)),
       $10::jsonb, 1, now() - g * interval '1 second', now() - g * interval '1 second'
     FROM generate_series(1, $11) g
     CROSS JOIN LATERAL (
       SELECT CASE WHEN NOT $12 THEN 'accepted'
                   WHEN g % 20 < 3 THEN 'offered' WHEN g % 20 < 5 THEN 'declined' WHEN g % 20 = 5 THEN 'withdrawn'
                   ELSE 'accepted' END AS status,
              CASE WHEN NOT $12 THEN date '2026-09-07'
                   WHEN g % 20 IN (6, 7) THEN date '2026-04-13' + (g % 60) ELSE date '2026-09-07' + (g % 60) END AS start_date,
              CASE WHEN NOT $12 THEN date '2027-01-08' + (g % 10) * 7
                   WHEN g % 20 IN (6, 7) THEN date '2026-07-17' ELSE date '2027-03-26' END AS end_date,
              60 AS days
     ) s`,
    [
      spec.frameworkId,
      spec.lotId,
      spec.organisationId,
      spec.providers.providerIds,
      spec.providers.rateCardIds,
      spec.providers.providerIds.length,
      spec.label,
      JSON.stringify(spec.template.plan),
      JSON.stringify(spec.template.byFinancialYear),
      JSON.stringify(spec.template.awardEvidence),
      spec.count,
      mixed,
    ],
  );
  return result.rowCount ?? 0;
}

// One confirmed hold per placement of the framework, as accepting an offer leaves it.
export async function holdsFor(pool: Pool, frameworkId: string): Promise<number> {
  const result = await pool.query(
    `INSERT INTO capacity_holds (provider_id, lot_id, from_date, to_date, sessions_per_week, source_id, expires_at)
     SELECT provider_id, lot_id, start_date, end_date, sessions_per_week, id, NULL FROM call_offs WHERE framework_id = $1`,
    [frameworkId],
  );
  return result.rowCount ?? 0;
}
