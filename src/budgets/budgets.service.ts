import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/role';
import { BadRequestError, FieldError, NotFoundError, StaleVersionError } from '../common/domain-error';
import { EventsService } from '../events/events.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { Budget, BudgetLine } from './budget.entity';
import { BudgetDto, PutBudgetDto } from './dto/budget.dto';
import { financialYearStart } from './engine/financial-year';

// What finance reads of a budget.
export interface BudgetFigures {
  id: string;
  financialYear: string;
  lines: BudgetLine[];
  totalPence: number;
  note: string | null;
}

// Budgets per organisation and financial year (DESIGN §1 Money). A commissioner reads and sets its own only.
@Injectable()
export class BudgetsService {
  constructor(
    @InjectRepository(Budget) private readonly budgets: Repository<Budget>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly events: EventsService,
    private readonly audit: AuditService,
  ) {}

  async get(caller: Caller, organisationId: string, financialYear: string): Promise<BudgetDto> {
    assertFinancialYear(financialYear);
    await this.organisations.get(caller, organisationId);
    const row = await this.budgets.findOne({ where: { organisationId, financialYear } });
    if (!row) throw new NotFoundError('Budget');
    return toDto(row);
  }

  // Replaces the year's lines wholesale. If-Match "0" means "only if the year has no budget yet".
  async put(
    caller: Caller,
    organisationId: string,
    financialYear: string,
    input: PutBudgetDto,
    expectedVersion: number | undefined,
  ): Promise<BudgetDto> {
    assertFinancialYear(financialYear);
    await this.organisations.get(caller, organisationId);
    const lines = checkLines(input.lines);
    const totalPence = lines.reduce((sum, line) => sum + line.amountPence, 0);
    const note = input.note ?? null;
    const saved = await this.dataSource.transaction(async (manager) => {
      // Serialises two first writes of the same year (no row to lock yet).
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('budget:' || $1 || ':' || $2))`, [
        organisationId,
        financialYear,
      ]);
      const current = await manager.findOne(Budget, { where: { organisationId, financialYear } });
      const currentVersion = current?.version ?? 0;
      if (expectedVersion !== undefined && expectedVersion !== currentVersion)
        throw new StaleVersionError(currentVersion);
      const row = await manager.save(
        current
          ? Object.assign(current, { lines, totalPence, note })
          : manager.create(Budget, { organisationId, financialYear, lines, totalPence, note }),
      );
      await this.events.append(manager, {
        type: 'budget.set',
        subject: { id: row.id, version: row.version },
        commissionerOrganisationId: organisationId,
        // Figures only: the note is free text.
        payload: { organisationId, financialYear, totalPence, lineCount: lines.length },
      });
      await this.audit.record(manager, {
        caller,
        action: 'putBudget',
        subject: { type: 'budget', id: row.id },
        input: { financialYear, lines, note },
      });
      return row;
    });
    return toDto(saved);
  }

  // For finance: the organisation's budget for the year, or null.
  async figuresFor(
    organisationId: string,
    financialYear: string,
    manager?: EntityManager,
  ): Promise<BudgetFigures | null> {
    const row = await (manager?.getRepository(Budget) ?? this.budgets).findOne({
      where: { organisationId, financialYear },
    });
    return row
      ? { id: row.id, financialYear, lines: row.lines, totalPence: row.totalPence, note: row.note }
      : null;
  }

  // For the budget threshold job: the organisations with a budget for the year.
  async organisationsWithBudget(financialYear: string): Promise<string[]> {
    const rows = await this.budgets.find({ where: { financialYear }, select: { organisationId: true } });
    return rows.map((row) => row.organisationId).sort();
  }
}

export function assertFinancialYear(label: string): void {
  if (financialYearStart(label) === null)
    throw new BadRequestError(
      'validation_failed',
      `${label} is not a financial year such as 2025-26 (two consecutive years).`,
      [{ field: 'financialYear', message: 'financialYear must name two consecutive years, such as 2025-26' }],
    );
}

// Plain values in a fixed key order; each cost centre and funding source once, so the breakdown is unambiguous.
function checkLines(lines: BudgetLine[]): BudgetLine[] {
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  const plain = lines.map((line, i) => {
    const key = `${line.costCentre}\u0000${line.fundingSource}`;
    const first = seen.get(key);
    if (first !== undefined)
      errors.push({
        field: `lines.${i}`,
        message: `${line.costCentre} / ${line.fundingSource} is already at lines.${first}`,
      });
    else seen.set(key, i);
    return { costCentre: line.costCentre, fundingSource: line.fundingSource, amountPence: line.amountPence };
  });
  if (errors.length > 0)
    throw new BadRequestError('validation_failed', `The budget is not valid: ${errors[0].message}.`, errors);
  return plain;
}

function toDto(row: Budget): BudgetDto {
  return {
    id: row.id,
    organisationId: row.organisationId,
    financialYear: row.financialYear,
    lines: row.lines,
    totalPence: row.totalPence,
    note: row.note,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}
