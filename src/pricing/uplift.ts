// Pure rule: which lines of a new card rise by more than the framework's annual uplift cap over the card in force.
import { compare, multiply, parseDecimal, add, fromInteger, divide } from './engine/decimal';

export interface PricedLine {
  unit: string;
  pricePence: number;
}

export interface UpliftBreach {
  unit: string;
  currentPencePerUnit: number;
  proposedPencePerUnit: number;
}

// Framework clause: a yearly rise above annualUpliftCapPercent needs an admin override with a reason.
export function upliftBreaches(
  current: PricedLine[],
  proposed: PricedLine[],
  capPercent: string,
): UpliftBreach[] {
  const factor = add(fromInteger(1), divide(parseDecimal(capPercent), fromInteger(100)));
  const breaches: UpliftBreach[] = [];
  for (const line of proposed) {
    const before = current.find((c) => c.unit === line.unit);
    if (!before) continue;
    if (compare(fromInteger(line.pricePence), multiply(fromInteger(before.pricePence), factor)) > 0)
      breaches.push({
        unit: line.unit,
        currentPencePerUnit: before.pricePence,
        proposedPencePerUnit: line.pricePence,
      });
  }
  return breaches;
}
