// Pure: which line of the rate card in force prices a placement on a lot, or why none may. Quotes, matching and
// call-offs choose the same way, so a price the API quotes is a price it will award.
export interface CardLine<U extends string = string> {
  unit: U;
  pricePence: number;
}

export type LineRefusal = 'unit_not_allowed' | 'unit_not_on_rate_card' | 'price_above_ceiling';

export type LineChoice<U extends string> = { line: CardLine<U> } | { refusal: LineRefusal; detail: string };

export function chargeableLine<U extends string>(
  lot: { number: number; pricingUnits: readonly U[]; priceCeilingPence: number | null },
  lines: readonly CardLine<U>[],
  unit?: U,
): LineChoice<U> {
  // Framework clause: a lot fixes the pricing units it accepts; without one asked for, the lot's order decides.
  if (unit !== undefined && !lot.pricingUnits.includes(unit))
    return { refusal: 'unit_not_allowed', detail: `Lot ${lot.number} does not price by ${unit}.` };
  const chosen = unit ?? lot.pricingUnits.find((u) => lines.some((l) => l.unit === u));
  const line = lines.find((l) => l.unit === chosen);
  if (!line)
    return {
      refusal: 'unit_not_on_rate_card',
      detail: `The rate card in force does not price by ${unit ?? 'any unit of this lot'}.`,
    };
  // Framework clause: no unit price above the lot's price ceiling, even on a card approved before it was lowered.
  if (lot.priceCeilingPence !== null && line.pricePence > lot.priceCeilingPence)
    return {
      refusal: 'price_above_ceiling',
      detail: `${line.unit} price ${line.pricePence}p is above the lot ceiling of ${lot.priceCeilingPence}p.`,
    };
  return { line };
}
