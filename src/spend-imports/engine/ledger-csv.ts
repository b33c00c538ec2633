import { parse } from 'csv-parse/sync';
import { financialYearOf, isIsoDate } from '../../calendar/engine/dates';

// A council ledger export (DESIGN §1 Money: imported ledger spend), read all or nothing. Pure: plain values in and out.

export interface LedgerRow {
  // The spreadsheet row: the header is row 1, the first data row is row 2.
  row: number;
  spentOn: string;
  financialYear: string;
  supplierName: string;
  amountPence: number;
  costCentre: string;
  description: string;
  providerId: string | null;
  onFramework: boolean | null;
}

export interface LedgerError {
  field: string;
  message: string;
}

export type LedgerParse = { rows: LedgerRow[]; errors: [] } | { rows: []; errors: LedgerError[] };

export const MAX_LEDGER_ROWS = 100_000;
export const MAX_REPORTED_ERRORS = 100;

const COLUMNS = {
  date: 'date',
  spentondate: 'date',
  supplier: 'supplier',
  suppliername: 'supplier',
  amount: 'amount',
  costcentre: 'costCentre',
  description: 'description',
  providerid: 'providerId',
  onframework: 'onFramework',
} as const;
type Column = (typeof COLUMNS)[keyof typeof COLUMNS];
const REQUIRED: Column[] = ['date', 'supplier', 'amount', 'costCentre', 'description'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COST_CENTRE = /^[A-Za-z0-9][A-Za-z0-9 ._/-]{0,63}$/;
// 12 digits of pounds at most: £999,999,999,999.99 is far above any ledger line and stays an exact integer of pence.
const POUNDS = /^(\d{1,3}(?:,\d{3}){1,3}|\d{1,12})(?:\.(\d{1,2}))?$/;
const UK_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

// Pounds as finance exports write them → integer pence, by string arithmetic (never through a float):
// '£1,234.56', '1234.56', '1234.5', '1234'. A credit (a refund or credit note) is negative, written '-12.00',
// '-£12.00', '£-12.00' or '(12.00)'; it reduces spend. Anything else (three decimals, misplaced commas) is null.
export function parsePounds(text: string): number | null {
  let value = text.trim();
  let negative = false;
  if (value.startsWith('(') && value.endsWith(')')) {
    negative = true;
    value = value.slice(1, -1).trim();
  }
  if (value.startsWith('-')) {
    if (negative) return null;
    negative = true;
    value = value.slice(1);
  }
  if (value.startsWith('£')) value = value.slice(1);
  if (value.startsWith('-')) {
    if (negative) return null;
    negative = true;
    value = value.slice(1);
  }
  const match = POUNDS.exec(value);
  if (!match) return null;
  const pounds = Number(match[1].replace(/,/g, ''));
  const pence = Number((match[2] ?? '').padEnd(2, '0'));
  const total = pounds * 100 + pence;
  return negative && total !== 0 ? -total : total;
}

// ISO 8601 (2025-04-30) or the UK day-first form finance exports use (30/04/2025).
export function parseLedgerDate(text: string): string | null {
  const value = text.trim();
  const uk = UK_DATE.exec(value);
  const iso = uk ? `${uk[3]}-${uk[2]}-${uk[1]}` : value;
  return isIsoDate(iso) ? iso : null;
}

function parseFlag(text: string): boolean | null | undefined {
  const value = text.trim().toLowerCase();
  if (value === '') return null;
  if (['true', 'yes', 'y', '1'].includes(value)) return true;
  if (['false', 'no', 'n', '0'].includes(value)) return false;
  return undefined;
}

function readRecords(text: string): string[][] | LedgerError {
  try {
    const records: string[][] = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false });
    return records;
  } catch (error) {
    const at = (error as { records?: number }).records;
    return {
      field: typeof at === 'number' ? `rows.${at + 1}` : 'file',
      message: `The CSV cannot be read: ${(error as Error).message.slice(0, 200)}`,
    };
  }
}

// Every row is checked and every problem reported (up to MAX_REPORTED_ERRORS), each named `rows.<n>.<column>`.
export function parseLedgerCsv(text: string): LedgerParse {
  const records = readRecords(text);
  if (!Array.isArray(records)) return { rows: [], errors: [records] };
  const [header, ...data] = records;
  if (!header)
    return { rows: [], errors: [{ field: 'file', message: 'The CSV is empty: it needs a header row.' }] };
  const index = new Map<Column, number>();
  header.forEach((name, i) => {
    const key = name.toLowerCase().replace(/[^a-z]/g, '') as keyof typeof COLUMNS;
    const column = COLUMNS[key] as Column | undefined;
    if (column && !index.has(column)) index.set(column, i);
  });
  const errors: LedgerError[] = REQUIRED.filter((column) => !index.has(column)).map((column) => ({
    field: `columns.${column}`,
    message: `The header has no ${column} column.`,
  }));
  if (errors.length > 0) return { rows: [], errors };
  if (data.length === 0)
    return { rows: [], errors: [{ field: 'file', message: 'The CSV has no data rows.' }] };
  if (data.length > MAX_LEDGER_ROWS)
    return {
      rows: [],
      errors: [
        { field: 'file', message: `The CSV has ${data.length} rows; at most ${MAX_LEDGER_ROWS} per import.` },
      ],
    };
  const rows: LedgerRow[] = [];
  data.forEach((record, i) => {
    const row = i + 2;
    const cell = (column: Column): string => {
      const at = index.get(column);
      return at === undefined ? '' : (record[at] ?? '').trim();
    };
    const fail = (column: Column, message: string) =>
      errors.push({ field: `rows.${row}.${column}`, message });
    const spentOn = parseLedgerDate(cell('date'));
    if (!spentOn) fail('date', 'date must be a date such as 2025-04-30 or 30/04/2025');
    const supplierName = cell('supplier');
    if (supplierName === '' || supplierName.length > 200)
      fail('supplier', 'supplier must be 1–200 characters');
    const amountPence = parsePounds(cell('amount'));
    if (amountPence === null)
      fail(
        'amount',
        'amount must be pounds with at most 2 decimal places, such as £1,234.56, 1234.56 or -12.00',
      );
    const costCentre = cell('costCentre');
    if (!COST_CENTRE.test(costCentre))
      fail('costCentre', 'costCentre must be 1–64 letters, digits, spaces, ., _, / or -');
    const description = cell('description');
    if (description.length > 500) fail('description', 'description must be at most 500 characters');
    const providerText = cell('providerId');
    if (providerText !== '' && !UUID.test(providerText)) fail('providerId', 'providerId must be a UUID');
    const onFramework = parseFlag(cell('onFramework'));
    if (onFramework === undefined) fail('onFramework', 'onFramework must be true, false, yes, no or empty');
    if (spentOn && amountPence !== null && onFramework !== undefined)
      rows.push({
        row,
        spentOn,
        financialYear: financialYearOf(spentOn),
        supplierName,
        amountPence,
        costCentre,
        description,
        providerId: providerText === '' ? null : providerText.toLowerCase(),
        onFramework,
      });
  });
  if (errors.length > 0) return { rows: [], errors: errors.slice(0, MAX_REPORTED_ERRORS) };
  return { rows, errors: [] };
}
