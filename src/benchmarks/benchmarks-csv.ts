import { stringify } from 'csv-stringify/sync';
import { BenchmarksDto } from './dto/benchmarks.dto';
import { HighCostPlacementPageDto } from './dto/high-cost.dto';

// The same answers as CSV (RFC 4180, written by csv-stringify) for finance teams' spreadsheets: one header row, one
// row per figure; a `row` column says what each row is.

const BENCHMARK_COLUMNS = [
  'row',
  'scope',
  'providerId',
  'providerName',
  'callOffId',
  'reference',
  'spotPurchaseId',
  'organisationId',
  'unit',
  'unitPricePence',
  'sessionsPerWeek',
  'pencePerPupilDay',
  'percentileRank',
  'quartile',
  'count',
  'p25PencePerPupilDay',
  'medianPencePerPupilDay',
  'p75PencePerPupilDay',
] as const;

type Row = Partial<Record<(typeof BENCHMARK_COLUMNS)[number], string | number | boolean | null>>;

const csvOf = (rows: Row[], header: boolean) =>
  stringify(rows, { header, columns: [...BENCHMARK_COLUMNS], cast: { boolean: String } });

// The provider and placement rows are most of the answer and come from arrays the service keeps per lot and never
// changes (BenchmarksService): each such array is written once, and its UTF-8 bytes reused while it is kept (encoding
// a megabyte of text for every response cost more than anything else left in a request).
const keptSections = new WeakMap<readonly object[], Buffer>();
function section<T extends object>(rows: readonly T[], toRow: (row: T) => Row): Buffer {
  let bytes = keptSections.get(rows);
  if (bytes === undefined) keptSections.set(rows, (bytes = Buffer.from(csvOf(rows.map(toRow), false))));
  return bytes;
}

export function benchmarksCsv(dto: BenchmarksDto): Buffer {
  const head = csvOf(
    [
      {
        row: 'lot_prices',
        scope: 'all',
        count: dto.prices.count,
        p25PencePerPupilDay: dto.prices.p25PencePerPupilDay,
        medianPencePerPupilDay: dto.prices.medianPencePerPupilDay,
        p75PencePerPupilDay: dto.prices.p75PencePerPupilDay,
      },
    ],
    true,
  );
  const providers = section(dto.providers, (p) => ({
    row: 'provider_price',
    providerId: p.providerId,
    providerName: p.name,
    unit: p.unit,
    unitPricePence: p.unitPricePence,
    pencePerPupilDay: p.pencePerPupilDay,
    percentileRank: p.percentileRank,
    quartile: p.quartile,
  }));
  const placements = section(dto.placements, (p) => ({
    row: 'placement',
    providerId: p.providerId,
    callOffId: p.callOffId,
    reference: p.reference,
    organisationId: p.commissionerOrganisationId,
    unit: p.unit,
    unitPricePence: p.unitPricePence,
    sessionsPerWeek: p.sessionsPerWeek,
    pencePerPupilDay: p.pencePerPupilDay,
    percentileRank: p.percentileRank,
    quartile: p.quartile,
  }));
  const tail = csvOf(
    [
      ...dto.spotPurchases.map((s) => ({
        row: 'spot_purchase',
        providerId: s.providerId,
        providerName: s.supplierName,
        spotPurchaseId: s.spotPurchaseId,
        organisationId: s.organisationId,
        unit: 'week',
        unitPricePence: s.weeklyPricePence,
        sessionsPerWeek: s.sessionsPerWeek,
        pencePerPupilDay: s.pencePerPupilDay,
        percentileRank: s.percentileRank,
        quartile: s.quartile,
      })),
      ...dto.aggregates.map((a) => ({
        row: `${a.purchase}_placements`,
        scope: a.suppressed ? `${a.scope} (suppressed)` : a.scope,
        count: a.count,
        p25PencePerPupilDay: a.p25PencePerPupilDay,
        medianPencePerPupilDay: a.medianPencePerPupilDay,
        p75PencePerPupilDay: a.p75PencePerPupilDay,
      })),
    ],
    false,
  );
  // csv-stringify ends every record with its delimiter, so sections written apart join into the same document.
  return Buffer.concat([Buffer.from(head), providers, placements, Buffer.from(tail)]);
}

// The JSON answer, with the kept provider and placement arrays' bytes reused the same way as the CSV's.
const keptJson = new WeakMap<readonly object[], Buffer>();
function jsonOf(rows: readonly object[]): Buffer {
  let bytes = keptJson.get(rows);
  if (bytes === undefined) keptJson.set(rows, (bytes = Buffer.from(JSON.stringify(rows))));
  return bytes;
}

export function benchmarksJson(dto: BenchmarksDto): Buffer {
  const { providers, placements, ...rest } = dto;
  const head = JSON.stringify(rest);
  return Buffer.concat([
    Buffer.from(`${head.slice(0, -1)},"providers":`),
    jsonOf(providers),
    Buffer.from(',"placements":'),
    jsonOf(placements),
    Buffer.from('}'),
  ]);
}

const HIGH_COST_COLUMNS = [
  'callOffId',
  'reference',
  'providerId',
  'commissionerOrganisationId',
  'startDate',
  'endDate',
  'sessionsPerWeek',
  'unit',
  'unitPricePence',
  'pencePerPupilDay',
  'lotP75PencePerPupilDay',
  'thresholdPercent',
  'aboveP75Percent',
  'reasons',
  'alternativeRank',
  'alternativeProviderId',
  'alternativeName',
  'alternativePencePerPupilDay',
  'alternativeSavingPencePerPupilDay',
] as const;

// One row per alternative (a placement with none has one row with those columns empty).
export function highCostCsv(page: HighCostPlacementPageDto): string {
  const rows = page.data.flatMap((p) => {
    const placement = {
      callOffId: p.callOffId,
      reference: p.reference,
      providerId: p.providerId,
      commissionerOrganisationId: p.commissionerOrganisationId,
      startDate: p.startDate,
      endDate: p.endDate,
      sessionsPerWeek: p.sessionsPerWeek,
      unit: p.unit,
      unitPricePence: p.unitPricePence,
      pencePerPupilDay: p.pencePerPupilDay,
      lotP75PencePerPupilDay: p.lotP75PencePerPupilDay,
      thresholdPercent: p.thresholdPercent,
      aboveP75Percent: p.aboveP75Percent,
      reasons: p.reasons.join(' '),
    };
    if (p.alternatives.length === 0) return [placement];
    return p.alternatives.map((a) => ({
      ...placement,
      alternativeRank: a.rank,
      alternativeProviderId: a.providerId,
      alternativeName: a.name,
      alternativePencePerPupilDay: a.pencePerPupilDay,
      alternativeSavingPencePerPupilDay: a.savingPencePerPupilDay,
    }));
  });
  return stringify(rows, { header: true, columns: [...HIGH_COST_COLUMNS] });
}
