import { INestApplicationContext } from '@nestjs/common';
import { AttendanceMarksService, ImportedMark } from '../attendance/attendance-marks.service';
import { AttendanceService } from '../attendance/attendance.service';
import { Mark } from '../attendance/engine/register-codes';
import { CallOffsService } from '../call-offs/call-offs.service';
import { Clock } from '../common/clock';
import { Random } from './demo-placements';

// Attendance for every accepted demo placement, every commissioned session before today: most children attend 85–95 %
// of sessions, one placement in eleven is a persistent absentee (70–85 %), and a few providers cancel the odd session.
// Written through the attendance service's own upsert, 5,000 marks a statement.
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
    // The chance a session is missed: 5–15 % for most, 15–30 % for a persistent absentee.
    const absence = persistent ? 0.15 + random.next() * 0.15 : 0.06 + random.next() * 0.07;
    const cancels = cancelling.has(placement.providerId) ? 0.03 : 0;
    const days = attendance.commissioned(
      placement,
      calendars.get(placement.commissionerOrganisationId)!,
      placement.startDate,
      today,
    );
    const sessions = days
      .filter((day) => day.date < today)
      .flatMap((day) => day.sessions.map((session) => ({ date: day.date, session })));
    // Exactly round(rate × sessions) of each, on sessions drawn at random: each child's rate is the one chosen.
    const order = random.shuffle(sessions.map((_, i) => i));
    const cancelled = new Set(order.slice(0, Math.round(cancels * sessions.length)));
    const absent = new Set(
      order.slice(cancelled.size, cancelled.size + Math.round(absence * sessions.length)),
    );
    sessions.forEach(({ date, session }, i) => {
      let mark: Mark = 'present';
      let minutesLate: number | undefined;
      if (cancelled.has(i)) mark = 'provider_cancelled';
      else if (absent.has(i))
        mark = random.chance(persistent ? 0.6 : 0.35) ? 'unauthorised_absence' : 'authorised_absence';
      else if (random.chance(0.06)) {
        mark = 'late';
        minutesLate = random.int(5, 40);
      } else if (random.chance(0.005)) mark = 'not_required';
      marks.push({ callOffId: placement.id, date, session, mark, ...(minutesLate ? { minutesLate } : {}) });
    });
    const any = sessions.length > 0;
    if (any) marked += 1;
  });
  const written = await app.get(AttendanceMarksService).importMarks(marks);
  return { placements: marked, marks: written };
}
