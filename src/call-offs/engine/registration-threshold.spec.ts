import { registrationBreach } from './registration-threshold';

const place = (from: string, to: string, lookedAfterOrEhcp = false) => ({ from, to, lookedAfterOrEhcp });

describe('independent-school registration threshold (Education Act 1996 s.463)', () => {
  const next = place('2026-11-02', '2027-03-31');

  it('allows a fifth pupil when only three others overlap (4 at once)', () => {
    const existing = [1, 2, 3].map(() => place('2026-09-01', '2027-07-21'));
    expect(registrationBreach(existing, next)).toBeNull();
  });

  it('refuses when four others overlap, making 5 at once, naming the date', () => {
    const existing = [1, 2, 3, 4].map(() => place('2026-09-01', '2027-07-21'));
    expect(registrationBreach(existing, next)).toEqual({
      kind: 'five_or_more',
      date: '2026-11-02',
      pupils: 5,
    });
  });

  it('counts pupils at once, not in total: four that never overlap each other are fine', () => {
    const existing = [
      place('2026-11-02', '2026-11-30'),
      place('2026-12-01', '2026-12-31'),
      place('2027-01-01', '2027-01-31'),
      place('2027-02-01', '2027-03-31'),
    ];
    expect(registrationBreach(existing, next)).toBeNull();
  });

  it('refuses a single looked-after or EHC-plan pupil', () => {
    expect(registrationBreach([], place('2026-11-02', '2027-03-31', true))).toEqual({
      kind: 'looked_after_or_ehcp',
      date: '2026-11-02',
    });
  });

  it('refuses when a looked-after pupil is already placed full time at the same time', () => {
    expect(registrationBreach([place('2027-01-04', '2027-02-28', true)], next)).toEqual({
      kind: 'looked_after_or_ehcp',
      date: '2027-01-04',
    });
  });

  it('ignores placements that do not overlap', () => {
    const existing = [1, 2, 3, 4].map(() => place('2026-09-01', '2026-10-30'));
    expect(registrationBreach(existing, next)).toBeNull();
  });
});
