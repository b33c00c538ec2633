import { effectiveWeights, haversineKm, rank } from './ranking';

describe('direct-award ranking', () => {
  const weights = { price: 40, distance: 20, quality: 40 };

  it('ranks the cheaper, nearer, better provider first and normalises each input to 0–100', () => {
    const result = rank(
      [
        { providerId: 'b', totalPence: 200_000, distanceKm: 10, qualityScore: 60 },
        { providerId: 'a', totalPence: 100_000, distanceKm: 2, qualityScore: 80 },
      ],
      weights,
      true,
    );
    expect(result.ranked.map((r) => [r.providerId, r.rank, r.score])).toEqual([
      ['a', 1, 100],
      ['b', 2, 0],
    ]);
  });

  it('shares the distance weight over price and quality when no point is given', () => {
    expect(effectiveWeights(weights, false)).toEqual({ price: 50, distance: 0, quality: 50 });
    const shared = effectiveWeights({ price: 50, distance: 30, quality: 20 }, false);
    expect(shared.price).toBeCloseTo(71.4286, 4);
    expect(shared.quality).toBeCloseTo(28.5714, 4);
    expect(shared.price + shared.distance + shared.quality).toBeCloseTo(100, 10);
  });

  it('lets weights trade price against quality', () => {
    const result = rank(
      [
        { providerId: 'cheap', totalPence: 100_000, distanceKm: null, qualityScore: 40 },
        { providerId: 'good', totalPence: 120_000, distanceKm: null, qualityScore: 90 },
      ],
      { price: 30, distance: 0, quality: 70 },
      false,
    );
    expect(result.ranked[0].providerId).toBe('good');
  });

  it('gives every candidate 100 on an input where they are all equal, and breaks score ties by price then id', () => {
    const result = rank(
      [
        { providerId: 'z', totalPence: 100, distanceKm: 5, qualityScore: 50 },
        { providerId: 'y', totalPence: 100, distanceKm: 5, qualityScore: 50 },
      ],
      weights,
      true,
    );
    expect(result.ranked.map((r) => [r.providerId, r.score])).toEqual([
      ['y', 100],
      ['z', 100],
    ]);
  });

  it('measures Bury town centre to Radcliffe as about 4 km', () => {
    expect(haversineKm(53.5933, -2.2966, 53.5615, -2.3268)).toBeCloseTo(4.1, 1);
  });
});
