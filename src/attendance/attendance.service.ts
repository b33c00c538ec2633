import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service';
import { SchoolCalendar } from '../calendar/engine/school-calendar';
import { AttendanceTerms, CallOffsService } from '../call-offs/call-offs.service';
import { Clock } from '../common/clock';
import { Delivery, WeeklyAttendance } from './dto/delivery';
import {
  CommissionedDay,
  commissionedDays,
  countSessions,
  schoolDaysAfter,
  schoolWeeks,
  Session,
  weekStartOf,
} from './engine/commissioned-sessions';
import { Caller, Role } from '../auth/role';
import { addDays } from '../calendar/engine/dates';
import { BadRequestError, NotFoundError } from '../common/domain-error';
import {
  AttendanceFiguresDto,
  AttendanceSummaryDto,
  AttendanceSummaryQueryDto,
  AttendanceTotalsDto,
  CallOffAttendanceDto,
  CallOffAttendanceQueryDto,
  MAX_ATTENDANCE_RANGE_DAYS,
  MarkHistoryDto,
} from './dto/attendance.dto';
import {
  Mark,
  arrangedByFor,
  attendancePercent,
  isPersistentAbsence,
  registerCodeFor,
} from './engine/register-codes';

interface MarkCountRow {
  call_off_id: string;
  date: string;
  mark: Mark;
  n: number;
}

const FIELD_OF: Record<Mark, keyof Omit<Delivery, 'commissioned' | 'unmarkedPast'>> = {
  present: 'present',
  late: 'late',
  authorised_absence: 'authorisedAbsence',
  unauthorised_absence: 'unauthorisedAbsence',
  provider_cancelled: 'providerCancelled',
  not_required: 'notRequired',
};

