import { DataSource } from 'typeorm';
import { AttendanceService } from '../src/attendance/attendance.service';
import { Role } from '../src/auth/role';
import { AttendanceMarksMissingScan } from '../src/scheduled/attendance-marks-missing-scan';
import { Market, callOffBody, market, raise } from './support/call-offs';
import { createOrganisation } from './support/fixtures';
import { TestApp, startTestApp } from './support/test-app';

// The commissioner's own 2026-27: half term Mon 26 – Fri 30 Oct 2026 and an INSET day on Fri 9 Oct 2026.
const YEAR_2026_27 = {
  year: '2026-27',
  terms: [
    { name: 'Autumn 1', start: '2026-09-03', end: '2026-10-23' },
    { name: 'Autumn 2', start: '2026-11-02', end: '2026-12-18' },
    { name: 'Spring 1', start: '2027-01-05', end: '2027-02-12' },
    { name: 'Spring 2', start: '2027-02-22', end: '2027-03-26' },
    { name: 'Summer', start: '2027-04-12', end: '2027-07-21' },
  ],
  closures: [{ start: '2026-10-09', end: '2026-10-09', reason: 'INSET day' }],
};

interface FeedEvent {
  type: string;
  subject: { id: string };
  payload: Record<string, unknown>;
}

async function feed(api: TestApp, key: string, type: string): Promise<FeedEvent[]> {
  await api.feedCaughtUp();
  const events: FeedEvent[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await api.get<{ data: FeedEvent[]; nextCursor: string }>(
      `/v1/events?limit=200&types=${type}${after ? `&after=${after}` : ''}`,
      { key },
    );
    if (page.status !== 200) throw new Error(`feed: ${page.status} ${page.text}`);
    events.push(...page.body.data.filter((e) => e.type === type));
    if (page.body.data.length === 0) return events;
    after = page.body.nextCursor;
  }
}

