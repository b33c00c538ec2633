import type { Weights } from './engine/ranking';

// One reason a provider cannot take a placement: its standing on the lot (from eligibility), or the placement's
// own limits (no_rate_card, above_ceiling, capacity_exhausted, registration_threshold).
export interface Reason {
  code: string;
  detail: string;
  // capacity_exhausted: the first day fewer sessions are free than the placement needs.
  firstShortDate?: string;
}

export interface Exclusion {
  providerId: string;
  name: string;
  reasons: Reason[];
}

export interface RankingEntry {
  providerId: string;
  rank: number;
  score: number;
  inputs: { totalPence: number; distanceKm: number | null; qualityScore: number };
  scores: { price: number; distance: number | null; quality: number };
}

// The direct award as it stood when the call-off was raised (Procurement Act 2023 s.45(4)): the inputs, the lot's
// weights and those applied, the rule, every ranked provider, every excluded one with its reasons, and the choice.
export interface AwardEvidence {
  method: 'direct';
  calculatedAt: string;
  inputs: {
    startDate: string;
    endDate: string;
    sessionsPerWeek: number;
    location: { latitude: number; longitude: number } | null;
  };
  weights: Weights;
  weightsApplied: Weights;
  rule: string;
  ranking: RankingEntry[];
  excluded: Exclusion[];
  chosenProviderId: string;
  chosenRank: number;
  selection: 'named_by_commissioner' | 'top_ranked';
  justification: string | null;
}
