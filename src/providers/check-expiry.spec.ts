import { defaultExpiry } from './check-expiry';

describe('default check expiry', () => {
  it('runs to the day before the anniversary', () => {
    expect(defaultExpiry('2026-09-01', 12)).toBe('2027-08-31');
    expect(defaultExpiry('2026-01-01', 1)).toBe('2026-01-31');
  });

  it('ends at the end of a shorter month when the anniversary day does not exist', () => {
    expect(defaultExpiry('2026-01-31', 1)).toBe('2026-02-28');
    expect(defaultExpiry('2028-02-29', 12)).toBe('2029-02-28');
  });

  it('crosses year ends', () => {
    expect(defaultExpiry('2026-11-15', 24)).toBe('2028-11-14');
  });
});
