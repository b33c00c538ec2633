import { stringify } from 'csv-stringify/sync';
import { FiguresDto, ForecastDto, ForecastMethod, PositionDto } from './dto/finance.dto';

// CSV renderings of the position and the forecast (RFC 4180, header row first), for finance teams' spreadsheets.

const FIGURES: (keyof FiguresDto)[] = [
  'budgetPence',
  'spentPence',
  'committedPence',
  'outcomeExposurePence',
  'projectedOutturnPence',
  'variancePence',
  'variancePercent',
];

// One row per figure set: the total first, then each breakdown; `key` is empty for the unallocated bucket.
export function positionCsv(position: PositionDto): string {
  const rows: unknown[][] = [];
  const add = (dimension: string, key: string | null, name: string | null, figures: FiguresDto) =>
    rows.push([
      position.organisationId,
      position.financialYear,
      position.asOf,
      dimension,
      key ?? '',
      name ?? '',
      ...FIGURES.map((field) => figures[field] ?? ''),
    ]);
  add('total', null, null, position.total);
  for (const row of position.byLot) add('lot', row.lotId, null, row);
  for (const row of position.byProvider) add('provider', row.providerId, row.supplierName, row);
  for (const row of position.byCostCentre) add('cost_centre', row.costCentre, null, row);
  for (const row of position.byFundingSource) add('funding_source', row.fundingSource, null, row);
  return stringify(rows, {
    header: true,
    columns: ['organisationId', 'financialYear', 'asOf', 'dimension', 'key', 'supplierName', ...FIGURES],
  });
}

export function forecastCsv(forecast: ForecastDto): string {
  const base = [
    forecast.organisationId,
    forecast.basisFinancialYear,
    forecast.basisSpentPence,
    forecast.from,
    forecast.to,
  ];
  const rows: unknown[][] = [
    [
      ...base,
      'months',
      forecast.months.months,
      12,
      forecast.months.forecastPence,
      forecast.method === ForecastMethod.Months ? 'yes' : 'no',
    ],
  ];
  if (forecast.schoolDays)
    rows.push([
      ...base,
      'school_days',
      forecast.schoolDays.windowSchoolDays,
      forecast.schoolDays.basisSchoolDays,
      forecast.schoolDays.forecastPence,
      forecast.method === ForecastMethod.SchoolDays ? 'yes' : 'no',
    ]);
  return stringify(rows, {
    header: true,
    columns: [
      'organisationId',
      'basisFinancialYear',
      'basisSpentPence',
      'from',
      'to',
      'method',
      'windowMeasure',
      'basisMeasure',
      'forecastPence',
      'chosen',
    ],
  });
}
