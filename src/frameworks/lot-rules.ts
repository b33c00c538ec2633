import { RuleViolation } from '../common/domain-error';
import { Lot } from './lot.entity';

// Lot rule (the framework's lot terms): the most sessions a week one placement may buy. Quotes, matching, raising a
// call-off and changing its sessions all hold to it.
export function assertWithinLotMaximum(lot: Lot, sessionsPerWeek: number): void {
  if (lot.maxSessionsPerWeek !== null && sessionsPerWeek > lot.maxSessionsPerWeek)
    throw new RuleViolation(
      'sessions_above_lot_maximum',
      `Lot ${lot.number} allows at most ${lot.maxSessionsPerWeek} sessions a week.`,
      { maxSessionsPerWeek: lot.maxSessionsPerWeek },
    );
}
