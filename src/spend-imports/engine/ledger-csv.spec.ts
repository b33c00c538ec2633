import { financialYearOf } from '../../calendar/engine/dates';
import { parseLedgerCsv, parseLedgerDate, parsePounds } from './ledger-csv';

describe('pounds as finance exports write them', () => {
  it('reads £1,234.56 with a pound sign and thousands commas as 123456 pence', () => {
    expect(parsePounds('£1,234.56')).toBe(123456);
  });

  it('reads plain 1234.56, one decimal place and whole pounds exactly', () => {
    expect(parsePounds('1234.56')).toBe(123456);
    expect(parsePounds('1234.5')).toBe(123450);
    expect(parsePounds('1234')).toBe(123400);
    expect(parsePounds('0.01')).toBe(1);
  });

  it('reads a credit written -12.00, -£12.00, £-12.00 or (12.00) as minus 1200 pence', () => {
    for (const text of ['-12.00', '-£12.00', '£-12.00', '(12.00)', '(£12.00)'])
      expect(parsePounds(text)).toBe(-1200);
  });

  it('never goes through a float: 0.29 and 1,821,222.90 are exact', () => {
    expect(parsePounds('0.29')).toBe(29);
    expect(parsePounds('£1,821,222.90')).toBe(182122290);
  });

  it('refuses three decimal places, misplaced commas, two minus signs and words', () => {
    for (const text of ['1.234', '1,23.00', '12,3456', '--1', '-(1)', 'abc', '', '£', '1e3', '£ 12'])
      expect(parsePounds(text)).toBeNull();
  });
});

describe('ledger dates and financial years', () => {
  it('reads ISO and UK day-first dates, and refuses impossible ones', () => {
    expect(parseLedgerDate('2025-04-30')).toBe('2025-04-30');
    expect(parseLedgerDate('30/04/2025')).toBe('2025-04-30');
    expect(parseLedgerDate('31/02/2025')).toBeNull();
    expect(parseLedgerDate('04/30/2025')).toBeNull();
  });

  it('puts 31 March in the year before and 1 April in the year after', () => {
    expect(financialYearOf('2026-03-31')).toBe('2025-26');
    expect(financialYearOf('2026-04-01')).toBe('2026-27');
    expect(financialYearOf('1999-12-31')).toBe('1999-00');
  });
});

describe('a ledger CSV', () => {
  const header = 'Date,Supplier,Amount,Cost Centre,Description,Provider Id,On Framework';

  it('reads quoted commas and pound signs, and numbers rows as a spreadsheet does', () => {
    const csv = [
      header,
      '2025-04-30,"Acme Learning, Ltd","£1,234.56",AP-01,"April, sessions",,yes',
      '30/05/2025,Other Co,-12.00,AP-01,credit note,,',
    ].join('\n');
    const result = parseLedgerCsv(csv);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      expect.objectContaining({
        row: 2,
        supplierName: 'Acme Learning, Ltd',
        amountPence: 123456,
        description: 'April, sessions',
        onFramework: true,
        financialYear: '2025-26',
      }),
      expect.objectContaining({ row: 3, spentOn: '2025-05-30', amountPence: -1200, onFramework: null }),
    ]);
  });

  it('refuses the whole file when one row is bad, naming the row and the column', () => {
    const csv = [
      header,
      '2025-04-30,A,£10.00,AP-01,x,,',
      '2025-04-31,B,£1.234,AP-01,y,not-a-uuid,maybe',
    ].join('\n');
    const result = parseLedgerCsv(csv);
    expect(result.rows).toEqual([]);
    expect(result.errors.map((e) => e.field)).toEqual([
      'rows.3.date',
      'rows.3.amount',
      'rows.3.providerId',
      'rows.3.onFramework',
    ]);
  });

  it('names a missing column, an empty file and a row with too many cells', () => {
    expect(parseLedgerCsv('Date,Supplier,Amount\n2025-04-30,A,1').errors.map((e) => e.field)).toEqual([
      'columns.costCentre',
      'columns.description',
    ]);
    expect(parseLedgerCsv('').errors[0].field).toBe('file');
    expect(parseLedgerCsv(`${header}\n`).errors[0].message).toMatch(/no data rows/);
    expect(parseLedgerCsv(`${header}\n2025-04-30,A,1,AP,x,,,extra`).errors[0].field).toBe('rows.2');
  });
});
