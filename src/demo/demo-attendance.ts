import { INestApplicationContext } from '@nestjs/common';
import { AttendanceMarksService, ImportedMark } from '../attendance/attendance-marks.service';
import { AttendanceService } from '../attendance/attendance.service';
import { Mark } from '../attendance/engine/register-codes';
import { CallOffsService } from '../call-offs/call-offs.service';
import { Clock } from '../common/clock';
import { Random } from './demo-placements';

// Attendance for every accepted demo placement, every commissioned session up to and including today (the demo is seen
// at the end of its day, registers taken): most children attend 85–95 % of sessions, one placement in eleven is a
// persistent absentee (about 72–85 %, missing 14–26 % of sessions), and a few providers cancel the odd session (3 %).
// Deterministic (a seeded generator), and exact: each child misses round(rate × sessions) sessions, so a placement's
// percentage is the rate chosen for it, to the granularity of its sessions. Written through the attendance service's
// own upsert, 5,000 marks a statement.
export async function seedAttendance(
  app: INestApplicationContext,
): Promise<{ placements: number; marks: number }> {
  const today = app.get(Clock).today();
  const attendance = app.get(AttendanceService);
  const placements = await app.get(CallOffsService).acceptedOverlapping('2000-01-01', today);
  const calendars = await attendance.calendarsOf(placements);
  const random = new Random(19_08_2024);
  // Providers that now and then cancel a session (staff sickness, a minibus off the road).
  const cancelling = new Set(placements.filter((_, i) => i % 7 === 3).map((p) => p.providerId));
  const marks: ImportedMark[] = [];
  let marked = 0;
  placements.forEach((placement, index) => {
    const persistent = index % 11 === 5;
    // The share of sessions the child misses: 5–9 % for most (attending 91–95 %, or 88–92 % where the provider also
    // cancels 3 %), 14–26 % for a persistent absentee (DfE: missing 10 % or more of possible sessions).
    const absence = persistent ? 0.14 + random.next() * 0.12 : 0.05 + random.next() * 0.04;
    const cancels = cancelling.has(placement.providerId) ? 0.03 : 0;
    const days = attendance.commissioned(
      placement,
      calendars.get(placement.commissionerOrganisationId)!,
      placement.startDate,
      today,
    );
    const sessions = days
      .filter((day) => day.date <= today)
      .flatMap((day) => day.sessions.map((session) => ({ date: day.date, session })));
    // Exact counts on sessions drawn at random, so each child's figures are the rates chosen for it. A session now and
    // then is not required (in school that day); a child who is not a persistent absentee misses at least its rate
    // (rounded up) but fewer than 10 % of its possible sessions, however few they are.
    const n = sessions.length;
    const order = random.shuffle(sessions.map((_, i) => i));
    const cancelled = new Set(order.slice(0, Math.round(cancels * n)));
    const notRequired = new Set(
      order.slice(cancelled.size, cancelled.size + (n >= 40 && random.chance(0.3) ? 1 : 0)),
    );
    const possible = n - notRequired.size;
    const missed = persistent
      ? Math.round(absence * possible)
      : Math.min(Math.ceil(absence * possible), Math.ceil(possible / 10) - 1);
    const first = cancelled.size + notRequired.size;
    const absent = new Set(order.slice(first, first + missed));
    sessions.forEach(({ date, session }, i) => {
      let mark: Mark = 'present';
      let minutesLate: number | undefined;
      if (cancelled.has(i)) mark = 'provider_cancelled';
      else if (notRequired.has(i)) mark = 'not_required';
      else if (absent.has(i))
        mark = random.chance(persistent ? 0.6 : 0.35) ? 'unauthorised_absence' : 'authorised_absence';
      else if (random.chance(0.06)) {
        mark = 'late';
        minutesLate = random.int(5, 40);
      }
      marks.push({ callOffId: placement.id, date, session, mark, ...(minutesLate ? { minutesLate } : {}) });
    });
    if (n > 0) marked += 1;
  });
  const written = await app.get(AttendanceMarksService).importMarks(marks);
  return { placements: marked, marks: written };
}
