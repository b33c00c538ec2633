import { apportion, divideRoundHalfAwayFromZero, percentOneDecimal } from './money';

// The financial position of one organisation in one financial year (DESIGN §1 Money): spent = approved invoices +
// imported ledger spend; committed = the remaining value of live call-offs and spot purchases in the year from
// today; projected outturn = spent + committed. Pure: plain values in, plain values out.

export type FundingSourceKey = 'dsg_high_needs' | 'general_fund' | 'school_budget' | 'other';

export interface BudgetLineInput {
  costCentre: string;
  fundingSource: FundingSourceKey;
  amountPence: number;
}

export interface ImportedSpendInput {
  costCentre: string;
  providerId: string | null;
  supplierName: string | null;
  onFramework: boolean | null;
  amountPence: number;
}

export interface InvoicedSpendInput {
  lotId: string | null;
  providerId: string | null;
  amountPence: number;
}

export interface CommitmentInput {
  lotId: string | null;
  providerId: string | null;
  supplierName: string | null;
  committedPence: number;
  outcomeExposurePence: number;
  spot: boolean;
}

export interface Figures {
  budgetPence: number | null;
  spentPence: number;
  committedPence: number;
  outcomeExposurePence: number;
  projectedOutturnPence: number;
  // projected outturn − budget: positive is an overspend.
  variancePence: number | null;
  // variance ÷ budget, one decimal place, rounded half away from zero.
  variancePercent: string | null;
}

export interface Position {
  total: Figures & {
    invoicedPence: number;
    importedPence: number;
    offFrameworkSpentPence: number;
    spotCommittedPence: number;
    outturnPercentOfBudget: string | null;
  };
  byLot: (Figures & { lotId: string | null })[];
  byProvider: (Figures & { providerId: string | null; supplierName: string | null })[];
  byCostCentre: (Figures & { costCentre: string | null })[];
  byFundingSource: (Figures & { fundingSource: FundingSourceKey | null })[];
}

interface Sums {
  budget: number | null;
  spent: number;
  committed: number;
  exposure: number;
}

class Buckets<K> {
  private readonly byKey = new Map<string, { key: K; sums: Sums }>();
  add(key: K, change: Partial<Sums>): void {
    const id = JSON.stringify(key);
    const entry = this.byKey.get(id) ?? { key, sums: { budget: null, spent: 0, committed: 0, exposure: 0 } };
    if (change.budget !== undefined && change.budget !== null)
      entry.sums.budget = (entry.sums.budget ?? 0) + change.budget;
    entry.sums.spent += change.spent ?? 0;
    entry.sums.committed += change.committed ?? 0;
    entry.sums.exposure += change.exposure ?? 0;
    this.byKey.set(id, entry);
  }
  // Sorted by the key, unallocated (null) last, so the same data always reads the same.
  rows<R>(build: (key: K, figures: Figures) => R): R[] {
    const unallocated = (id: string) => (id === 'null' || id === '[null,null]' ? 1 : 0);
    return [...this.byKey.entries()]
      .sort(([a], [b]) => unallocated(a) - unallocated(b) || (a < b ? -1 : a > b ? 1 : 0))
      .map(([, { key, sums }]) => build(key, figuresOf(sums)));
  }
}

export function figuresOf(sums: Sums): Figures {
  const projected = sums.spent + sums.committed;
  const variance = sums.budget === null ? null : projected - sums.budget;
  return {
    budgetPence: sums.budget,
    spentPence: sums.spent,
    committedPence: sums.committed,
    outcomeExposurePence: sums.exposure,
    projectedOutturnPence: projected,
    variancePence: variance,
    variancePercent:
      variance === null || sums.budget === null ? null : percentOneDecimal(variance, sums.budget),
  };
}

