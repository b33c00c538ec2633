import { chargeableLine } from './chargeable-line';

describe('chargeableLine', () => {
  type Unit = 'day' | 'session' | 'hour';
  const lot = {
    number: 2,
    pricingUnits: ['day', 'session'] as Unit[],
    priceCeilingPence: 20_000 as number | null,
  };
  const lines: { unit: Unit; pricePence: number }[] = [
    { unit: 'session', pricePence: 9_000 },
    { unit: 'day', pricePence: 18_500 },
  ];

  it("takes the first of the lot's units the card prices, or the unit asked for", () => {
    expect(chargeableLine(lot, lines)).toEqual({ line: { unit: 'day', pricePence: 18_500 } });
    expect(chargeableLine(lot, lines, 'session')).toEqual({ line: { unit: 'session', pricePence: 9_000 } });
  });

  it('refuses a unit the lot does not use, and a card that prices none of its units', () => {
    const lotWithHours = {
      ...lot,
      pricingUnits: ['day', 'session', 'hour'] as ('day' | 'session' | 'hour')[],
    };
    expect(chargeableLine(lot, lines, 'hour')).toMatchObject({
      refusal: 'unit_not_allowed',
    });
    expect(chargeableLine(lotWithHours, lines, 'hour')).toMatchObject({ refusal: 'unit_not_on_rate_card' });
    expect(chargeableLine(lot, [])).toMatchObject({ refusal: 'unit_not_on_rate_card' });
  });

  it('refuses a price above the ceiling, and takes one at it', () => {
    expect(chargeableLine({ ...lot, priceCeilingPence: 18_499 }, lines)).toEqual({
      refusal: 'price_above_ceiling',
      detail: 'day price 18500p is above the lot ceiling of 18499p.',
    });
    expect(chargeableLine({ ...lot, priceCeilingPence: 18_500 }, lines)).toMatchObject({
      line: { unit: 'day' },
    });
    expect(chargeableLine({ ...lot, priceCeilingPence: null }, lines)).toMatchObject({
      line: { unit: 'day' },
    });
  });
});
