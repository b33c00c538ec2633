import { INestApplicationContext } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { Caller } from '../auth/role';
import { FundingSource } from '../budgets/budget.entity';
import { BudgetsService } from '../budgets/budgets.service';
import { CalendarService } from '../calendar/calendar.service';
import { SpendImportsService } from '../spend-imports/spend-imports.service';
import { SpotPurchaseApprover, SpotPurchaseReason } from '../spot-purchases/spot-purchase.entity';
import { SpotPurchasesService } from '../spot-purchases/spot-purchases.service';

// The Cabinet report's figures (July 2026): AP spend £1,821,222.90 in 2025/26 against a £978,000 budget.
export const DEMO_SPEND_2025_26_PENCE = 182_122_290;
export const DEMO_BUDGET_2025_26_PENCE = 97_800_000;

export interface FinanceContext {
  buryId: string;
  bury: Caller;
  // The legacy arrangement's providers that the ledger names, and the lots the spot purchases compare with.
  providers: { id: string; name: string }[];
  lotIds: { 1: string; 3: string };
}

// England 2024-25 (terms and closures as most councils set them), so that school days can be counted across the
// whole of financial year 2025-26 (its April–August months fall in academic year 2024-25, which the England
// default does not hold).
const BURY_2024_25 = {
  year: '2024-25',
  terms: [
    { name: 'Autumn', start: '2024-09-04', end: '2024-12-20' },
    { name: 'Spring', start: '2025-01-06', end: '2025-04-04' },
    { name: 'Summer', start: '2025-04-22', end: '2025-07-22' },
  ],
  closures: [
    { start: '2024-10-28', end: '2024-11-01', reason: 'Autumn half term' },
    { start: '2025-02-17', end: '2025-02-21', reason: 'Spring half term' },
    { start: '2025-05-05', end: '2025-05-05', reason: 'Early May bank holiday' },
    { start: '2025-05-26', end: '2025-05-30', reason: 'Summer half term' },
  ],
};

// Ledger suppliers: the legacy providers (tied to them) and suppliers the service does not know (names only).
const LEDGER_NAMES = [
  { supplier: 'Pennine Learning, Ltd', costCentre: 'AP-TUITION', onFramework: 'no', weight: 6 },
  { supplier: 'Irwell Taxi Services', costCentre: 'AP-TRANSPORT', onFramework: 'no', weight: 3 },
];
const PROVIDER_WEIGHTS = [14, 12, 11, 10, 9, 8, 7, 6];
const MONTH_ENDS = [
  '2025-04-30',
  '2025-05-30',
  '2025-06-30',
  '2025-07-31',
  '2025-08-29',
  '2025-09-30',
  '2025-10-31',
  '2025-11-28',
  '2025-12-19',
  '2026-01-30',
  '2026-02-27',
  '2026-03-31',
];
// AP runs in term time: August carries little, September and the spring term more.
const MONTH_WEIGHTS = [8, 9, 9, 8, 2, 9, 9, 10, 7, 10, 9, 10];
const CREDIT_PENCE = 125_000;

// Pence as a finance export writes pounds: "£1,234.56" (every other row plain "1234.56").
function pounds(pence: number, styled: boolean): string {
  const sign = pence < 0 ? '-' : '';
  const whole = Math.floor(Math.abs(pence) / 100);
  const rest = String(Math.abs(pence) % 100).padStart(2, '0');
  return styled
    ? `${sign}£${String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${rest}`
    : `${sign}${whole}.${rest}`;
}