describe('Attendance', () => {
  let api: TestApp;
  let m: Market;
  let provider: { id: string; key: string };
  let otherProvider: { id: string; key: string };
  let otherCommissioner: string;
  let auditor: string;
  // Placements of provider 0: patterned (Mon am, Wed pm, Fri am), the same without a pattern, and ten sessions a week
  // for two weeks (20 sessions) for persistent absence.
  let patterned: string;
  let proRata: string;
  let fullTime: string;
  let schoolArranged: string;

  const mark = (callOffId: string, date: string, session: 'am' | 'pm', value = 'present', extra = {}) => ({
    callOffId,
    date,
    session,
    mark: value,
    ...extra,
  });
  const post = (marks: unknown[], key = provider.key) => api.post('/v1/attendance', { marks }, { key });
  const attendanceOf = (id: string, query = '', key = m.commissioner) =>
    api.get(`/v1/call-offs/${id}/attendance${query}`, { key });

  beforeAll(async () => {
    api = await startTestApp();
    api.clock.setToday('2026-10-01');
    m = await market(api, { count: 2 });
    [provider, otherProvider] = m.providers;
    const calendar = await api.put(
      `/v1/organisations/${m.org.id}/calendar`,
      { academicYears: [YEAR_2026_27] },
      { headers: { 'if-match': '"0"' } },
    );
    expect(calendar.status).toBe(200);
    const other = await createOrganisation(api);
    otherCommissioner = await api.issueKey(Role.Commissioner, { organisationId: other.id });
    auditor = await api.issueKey(Role.Auditor);
    const place = async (overrides: Record<string, unknown>) => {
      const raised = await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, { providerId: provider.id, justification: 'Closest to home', ...overrides }),
      );
      expect(raised.status).toBe(201);
      const accepted = await api.post(`/v1/call-offs/${raised.body.id}/accept`, {}, { key: provider.key });
      expect(accepted.status).toBe(200);
      return raised.body.id as string;
    };
    const term = { startDate: '2026-10-05', endDate: '2026-12-18', sessionsPerWeek: 3 };
    patterned = await place({ ...term, pattern: ['fri_am', 'mon_am', 'wed_pm'] });
    proRata = await place(term);
    fullTime = await place({ startDate: '2026-11-02', endDate: '2026-11-13', sessionsPerWeek: 10 });
    schoolArranged = await place({ ...term, statutoryBasis: 'school_directed_offsite' });
    api.clock.setToday('2026-12-21');
  });
  afterAll(() => api.close());

  describe('the weekly pattern', () => {
    it('is kept on the call-off in week order and shown in its view', async () => {
      const read = await api.get(`/v1/call-offs/${patterned}`, { key: m.commissioner });
      expect(read.body.pattern).toEqual(['mon_am', 'wed_pm', 'fri_am']);
      const plain = await api.get(`/v1/call-offs/${proRata}`, { key: m.commissioner });
      expect(plain.body.pattern).toBeNull();
    });

    it('must name exactly sessionsPerWeek distinct sessions', async () => {
      api.clock.setToday('2026-10-01');
      const short = await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, { sessionsPerWeek: 3, pattern: ['mon_am', 'mon_pm'] }),
      );
      const unknown = await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, { sessionsPerWeek: 1, pattern: ['sat_am'] }),
      );
      const repeated = await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, { sessionsPerWeek: 2, pattern: ['mon_am', 'mon_am'] }),
      );
      api.clock.setToday('2026-12-21');
      for (const refused of [short, unknown, repeated]) {
        expect(refused.status).toBe(400);
        expect(refused.body.errors[0].field).toMatch(/^pattern/);
      }
    });
  });

  describe('commissioned sessions across a half term and an INSET day', () => {
    it('follow the pattern: 2 + 3 + 3 + 0 (half term) + 3 over five weeks', async () => {
      const read = await attendanceOf(patterned, '?from=2026-10-05&to=2026-11-06');
      expect(read.status).toBe(200);
      // Week of 5 Oct: Fri 9 Oct is the INSET day, so Monday am and Wednesday pm only.
      expect(read.body.commissionedSessions).toBe(11);
    });

    it('without a pattern are sessionsPerWeek pro rata to each week’s school days (largest remainder)', async () => {
      const read = await attendanceOf(proRata, '?from=2026-10-05&to=2026-11-06');
      // 3 × 4 ÷ 5 = 2.4 → 2 in the INSET week; 3 in each full week; 0 in half term.
      expect(read.body.commissionedSessions).toBe(11);
      const weeks = await api.app.get(AttendanceService).weekly(proRata, '2026-10-05', '2026-11-08');
      expect(weeks.map((w) => [w.weekStart, w.schoolDays, w.commissioned])).toEqual([
        ['2026-10-05', 4, 2],
        ['2026-10-12', 5, 3],
        ['2026-10-19', 5, 3],
        ['2026-11-02', 5, 3],
      ]);
    });
  });

  describe('recording marks', () => {
    it('stores nothing from a batch with one bad mark, and names every bad mark', async () => {
      const refused = await post([
        mark(patterned, '2026-10-05', 'am'),
        mark(patterned, '2026-10-07', 'pm'),
        mark(patterned, '2026-10-09', 'am'), // the INSET day
        mark(patterned, '2026-12-22', 'am'), // the future
        mark(patterned, '2026-10-06', 'am'), // Tuesday morning: not in the pattern
        mark(patterned, '2026-10-02', 'am'), // before the placement
        mark(patterned, '2026-10-05', 'am', 'late'), // the same session twice
        mark(proRata, '2026-10-05', 'am'), // the same date and session of another placement: fine
        { ...mark(patterned, '2026-10-07', 'pm'), callOffId: patterned.toUpperCase() }, // marks.1 again
        mark(patterned, '2026-10-07', 'am'), // Wednesday morning: not in the pattern
      ]);
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('attendance_marks_refused');
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'marks.2.date',
        'marks.3.date',
        'marks.4.session',
        'marks.5.date',
        'marks.6.session',
        'marks.8.session',
        'marks.9.session',
      ]);
      expect(refused.body.errors[4].message).toBe(
        'marks.6 marks the same call-off, date and session as marks.0',
      );
      expect(refused.body.errors[5].message).toBe(
        'marks.8 marks the same call-off, date and session as marks.1',
      );
      const read = await attendanceOf(patterned);
      expect(read.body.marks).toEqual([]);
      const one = await post([mark(patterned, '2026-10-05', 'am'), mark(patterned, '2026-10-09', 'am')]);
      expect(one.body.errors).toEqual([
        { field: 'marks.1.date', message: "2026-10-09 is not a school day in the commissioner's calendar." },
      ]);
    });

    it('refuses marks on another provider’s call-off as if it did not exist, and bad shapes as 400', async () => {
      const refused = await post([mark(patterned, '2026-10-05', 'am')], otherProvider.key);
      expect(refused.status).toBe(422);
      expect(refused.body.errors).toEqual([
        { field: 'marks.0.callOffId', message: 'No call-off addressed to you has this id.' },
      ]);
      const bad = await post([{ ...mark(patterned, '2026-10-05', 'am'), mark: 'here' }]);
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('marks.0.mark');
      const late = await post([mark(patterned, '2026-10-05', 'am', 'present', { minutesLate: 5 })]);
      expect(late.status).toBe(422);
      expect(late.body.errors[0].field).toBe('marks.0.minutesLate');
      expect((await api.post('/v1/attendance', { marks: [] }, { key: provider.key })).status).toBe(400);
    });

    it('checks the marks array itself and every mark’s fields, prototype keys included, as it was sent', async () => {
      const raw = (body: string) =>
        api.post('/v1/attendance', undefined, {
          key: provider.key,
          rawBody: body,
          headers: { 'content-type': 'application/json' },
        });
      const good = mark(patterned, '2026-10-05', 'am');
      const tooMany = await post(Array.from({ length: 5001 }, () => good));
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.errors).toEqual([{ field: 'marks', message: expect.stringContaining('5000') }]);
      expect((await api.post('/v1/attendance', { marks: good }, { key: provider.key })).status).toBe(400);
      expect((await post([good, 'present'])).body.errors).toEqual([
        { field: 'marks.1', message: 'marks.1 must be an object' },
      ]);
      // A __proto__ key never reaches the pipe (the JSON parser refuses the body); the others are unknown fields.
      const codes = [
        ['__proto__', 'malformed_json'],
        ['constructor', 'validation_failed'],
        ['extra', 'validation_failed'],
      ];
      for (const [key, code] of codes) {
        const sent = await raw(`{"marks":[${JSON.stringify(good).slice(0, -1)},"${key}":{"isAdmin":true}}]}`);
        expect({ key, status: sent.status, code: sent.body.code }).toEqual({ key, status: 400, code });
      }
      expect((await attendanceOf(patterned, '?from=2026-10-05&to=2026-10-05')).body.marks).toEqual([]);
    });

    it('stores a note exactly as written, whatever characters it holds', async () => {
      const note = 'Left at 11:00 "collected by nan", see {log} \\ NULL, row 2,3';
      const recorded = await post([mark(schoolArranged, '2026-11-30', 'pm', 'authorised_absence', { note })]);
      expect(recorded.status).toBe(200);
      const read = await attendanceOf(schoolArranged, '?from=2026-11-30&to=2026-11-30');
      expect(read.body.marks[0]).toMatchObject({ session: 'pm', note });
    });

    it('answers each mark with the register code of the 2024 guidance', async () => {
      const recorded = await post([
        mark(proRata, '2026-10-12', 'am', 'present'),
        mark(proRata, '2026-10-13', 'am', 'late', { minutesLate: 12 }),
        mark(proRata, '2026-10-14', 'am', 'authorised_absence'),
        mark(proRata, '2026-10-15', 'am', 'unauthorised_absence'),
        mark(proRata, '2026-10-16', 'am', 'provider_cancelled'),
        mark(proRata, '2026-10-16', 'pm', 'not_required'),
        mark(schoolArranged, '2026-10-12', 'am', 'present'),
        mark(schoolArranged, '2026-10-13', 'am', 'late', { minutesLate: 3 }),
        mark(schoolArranged, '2026-10-14', 'am', 'unauthorised_absence'),
      ]);
      expect(recorded.status).toBe(200);
      expect(recorded.body.created).toBe(9);
      expect(recorded.body.marks.map((m: { registerCode: string | null }) => m.registerCode)).toEqual([
        'K', // attending provision arranged by the local authority (s.19)
        'K',
        'C',
        'O',
        'Y7',
        null,
        'B', // attending an approved off-site activity the school arranged (off-site direction)
        'B',
        'O',
      ]);
    });

    it('keeps the history of a correction, and leaves an unchanged mark alone', async () => {
      const first = await post([mark(patterned, '2026-10-12', 'am', 'present')]);
      expect(first.body.marks[0]).toMatchObject({ outcome: 'created', version: 1 });
      const corrected = await post([mark(patterned, '2026-10-12', 'am', 'late', { minutesLate: 20 })]);
      expect(corrected.body).toMatchObject({ corrected: 1, created: 0 });
      expect(corrected.body.marks[0]).toMatchObject({ outcome: 'corrected', version: 2, registerCode: 'K' });
      const again = await post([mark(patterned, '2026-10-12', 'am', 'late', { minutesLate: 20 })]);
      expect(again.body.marks[0]).toMatchObject({ outcome: 'unchanged', version: 2 });
      // Each mark of a mixed batch is answered in its own place.
      const mixed = await post([
        mark(patterned, '2026-10-19', 'am', 'present'),
        mark(patterned, '2026-10-12', 'am', 'late', { minutesLate: 20 }),
        mark(patterned, '2026-10-14', 'pm', 'unauthorised_absence'),
      ]);
      expect(mixed.body).toMatchObject({ created: 2, corrected: 0, unchanged: 1 });
      expect(
        mixed.body.marks.map((m: { outcome: string; version: number }) => [m.outcome, m.version]),
      ).toEqual([
        ['created', 1],
        ['unchanged', 2],
        ['created', 1],
      ]);
      const fixed = await post([
        mark(patterned, '2026-10-19', 'am', 'present'),
        mark(patterned, '2026-10-14', 'pm', 'present'),
      ]);
      expect(
        fixed.body.marks.map((m: { outcome: string; version: number }) => [m.outcome, m.version]),
      ).toEqual([
        ['unchanged', 1],
        ['corrected', 2],
      ]);
      const read = await attendanceOf(patterned, '?from=2026-10-12&to=2026-10-12', provider.key);
      expect(read.body.marks).toHaveLength(1);
      expect(read.body.marks[0]).toMatchObject({ mark: 'late', minutesLate: 20, version: 2 });
      expect(read.body.marks[0].history).toEqual([
        expect.objectContaining({ mark: 'present', version: 1, registerCode: 'K', minutesLate: null }),
      ]);
      expect(read.body.marks[0].history[0].replacedAt).toEqual(expect.any(String));
    });

    it('counts persistent absence at exactly 10 % of commissioned sessions', async () => {
      // 20 sessions commissioned (10 a week for two weeks): 18 attended and 2 missed is 10 %.
      const days = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13'].map((d) => `2026-11-${d}`);
      const marks = days.flatMap((date) => [mark(fullTime, date, 'am'), mark(fullTime, date, 'pm')]);
      marks[0].mark = 'unauthorised_absence';
      marks[1].mark = 'authorised_absence';
      expect((await post(marks)).status).toBe(200);
      const read = await attendanceOf(fullTime);
      expect(read.body).toMatchObject({
        commissionedSessions: 20,
        commissionedToDate: 20,
        attended: 18,
        missed: 2,
        unmarkedPastSessions: 0,
        attendancePercent: 90,
        persistentAbsence: true,
      });
      // One absence corrected to present: 1 in 20 is 5 %.
      await post([mark(fullTime, '2026-11-02', 'pm', 'present')]);
      const after = await attendanceOf(fullTime);
      expect(after.body).toMatchObject({ missed: 1, attendancePercent: 95, persistentAbsence: false });
    });

    it('gives other modules delivery figures per call-off', async () => {
      const delivery = await api.app
        .get(AttendanceService)
        .delivery([proRata, fullTime], '2026-10-01', '2026-12-18');
      expect(delivery.get(proRata)).toEqual({
        commissioned: 29,
        present: 1,
        late: 1,
        authorisedAbsence: 1,
        unauthorisedAbsence: 1,
        providerCancelled: 1,
        notRequired: 1,
        // 29 commissioned; the 6 marks all fall in the week of 12 Oct, which commissioned 3 (marks beyond a week's
        // commissioned sessions answer for no other week).
        unmarkedPast: 26,
      });
      expect(delivery.get(fullTime)).toMatchObject({ commissioned: 20, present: 19, unmarkedPast: 0 });
    });
  });

  describe('events', () => {
    it('an unauthorised absence reaches the commissioner and the provider only', async () => {
      const own = await feed(api, m.commissioner, 'attendance.absence_recorded');
      expect(own.some((e) => e.subject.id === fullTime)).toBe(true);
      expect((await feed(api, provider.key, 'attendance.absence_recorded')).length).toBe(own.length);
      expect(await feed(api, otherCommissioner, 'attendance.absence_recorded')).toEqual([]);
      expect(await feed(api, otherProvider.key, 'attendance.absence_recorded')).toEqual([]);
      expect(await feed(api, auditor, 'attendance.absence_recorded')).toEqual([]);
    });

    it('the daily scan announces each day left unmarked two school days on, once', async () => {
      const scan = api.app.get(AttendanceMarksMissingScan);
      api.clock.setToday('2026-12-16');
      expect(await scan.scan()).toBeGreaterThan(0);
      const once = await feed(api, m.commissioner, 'attendance.marks_missing');
      expect(once.length).toBeGreaterThan(0);
      // Other test files share this database and may add placements between the runs: what must hold is that a
      // second run adds nothing for the days already announced here.
      await scan.scan();
      const events = await feed(api, m.commissioner, 'attendance.marks_missing');
      expect(events.map((e) => `${e.subject.id} ${String(e.payload.date)}`)).toEqual(
        once.map((e) => `${e.subject.id} ${String(e.payload.date)}`),
      );
      // Wednesday 16 Dec: Friday 11 Dec's two school days after (14, 15) have passed; Monday 14 Dec's have not.
      const dates = events.filter((e) => e.subject.id === patterned).map((e) => e.payload.date);
      expect(dates).toContain('2026-12-11');
      expect(dates).not.toContain('2026-12-14');
      expect(await feed(api, otherCommissioner, 'attendance.marks_missing')).toEqual([]);
      api.clock.setToday('2026-12-21');
    });
  });

  describe('a change of sessions', () => {
    it('needs the new pattern when the call-off has one', async () => {
      api.clock.setToday('2026-11-20');
      const variation = { kind: 'change_sessions', sessionsPerWeek: 2, effectiveFrom: '2026-11-23' };
      const refused = await api.post(`/v1/call-offs/${patterned}/variations`, variation, {
        key: m.commissioner,
      });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('pattern_required');
      const changed = await api.post(
        `/v1/call-offs/${patterned}/variations`,
        { ...variation, pattern: ['tue_pm', 'tue_am'] },
        { key: m.commissioner },
      );
      expect(changed.status).toBe(200);
      expect(changed.body.pattern).toEqual(['tue_am', 'tue_pm']);
      api.clock.setToday('2026-12-21');
      // Week of 16 Nov at the old pattern (3), then Tuesdays only (2 a week).
      const read = await attendanceOf(patterned, '?from=2026-11-16&to=2026-12-04');
      expect(read.body.commissionedSessions).toBe(3 + 2 + 2);
      const refusedMark = await post([mark(patterned, '2026-11-23', 'am')]);
      expect(refusedMark.body.errors[0].field).toBe('marks.0.session');
      expect((await post([mark(patterned, '2026-11-24', 'pm')])).status).toBe(200);
    });
  });

  describe('scope', () => {
    it('POST /v1/attendance is the provider’s alone', async () => {
      for (const key of [m.commissioner, api.adminKey, auditor])
        expect((await post([mark(proRata, '2026-10-12', 'am')], key)).status).toBe(403);
    });

    it('GET /v1/call-offs/{id}/attendance: the commissioner and the addressed provider; others never see it', async () => {
      expect((await attendanceOf(proRata, '', m.commissioner)).status).toBe(200);
      expect((await attendanceOf(proRata, '', provider.key)).status).toBe(200);
      expect((await attendanceOf(proRata, '', otherCommissioner)).status).toBe(404);
      expect((await attendanceOf(proRata, '', otherProvider.key)).status).toBe(404);
      expect((await attendanceOf(proRata, '', api.adminKey)).status).toBe(403);
      expect((await attendanceOf(proRata, '', auditor)).status).toBe(403);
      expect((await attendanceOf(proRata, '?from=2026-12-01&to=2026-11-01')).status).toBe(400);
    });

    it('GET /v1/attendance/summary: own marks for commissioners and providers, aggregates for admin and auditor', async () => {
      const url = `/v1/attendance/summary?from=2026-09-01&to=2026-12-31&lotId=${m.lotId}`;
      const own = await api.get(url, { key: m.commissioner });
      expect(own.status).toBe(200);
      expect(own.body.groups).toHaveLength(1);
      expect(own.body.groups[0]).toMatchObject({ lotId: m.lotId, providerId: provider.id });
      const marked = own.body.totals.marked;
      expect(marked).toBeGreaterThan(20);
      expect((await api.get(url, { key: provider.key })).body.totals.marked).toBe(marked);
      expect((await api.get(url, { key: api.adminKey })).body.totals.marked).toBe(marked);
      expect((await api.get(url, { key: auditor })).body.totals.marked).toBe(marked);
      expect((await api.get(url, { key: otherCommissioner })).body.groups).toEqual([]);
      expect((await api.get(url, { key: otherProvider.key })).body.groups).toEqual([]);
      // The totals agree with the marks, corrections included.
      const rows: { n: number }[] = await api.app
        .get(DataSource)
        .query('SELECT count(*)::int AS n FROM attendance_marks WHERE lot_id = $1', [m.lotId]);
      expect(marked).toBe(rows[0].n);
      const absence = (await api.get(url, { key: m.commissioner })).body.totals;
      expect(
        absence.present +
          absence.late +
          absence.authorisedAbsence +
          absence.unauthorisedAbsence +
          absence.providerCancelled +
          absence.notRequired,
      ).toBe(marked);
    });
  });
});

