import { latestEndDate, termTooLong } from './framework-term';

describe('framework term rules', () => {
  it('lets a closed framework run exactly four years, to the day before the fourth anniversary', () => {
    expect(termTooLong('closed', '2027-04-01', '2031-03-31', 4)).toBeNull();
  });

  it('refuses a closed framework one day longer than four years', () => {
    expect(termTooLong('closed', '2027-04-01', '2031-04-01', 4)).toEqual({ years: 4, latest: '2031-03-31' });
  });

  it('lets an open framework run eight years but not a day more', () => {
    expect(termTooLong('open', '2027-04-01', '2035-03-31', 4)).toBeNull();
    expect(termTooLong('open', '2027-04-01', '2035-04-01', 4)).not.toBeNull();
  });

  it('holds a light-touch framework to its own maxTermYears, ignoring the closed-framework cap', () => {
    expect(termTooLong('light_touch_closed', '2021-09-01', '2028-08-31', 7)).toBeNull();
    expect(termTooLong('light_touch_closed', '2021-09-01', '2028-09-01', 7)).not.toBeNull();
    expect(termTooLong('light_touch_open', '2027-04-01', '2031-04-01', 4)).not.toBeNull();
  });

  it('ends a term that starts on 29 February on 28 February', () => {
    expect(latestEndDate('2028-02-29', 1)).toBe('2029-02-28');
    expect(latestEndDate('2028-02-29', 4)).toBe('2032-02-28');
  });

  it('ends a term the day before its anniversary across month and year ends', () => {
    expect(latestEndDate('2027-01-01', 4)).toBe('2030-12-31');
    expect(latestEndDate('2027-03-01', 1)).toBe('2028-02-29');
    expect(latestEndDate('2028-03-01', 1)).toBe('2029-02-28');
    expect(latestEndDate('2027-05-01', 4)).toBe('2031-04-30');
  });

  it('caps the latest end date at 9999-12-31 rather than writing a six-digit year', () => {
    expect(latestEndDate('9999-01-01', 4)).toBe('9999-12-31');
    expect(latestEndDate('9996-01-02', 4)).toBe('9999-12-31');
    expect(latestEndDate('9996-01-01', 4)).toBe('9999-12-31');
    expect(latestEndDate('9995-06-01', 4)).toBe('9999-05-31');
  });

  it('lets a one-year closed framework in 9999 run to 9999-12-31', () => {
    expect(termTooLong('closed', '9999-01-01', '9999-12-31', 4)).toBeNull();
    expect(termTooLong('open', '9998-06-01', '9999-12-31', 4)).toBeNull();
  });
});
