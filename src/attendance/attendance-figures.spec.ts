import { attendanceFigures, unmarkedBefore } from './attendance.service';
import { Mark } from './engine/register-codes';

const marks = (entries: [string, Mark, number][]) => {
  const out = new Map<string, Map<Mark, number>>();
  for (const [date, mark, n] of entries) out.set(date, new Map([...(out.get(date) ?? []), [mark, n]]));
  return out;
};

describe('unmarked past sessions', () => {
  const days = [
    { date: '2026-10-12', sessions: ['am' as const] },
    { date: '2026-10-13', sessions: ['am' as const] },
    { date: '2026-10-14', sessions: ['am' as const] },
    { date: '2026-10-19', sessions: ['am' as const, 'pm' as const] },
  ];

  it('counts commissioned sessions before today that no mark of their week answers', () => {
    expect(unmarkedBefore(days, marks([]), '2026-10-20')).toBe(5);
    expect(unmarkedBefore(days, marks([['2026-10-12', 'present', 1]]), '2026-10-20')).toBe(4);
  });

  it('lets any mark of the week answer for a floating session, but never for another week', () => {
    // Thursday and Friday marks answer for Monday to Wednesday of the same week (no pattern: sessions float).
    const thuFri = marks([
      ['2026-10-15', 'present', 1],
      ['2026-10-16', 'present', 2],
    ]);
    expect(unmarkedBefore(days, thuFri, '2026-10-20')).toBe(2);
  });

  it('does not count today or later', () => {
    expect(unmarkedBefore(days, marks([]), '2026-10-13')).toBe(1);
    expect(unmarkedBefore(days, marks([]), '2026-10-12')).toBe(0);
  });
});

describe('attendance figures', () => {
  const counts = {
    present: 16,
    late: 2,
    authorisedAbsence: 1,
    unauthorisedAbsence: 1,
    providerCancelled: 0,
    notRequired: 0,
  };

  it('calls 2 missed of 20 possible persistent absence (10 %), with 90 % attendance', () => {
    expect(attendanceFigures(counts, 20, 20, 0)).toMatchObject({
      attended: 18,
      missed: 2,
      attendancePercent: 90,
      persistentAbsence: true,
    });
  });

  it('takes sessions marked not required out of the possible sessions', () => {
    const figures = attendanceFigures({ ...counts, present: 14, notRequired: 2 }, 20, 20, 0);
    expect(figures).toMatchObject({ attended: 16, attendancePercent: 88.9, persistentAbsence: true });
  });

  it('never counts a provider cancellation as the child’s absence', () => {
    const figures = attendanceFigures(
      { ...counts, authorisedAbsence: 0, unauthorisedAbsence: 1, providerCancelled: 5 },
      20,
      20,
      0,
    );
    expect(figures).toMatchObject({ missed: 1, persistentAbsence: false });
  });

  it('bases percentages on the commissioned sessions to date, not those still to come', () => {
    const figures = attendanceFigures(
      { ...counts, authorisedAbsence: 0, unauthorisedAbsence: 0, late: 0, present: 10 },
      40,
      10,
      0,
    );
    expect(figures).toMatchObject({ commissionedSessions: 40, attendancePercent: 100 });
  });
});
