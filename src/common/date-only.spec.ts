import { isDateOnly, todayIso } from './date-only';

describe('isDateOnly', () => {
  it.each(['2026-09-03', '2028-02-29'])('accepts the real date %s', (value) =>
    expect(isDateOnly(value)).toBe(true),
  );
  it.each(['2026-02-30', '2027-02-29', '2026-9-3', '2026-09-03T00:00:00Z', '', 20260903, null])(
    'refuses %p',
    (value) => expect(isDateOnly(value)).toBe(false),
  );
});

describe('todayIso', () => {
  it('uses the London date, so 23:30 UTC in British Summer Time is already tomorrow', () => {
    expect(todayIso(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayIso(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('answers each instant with its own date, second by second across London midnights and clock changes', () => {
    // Midnight in winter (UTC) and in summer (23:00 UTC), and the nights the clocks change (29 March, 25 October).
    const nights = [
      '2026-01-15T00:00:00Z',
      '2026-07-15T23:00:00Z',
      '2026-03-29T00:00:00Z',
      '2026-10-24T23:00:00Z',
    ];
    for (const night of nights) {
      const midnight = new Date(night).getTime();
      for (let ms = midnight - 90_000; ms <= midnight + 90_000; ms += 997) {
        const at = new Date(ms);
        const london = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(at);
        expect({ at: at.toISOString(), date: todayIso(at) }).toEqual({ at: at.toISOString(), date: london });
      }
    }
  });
});
