import { Pool } from 'pg';
import { SchoolCalendar } from '../src/calendar/engine/school-calendar';
import { ENGLAND_DEFAULT_CALENDAR } from '../src/calendar/engine/england-default';
import { addDays } from '../src/calendar/engine/dates';
import { LOCK_PLACEMENTS_SQL, UPSERT_MARKS_SQL, upsertParameters } from '../src/attendance/mark-upsert';
import { BenchServer, issueKey } from './env';
import { LoadFigures, closedLoop, loadFigures, processCpuMs } from './measure';
import { Target, loadTable, ms } from './report';
import { Api, CallOffTemplate, bulkCallOffs, createFramework, seedProviders } from './seed';

// Issue 11's attendance measurements: (i) bulk ingest through POST /v1/attendance against a floor that runs the same
// statements through pg, (j) GET /v1/attendance/summary for a lot with 2,000 placements and 1,000,000 marks.
// BENCH_ATTENDANCE_SCALE (default 1) scales the mark and placement counts, to prove the scenarios small.
const SCALE = Number(process.env.BENCH_ATTENDANCE_SCALE ?? 1);
const INGEST_MARKS = Math.round(100_000 * SCALE);
const PER_REQUEST = 1_000;
const INGEST_CLIENTS = 4;
const SUMMARY_PLACEMENTS = Math.max(1, Math.round(2_000 * SCALE));
const SUMMARY_MARKS_PER_PLACEMENT = 500;
const READ_SECONDS = Number(process.env.BENCH_READ_SECONDS ?? 5);
const PROVIDERS = 4;

export interface AttendanceBench {
  targets: Target[];
  markdown: string;
  // The ingest's two runs (API and floor), for a run of some scenarios to print.
  figures: LoadFigures[];
}

interface Batch {
  key: string;
  marks: { callOffId: string; date: string; session: 'am' | 'pm'; mark: string; minutesLate?: number }[];
  columns: Parameters<typeof upsertParameters>[0];
}

// The school days of the default England calendar between two dates (the bench organisations keep no own calendar).
function schoolDays(from: string, to: string): string[] {
  const calendar = new SchoolCalendar(ENGLAND_DEFAULT_CALENDAR);
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1))
    if (calendar.covers(d) && calendar.isSchoolDay(d)) days.push(d);
  return days;
}

// Accepted placements (bench/seed bulkCallOffs: 7 Sep 2026 to January 2027, 10 sessions a week, no pattern).
async function placements(
  pool: Pool,
  client: Api,
  adminKey: string,
  template: CallOffTemplate,
  count: number,
  label: string,
) {
  const fw = await createFramework(client, adminKey, 1);
  const providers = await seedProviders(pool, fw.lotIds[0], PROVIDERS, {
    registeredShare: 1,
    sessionsPerWeek: 1_000_000,
    label,
  });
  await bulkCallOffs(pool, {
    frameworkId: fw.frameworkId,
    lotId: fw.lotIds[0],
    organisationId: fw.organisationId,
    providers,
    count,
    template,
    shape: 'accepted',
    label,
  });
  const rows = (
    await pool.query<{ id: string; provider_id: string }>(
      'SELECT id, provider_id FROM call_offs WHERE lot_id = $1 ORDER BY provider_id, id',
      [fw.lotIds[0]],
    )
  ).rows;
  const keys = new Map<string, string>();
  for (const id of providers.providerIds) keys.set(id, await issueKey(pool, 'provider', { providerId: id }));
  return { fw, rows, keys };
}

