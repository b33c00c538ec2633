// Pure rules for provider identifiers and locations (no framework imports).

// DfE Get Information about Schools: a URN is 6 digits (7 for some newer establishments).
export const URN = /^\d{6,7}$/;
// UK Register of Learning Providers: a UKPRN is 8 digits starting with 1.
export const UKPRN = /^1\d{7}$/;
// Companies House: 8 characters, either 8 digits or a 2-letter prefix (SC, NI, OC, …) and 6 digits.
export const COMPANIES_HOUSE = /^([A-Z]{2}\d{6}|\d{8})$/;
// Charity Commission (England and Wales, optional -NN subsidiary), OSCR (SC) and CCNI (NIC) numbers.
export const CHARITY_NUMBER = /^(\d{6,8}(-\d{1,2})?|SC\d{6}|NIC\d{6})$/;

// Royal Mail format: outward code (area + district + optional sub-district), space, inward code (sector + unit).
const POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})$/;
export const NORMALISED_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/;

// Upper case with exactly one space before the inward code, or null when it is not a UK postcode.
export function normalisePostcode(value: string): string | null {
  const match = POSTCODE.exec(value.trim().toUpperCase());
  return match ? `${match[1]} ${match[2]}` : null;
}

// The outward code (e.g. BL9): the only part of a location the public directory shows.
export function postcodeDistrict(postcode: string): string {
  return postcode.split(' ')[0];
}

// The envelope of the United Kingdom, Scilly to Shetland and Northern Ireland to Lowestoft. It also holds
// Dublin and the French coast from Dieppe to Calais, so a location must further fall in one of UK_AREAS.
export const UK_LATITUDE = { min: 49.8, max: 60.9 };
export const UK_LONGITUDE = { min: -8.7, max: 1.8 };

interface Area {
  name: string;
  latitude: { min: number; max: number };
  longitude: { min: number; max: number };
}

// Boxes that together cover the UK (and the Isle of Man, inside the envelope) but no part of France and
// of the Republic of Ireland only the border counties beside Northern Ireland, whose border is no box.
// Sea inside a box is harmless: a provider's postcode says where it is on land.
export const UK_AREAS: readonly Area[] = [
  // North of 49.8, France lies east of Greenwich; the Cotentin and the Channel Islands lie south of 49.8.
  {
    name: 'Isles of Scilly, Cornwall and the Channel coast west of Greenwich',
    latitude: { min: 49.8, max: 51.0 },
    longitude: { min: -6.5, max: 0.0 },
  },
  // West of 1°E, France stays south of 49.95 (by Dieppe).
  {
    name: 'Sussex and Kent to Dungeness',
    latitude: { min: 50.0, max: 51.05 },
    longitude: { min: 0.0, max: 1.0 },
  },
  // North of 51.0, France is east of 1.8°E; the Republic's east coast is west of 5.99°W (Wicklow Head).
  {
    name: 'England and Wales from Folkestone to Morecambe Bay, with Anglesey and Lundy',
    latitude: { min: 51.0, max: 54.0 },
    longitude: { min: -5.75, max: 1.8 },
  },
  // No part of the island of Ireland lies east of 5.43°W (Burr Point).
  {
    name: 'Northern England, southern Scotland and the Isle of Man',
    latitude: { min: 54.0, max: 55.4 },
    longitude: { min: -5.4, max: 1.8 },
  },
  {
    name: 'Northern Ireland',
    latitude: { min: 54.0, max: 55.4 },
    longitude: { min: -8.2, max: -5.4 },
  },
  // North of 55.4, Ireland has only the islet of Inishtrahull; the rest is Scotland and the sea.
  {
    name: 'Scotland from Kintyre north, with the Hebrides, St Kilda, Orkney and Shetland',
    latitude: { min: 55.4, max: 60.9 },
    longitude: { min: -8.7, max: 1.8 },
  },
];

export function insideUk(latitude: number, longitude: number): boolean {
  return UK_AREAS.some(
    (area) =>
      latitude >= area.latitude.min &&
      latitude <= area.latitude.max &&
      longitude >= area.longitude.min &&
      longitude <= area.longitude.max,
  );
}
