import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { Pool, PoolClient } from 'pg';
import { PreparingClient } from '../src/database/preparing-client';

export interface LoadFigures {
  label: string;
  connections: number;
  durationS: number;
  requests: number;
  throughput: number; // requests per second
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
  statuses: Record<string, number>;
  errors: number;
}

export interface CannonSpec {
  url: string;
  connections: number;
  durationS: number;
  headers: Record<string, string>;
  method?: 'GET' | 'POST';
  path: string;
  // Varies each request (body, headers); called once per request sent.
  setup?: (request: autocannon.Request) => autocannon.Request;
}

function run(spec: CannonSpec, durationS: number): Promise<autocannon.Result> {
  return autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: durationS,
    headers: spec.headers,
    timeout: 30,
    requests: [
      { method: spec.method ?? 'GET', path: spec.path, ...(spec.setup ? { setupRequest: spec.setup } : {}) },
    ],
  });
}

// A short warm-up (JIT, pools, caches), then the measured run.
export async function cannon(label: string, spec: CannonSpec, warmUpS = 3): Promise<LoadFigures> {
  if (warmUpS > 0) await run(spec, warmUpS);
  const result = await run(spec, spec.durationS);
  const statuses: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statuses[code] = stat.count ?? 0;
  const done = Object.values(statuses).reduce((a, b) => a + b, 0) || result.requests.total;
  return {
    label,
    connections: spec.connections,
    durationS: result.duration,
    requests: done,
    throughput: done / result.duration,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    mean: result.latency.average,
    statuses,
    errors: result.errors,
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// `workers` async loops each running `task` back to back until the deadline; per-task latency in ms.
export async function closedLoop(
  label: string,
  workers: number,
  durationS: number,
  task: (worker: number, n: number) => Promise<void>,
): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  let counter = 0;
  const started = performance.now();
  const deadline = started + durationS * 1000;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          await task(worker, counter++);
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  return loadFigures(
    label,
    workers,
    (performance.now() - started) / 1000,
    latencies,
    { ok: latencies.length },
    errors,
  );
}

// Latencies (ms, any order) measured over `elapsedS` seconds, as a table row.
export function loadFigures(
  label: string,
  connections: number,
  elapsedS: number,
  latencies: number[],
  statuses: Record<string, number>,
  errors: number,
): LoadFigures {
  latencies.sort((a, b) => a - b);
  return {
    label,
    connections,
    durationS: elapsedS,
    requests: latencies.length,
    throughput: latencies.length / elapsedS,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? NaN,
    mean: latencies.reduce((a, b) => a + b, 0) / (latencies.length || 1),
    statuses,
    errors,
  };
}

// Wall time of one async call, in ms.
export async function timed<T>(call: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await call();
  return { ms: performance.now() - t0, value };
}

export interface FloorSpec {
  pool: Pool;
  lotId: string;
  frameworkId: string;
  organisationId: string;
  providerIds: string[];
  rateCardIds: string[];
  awardEvidence: unknown;
  plan: unknown;
  byFinancialYear: unknown;
}

// The raw-SQL floor for raising a call-off: the same lock, capacity read and inserts as CallOffsService.create,
// through pg with no framework in between. One transaction per call-off, on a pool of the API's own client
// (src/database/preparing-client.ts), used as the API uses it: each statement prepared once per connection, BEGIN
// written with the lock and COMMIT with the last INSERT.
export function floorTask(spec: FloorSpec, label: string): (worker: number, n: number) => Promise<void> {
  const evidence = JSON.stringify(spec.awardEvidence);
  const plan = JSON.stringify(spec.plan);
  const byFy = JSON.stringify(spec.byFinancialYear);
  const from = '2027-01-04';
  const to = '2027-03-26';
  return async (_worker, n) => {
    const i = n % spec.providerIds.length;
    const providerId = spec.providerIds[i];
    const client = (await spec.pool.connect()) as PoolClient & PreparingClient;
    try {
      await client.query('BEGIN');
      // As a raise sets it (CallOffsService): its statements and the checks and triggers they run planned once.
      await client.query('SET LOCAL plan_cache_mode = force_generic_plan');
      await client.query({
        name: 'floor_lock',
        text: 'SELECT pg_advisory_xact_lock(hashtext($1))',
        values: [`capacity:${providerId}:${spec.lotId}`],
      });
      const [declared, held] = await Promise.all([
        client.query<{ sessions_per_week: number }>({
          name: 'floor_declared',
          text: `SELECT sessions_per_week FROM capacity_declarations
           WHERE lot_id = $1 AND from_date <= $3 AND to_date >= $2 AND provider_id = $4 ORDER BY created_at, id`,
          values: [spec.lotId, from, to, providerId],
        }),
        client.query<{ sessions_per_week: number }>({
          name: 'floor_held',
          text: `SELECT sessions_per_week FROM capacity_holds
           WHERE lot_id = $1 AND from_date <= $3 AND to_date >= $2 AND (expires_at IS NULL OR expires_at > now())
             AND provider_id = $4`,
          values: [spec.lotId, from, to, providerId],
        }),
      ]);
      const free =
        (declared.rows[declared.rows.length - 1]?.sessions_per_week ?? 0) -
        held.rows.reduce((sum, h) => sum + h.sessions_per_week, 0);
      if (free < 10) throw new Error('capacity_exhausted');
      const inserted = await client.query<{ id: string }>({
        name: 'floor_call_off',
        text: `INSERT INTO call_offs (framework_id, lot_id, provider_id, commissioner_organisation_id, child_ref,
           child_year_group, child_ehcp, child_looked_after, child_needs_summary, statutory_basis, primary_reason,
           start_date, end_date, sessions_per_week, full_time, plan, justification, status, offer_expires_at,
           rate_card_id, unit, unit_price_pence, school_days, total_pence, base_pence, at_risk_pence,
           by_financial_year, segments, award_evidence, warnings, created_by_key_id, version)
         VALUES ($1, $2, $3, $4, $5, 9, false, false, 'SEMH', 's19_other', 'Medical needs: cannot attend school',
           $6, $7, 10, true, $8::jsonb, 'Bench justification', 'offered', now() + interval '3 days', $9, 'day', 18500,
           53, 980500, 882450, 98050, $10::jsonb, $11::jsonb, $12::jsonb, '[]', NULL, 1)
         RETURNING id`,
        values: [
          spec.frameworkId,
          spec.lotId,
          providerId,
          spec.organisationId,
          `${label}-${n}`,
          from,
          to,
          plan,
          spec.rateCardIds[i],
          byFy,
          JSON.stringify([{ from, to, sessionsPerWeek: 10 }]),
          evidence,
        ],
      });
      await client.queryThenCommit(
        `INSERT INTO capacity_holds (provider_id, lot_id, from_date, to_date, sessions_per_week, source_id, expires_at)
         VALUES ($1, $2, $3, $4, 10, $5, now() + interval '3 days')`,
        [providerId, spec.lotId, from, to, inserted.rows[0].id],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
}

// One request at a time, with `before` run (untimed) ahead of each.
export async function serialLoop(
  label: string,
  durationS: number,
  before: () => Promise<unknown>,
  call: () => Promise<{ status: number }>,
): Promise<LoadFigures> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const started = performance.now();
  while (performance.now() - started < durationS * 1000) {
    await before();
    const t = await timed(call);
    latencies.push(t.ms);
    statuses[t.value.status] = (statuses[t.value.status] ?? 0) + 1;
  }
  return loadFigures(label, 1, (performance.now() - started) / 1000, latencies, statuses, 0);
}

// CPU a process has used so far (user + system, from /proc; clock ticks of 10 ms), in ms: unlike wall time, barely
// moved by other work on the machine, so the figure to compare between runs of a scenario.
export function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