// Requests of 1,000 marks, each from one provider for its own placements: mostly present, some late, a few absent.
function batches(
  rows: { id: string; provider_id: string }[],
  keys: Map<string, string>,
  days: string[],
  lotId: string,
  organisationId: string,
  total: number,
): Batch[] {
  const out: Batch[] = [];
  let current: Batch | null = null;
  let made = 0;
  for (const row of rows) {
    for (const date of days)
      for (const session of ['am', 'pm'] as const) {
        if (made >= total) return out;
        if (!current || current.marks.length === PER_REQUEST || current.key !== keys.get(row.provider_id)) {
          current = {
            key: keys.get(row.provider_id)!,
            marks: [],
            columns: {
              callOffIds: [],
              dates: [],
              sessions: [],
              marks: [],
              minutesLate: [],
              notes: [],
              registerCodes: [],
              placements: new Map(),
            },
          };
          out.push(current);
        }
        const n = made++;
        const mark =
          n % 100 === 7
            ? 'unauthorised_absence'
            : n % 25 === 3
              ? 'authorised_absence'
              : n % 17 === 5
                ? 'late'
                : 'present';
        const minutesLate = mark === 'late' ? 10 : undefined;
        current.marks.push({
          callOffId: row.id,
          date,
          session,
          mark,
          ...(minutesLate ? { minutesLate } : {}),
        });
        const c = current.columns;
        c.callOffIds.push(row.id);
        c.dates.push(date);
        c.sessions.push(session);
        c.marks.push(mark);
        c.minutesLate.push(minutesLate ?? null);
        c.notes.push(null);
        c.registerCodes.push(
          mark === 'present' || mark === 'late' ? 'K' : mark === 'authorised_absence' ? 'C' : 'O',
        );
        c.placements.set(row.id, { organisationId, providerId: row.provider_id, lotId });
      }
  }
  return out;
}

// The full requests making up `measured` marks, and the rest (the warm-up).
function split(list: Batch[], measured: number): [Batch[], Batch[]] {
  const full = list.filter((b) => b.marks.length === PER_REQUEST);
  const run = full.slice(0, Math.floor(measured / PER_REQUEST));
  return [list.filter((b) => !run.includes(b)), run];
}