// What an upload writes beside its marks, in the same statement: one absence event per placement with a mark newly
// unauthorised (its sessions in date order, the register code the school enters), and the audit entry with the number
// of marks written.
describe('Attendance: the absence events and the audit entry of an upload', () => {
  let api: TestApp;
  let m: Market;
  let provider: { id: string; key: string };
  let standard: string;
  let schoolArranged: string;

  beforeAll(async () => {
    api = await startTestApp();
    api.clock.setToday('2026-10-01');
    m = await market(api, { count: 1 });
    [provider] = m.providers;
    const place = async (overrides: Record<string, unknown>) => {
      const raised = await raise(
        api,
        m.commissioner,
        callOffBody(m.lotId, {
          providerId: provider.id,
          startDate: '2026-11-02',
          endDate: '2026-11-13',
          sessionsPerWeek: 10,
          ...overrides,
        }),
      );
      expect(raised.status).toBe(201);
      expect(
        (await api.post(`/v1/call-offs/${raised.body.id}/accept`, {}, { key: provider.key })).status,
      ).toBe(200);
      return raised.body.id as string;
    };
    standard = await place({});
    schoolArranged = await place({ statutoryBasis: 'school_directed_offsite' });
    api.clock.setToday('2026-11-20');
  });
  afterAll(() => api.close());

  const upload = async (marks: { callOffId: string; date: string; session: string; mark: string }[]) => {
    const answer = await api.post('/v1/attendance', { marks }, { key: provider.key });
    if (answer.status !== 200) throw new Error(answer.text);
    return answer.body as { marks: { callOffId: string; registerCode: string; outcome: string }[] };
  };
  const absences = async () =>
    (await feed(api, m.commissioner, 'attendance.absence_recorded')).map((e) => ({
      callOffId: e.subject.id,
      payload: e.payload,
    }));
  const audited = async (): Promise<{ field: string; value?: unknown }[][]> =>
    (
      await api.app
        .get(DataSource)
        .query(
          `SELECT changes FROM audit_log WHERE action = 'recordAttendance' AND actor_provider_id = $1 ORDER BY id`,
          [provider.id],
        )
    ).map((row: { changes: { field: string; value?: unknown }[] }) => row.changes);

  it('writes one event per placement, its sessions in date order, and counts the marks written', async () => {
    const first = await upload([
      { callOffId: standard, date: '2026-11-06', session: 'pm', mark: 'unauthorised_absence' },
      { callOffId: standard, date: '2026-11-05', session: 'am', mark: 'present' },
      { callOffId: schoolArranged, date: '2026-11-05', session: 'pm', mark: 'unauthorised_absence' },
      { callOffId: standard, date: '2026-11-04', session: 'am', mark: 'unauthorised_absence' },
    ]);
    const code = (i: number) => first.marks[i].registerCode;
    expect(await absences()).toEqual([
      {
        callOffId: standard,
        payload: {
          mark: 'unauthorised_absence',
          registerCode: code(0),
          sessions: [
            { date: '2026-11-04', session: 'am' },
            { date: '2026-11-06', session: 'pm' },
          ],
        },
      },
      {
        callOffId: schoolArranged,
        payload: {
          mark: 'unauthorised_absence',
          registerCode: code(2),
          sessions: [{ date: '2026-11-05', session: 'pm' }],
        },
      },
    ]);

    // Sent again unchanged, an absence is no new alert; a mark corrected to one is.
    const second = await upload([
      { callOffId: standard, date: '2026-11-04', session: 'am', mark: 'unauthorised_absence' },
      { callOffId: standard, date: '2026-11-05', session: 'am', mark: 'unauthorised_absence' },
    ]);
    expect(second.marks.map((mk) => mk.outcome)).toEqual(['unchanged', 'corrected']);
    const after = await absences();
    expect(after).toHaveLength(3);
    expect(after[2]).toEqual({
      callOffId: standard,
      payload: {
        mark: 'unauthorised_absence',
        registerCode: code(0),
        sessions: [{ date: '2026-11-05', session: 'am' }],
      },
    });

    const entries = await audited();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toEqual(
      expect.arrayContaining([
        { field: 'marks', value: 4 },
        { field: 'written', value: 4 },
      ]),
    );
    expect(entries[1]).toEqual(
      expect.arrayContaining([
        { field: 'marks', value: 2 },
        { field: 'written', value: 1 },
      ]),
    );
  });
});
