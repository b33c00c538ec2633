import { DirectoryStatusValue } from './eligibility';

// DESIGN §1: applied → approved | conditionally_approved; those ↔ suspended; any → removed, which is final.
// conditionally_approved → approved is also allowed: the conditions were met (framework due-diligence clause).
const NEXT: Record<DirectoryStatusValue, readonly DirectoryStatusValue[]> = {
  applied: ['approved', 'conditionally_approved', 'removed'],
  approved: ['suspended', 'removed'],
  conditionally_approved: ['approved', 'suspended', 'removed'],
  suspended: ['approved', 'conditionally_approved', 'removed'],
  removed: [],
};

export function canMoveTo(from: DirectoryStatusValue, to: DirectoryStatusValue): boolean {
  return NEXT[from].includes(to);
}
