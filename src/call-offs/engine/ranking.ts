// Pure direct-award ranking (Procurement Act 2023 s.45(4): an objective mechanism, run by machine and recorded).

export interface Weights {
  price: number;
  distance: number;
  quality: number;
}

export interface Candidate {
  providerId: string;
  totalPence: number;
  distanceKm: number | null;
  qualityScore: number;
}

export interface Ranked extends Candidate {
  rank: number;
  score: number;
  priceScore: number;
  distanceScore: number | null;
  qualityScore: number;
  qualityNormalised: number;
}

export interface Ranking {
  weightsApplied: Weights;
  rule: string;
  ranked: Ranked[];
}

const EARTH_RADIUS_KM = 6371.0088;

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

// Without a point to measure from, the distance weight is shared over price and quality in proportion to theirs.
export function effectiveWeights(weights: Weights, hasLocation: boolean): Weights {
  if (hasLocation || weights.distance === 0) return { ...weights };
  const rest = weights.price + weights.quality;
  if (rest === 0) return { price: 50, distance: 0, quality: 50 };
  return {
    price: weights.price + (weights.distance * weights.price) / rest,
    distance: 0,
    quality: weights.quality + (weights.distance * weights.quality) / rest,
  };
}

// 0–100 over the eligible set; when every candidate has the same value, all score 100.
function normaliser(values: number[], lowerIsBetter: boolean): (value: number) => number {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (max === min) return () => 100;
  return (value) =>
    lowerIsBetter ? (100 * (max - value)) / (max - min) : (100 * (value - min)) / (max - min);
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

export const RANKING_RULE =
  'score = Σ weight × normalised input / 100; price (quote total) and distance lower-is-better, quality higher-is-better, ' +
  'each normalised 0–100 over the eligible set (all equal → 100); ties broken by lower total, then shorter distance, then provider id.';

export function rank(candidates: Candidate[], weights: Weights, hasLocation: boolean): Ranking {
  const applied = effectiveWeights(weights, hasLocation);
  if (candidates.length === 0) return { weightsApplied: applied, rule: RANKING_RULE, ranked: [] };
  const price = normaliser(
    candidates.map((c) => c.totalPence),
    true,
  );
  const distances = candidates.map((c) => c.distanceKm).filter((d): d is number => d !== null);
  const distance = distances.length > 0 ? normaliser(distances, true) : () => 0;
  const quality = normaliser(
    candidates.map((c) => c.qualityScore),
    false,
  );
  const scored = candidates.map((c) => {
    const priceScore = price(c.totalPence);
    const distanceScore = hasLocation && c.distanceKm !== null ? distance(c.distanceKm) : null;
    const qualityNormalised = quality(c.qualityScore);
    const score =
      (applied.price * priceScore +
        applied.distance * (distanceScore ?? 0) +
        applied.quality * qualityNormalised) /
      100;
    return {
      providerId: c.providerId,
      totalPence: c.totalPence,
      distanceKm: c.distanceKm === null ? null : round4(c.distanceKm),
      qualityScore: c.qualityScore,
      rank: 0,
      score: round4(score),
      priceScore: round4(priceScore),
      distanceScore: distanceScore === null ? null : round4(distanceScore),
      qualityNormalised: round4(qualityNormalised),
    };
  });
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      a.totalPence - b.totalPence ||
      (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) ||
      // Ids are lower-case UUIDs: code-unit order, without the cost of a collator on thousands of ties.
      (a.providerId < b.providerId ? -1 : a.providerId > b.providerId ? 1 : 0),
  );
  scored.forEach((c, i) => (c.rank = i + 1));
  return { weightsApplied: applied, rule: RANKING_RULE, ranked: scored };
}
