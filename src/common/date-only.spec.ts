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
});