// Attendance of placements as other modules read it: commissioned sessions beside the marks (DESIGN §1 Attendance:
// commissioned, attended and missed sessions are always kept apart).
@Injectable()
export class AttendanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly callOffs: CallOffsService,
    private readonly calendars: CalendarService,
    private readonly clock: Clock,
  ) {}

  // Per call-off over [from, to]: commissioned sessions and marks by kind. Unknown ids are left out of the map.
  async delivery(
    callOffIds: string[],
    from: string,
    to: string,
    manager?: EntityManager,
  ): Promise<Map<string, Delivery>> {
    const out = new Map<string, Delivery>();
    if (callOffIds.length === 0 || from > to) return out;
    const terms = await this.callOffs.attendanceTerms([...new Set(callOffIds)], manager);
    const calendars = await this.calendarsOf(terms, manager);
    const counts = await this.markCounts(
      terms.map((t) => t.id),
      from,
      to,
      manager,
    );
    const today = this.clock.today();
    for (const t of terms) {
      const days = this.commissioned(t, calendars.get(t.commissionerOrganisationId)!, from, to);
      const byDay = counts.get(t.id) ?? new Map<string, Map<Mark, number>>();
      const delivery: Delivery = {
        commissioned: countSessions(days),
        present: 0,
        late: 0,
        authorisedAbsence: 0,
        unauthorisedAbsence: 0,
        providerCancelled: 0,
        notRequired: 0,
        unmarkedPast: unmarkedBefore(days, byDay, today),
      };
      for (const marks of byDay.values()) for (const [mark, n] of marks) delivery[FIELD_OF[mark]] += n;
      out.set(t.id, delivery);
    }
    return out;
  }

  // One placement week by week over [from, to], in the school weeks of the commissioner's calendar.
  async weekly(
    callOffId: string,
    from: string,
    to: string,
    manager?: EntityManager,
  ): Promise<WeeklyAttendance[]> {
    const [terms] = await this.callOffs.attendanceTerms([callOffId], manager);
    if (!terms || from > to) return [];
    const calendar = (await this.calendars.calendarFor(terms.commissionerOrganisationId, manager)).calendar;
    const days = this.commissioned(terms, calendar, from, to);
    const counts = (await this.markCounts([callOffId], from, to, manager)).get(callOffId);
    const weeks = schoolWeeks(calendar, from, to).map((w) => ({
      ...w,
      commissioned: 0,
      attended: 0,
      missed: 0,
    }));
    const byStart = new Map(weeks.map((w) => [w.weekStart, w]));
    for (const day of days) {
      const week = byStart.get(weekStartOf(day.date));
      if (week) week.commissioned += day.sessions.length;
    }
    for (const [date, marks] of counts ?? []) {
      const week = byStart.get(weekStartOf(date));
      if (!week) continue;
      for (const [mark, n] of marks) {
        if (mark === 'present' || mark === 'late') week.attended += n;
        if (mark === 'authorised_absence' || mark === 'unauthorised_absence') week.missed += n;
      }
    }
    return weeks;
  }

  // GET /v1/call-offs/{id}/attendance: the marks of one placement and its figures, for the commissioner and the
  // addressed provider only (DESIGN §1 Privacy: attendance is about one child).
  async forCallOff(
    caller: Caller,
    id: string,
    query: CallOffAttendanceQueryDto,
  ): Promise<CallOffAttendanceDto> {
    const [terms] = await this.callOffs.attendanceTerms([id]);
    const mine =
      terms &&
      ((caller.role === Role.Commissioner && caller.organisationId === terms.commissionerOrganisationId) ||
        (caller.role === Role.Provider && caller.providerId === terms.providerId));
    if (!terms || !mine) throw new NotFoundError('Call-off');
    const from = query.from ?? terms.startDate;
    const latest = addDays(from, MAX_ATTENDANCE_RANGE_DAYS - 1);
    const to = query.to ?? (terms.endDate < latest ? terms.endDate : latest);
    if (to < from)
      throw new BadRequestError('validation_failed', 'to must be on or after from.', [
        { field: 'to', message: 'to must be on or after from' },
      ]);
    if (to > latest)
      throw new BadRequestError(
        'validation_failed',
        `A range is at most ${MAX_ATTENDANCE_RANGE_DAYS} days.`,
        [{ field: 'to', message: `to must be within ${MAX_ATTENDANCE_RANGE_DAYS} days of from` }],
      );
    const calendar = (await this.calendars.calendarFor(terms.commissionerOrganisationId)).calendar;
    const today = this.clock.today();
    const days = this.commissioned(terms, calendar, from, to);
    const [marks, history] = await Promise.all([
      this.dataSource.query<MarkRow[]>(
        `SELECT date::text AS date, session, mark, minutes_late, note, register_code, version, recorded_by_key_id,
                recorded_at
           FROM attendance_marks WHERE call_off_id = $1 AND date BETWEEN $2 AND $3 ORDER BY date, session`,
        [id, from, to],
      ),
      this.dataSource.query<HistoryRow[]>(
        `SELECT date::text AS date, session, mark, minutes_late, note, register_code, version, recorded_by_key_id,
                recorded_at, replaced_by_key_id, replaced_at
           FROM attendance_mark_history WHERE call_off_id = $1 AND date BETWEEN $2 AND $3
          ORDER BY date, session, version DESC`,
        [id, from, to],
      ),
    ]);
    const byDay = new Map<string, Map<Mark, number>>();
    const counts = {
      present: 0,
      late: 0,
      authorisedAbsence: 0,
      unauthorisedAbsence: 0,
      providerCancelled: 0,
      notRequired: 0,
    };
    for (const m of marks) {
      const day = byDay.get(m.date) ?? new Map<Mark, number>();
      byDay.set(m.date, day);
      day.set(m.mark, (day.get(m.mark) ?? 0) + 1);
      counts[FIELD_OF[m.mark]] += 1;
    }
    const figures = attendanceFigures(
      counts,
      countSessions(days),
      countSessions(days.filter((d) => d.date <= today)),
      unmarkedBefore(days, byDay, today),
    );
    const earlier = new Map<string, MarkHistoryDto[]>();
    for (const h of history) {
      const key = `${h.date}|${h.session}`;
      earlier.set(key, [
        ...(earlier.get(key) ?? []),
        {
          mark: h.mark,
          minutesLate: h.minutes_late,
          note: h.note,
          registerCode: h.register_code,
          version: h.version,
          recordedByKeyId: h.recorded_by_key_id,
          recordedAt: h.recorded_at.toISOString(),
          replacedByKeyId: h.replaced_by_key_id,
          replacedAt: h.replaced_at.toISOString(),
        },
      ]);
    }
    const arrangedBy = arrangedByFor(terms.statutoryBasis);
    return {
      callOffId: terms.id,
      from,
      to,
      ...figures,
      marks: marks.map((m) => ({
        date: m.date,
        session: m.session,
        mark: m.mark,
        minutesLate: m.minutes_late,
        note: m.note,
        registerCode: m.register_code,
        registerCodeMeaning: registerCodeFor(m.mark, arrangedBy).meaning,
        version: m.version,
        recordedByKeyId: m.recorded_by_key_id,
        recordedAt: m.recorded_at.toISOString(),
        history: earlier.get(`${m.date}|${m.session}`) ?? [],
      })),
    };
  }

  // GET /v1/attendance/summary: marks counted by lot and provider from the daily totals. Commissioners see their own
  // organisation's placements, providers their own; admin and auditor see every organisation's, as aggregates only
  // (DESIGN §1 Privacy).
  async summary(caller: Caller, query: AttendanceSummaryQueryDto): Promise<AttendanceSummaryDto> {
    if (query.to < query.from)
      throw new BadRequestError('validation_failed', 'to must be on or after from.', [
        { field: 'to', message: 'to must be on or after from' },
      ]);
    const where = ['date BETWEEN $1 AND $2'];
    const params: unknown[] = [query.from, query.to];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(`${sql} = $${params.length}`);
    };
    if (caller.role === Role.Commissioner) add('commissioner_organisation_id', caller.organisationId);
    if (caller.role === Role.Provider) add('provider_id', caller.providerId);
    if (query.lotId) add('lot_id', query.lotId);
    if (query.providerId) add('provider_id', query.providerId);
    const rows = await this.dataSource.query<TotalsRow[]>(
      `SELECT lot_id, provider_id, sum(present)::int AS present, sum(late)::int AS late,
              sum(authorised_absence)::int AS authorised_absence, sum(unauthorised_absence)::int AS unauthorised_absence,
              sum(provider_cancelled)::int AS provider_cancelled, sum(not_required)::int AS not_required
         FROM attendance_daily_totals WHERE ${where.join(' AND ')}
        GROUP BY lot_id, provider_id ORDER BY lot_id, provider_id`,
      params,
    );
    const groups = rows
      .map((r) => ({ lotId: r.lot_id, providerId: r.provider_id, ...totalsOf(r) }))
      .filter((g) => g.marked > 0);
    const sum = groups.reduce(
      (acc, g) => ({
        lot_id: '',
        provider_id: '',
        present: acc.present + g.present,
        late: acc.late + g.late,
        authorised_absence: acc.authorised_absence + g.authorisedAbsence,
        unauthorised_absence: acc.unauthorised_absence + g.unauthorisedAbsence,
        provider_cancelled: acc.provider_cancelled + g.providerCancelled,
        not_required: acc.not_required + g.notRequired,
      }),
      {
        lot_id: '',
        provider_id: '',
        present: 0,
        late: 0,
        authorised_absence: 0,
        unauthorised_absence: 0,
        provider_cancelled: 0,
        not_required: 0,
      },
    );
    return { from: query.from, to: query.to, groups, totals: totalsOf(sum) };
  }

  // Commissioned sessions of accepted placements with no mark now that two school days have passed since them
  // (looking back MARKS_MISSING_LOOKBACK_DAYS): what the daily scan announces.
  async marksMissing(manager?: EntityManager): Promise<MissingMarks[]> {
    const today = this.clock.today();
    const since = addDays(today, -MARKS_MISSING_LOOKBACK_DAYS);
    const placements = await this.callOffs.acceptedOverlapping(since, today, manager);
    if (placements.length === 0) return [];
    const calendars = await this.calendarsOf(placements, manager);
    const counts = await this.markCounts(
      placements.map((p) => p.id),
      since,
      today,
      manager,
    );
    const out: MissingMarks[] = [];
    for (const p of placements) {
      const calendar = calendars.get(p.commissionerOrganisationId)!;
      const byDay = counts.get(p.id) ?? new Map<string, Map<Mark, number>>();
      // Attendance guidance (DfE 2024): registers are kept promptly; a session is overdue once the two school days
      // after it have passed.
      const due = commissionedDays(p.segments, calendar, since, today).filter((day) => {
        const by = schoolDaysAfter(calendar, day.date, 2);
        return by !== null && by < today;
      });
      // Week by week (as unmarkedBefore), announced on the week's last due day.
      const lastDue = new Map<string, string>();
      for (const day of due) lastDue.set(weekStartOf(day.date), day.date);
      for (const date of lastDue.values()) {
        const weekDays = due.filter((d) => weekStartOf(d.date) === weekStartOf(date));
        const missing = unmarkedBefore(weekDays, byDay, addDays(date, 1));
        if (missing > 0)
          out.push({
            callOffId: p.id,
            frameworkId: p.frameworkId,
            commissionerOrganisationId: p.commissionerOrganisationId,
            providerId: p.providerId,
            date,
            sessionsMissing: missing,
          });
      }
    }
    return out;
  }

  // The commissioned sessions of a placement in [from, to]: none unless the provider accepted it.
  commissioned(
    terms: AttendanceTerms,
    calendar: SchoolCalendar,
    from: string,
    to: string,
  ): CommissionedDay[] {
    if (!terms.accepted) return [];
    return commissionedDays(terms.segments, calendar, from, to);
  }

  async calendarsOf(
    terms: readonly AttendanceTerms[],
    manager?: EntityManager,
  ): Promise<Map<string, SchoolCalendar>> {
    const organisations = [...new Set(terms.map((t) => t.commissionerOrganisationId))];
    const calendars = new Map<string, SchoolCalendar>();
    if (manager) {
      // Inside a transaction: read through it (a second pool connection could wait on the locks it holds).
      for (const org of organisations)
        calendars.set(org, (await this.calendars.calendarFor(org, manager)).calendar);
      return calendars;
    }
    // Outside one (a provider's upload): each calendar compiled once per process until its change count, read with
    // the terms, moves (src/database/change-counters.ts).
    const counts = new Map(terms.map((t) => [t.commissionerOrganisationId, t.calendarCount]));
    for (const org of organisations)
      calendars.set(org, (await this.calendars.keptCalendarFor(org, counts.get(org)!)).calendar);
    return calendars;
  }

  // Marks per call-off, day and kind.
  private async markCounts(
    callOffIds: string[],
    from: string,
    to: string,
    manager?: EntityManager,
  ): Promise<Map<string, Map<string, Map<Mark, number>>>> {
    const rows: MarkCountRow[] = await (manager ?? this.dataSource.manager).query(
      `SELECT call_off_id, date::text AS date, mark, count(*)::int AS n FROM attendance_marks
        WHERE call_off_id = ANY($1::uuid[]) AND date BETWEEN $2 AND $3
        GROUP BY call_off_id, date, mark`,
      [callOffIds, from, to],
    );
    const out = new Map<string, Map<string, Map<Mark, number>>>();
    for (const row of rows) {
      const days = out.get(row.call_off_id) ?? new Map<string, Map<Mark, number>>();
      out.set(row.call_off_id, days);
      const marks = days.get(row.date) ?? new Map<Mark, number>();
      days.set(row.date, marks);
      marks.set(row.mark, (marks.get(row.mark) ?? 0) + row.n);
    }
    return out;
  }
}

