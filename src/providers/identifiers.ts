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

// The bounding box of the United Kingdom, Scilly to Shetland and Northern Ireland to Lowestoft.
export const UK_LATITUDE = { min: 49.8, max: 60.9 };
export const UK_LONGITUDE = { min: -8.7, max: 1.8 };
