import { looksLikeUpn } from './child-ref';

describe('UPN-shaped child references', () => {
  it.each(['A123456789012', 'a12345678901B', 'H 1234 5678 9012', 'K-123456789012'])('refuses %s', (ref) =>
    expect(looksLikeUpn(ref)).toBe(true),
  );
  it.each([
    'BURY-2026-0042',
    'A12345678901',
    'A1234567890123',
    '1234567890123',
    'AB23456789012',
    'child-7f3a',
  ])('accepts %s', (ref) => expect(looksLikeUpn(ref)).toBe(false));
});
