import {
  CHARITY_NUMBER,
  COMPANIES_HOUSE,
  UKPRN,
  UK_AREAS,
  UK_LATITUDE,
  UK_LONGITUDE,
  URN,
  insideUk,
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

describe('locations in the United Kingdom', () => {
  it.each([
    ['London', 51.5074, -0.1278],
    ['Bury', 53.5933, -2.2967],
    ['Belfast', 54.5973, -5.9301],
    ['Derry', 54.9966, -7.3086],
    ['Enniskillen', 54.3438, -7.6315],
    ['Newry', 54.1751, -6.3402],
    ['Dover', 51.1279, 1.3134],
    ['Folkestone', 51.0814, 1.1695],
    ['Dungeness', 50.9137, 0.9764],
    ['Brighton', 50.8225, -0.1372],
    ['Penzance', 50.1188, -5.5371],
    ['Lizard Point', 49.9597, -5.2069],
    ["St Mary's, Isles of Scilly", 49.9146, -6.3133],
    ['Lerwick', 60.1546, -1.1494],
    ['Kirkwall', 58.981, -2.96],
    ['Stornoway', 58.209, -6.3866],
    ['Margate', 51.3813, 1.3862],
    ['Lowestoft', 52.4811, 1.75],
    ['Holyhead', 53.3094, -4.633],
    ["St David's", 51.8812, -5.266],
    ['Campbeltown', 55.4254, -5.6049],
    ['Stranraer', 54.9027, -5.027],
    ['Douglas, Isle of Man', 54.1523, -4.4861],
  ])('places %s inside the UK', (_, latitude, longitude) => {
    expect(insideUk(latitude, longitude)).toBe(true);
  });

  it.each([
    ['Dublin', 53.3498, -6.2603],
    ['Drogheda', 53.7179, -6.3561],
    ['Wicklow', 52.9808, -6.0446],
    ['Wexford', 52.3369, -6.4633],
    ['Cork', 51.8985, -8.4756],
    ['Boulogne-sur-Mer', 50.7264, 1.6147],
    ['Calais', 50.9513, 1.8587],
    ['Wissant', 50.8856, 1.6622],
    ['Le Touquet', 50.5211, 1.5853],
    ['Dieppe', 49.9229, 1.0775],
    ['Saint-Valery-en-Caux', 49.8693, 0.7127],
    ['St Helier, Jersey', 49.1868, -2.1065],
    ['Paris', 48.8566, 2.3522],
  ])('places %s outside the UK', (_, latitude, longitude) => {
    expect(insideUk(latitude, longitude)).toBe(false);
  });

  it('keeps every area within the envelope the DTO and the database check', () => {
    for (const area of UK_AREAS) {
      expect(area.latitude.min).toBeGreaterThanOrEqual(UK_LATITUDE.min);
      expect(area.latitude.max).toBeLessThanOrEqual(UK_LATITUDE.max);
      expect(area.longitude.min).toBeGreaterThanOrEqual(UK_LONGITUDE.min);
      expect(area.longitude.max).toBeLessThanOrEqual(UK_LONGITUDE.max);
    }
  });
});