// Monthly ledger rows for 2025-26 summing exactly to the report's £1,821,222.90: shares by weight (integer pence,
// floor), the remainder on the last row, and one credit note.
export function demoLedgerCsv(providers: { id: string; name: string }[]): string {
  const suppliers = [
    ...providers.slice(0, PROVIDER_WEIGHTS.length).map((provider, i) => ({
      supplier: provider.name,
      providerId: provider.id,
      costCentre: 'AP-PLACEMENTS',
      onFramework: 'yes',
      weight: PROVIDER_WEIGHTS[i],
    })),
    ...LEDGER_NAMES.map((entry) => ({ ...entry, providerId: '' })),
  ];
  const supplierWeight = suppliers.reduce((sum, s) => sum + s.weight, 0);
  const monthWeight = MONTH_WEIGHTS.reduce((sum, w) => sum + w, 0);
  const target = DEMO_SPEND_2025_26_PENCE + CREDIT_PENCE;
  const rows: string[][] = [];
  let written = 0;
  MONTH_ENDS.forEach((date, m) => {
    suppliers.forEach((s, i) => {
      const last = m === MONTH_ENDS.length - 1 && i === suppliers.length - 1;
      const amount = last
        ? target - written
        : Math.floor((target * s.weight * MONTH_WEIGHTS[m]) / (supplierWeight * monthWeight));
      written += amount;
      const month = date.slice(0, 7);
      rows.push([
        date,
        s.supplier,
        pounds(amount, (m + i) % 2 === 0),
        s.costCentre,
        `AP ${month}: placements, ${s.costCentre}`,
        s.providerId,
        s.onFramework,
      ]);
    });
  });
  rows.push([
    '2026-01-15',
    suppliers[1].supplier,
    `(${pounds(CREDIT_PENCE, true)})`,
    'AP-PLACEMENTS',
    'Credit note: sessions not delivered',
    suppliers[1].providerId,
    'yes',
  ]);
  return stringify(rows, {
    header: true,
    columns: ['Date', 'Supplier', 'Amount', 'Cost Centre', 'Description', 'Provider Id', 'On Framework'],
  });
}

export async function seedFinance(app: INestApplicationContext, ctx: FinanceContext): Promise<void> {
  const calendars = app.get(CalendarService);
  const own = await calendars.getCalendar(ctx.bury, ctx.buryId);
  if (!own.academicYears.some((y) => y.year === BURY_2024_25.year))
    await calendars.replaceCalendar(ctx.bury, ctx.buryId, [BURY_2024_25, ...own.academicYears], own.version);

  const budgets = app.get(BudgetsService);
  await budgets.put(
    ctx.bury,
    ctx.buryId,
    '2025-26',
    {
      lines: [
        { costCentre: 'AP-PLACEMENTS', fundingSource: FundingSource.DsgHighNeeds, amountPence: 78_000_000 },
        { costCentre: 'AP-TUITION', fundingSource: FundingSource.DsgHighNeeds, amountPence: 12_000_000 },
        { costCentre: 'AP-TRANSPORT', fundingSource: FundingSource.GeneralFund, amountPence: 7_800_000 },
      ],
      note: 'Cabinet report, July 2026',
    },
    undefined,
  );
  await budgets.put(
    ctx.bury,
    ctx.buryId,
    '2026-27',
    {
      lines: [
        { costCentre: 'AP-PLACEMENTS', fundingSource: FundingSource.DsgHighNeeds, amountPence: 105_000_000 },
        { costCentre: 'AP-TUITION', fundingSource: FundingSource.DsgHighNeeds, amountPence: 12_000_000 },
        { costCentre: 'AP-TRANSPORT', fundingSource: FundingSource.GeneralFund, amountPence: 8_000_000 },
      ],
      note: 'demo assumption',
    },
    undefined,
  );

  await app
    .get(SpendImportsService)
    .import(ctx.bury, ctx.buryId, Buffer.from(demoLedgerCsv(ctx.providers), 'utf8'));

  const spot = app.get(SpotPurchasesService);
  await spot.create(ctx.bury, {
    supplierName: 'Pennine Bespoke Education Ltd',
    lotId: ctx.lotIds[1],
    childRef: 'BURY-SPOT-0001',
    startDate: '2026-09-07',
    endDate: '2027-03-26',
    sessionsPerWeek: 10,
    weeklyPricePence: 165_000,
    reason: SpotPurchaseReason.NoFrameworkCapacity,
    approvedBy: SpotPurchaseApprover.HeadOfService,
  });
  await spot.create(ctx.bury, {
    providerId: ctx.providers[0].id,
    lotId: ctx.lotIds[3],
    childRef: 'BURY-SPOT-0002',
    startDate: '2026-11-02',
    endDate: '2027-02-12',
    sessionsPerWeek: 4,
    weeklyPricePence: 52_000,
    reason: SpotPurchaseReason.NeedsNotMetByFramework,
    approvedBy: SpotPurchaseApprover.SendManager,
  });
}
