import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/role';
import { SchoolCalendar } from '../calendar/engine/school-calendar';
import { AttendanceTerms, CallOffsService } from '../call-offs/call-offs.service';
import { Clock } from '../common/clock';
import { BadRequestError, FieldError, RuleViolation } from '../common/domain-error';
import { bareArray, textArray } from '../database/array-literal';
import { Together } from '../database/together';
import { EventsService } from '../events/events.service';
import { uuid7 } from '../events/uuid7';
import { AttendanceService } from './attendance.service';
import {
  AttendanceRecordedDto,
  MAX_MARKS_PER_REQUEST,
  MarkInputDto,
  RecordAttendanceDto,
  markShapeErrors,
  RecordedMarkDto,
} from './dto/attendance.dto';
import { Session, patternSessionOf } from './engine/commissioned-sessions';
import { Mark, arrangedByFor, registerCodeFor } from './engine/register-codes';
import { LOCK_PLACEMENTS_SQL, MarkColumns, UpsertedMarkRow, upsertMarksPart } from './mark-upsert';

// The one writer of attendance marks (DESIGN §1 Attendance). A batch is checked mark by mark first; one bad mark
// refuses the batch, naming every bad mark, and nothing is stored. A good batch is written in one transaction by a
// few set-based statements, with its absence events and its audit entry.
@Injectable()
export class AttendanceMarksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly callOffs: CallOffsService,
    private readonly attendance: AttendanceService,
    private readonly events: EventsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async record(caller: Caller, input: RecordAttendanceDto): Promise<AttendanceRecordedDto> {
    const shapes = markShapeErrors(input.marks);
    if (shapes.length > 0)
      throw new BadRequestError(
        'validation_failed',
        `The request has ${shapes.length} invalid field${shapes.length === 1 ? '' : 's'}.`,
        shapes,
      );
    const ids = [...new Set(input.marks.map((m) => m.callOffId.toLowerCase()))];
    const terms = new Map((await this.callOffs.attendanceTerms(ids)).map((t) => [t.id, t]));
    const calendars = await this.attendance.calendarsOf([...terms.values()]);
    const today = this.clock.today();
    const errors: FieldError[] = [];
    // A mark repeated in the batch is found by one integer for its (call-off, date, session), not a string a mark.
    const seen = new Map<number, number>();
    const placeOf = new Map(ids.map((id, n) => [id, n]));
    const dayOf = new Map<string, number>();
    const columns = emptyColumns();
    input.marks.forEach((mark, i) => {
      const id = mark.callOffId.toLowerCase();
      const t = terms.get(id);
      const problem = markProblem(caller, mark, t, t && calendars.get(t.commissionerOrganisationId)!, today);
      let day = dayOf.get(mark.date);
      if (day === undefined) dayOf.set(mark.date, (day = dayOf.size));
      // At most MAX_MARKS_PER_REQUEST (5,000) placements and dates: well within a small integer.
      const key = (placeOf.get(id)! * 8192 + day) * 2 + (mark.session === 'pm' ? 1 : 0);
      const earlier = seen.get(key);
      if (problem) errors.push({ field: `marks.${i}.${problem.field}`, message: problem.message });
      else if (earlier !== undefined)
        errors.push({
          field: `marks.${i}.session`,
          message: `marks.${i} marks the same call-off, date and session as marks.${earlier}`,
        });
      seen.set(key, earlier ?? i);
      if (t) addColumns(columns, mark, t);
    });
    if (errors.length > 0)
      throw new RuleViolation(
        'attendance_marks_refused',
        `${errors.length} of the ${input.marks.length} marks cannot be recorded; nothing was stored.`,
        { errors },
      );

    const written = await this.write(caller, ids, columns, terms, input.marks.length);
    // Every mark was created at version 1 but those the upsert names.
    const marks: RecordedMarkDto[] = input.marks.map((mark, i) => ({
      callOffId: columns.callOffIds[i],
      date: mark.date,
      session: mark.session,
      mark: mark.mark,
      registerCode: columns.registerCodes[i],
      version: 1,
      outcome: 'created',
    }));
    for (const row of written) {
      marks[row.ord - 1].version = row.version;
      marks[row.ord - 1].outcome = row.outcome;
    }
    return {
      received: input.marks.length,
      created: marks.filter((m) => m.outcome === 'created').length,
      corrected: marks.filter((m) => m.outcome === 'corrected').length,
      unchanged: marks.filter((m) => m.outcome === 'unchanged').length,
      marks,
    };
  }

  // Marks made by the service itself (the demo dataset): already known to be for school days of accepted placements,
  // written by the same statements as a provider's, a batch of up to 5,000 at a time.
  async importMarks(marks: ImportedMark[]): Promise<number> {
    let written = 0;
    for (let i = 0; i < marks.length; i += MAX_MARKS_PER_REQUEST) {
      const batch = marks.slice(i, i + MAX_MARKS_PER_REQUEST);
      const ids = [...new Set(batch.map((m) => m.callOffId))];
      const terms = new Map((await this.callOffs.attendanceTerms(ids)).map((t) => [t.id, t]));
      const columns = emptyColumns();
      for (const mark of batch) addColumns(columns, mark, terms.get(mark.callOffId)!);
      const rows = await this.write(null, ids, columns, terms, batch.length);
      written += batch.length - rows.filter((r) => r.outcome === 'unchanged').length;
    }
    return written;
  }

  // One transaction of two statements besides BEGIN and COMMIT: lock the placements, then one statement that upserts
  // the marks and writes the absence events and the audit entry from what the upsert changed.
  private async write(
    caller: Caller | null,
    ids: string[],
    columns: MarkColumns,
    terms: Map<string, AttendanceTerms>,
    received: number,
  ): Promise<UpsertedMarkRow[]> {
    const now = this.clock.now();
    // Per placement of the batch (the upsert's $8 order): the id its absence event would take, and what it carries.
    const placements = [...columns.placements.keys()].map((id) => terms.get(id)!);
    const absence = {
      eventIds: bareArray(placements.map(() => uuid7())),
      frameworkIds: bareArray(placements.map((t) => t.frameworkId)),
      registerCodes: textArray(
        placements.map((t) => registerCodeFor('unauthorised_absence', arrangedByFor(t.statutoryBasis)).code),
      ),
    };
    return this.dataSource.transaction(async (manager) => {
      await manager.query(LOCK_PLACEMENTS_SQL, [ids]);
      const together = new Together();
      let rows: UpsertedMarkRow[] = [];
      together.add(upsertMarksPart(columns, caller?.keyId ?? null, now), (value) => {
        rows = value as UpsertedMarkRow[];
      });
      // DESIGN §1 Attendance: an unauthorised absence is the same-day safeguarding alert, to the child's two parties:
      // one event a placement with a mark newly unauthorised, naming those sessions in date order.
      this.events.appendSelectedWithin(together, 'attendance.absence_recorded', {
        sql: `SELECT min(i.ord) AS n, e.id, c.call_off_id AS subject_id, NULL::int AS subject_version, e.framework_id,
                     c.commissioner_organisation_id, c.provider_id,
                     jsonb_build_object('mark', 'unauthorised_absence', 'registerCode', e.register_code,
                       'sessions', jsonb_agg(jsonb_build_object('date', c.date, 'session', c.session)
                                             ORDER BY c.date, c.session::text)) AS payload
                FROM marks_changes c
                JOIN marks_input i USING (call_off_id, date, session)
                JOIN unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[])
                  AS e(call_off_id, id, framework_id, register_code) USING (call_off_id)
               WHERE c.mark = 'unauthorised_absence' AND c.old_mark IS DISTINCT FROM 'unauthorised_absence'
               GROUP BY c.call_off_id, e.id, e.framework_id, e.register_code, c.commissioner_organisation_id,
                        c.provider_id`,
        params: [
          bareArray([...columns.placements.keys()]),
          absence.eventIds,
          absence.frameworkIds,
          absence.registerCodes,
        ],
      });
      this.audit.recordWithin(
        together,
        {
          caller,
          action: 'recordAttendance',
          subject: { type: 'attendance', id: null },
          input: { marks: received, callOffIds: ids.length <= 50 ? ids : ids.length },
        },
        // Every mark but those sent again unchanged.
        { written: '(SELECT count(*) FROM marks_written)' },
      );
      await together.run(manager);
      return rows;
    });
  }
}

