import { hundredths } from './outcome-types';

// Outcome payments (DESIGN §1 Attendance, reviews and outcomes): the at-risk share of a placement's price is
// released by verified claims, capped per child and per provider per financial year. Integer pence throughout.

export type CapApplied = 'none' | 'per_child' | 'per_provider_year';

export interface FinancialYearPart {
  financialYear: string;
  totalPence: number;
}

export interface PlacementValue {
  basePence: number;
  totalPence: number;
  byFinancialYear: readonly FinancialYearPart[];
}

// A claim's price before caps: round half up(at-risk pence × share% ÷ 100).
export function uncappedPayment(atRiskPence: number, sharePercent: string): number {
  assertPence(atRiskPence);
  const share = hundredths(sharePercent);
  // atRisk × share/10000, round half up: floor((2 × atRisk × share + 10000) ÷ 20000), exact for any realistic pot.
  return Number((2n * BigInt(atRiskPence) * BigInt(share) + 10_000n) / 20_000n);
}

// A placement's base value in one financial year: its base share of that year's part of the price, round half up
// (the placement's base ÷ total is the same in every year: DESIGN §1 Prices, values apportioned by school days).
export function baseInFinancialYear(placement: PlacementValue, financialYear: string): number {
  const part = placement.byFinancialYear.find((p) => p.financialYear === financialYear);
  if (!part || placement.totalPence === 0) return 0;
  const numerator = BigInt(part.totalPence) * BigInt(placement.basePence);
  const denominator = BigInt(placement.totalPence);
  return Number((2n * numerator + denominator) / (2n * denominator));
}

// The provider's outcome-payment cap in a year: cap% of its base value there, rounded down to the penny (a cap is
// never exceeded by rounding).
export function providerYearCap(basePenceInYear: number, capPercent: string): number {
  assertPence(basePenceInYear);
  return Number((BigInt(basePenceInYear) * BigInt(hundredths(capPercent))) / 10_000n);
}

export interface CapInput {
  uncappedPence: number;
  // The placement's at-risk value at verification, and what its verified claims were already paid.
  atRiskPence: number;
  paidForPlacementPence: number;
  // The provider's cap in the claim's financial year, and what it was already paid there.
  providerYearCapPence: number;
  paidToProviderInYearPence: number;
}

export interface CappedPayment {
  uncappedPence: number;
  payablePence: number;
  capApplied: CapApplied;
}

// The payable amount: never more than the placement's at-risk value still unreleased (per child), nor than what
// remains under the provider's cap for the year (per provider). When both bind, the tighter one is named.
export function capPayment(input: CapInput): CappedPayment {
  const childRoom = Math.max(0, input.atRiskPence - input.paidForPlacementPence);
  const providerRoom = Math.max(0, input.providerYearCapPence - input.paidToProviderInYearPence);
  let payablePence = input.uncappedPence;
  let capApplied: CapApplied = 'none';
  if (childRoom < payablePence) {
    payablePence = childRoom;
    capApplied = 'per_child';
  }
  if (providerRoom < payablePence) {
    payablePence = providerRoom;
    capApplied = 'per_provider_year';
  }
  return { uncappedPence: input.uncappedPence, payablePence, capApplied };
}

// At-risk money a placement did not release by its end: retained by the commissioner.
export function retainedPence(atRiskPence: number, paidPence: number): number {
  return Math.max(0, atRiskPence - paidPence);
}

function assertPence(value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`not pence: ${value}`);
}
