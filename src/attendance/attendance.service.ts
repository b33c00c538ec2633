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
  schoolWeeks,
  weekStartOf,
} from './engine/commissioned-sessions';
import { Mark } from './engine/register-codes';

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
    const calendars = new Map<string, SchoolCalendar>();
    for (const org of new Set(terms.map((t) => t.commissionerOrganisationId)))
      calendars.set(org, (await this.calendars.calendarFor(org, manager)).calendar);
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

// Commissioned sessions on days before today without a mark: each day's commissioned count less the marks that
// day (with a pattern, marks are only taken on commissioned sessions, so this is exact; without one, any session of
// the day answers for the day's commissioned sessions).
export function unmarkedBefore(
  days: readonly CommissionedDay[],
  marks: ReadonlyMap<string, ReadonlyMap<Mark, number>>,
  today: string,
): number {
  let unmarked = 0;
  for (const day of days) {
    if (day.date >= today) break;
    let marked = 0;
    for (const n of marks.get(day.date)?.values() ?? []) marked += n;
    unmarked += Math.max(0, day.sessions.length - marked);
  }
  return unmarked;
}