// Runs the batches with `clients` workers; the figures are per request, the throughput in marks a second.
async function ingest(
  label: string,
  list: Batch[],
  clients: number,
  send: (batch: Batch) => Promise<void>,
): Promise<{ figures: LoadFigures; marksPerSecond: number }> {
  const queue = [...list];
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let batch = queue.shift(); batch; batch = queue.shift()) {
        const t0 = performance.now();
        try {
          await send(batch);
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const marks = list.reduce((sum, b) => sum + b.marks.length, 0);
  return {
    figures: loadFigures(label, clients, seconds, latencies, { ok: latencies.length }, errors),
    marksPerSecond: (errors === 0 ? marks : 0) / seconds,
  };
}

export async function benchAttendance(
  pool: Pool,
  server: BenchServer,
  client: Api,
  adminKey: string,
  template: CallOffTemplate,
  only: Set<string>,
  log: (message: string) => void,
): Promise<AttendanceBench> {
  const today = new Date().toISOString().slice(0, 10);
  const targets: Target[] = [];
  const figures: LoadFigures[] = [];
  let markdown = '';

  if (only.has('i')) {
    const days = schoolDays('2026-09-07', addDays(today, -1));
    const perPlacement = days.length * 2;
    if (perPlacement === 0) throw new Error('(i) needs school days between 7 Sep 2026 and yesterday');
    // Two requests a side more than measured: the first of each warms caches and connections, unmeasured.
    const warmUp = 2 * PER_REQUEST;
    const count = Math.ceil((INGEST_MARKS + warmUp) / perPlacement);
    log(
      `(i) attendance ingest: ${INGEST_MARKS} marks in requests of ${PER_REQUEST}, ${count} placements each side`,
    );
    const api = await placements(pool, client, adminKey, template, count, 'Attendance API');
    const floor = await placements(pool, client, adminKey, template, count, 'Attendance floor');
    await pool.query('ANALYZE');
    const apiBatches = batches(
      api.rows,
      api.keys,
      days,
      api.fw.lotIds[0],
      api.fw.organisationId,
      INGEST_MARKS + warmUp,
    );
    const floorBatches = batches(
      floor.rows,
      floor.keys,
      days,
      floor.fw.lotIds[0],
      floor.fw.organisationId,
      INGEST_MARKS + warmUp,
    );
    // Whole requests of 1,000 only are measured; the rest (a provider's last short request among them) warm up.
    const [apiWarm, apiRun] = split(apiBatches, INGEST_MARKS);
    const [floorWarm, floorRun] = split(floorBatches, INGEST_MARKS);
    const post = async (b: Batch) => {
      const res = await fetch(`${server.baseUrl}/v1/attendance`, {
        method: 'POST',
        headers: { authorization: `Bearer ${b.key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ marks: b.marks }),
      });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`${res.status} ${text.slice(0, 300)}`);
    };
    await ingest('warm-up', apiWarm, 1, post);
    const statementsBefore = await server.statements();
    const cpuBefore = processCpuMs(server.pid);
    const viaApi = await ingest('API: POST /v1/attendance (1,000 marks)', apiRun, INGEST_CLIENTS, post);
    const cpuPerRequest = (processCpuMs(server.pid) - cpuBefore) / apiRun.length;
    // Every statement the API sent to PostgreSQL for the measured requests (the floor sends 4 a request).
    const perRequest = ((await server.statements()) - statementsBefore) / apiRun.length;
    log(
      `(i) ${perRequest.toFixed(1)} statements and ${cpuPerRequest.toFixed(1)} ms of API CPU per request of ${PER_REQUEST} marks (the floor: 4 statements)`,
    );
    const now = new Date();
    // Each statement named, so prepared once per connection, as the API's pool prepares its own.
    const upsert = async (b: Batch) => {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        await c.query({
          name: 'floor_lock_placements',
          text: LOCK_PLACEMENTS_SQL,
          values: [[...new Set(b.columns.callOffIds)]],
        });
        await c.query({
          name: 'floor_upsert_marks',
          text: UPSERT_MARKS_SQL,
          values: upsertParameters(b.columns, null, now),
        });
        await c.query('COMMIT');
      } catch (error) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        c.release();
      }
    };
    await ingest('warm-up', floorWarm, 1, upsert);
    const viaPg = await ingest('floor: the same statements through pg', floorRun, INGEST_CLIENTS, upsert);
    const stored = Number(
      (await pool.query('SELECT count(*) AS n FROM attendance_marks WHERE lot_id = $1', [api.fw.lotIds[0]]))
        .rows[0].n,
    );
    const ratio = viaApi.marksPerSecond / (viaPg.marksPerSecond || 1);
    targets.push({
      name: `(i) attendance ingest, API ÷ pg floor, ${INGEST_MARKS.toLocaleString('en-GB')} marks in requests of ${PER_REQUEST} at ${INGEST_CLIENTS} clients`,
      target: '≥ 0.5',
      measured: `${ratio.toFixed(2)} (${viaApi.marksPerSecond.toFixed(0)} ÷ ${viaPg.marksPerSecond.toFixed(0)} marks/s; ${stored} stored)`,
      met:
        ratio >= 0.5 &&
        stored === INGEST_MARKS + apiWarm.reduce((n: number, b: Batch) => n + b.marks.length, 0),
    });
    figures.push(viaApi.figures, viaPg.figures);
    markdown += `### (i) Attendance ingest\n\n${loadTable([viaApi.figures, viaPg.figures])}\n\n${perRequest.toFixed(1)} statements and ${cpuPerRequest.toFixed(1)} ms of the API process's CPU (user + system) a request through the API (the floor: 4 statements).\n\n`;
  }

  if (only.has('j')) {
    const marks = SUMMARY_PLACEMENTS * SUMMARY_MARKS_PER_PLACEMENT;
    log(`(j) attendance summary: ${SUMMARY_PLACEMENTS} placements, ${marks} marks`);
    const big = await placements(pool, client, adminKey, template, SUMMARY_PLACEMENTS, 'Attendance summary');
    const lotId = big.fw.lotIds[0];
    // 250 school days × 2 sessions a placement, written straight into the tables (the daily totals from the marks,
    // as the upsert keeps them).
    const days = schoolDays('2025-09-01', '2026-12-31').slice(0, SUMMARY_MARKS_PER_PLACEMENT / 2);
    const t0 = performance.now();
    const ids = big.rows.map((r) => r.id);
    for (let i = 0; i < ids.length; i += 200)
      await pool.query(
        `INSERT INTO attendance_marks (call_off_id, date, session, mark, minutes_late, register_code,
           commissioner_organisation_id, provider_id, lot_id, recorded_at)
         SELECT c.id, d, s::attendance_session,
                (CASE WHEN (hashtext(c.id::text) + n) % 10 = 0 THEN 'authorised_absence'
                      WHEN (hashtext(c.id::text) + n) % 31 = 0 THEN 'unauthorised_absence'
                      ELSE 'present' END)::attendance_mark,
                NULL, 'K', c.commissioner_organisation_id, c.provider_id, c.lot_id, now()
           FROM call_offs c
          CROSS JOIN unnest($2::date[]) WITH ORDINALITY AS u(d, n)
          CROSS JOIN (VALUES ('am'), ('pm')) AS v(s)
          WHERE c.id = ANY($1::uuid[])`,
        [ids.slice(i, i + 200), days],
      );
    await pool.query(
      `INSERT INTO attendance_daily_totals (lot_id, date, provider_id, commissioner_organisation_id, present, late,
         authorised_absence, unauthorised_absence, provider_cancelled, not_required)
       SELECT lot_id, date, provider_id, commissioner_organisation_id,
              count(*) FILTER (WHERE mark = 'present'), count(*) FILTER (WHERE mark = 'late'),
              count(*) FILTER (WHERE mark = 'authorised_absence'), count(*) FILTER (WHERE mark = 'unauthorised_absence'),
              count(*) FILTER (WHERE mark = 'provider_cancelled'), count(*) FILTER (WHERE mark = 'not_required')
         FROM attendance_marks WHERE lot_id = $1 GROUP BY 1, 2, 3, 4`,
      [lotId],
    );
    await pool.query('ANALYZE attendance_marks');
    await pool.query('ANALYZE attendance_daily_totals');
    const seeded = performance.now() - t0;
    const commissioner = await issueKey(pool, 'commissioner', { organisationId: big.fw.organisationId });
    const provider = [...big.keys.values()][0];
    const url = `/v1/attendance/summary?lotId=${lotId}&from=2025-09-01&to=2026-12-31`;
    const reads: LoadFigures[] = [];
    for (const [label, key] of [
      ['admin', adminKey],
      ['commissioner (own)', commissioner],
      ['provider (own)', provider],
    ] as const) {
      const get = async () => {
        const res = await fetch(`${server.baseUrl}${url}`, { headers: { authorization: `Bearer ${key}` } });
        const body = (await res.json()) as { totals?: { marked: number } };
        if (res.status !== 200 || !body.totals) throw new Error(`summary: ${res.status}`);
      };
      await closedLoop('warm-up', 1, 1, get);
      reads.push(await closedLoop(`GET /v1/attendance/summary — ${label}`, 1, READ_SECONDS, get));
    }
    for (const r of reads)
      targets.push({
        name: `(j) ${r.label}, ${SUMMARY_PLACEMENTS.toLocaleString('en-GB')} placements, ${marks.toLocaleString('en-GB')} marks, p99`,
        target: '< 50 ms',
        measured: ms(r.p99),
        met: r.p99 < 50 && r.errors === 0,
      });
    markdown += `### (j) Attendance summary (seeded in ${(seeded / 1000).toFixed(1)} s)\n\n${loadTable(reads)}\n\n`;
  }
  return { targets, markdown, figures };
}
