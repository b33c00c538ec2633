import { bareArray, textArray } from '../database/array-literal';
import { Part } from '../database/together';

// The set-based SQL that records a batch of marks: shared by the recorder and the benchmark's pg floor, so the
// floor measures exactly the statements the API runs.

// Serialises writers of the same placements (taken in id order, so two batches never wait on each other in a
// cycle): within the transaction, what the upsert reads as the previous mark is what it replaces.
export const LOCK_PLACEMENTS_SQL = `SELECT count(pg_advisory_xact_lock(hashtextextended('attendance:' || s.id, 0)))::int AS n
  FROM (SELECT DISTINCT id FROM unnest($1::text[]) AS u(id) ORDER BY id) s`;

// $1 placements (each mark's, as its place in $8 from 1), $2 dates, $3 sessions, $4 marks, $5 minutes late, $6 notes,
// $7 register codes (arrays, one element a mark); $8 placements, $9 their commissioner organisations, $10 providers,
// $11 lots (arrays, one element a placement: a request of 1,000 marks names a handful, so their ids travel once, not
// 4,000 times); $12 the recording key, $13 the time.
// One statement, or its CTEs inside the statement that also writes the batch's events and audit entry
// (upsertMarksPart): reads the marks it replaces, upserts (an unchanged mark is left alone, so a repeat adds
// nothing), keeps each replaced mark in the history, and moves the daily totals by the difference. Returns an
// UpsertedMarkRow for each mark not created at version 1; every other mark was created. marks_changes holds each mark
// written with the mark it replaced (old_mark), for the parts that follow from it.
export const UPSERT_MARKS_CTES: [name: string, sql: string][] = [
  [
    'marks_input',
    `SELECT p.call_off_id, t.date, t.session, t.mark, t.minutes_late, t.note, t.register_code,
         p.commissioner_organisation_id, p.provider_id, p.lot_id, t.ord
    FROM unnest($1::int[], $2::date[], $3::attendance_session[], $4::attendance_mark[], $5::smallint[],
                $6::text[], $7::text[]) WITH ORDINALITY
      AS t(placement, date, session, mark, minutes_late, note, register_code, ord)
    JOIN unnest($8::uuid[], $9::uuid[], $10::uuid[], $11::uuid[]) WITH ORDINALITY
      AS p(call_off_id, commissioner_organisation_id, provider_id, lot_id, placement) USING (placement)`,
  ],
  [
    'marks_previous',
    `SELECT m.* FROM attendance_marks m JOIN marks_input i USING (call_off_id, date, session)`,
  ],
  [
    'marks_written',
    `INSERT INTO attendance_marks AS m (call_off_id, date, session, mark, minutes_late, note, register_code,
    commissioner_organisation_id, provider_id, lot_id, recorded_by_key_id, recorded_at, version)
  SELECT call_off_id, date, session, mark, minutes_late, note, register_code, commissioner_organisation_id,
    provider_id, lot_id, $12, $13, 1 FROM marks_input
  ON CONFLICT (call_off_id, date, session) DO UPDATE SET
    mark = EXCLUDED.mark, minutes_late = EXCLUDED.minutes_late, note = EXCLUDED.note,
    register_code = EXCLUDED.register_code, recorded_by_key_id = EXCLUDED.recorded_by_key_id,
    recorded_at = EXCLUDED.recorded_at, version = m.version + 1
  WHERE (m.mark, m.minutes_late, m.note) IS DISTINCT FROM (EXCLUDED.mark, EXCLUDED.minutes_late, EXCLUDED.note)
  RETURNING m.call_off_id, m.date, m.session, m.mark, m.version, m.lot_id, m.provider_id,
    m.commissioner_organisation_id`,
  ],
  [
    'marks_history',
    `INSERT INTO attendance_mark_history (call_off_id, date, session, commissioner_organisation_id, version, mark,
    minutes_late, note, register_code, recorded_by_key_id, recorded_at, replaced_by_key_id, replaced_at)
  SELECT p.call_off_id, p.date, p.session, p.commissioner_organisation_id, p.version, p.mark, p.minutes_late, p.note,
    p.register_code, p.recorded_by_key_id, p.recorded_at, $12, $13
  FROM marks_previous p JOIN marks_written w USING (call_off_id, date, session)`,
  ],
  [
    'marks_changes',
    `SELECT w.*, p.mark AS old_mark FROM marks_written w LEFT JOIN marks_previous p USING (call_off_id, date, session)`,
  ],
  [
    'marks_totals',
    `INSERT INTO attendance_daily_totals AS t (lot_id, date, provider_id, commissioner_organisation_id, present, late,
    authorised_absence, unauthorised_absence, provider_cancelled, not_required)
  SELECT lot_id, date, provider_id, commissioner_organisation_id,
    count(*) FILTER (WHERE mark = 'present') - count(*) FILTER (WHERE old_mark = 'present'),
    count(*) FILTER (WHERE mark = 'late') - count(*) FILTER (WHERE old_mark = 'late'),
    count(*) FILTER (WHERE mark = 'authorised_absence') - count(*) FILTER (WHERE old_mark = 'authorised_absence'),
    count(*) FILTER (WHERE mark = 'unauthorised_absence') - count(*) FILTER (WHERE old_mark = 'unauthorised_absence'),
    count(*) FILTER (WHERE mark = 'provider_cancelled') - count(*) FILTER (WHERE old_mark = 'provider_cancelled'),
    count(*) FILTER (WHERE mark = 'not_required') - count(*) FILTER (WHERE old_mark = 'not_required')
  FROM marks_changes GROUP BY lot_id, date, provider_id, commissioner_organisation_id
  ORDER BY lot_id, date, provider_id, commissioner_organisation_id
  ON CONFLICT (lot_id, date, provider_id, commissioner_organisation_id) DO UPDATE SET
    present = t.present + EXCLUDED.present, late = t.late + EXCLUDED.late,
    authorised_absence = t.authorised_absence + EXCLUDED.authorised_absence,
    unauthorised_absence = t.unauthorised_absence + EXCLUDED.unauthorised_absence,
    provider_cancelled = t.provider_cancelled + EXCLUDED.provider_cancelled,
    not_required = t.not_required + EXCLUDED.not_required`,
  ],
  [
    'marks_upserted',
    `SELECT i.ord::int AS ord, coalesce(c.version, p.version) AS version,
  CASE WHEN c.call_off_id IS NULL THEN 'unchanged' ELSE 'corrected' END AS outcome
FROM marks_input i
  LEFT JOIN marks_changes c USING (call_off_id, date, session)
  LEFT JOIN marks_previous p USING (call_off_id, date, session)
WHERE c.call_off_id IS NULL OR c.old_mark IS NOT NULL`,
  ],
];

