import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { KeptByCount, readCounts, spendImportsCounter } from '../database/change-counters';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/role';
import { BadRequestError } from '../common/domain-error';
import { Page, mapPage, paginate } from '../common/pagination';
import { EventsService } from '../events/events.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { ProvidersService } from '../providers/providers.service';
import { ListSpendImportsQueryDto, SpendImportDto } from './dto/spend-import.dto';
import { LedgerRow, MAX_REPORTED_ERRORS, parseLedgerCsv } from './engine/ledger-csv';
import { SpendImport, SpendTotal } from './spend-import.entity';

export interface ImportOutcome {
  spendImport: SpendImportDto;
  // false when the same file was imported before: the original import is the answer.
  created: boolean;
}

const INSERT_CHUNK = 20_000;

// Ledger spend imported from finance exports (DESIGN §1 Money: spend = approved invoices + imported ledger spend).
@Injectable()
export class SpendImportsService {
  private readonly totalsKept = new KeptByCount<{ rows: SpendTotal[] }>(256);

  constructor(
    @InjectRepository(SpendImport) private readonly imports: Repository<SpendImport>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly providers: ProvidersService,
    private readonly events: EventsService,
    private readonly audit: AuditService,
  ) {}

  // All or nothing: one bad row and nothing is stored. The same bytes again answer the original import.
  async import(caller: Caller, organisationId: string, file: Buffer): Promise<ImportOutcome> {
    await this.organisations.get(caller, organisationId);
    const digest = createHash('sha256').update(file).digest('hex');
    const earlier = await this.imports.findOne({ where: { organisationId, digest } });
    if (earlier) return { spendImport: toDto(earlier), created: false };
    const parsed = parseLedgerCsv(file.toString('utf8'));
    if (parsed.errors.length > 0) throw invalid(parsed.errors);
    await this.assertProvidersExist(parsed.rows);
    return this.dataSource.transaction(async (manager) => {
      // Two uploads of the same file at once: the second waits, then answers the first's import.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('spend_import:' || $1 || ':' || $2))`, [
        organisationId,
        digest,
      ]);
      const raced = await manager.findOne(SpendImport, { where: { organisationId, digest } });
      if (raced) return { spendImport: toDto(raced), created: false };
      const row = await manager.save(
        manager.create(SpendImport, {
          organisationId,
          digest,
          rowCount: parsed.rows.length,
          totalPence: sum(parsed.rows.map((r) => r.amountPence)),
          creditPence: sum(parsed.rows.filter((r) => r.amountPence < 0).map((r) => r.amountPence)),
          totals: totalsOf(parsed.rows),
          createdByKeyId: caller.keyId,
        }),
      );
      await insertLines(manager, row.id, organisationId, parsed.rows);
      await manager.query(`SELECT bump_change_counters(ARRAY[$1])`, [spendImportsCounter(organisationId)]);
      const facts = {
        organisationId,
        digest,
        rowCount: row.rowCount,
        totalPence: row.totalPence,
        creditPence: row.creditPence,
      };
      // Figures only: descriptions and supplier names stay out of events and the audit log.
      await this.events.append(manager, {
        type: 'spend_import.recorded',
        subject: { id: row.id, version: null },
        commissionerOrganisationId: organisationId,
        payload: facts,
      });
      await this.audit.record(manager, {
        caller,
        action: 'createSpendImport',
        subject: { type: 'spend_import', id: row.id },
        input: facts,
      });
      return { spendImport: toDto(row), created: true };
    });
  }

  async list(
    caller: Caller,
    organisationId: string,
    query: ListSpendImportsQueryDto,
  ): Promise<Page<SpendImportDto>> {
    await this.organisations.get(caller, organisationId);
    const qb = this.imports
      .createQueryBuilder('i')
      .where('i.organisation_id = :organisationId', { organisationId });
    return mapPage(await paginate(qb, query), toDto);
  }

  // For finance: the organisation's imported spend in a financial year, added up per cost centre and supplier. Reads
  // the per-import totals (a few rows per import), never the lines, and keeps the sum per process until the
  // organisation imports again (its spend_imports count, src/database/change-counters.ts).
  async totalsFor(organisationId: string, financialYear: string): Promise<SpendTotal[]> {
    const [count] = await readCounts(this.dataSource, [spendImportsCounter(organisationId)]);
    const kept = await this.totalsKept.get(`${organisationId}|${financialYear}`, count, async () => {
      const rows: (Omit<SpendTotal, 'amountPence'> & { amountPence: string })[] = await this.dataSource.query(
        `SELECT t->>'costCentre' AS "costCentre", t->>'providerId' AS "providerId",
                t->>'supplierName' AS "supplierName", (t->>'onFramework')::boolean AS "onFramework",
                sum((t->>'amountPence')::bigint)::text AS "amountPence", sum((t->>'lines')::int)::int AS lines
           FROM spend_imports i, jsonb_array_elements(i.totals) t
          WHERE i.organisation_id = $1 AND t->>'financialYear' = $2
          GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
        [organisationId, financialYear],
      );
      return { rows: rows.map((row) => ({ ...row, financialYear, amountPence: Number(row.amountPence) })) };
    });
    return kept.rows;
  }

  private async assertProvidersExist(rows: LedgerRow[]): Promise<void> {
    const named = rows.filter((row) => row.providerId !== null);
    const missing = new Set(await this.providers.missingAmong(named.map((row) => row.providerId!)));
    if (missing.size === 0) return;
    throw invalid(
      named
        .filter((row) => missing.has(row.providerId!))
        .slice(0, MAX_REPORTED_ERRORS)
        .map((row) => ({ field: `rows.${row.row}.providerId`, message: 'providerId names no provider' })),
    );
  }
}

function invalid(errors: { field: string; message: string }[]): BadRequestError {
  return new BadRequestError(
    'validation_failed',
    `The CSV was not imported (nothing was stored): ${errors.length === 1 ? 'one problem' : `${errors.length} problems`}, the first at ${errors[0].field}: ${errors[0].message}.`,
    errors,
  );
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function totalsOf(rows: LedgerRow[]): SpendTotal[] {
  const byKey = new Map<string, SpendTotal>();
  for (const row of rows) {
    const supplierName = row.providerId ? null : row.supplierName;
    const key = JSON.stringify([
      row.financialYear,
      row.costCentre,
      row.providerId,
      supplierName,
      row.onFramework,
    ]);
    const total = byKey.get(key);
    if (total) {
      total.amountPence += row.amountPence;
      total.lines += 1;
    } else
      byKey.set(key, {
        financialYear: row.financialYear,
        costCentre: row.costCentre,
        providerId: row.providerId,
        supplierName,
        onFramework: row.onFramework,
        amountPence: row.amountPence,
        lines: 1,
      });
  }
  return [...byKey.values()];
}

// Set-based: a few statements of unnest'ed arrays, however many rows.
async function insertLines(
  manager: EntityManager,
  importId: string,
  organisationId: string,
  rows: LedgerRow[],
): Promise<void> {
  for (let at = 0; at < rows.length; at += INSERT_CHUNK) {
    const chunk = rows.slice(at, at + INSERT_CHUNK);
    await manager.query(
      `INSERT INTO spend_lines (import_id, organisation_id, row_number, spent_on, financial_year, supplier_name,
                                provider_id, on_framework, cost_centre, description, amount_pence)
       SELECT $1, $2, * FROM unnest($3::int[], $4::date[], $5::text[], $6::text[], $7::uuid[], $8::boolean[],
                                    $9::text[], $10::text[], $11::bigint[])`,
      [
        importId,
        organisationId,
        chunk.map((r) => r.row),
        chunk.map((r) => r.spentOn),
        chunk.map((r) => r.financialYear),
        chunk.map((r) => r.supplierName),
        chunk.map((r) => r.providerId),
        chunk.map((r) => r.onFramework),
        chunk.map((r) => r.costCentre),
        chunk.map((r) => r.description),
        chunk.map((r) => String(r.amountPence)),
      ],
    );
  }
}

function toDto(row: SpendImport): SpendImportDto {
  const years = new Map<string, { totalPence: number; lines: number }>();
  let providerLinkedRows = 0;
  for (const total of row.totals) {
    const year = years.get(total.financialYear) ?? { totalPence: 0, lines: 0 };
    year.totalPence += total.amountPence;
    year.lines += total.lines;
    years.set(total.financialYear, year);
    if (total.providerId) providerLinkedRows += total.lines;
  }
  return {
    id: row.id,
    organisationId: row.organisationId,
    digest: row.digest,
    rowCount: row.rowCount,
    totalPence: row.totalPence,
    creditPence: row.creditPence,
    providerLinkedRows,
    byFinancialYear: [...years.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([financialYear, year]) => ({ financialYear, ...year })),
    createdAt: row.createdAt.toISOString(),
  };
}