// How far back the daily scan looks for sessions left unmarked (each announced once, by its dedupe key).
export const MARKS_MISSING_LOOKBACK_DAYS = 28;

export interface MissingMarks {
  callOffId: string;
  frameworkId: string;
  commissionerOrganisationId: string;
  providerId: string;
  date: string;
  sessionsMissing: number;
}

interface MarkRow {
  date: string;
  session: Session;
  mark: Mark;
  minutes_late: number | null;
  note: string | null;
  register_code: string | null;
  version: number;
  recorded_by_key_id: string | null;
  recorded_at: Date;
}

interface HistoryRow extends MarkRow {
  replaced_by_key_id: string | null;
  replaced_at: Date;
}

interface TotalsRow {
  lot_id: string;
  provider_id: string;
  present: number;
  late: number;
  authorised_absence: number;
  unauthorised_absence: number;
  provider_cancelled: number;
  not_required: number;
}

function totalsOf(r: TotalsRow): AttendanceTotalsDto {
  const marked =
    r.present +
    r.late +
    r.authorised_absence +
    r.unauthorised_absence +
    r.provider_cancelled +
    r.not_required;
  const possible = marked - r.not_required;
  return {
    marked,
    present: r.present,
    late: r.late,
    authorisedAbsence: r.authorised_absence,
    unauthorisedAbsence: r.unauthorised_absence,
    providerCancelled: r.provider_cancelled,
    notRequired: r.not_required,
    attendancePercent: attendancePercent(r.present + r.late, possible),
    absencePercent: attendancePercent(r.authorised_absence + r.unauthorised_absence, possible),
  };
}