export interface ImportedMark {
  callOffId: string;
  date: string;
  session: Session;
  mark: Mark;
  minutesLate?: number;
}

function emptyColumns(): MarkColumns {
  return {
    callOffIds: [],
    dates: [],
    sessions: [],
    marks: [],
    minutesLate: [],
    notes: [],
    registerCodes: [],
    placements: new Map(),
  };
}

function addColumns(
  columns: MarkColumns,
  mark: { date: string; session: Session; mark: Mark; minutesLate?: number; note?: string },
  t: AttendanceTerms,
): void {
  columns.callOffIds.push(t.id);
  columns.dates.push(mark.date);
  columns.sessions.push(mark.session);
  columns.marks.push(mark.mark);
  columns.minutesLate.push(mark.minutesLate ?? null);
  columns.notes.push(mark.note ?? null);
  columns.registerCodes.push(registerCodeFor(mark.mark, arrangedByFor(t.statutoryBasis)).code);
  if (!columns.placements.has(t.id))
    columns.placements.set(t.id, {
      organisationId: t.commissionerOrganisationId,
      providerId: t.providerId,
      lotId: t.lotId,
    });
}

// Why one mark cannot be recorded, naming its field; null when it can.
function markProblem(
  caller: Caller,
  mark: MarkInputDto,
  terms: AttendanceTerms | undefined,
  calendar: SchoolCalendar | undefined,
  today: string,
): { field: string; message: string } | null {
  // DESIGN §2: a record outside the caller's scope is answered as not found, never as someone else's.
  if (!terms || terms.providerId !== caller.providerId)
    return { field: 'callOffId', message: 'No call-off addressed to you has this id.' };
  if (!terms.accepted)
    return {
      field: 'callOffId',
      message: 'The call-off is not an accepted placement: it has no sessions to mark.',
    };
  if (mark.minutesLate !== undefined && mark.mark !== 'late')
    return { field: 'minutesLate', message: 'minutesLate goes with a late mark only.' };
  if (mark.date > today)
    return { field: 'date', message: `${mark.date} is in the future: marks record what happened.` };
  if (mark.date < terms.startDate || mark.date > terms.endDate)
    return {
      field: 'date',
      message: `${mark.date} is outside the placement (${terms.startDate} to ${terms.endDate}).`,
    };
  let schoolDay: boolean;
  try {
    schoolDay = calendar!.isSchoolDay(mark.date);
  } catch {
    schoolDay = false;
  }
  // DESIGN §1: AP is term-time only, in the commissioner's calendar.
  if (!schoolDay)
    return { field: 'date', message: `${mark.date} is not a school day in the commissioner's calendar.` };
  // With a weekly pattern, only its sessions are commissioned (DESIGN §1 Attendance); without one, any session of a
  // school day in the placement may be marked.
  const period = terms.segments.find((s) => s.from <= mark.date && mark.date <= s.to);
  if (period?.pattern && period.pattern.length > 0) {
    const code = patternSessionOf(mark.date, mark.session);
    if (!code || !period.pattern.includes(code))
      return {
        field: 'session',
        message: `${code ?? mark.session} is not a commissioned session of the placement's pattern (${period.pattern.join(', ')}).`,
      };
  }
  return null;
}