export const UPSERT_MARKS_SQL = `WITH ${UPSERT_MARKS_CTES.map(([name, sql]) => `${name} AS (${sql})`).join(',\n')}
SELECT * FROM marks_upserted`;

// A mark the upsert did not simply create at version 1 (most of a first upload are): one left as it was (an unchanged
// mark sent again) or one corrected. `ord` is the mark's place in the batch, from 1.
export interface UpsertedMarkRow {
  ord: number;
  version: number;
  outcome: 'corrected' | 'unchanged';
}

// The upsert as a part of a statement (src/database/together.ts); its result is the UpsertedMarkRow rows.
export function upsertMarksPart(columns: MarkColumns, keyId: string | null, at: Date): Part {
  return {
    ctes: UPSERT_MARKS_CTES,
    result: `(SELECT coalesce(json_agg(u), '[]'::json) FROM marks_upserted u)`,
    params: upsertParameters(columns, keyId, at),
  };
}

export interface MarkColumns {
  callOffIds: string[];
  dates: string[];
  sessions: string[];
  marks: string[];
  minutesLate: (number | null)[];
  notes: (string | null)[];
  registerCodes: (string | null)[];
  // Each placement the marks name, once.
  placements: Map<string, { organisationId: string; providerId: string; lotId: string }>;
}

export function upsertParameters(columns: MarkColumns, keyId: string | null, at: Date): unknown[] {
  const placements = [...columns.placements.values()];
  const place = new Map([...columns.placements.keys()].map((id, i) => [id, i + 1]));
  return [
    bareArray(columns.callOffIds.map((id) => place.get(id)!)),
    bareArray(columns.dates),
    bareArray(columns.sessions),
    bareArray(columns.marks),
    bareArray(columns.minutesLate),
    textArray(columns.notes),
    textArray(columns.registerCodes),
    bareArray([...columns.placements.keys()]),
    bareArray(placements.map((p) => p.organisationId)),
    bareArray(placements.map((p) => p.providerId)),
    bareArray(placements.map((p) => p.lotId)),
    keyId,
    at,
  ];
}