// A placement's figures (DESIGN §1 Attendance): possible sessions are the commissioned sessions to date less those
// marked not required; attended = present + late; missed = the child's absences (engine/register-codes).
export function attendanceFigures(
  counts: Omit<Delivery, 'commissioned' | 'unmarkedPast'>,
  commissionedSessions: number,
  commissionedToDate: number,
  unmarkedPastSessions: number,
): AttendanceFiguresDto {
  const attended = counts.present + counts.late;
  const missed = counts.authorisedAbsence + counts.unauthorisedAbsence;
  const possible = Math.max(0, commissionedToDate - counts.notRequired);
  return {
    commissionedSessions,
    commissionedToDate,
    attended,
    ...counts,
    missed,
    unmarkedPastSessions,
    attendancePercent: attendancePercent(attended, possible),
    persistentAbsence: isPersistentAbsence(missed, possible),
  };
}

// Commissioned sessions on days before today without a mark, judged week by week: a week's commissioned sessions
// before today less the marks on its days before today. Without a pattern the sessions float within the week, so any
// mark of the week answers for them; with a pattern, marks are taken only on commissioned sessions, so this is the
// same as matching session by session.
export function unmarkedBefore(
  days: readonly CommissionedDay[],
  marks: ReadonlyMap<string, ReadonlyMap<Mark, number>>,
  today: string,
): number {
  const weeks = new Map<string, { commissioned: number; dates: Set<string> }>();
  for (const day of days) {
    if (day.date >= today) break;
    const key = weekStartOf(day.date);
    const week = weeks.get(key) ?? { commissioned: 0, dates: new Set<string>() };
    weeks.set(key, week);
    week.commissioned += day.sessions.length;
  }
  const marked = new Map<string, number>();
  for (const [date, kinds] of marks) {
    if (date >= today) continue;
    let n = 0;
    for (const count of kinds.values()) n += count;
    marked.set(weekStartOf(date), (marked.get(weekStartOf(date)) ?? 0) + n);
  }
  let unmarked = 0;
  for (const [key, week] of weeks) unmarked += Math.max(0, week.commissioned - (marked.get(key) ?? 0));
  return unmarked;
}