// Placement spend and commitments carry a lot and a provider but no ledger code, so they fall in the unallocated
// (null) cost centre and funding source. Imported spend carries its cost centre; its funding source is the one the
// budget gives that cost centre when it gives exactly one, else unallocated.
export function buildPosition(input: {
  budget: BudgetLineInput[] | null;
  imported: ImportedSpendInput[];
  invoiced: InvoicedSpendInput[];
  commitments: CommitmentInput[];
}): Position {
  const byLot = new Buckets<string | null>();
  const byProvider = new Buckets<[string | null, string | null]>();
  const byCostCentre = new Buckets<string | null>();
  const byFunding = new Buckets<FundingSourceKey | null>();
  const fundingOf = new Map<string, FundingSourceKey | null>();
  for (const line of input.budget ?? []) {
    byCostCentre.add(line.costCentre, { budget: line.amountPence });
    byFunding.add(line.fundingSource, { budget: line.amountPence });
    const known = fundingOf.get(line.costCentre);
    fundingOf.set(
      line.costCentre,
      known === undefined || known === line.fundingSource ? line.fundingSource : null,
    );
  }
  let imported = 0;
  let offFramework = 0;
  for (const row of input.imported) {
    imported += row.amountPence;
    if (row.onFramework === false) offFramework += row.amountPence;
    const spent = { spent: row.amountPence };
    byLot.add(null, spent);
    byProvider.add([row.providerId, row.providerId ? null : row.supplierName], spent);
    byCostCentre.add(row.costCentre, spent);
    byFunding.add(fundingOf.get(row.costCentre) ?? null, spent);
  }
  let invoiced = 0;
  for (const row of input.invoiced) {
    invoiced += row.amountPence;
    const spent = { spent: row.amountPence };
    byLot.add(row.lotId, spent);
    byProvider.add([row.providerId, null], spent);
    byCostCentre.add(null, spent);
    byFunding.add(null, spent);
  }
  let committed = 0;
  let exposure = 0;
  let spot = 0;
  for (const row of input.commitments) {
    committed += row.committedPence;
    exposure += row.outcomeExposurePence;
    if (row.spot) {
      spot += row.committedPence;
    }
    const change = { committed: row.committedPence, exposure: row.outcomeExposurePence };
    byLot.add(row.lotId, change);
    byProvider.add([row.providerId, row.providerId ? null : row.supplierName], change);
    byCostCentre.add(null, change);
    byFunding.add(null, change);
  }
  const budget = input.budget === null ? null : input.budget.reduce((sum, line) => sum + line.amountPence, 0);
  const total = figuresOf({ budget, spent: imported + invoiced, committed, exposure });
  return {
    total: {
      ...total,
      invoicedPence: invoiced,
      importedPence: imported,
      offFrameworkSpentPence: offFramework,
      spotCommittedPence: spot,
      outturnPercentOfBudget: budget === null ? null : percentOneDecimal(total.projectedOutturnPence, budget),
    },
    byLot: byLot.rows((lotId, figures) => ({ lotId, ...figures })),
    byProvider: byProvider.rows(([providerId, supplierName], figures) => ({
      providerId,
      supplierName,
      ...figures,
    })),
    byCostCentre: byCostCentre.rows((costCentre, figures) => ({ costCentre, ...figures })),
    byFundingSource: byFunding.rows((fundingSource, figures) => ({ fundingSource, ...figures })),
  };
}

export interface CommitmentFacts {
  startDate: string;
  endDate: string;
  // The value in the financial year of one call-off, or of call-offs sharing these dates, and the school days that
  // value spans in the year; its at-risk part in millionths of a penny.
  yearPart: { schoolDays: number; totalPence: number; atRiskMicropence: bigint } | null;
}

// The remaining value of live call-offs in a financial year from today: their value in that year spread evenly over
// its school days (DESIGN §1 Money: apportioned by school days), times the school days left from today (today
// included), rounded half up; the at-risk share of that is the outcome exposure (same rule). Call-offs sharing a lot,
// provider, dates and school days are apportioned together, so the rounding is once per such group.
export function callOffCommitment(
  facts: CommitmentFacts,
  year: { from: string; to: string },
  today: string,
  schoolDaysBetween: (from: string, to: string) => number,
): { committedPence: number; outcomeExposurePence: number } {
  const part = facts.yearPart;
  if (!part || part.schoolDays === 0) return { committedPence: 0, outcomeExposurePence: 0 };
  const from = [today, facts.startDate, year.from].reduce((a, b) => (a > b ? a : b));
  const to = facts.endDate < year.to ? facts.endDate : year.to;
  if (from > to) return { committedPence: 0, outcomeExposurePence: 0 };
  const left = Math.min(schoolDaysBetween(from, to), part.schoolDays);
  return {
    committedPence: apportion(part.totalPence, left, part.schoolDays),
    outcomeExposurePence: Number(
      divideRoundHalfAwayFromZero(part.atRiskMicropence * BigInt(left), BigInt(part.schoolDays) * 1_000_000n),
    ),
  };
}

// A spot purchase's remaining value in the year: its weekly price for each school day left ÷ 5 (one week is five
// school days, DESIGN §1 Prices, capacity, calendar), rounded half up. Nothing of it is at risk.
export function spotCommitment(
  facts: { startDate: string; endDate: string; weeklyPricePence: number },
  year: { from: string; to: string },
  today: string,
  schoolDaysBetween: (from: string, to: string) => number,
): number {
  const from = [today, facts.startDate, year.from].reduce((a, b) => (a > b ? a : b));
  const to = facts.endDate < year.to ? facts.endDate : year.to;
  if (from > to) return 0;
  return apportion(facts.weeklyPricePence, schoolDaysBetween(from, to), 5);
}
