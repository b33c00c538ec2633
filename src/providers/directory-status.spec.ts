import { canMoveTo } from './directory-status';

describe('directory status transitions', () => {
  it.each([
    ['applied', 'approved'],
    ['applied', 'conditionally_approved'],
    ['approved', 'suspended'],
    ['suspended', 'approved'],
    ['conditionally_approved', 'suspended'],
    ['suspended', 'conditionally_approved'],
    ['conditionally_approved', 'approved'],
    ['applied', 'removed'],
    ['suspended', 'removed'],
  ] as const)('allows %s → %s', (from, to) => expect(canMoveTo(from, to)).toBe(true));

  it.each([
    ['applied', 'suspended'],
    ['approved', 'approved'],
    ['approved', 'conditionally_approved'],
    ['removed', 'approved'],
    ['removed', 'removed'],
  ] as const)('refuses %s → %s', (from, to) => expect(canMoveTo(from, to)).toBe(false));
});
