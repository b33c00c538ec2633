import { upliftBreaches } from './uplift';

describe('annual uplift cap', () => {
  it('allows a rise of exactly the cap', () => {
    expect(
      upliftBreaches([{ unit: 'day', pricePence: 10000 }], [{ unit: 'day', pricePence: 10300 }], '3'),
    ).toEqual([]);
  });

  it('flags a rise of a penny more than the cap', () => {
    expect(
      upliftBreaches([{ unit: 'day', pricePence: 10000 }], [{ unit: 'day', pricePence: 10301 }], '3'),
    ).toEqual([{ unit: 'day', currentPencePerUnit: 10000, proposedPencePerUnit: 10301 }]);
  });

  it('ignores units the current card does not price and price cuts', () => {
    expect(
      upliftBreaches(
        [{ unit: 'day', pricePence: 10000 }],
        [
          { unit: 'day', pricePence: 9000 },
          { unit: 'hour', pricePence: 99999 },
        ],
        '3',
      ),
    ).toEqual([]);
  });

  it('handles a fractional cap exactly', () => {
    expect(
      upliftBreaches([{ unit: 'session', pricePence: 6000 }], [{ unit: 'session', pricePence: 6150 }], '2.5'),
    ).toEqual([]);
    expect(
      upliftBreaches([{ unit: 'session', pricePence: 6000 }], [{ unit: 'session', pricePence: 6151 }], '2.5'),
    ).toHaveLength(1);
  });
});
