import {
  CHARITY_NUMBER,
  COMPANIES_HOUSE,
  UKPRN,
  URN,
  normalisePostcode,
  postcodeDistrict,
} from './identifiers';

describe('provider identifiers', () => {
  it.each(['105361', '1053612'])('accepts the URN %s', (v) => expect(URN.test(v)).toBe(true));
  it.each(['10536', '10536123', '10536A'])('refuses the URN %s', (v) => expect(URN.test(v)).toBe(false));
  it.each(['10012345'])('accepts the UKPRN %s', (v) => expect(UKPRN.test(v)).toBe(true));
  it.each(['20012345', '1001234', '100123456'])('refuses the UKPRN %s', (v) =>
    expect(UKPRN.test(v)).toBe(false),
  );
  it.each(['01234567', 'SC123456', 'OC301234'])('accepts the Companies House number %s', (v) =>
    expect(COMPANIES_HOUSE.test(v)).toBe(true),
  );
  it.each(['1234567', 'S1234567', 'SCX12345', 'sc123456'])('refuses the Companies House number %s', (v) =>
    expect(COMPANIES_HOUSE.test(v)).toBe(false),
  );
  it.each(['1123456', '1123456-1', 'SC012345'])('accepts the charity number %s', (v) =>
    expect(CHARITY_NUMBER.test(v)).toBe(true),
  );
});

describe('postcodes', () => {
  it.each([
    ['bl9 0ej', 'BL9 0EJ'],
    ['BL90EJ', 'BL9 0EJ'],
    ['  m26   2sp ', 'M26 2SP'],
    ['EC1A 1BB', 'EC1A 1BB'],
    ['W1A 0AX', 'W1A 0AX'],
  ])('normalises %p to %p', (given, expected) => expect(normalisePostcode(given)).toBe(expected));

  it.each(['BL9', '90EJ BL', 'BL9 0E', 'ZZZ 0EJ', ''])('refuses %p', (given) =>
    expect(normalisePostcode(given)).toBeNull(),
  );

  it('gives the district only, for the public directory', () => {
    expect(postcodeDistrict('BL9 0EJ')).toBe('BL9');
    expect(postcodeDistrict('EC1A 1BB')).toBe('EC1A');
  });
});
