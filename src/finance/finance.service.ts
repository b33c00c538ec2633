import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller, Role } from '../auth/role';
import { BudgetsService, assertFinancialYear } from '../budgets/budgets.service';
import { financialYearRange } from '../budgets/engine/financial-year';
import { withCalendarErrors } from '../calendar/calendar-errors';
import { CalendarService } from '../calendar/calendar.service';
import { SchoolCalendar } from '../calendar/engine/school-calendar';
import { CallOffsService } from '../call-offs/call-offs.service';
import { Clock } from '../common/clock';
import { BadRequestError } from '../common/domain-error';
import { KeptByCount, calendarCounter, callOffsCounter, readCounts } from '../database/change-counters';
import { InvoicesService } from '../invoices/invoices.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { SpendImportsService } from '../spend-imports/spend-imports.service';
import { SpotPurchasesService } from '../spot-purchases/spot-purchases.service';
import { ForecastDto, ForecastMethod, ForecastQueryDto, PositionDto } from './dto/finance.dto';
import { describeMonths, forecastByMonths, forecastBySchoolDays, monthsInWindow } from './engine/forecast';
import {
  CommitmentInput,
  InvoicedSpendInput,
  buildPosition,
  callOffCommitment,
  spotCommitment,
} from './engine/position';

// A forecast window longer than this is not a run rate any more.
const MAX_FORECAST_DAYS = 5 * 366;

interface KeptCommitments {
  rows: CommitmentInput[];
}

// The financial position and run-rate forecasts (DESIGN §1 Money), read from the budgets, spend imports, spot
// purchases, call-offs (and, once merged, invoices) services; this module owns no table.
@Injectable()
export class FinanceService {
  // The call-off commitments of an organisation in a year as of a day: the costly part (every live call-off), kept
  // per process until the organisation's call-offs or calendar change (src/database/change-counters.ts).
  private readonly commitmentsKept = new KeptByCount<KeptCommitments>(256);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly budgets: BudgetsService,
    private readonly spendImports: SpendImportsService,
    private readonly spotPurchases: SpotPurchasesService,
    private readonly callOffs: CallOffsService,
    private readonly calendars: CalendarService,
    private readonly invoices: InvoicesService,
    private readonly clock: Clock,
  ) {}

  async position(
    caller: Caller,
    query: { organisationId?: string; financialYear: string },
  ): Promise<PositionDto> {
    const organisationId = organisationOf(caller, query.organisationId);
    assertFinancialYear(query.financialYear);
    await this.organisations.get(caller, organisationId);
    return this.positionOf(organisationId, query.financialYear);
  }

  // Unscoped, for the threshold job.
  async positionOf(organisationId: string, financialYear: string): Promise<PositionDto> {
    const year = financialYearRange(financialYear)!;
    const today = this.clock.today();
    const [budget, imported, invoiced, callOffCommitments, spot] = await Promise.all([
      this.budgets.figuresFor(organisationId, financialYear),
      this.spendImports.totalsFor(organisationId, financialYear),
      this.invoicedSpend(organisationId, financialYear),
      this.callOffCommitments(organisationId, financialYear, year, today),
      this.spotCommitments(organisationId, year, today),
    ]);
    const position = buildPosition({
      budget: budget?.lines ?? null,
      imported,
      invoiced,
      commitments: [...callOffCommitments.rows, ...spot],
    });
    return { organisationId, financialYear, asOf: today, budgetNote: budget?.note ?? null, ...position };
  }

  async forecast(caller: Caller, query: ForecastQueryDto): Promise<ForecastDto> {
    const organisationId = organisationOf(caller, query.organisationId);
    assertFinancialYear(query.basisFinancialYear);
    if (query.to < query.from)
      throw new BadRequestError('validation_failed', 'The window ends before it starts.', [
        { field: 'to', message: 'to must not be before from' },
      ]);
    if (Date.parse(query.to) - Date.parse(query.from) > MAX_FORECAST_DAYS * 86_400_000)
      throw new BadRequestError('validation_failed', 'The window is longer than five years.', [
        { field: 'to', message: 'the window may be at most five years long' },
      ]);
    await this.organisations.get(caller, organisationId);
    const method = query.method ?? ForecastMethod.Months;
    const [imported, invoiced] = await Promise.all([
      this.spendImports.totalsFor(organisationId, query.basisFinancialYear),
      this.invoicedSpend(organisationId, query.basisFinancialYear),
    ]);
    const basisSpentPence = [...imported, ...invoiced].reduce((sum, row) => sum + row.amountPence, 0);
    const months = monthsInWindow(query.from, query.to);
    const byMonths = forecastByMonths(basisSpentPence, months);
    const { calendar } = await this.calendars.calendarFor(organisationId);
    const basisYear = financialYearRange(query.basisFinancialYear)!;
    const covered = covers(calendar, query.from, query.to) && covers(calendar, basisYear.from, basisYear.to);
    if (method === ForecastMethod.SchoolDays && !covered) {
      // Names the academic years missing, as every school-day count does (422 calendar_missing).
      this.calendars.assertCovers(calendar, query.from, query.to);
      this.calendars.assertCovers(calendar, basisYear.from, basisYear.to);
    }
    const schoolDays = covered
      ? withCalendarErrors(() => {
          const windowSchoolDays = calendar.schoolDaysBetween(query.from, query.to);
          const basisSchoolDays = calendar.schoolDaysBetween(basisYear.from, basisYear.to);
          return {
            windowSchoolDays,
            basisSchoolDays,
            forecastPence: forecastBySchoolDays(basisSpentPence, windowSchoolDays, basisSchoolDays),
          };
        })
      : null;
    const monthsText = describeMonths(months);
    const explanation =
      `By months (the Cabinet report's method): ${query.basisFinancialYear} spend × ${monthsText} ÷ 12, ` +
      `counting a part month as its days in the window over its days. ` +
      (schoolDays
        ? `By school days: the same spend × ${schoolDays.windowSchoolDays} ÷ ${schoolDays.basisSchoolDays} school ` +
          `days in the organisation's calendar. The two differ because holidays are not spread evenly over ` +
          `months: the window holds ${percentText(schoolDays.windowSchoolDays, schoolDays.basisSchoolDays)} of the ` +
          `basis year's school days but ${percentText(Number(months.numerator), Number(months.denominator) * 12)} ` +
          `of its months. Both round half up to the penny.`
        : 'No calendar covers the window, so there is no school-day figure.');
    return {
      organisationId,
      basisFinancialYear: query.basisFinancialYear,
      basisSpentPence,
      from: query.from,
      to: query.to,
      method,
      forecastPence: method === ForecastMethod.Months ? byMonths : schoolDays!.forecastPence,
      months: { months: monthsText, wholeMonths: months.wholeMonths, forecastPence: byMonths },
      schoolDays,
      differencePence: schoolDays ? schoolDays.forecastPence - byMonths : null,
      explanation,
    };
  }

  // Approved invoices become spend in the financial years of their period (split by school days at 31 March by the
  // invoices module); finance needs them per lot and provider only.
  private async invoicedSpend(organisationId: string, financialYear: string): Promise<InvoicedSpendInput[]> {
    const byKey = new Map<string, InvoicedSpendInput>();
    for (const row of await this.invoices.approvedSpend(organisationId, financialYear)) {
      const key = `${row.lotId}|${row.providerId}`;
      const kept = byKey.get(key) ?? { lotId: row.lotId, providerId: row.providerId, amountPence: 0 };
      kept.amountPence += row.amountPence;
      byKey.set(key, kept);
    }
    return [...byKey.values()];
  }

  private async callOffCommitments(
    organisationId: string,
    financialYear: string,
    year: { from: string; to: string },
    today: string,
  ): Promise<KeptCommitments> {
    const [callOffCount, calendarCount] = await readCounts(this.dataSource, [
      callOffsCounter(organisationId),
      calendarCounter(organisationId),
    ]);
    return this.commitmentsKept.get(
      `${organisationId}|${financialYear}|${today}`,
      `${callOffCount}.${calendarCount}`,
      async () => {
        if (today > year.to) return { rows: [] };
        const [groups, { calendar }] = await Promise.all([
          this.callOffs.commitmentGroups(
            organisationId,
            today > year.from ? today : year.from,
            financialYear,
          ),
          this.calendars.calendarFor(organisationId),
        ]);
        const count = memoisedSchoolDays(calendar);
        const byKey = new Map<string, CommitmentInput>();
        for (const group of groups) {
          const { committedPence, outcomeExposurePence } = callOffCommitment(
            {
              startDate: group.startDate,
              endDate: group.endDate,
              yearPart: {
                schoolDays: group.schoolDays,
                totalPence: group.yearPence,
                atRiskMicropence: group.yearAtRiskMicropence,
              },
            },
            year,
            today,
            count,
          );
          if (committedPence === 0) continue;
          const key = `${group.lotId}|${group.providerId}`;
          const row = byKey.get(key) ?? {
            lotId: group.lotId,
            providerId: group.providerId,
            supplierName: null,
            committedPence: 0,
            outcomeExposurePence: 0,
            spot: false,
          };
          row.committedPence += committedPence;
          row.outcomeExposurePence += outcomeExposurePence;
          byKey.set(key, row);
        }
        return { rows: [...byKey.values()] };
      },
    );
  }

  private async spotCommitments(
    organisationId: string,
    year: { from: string; to: string },
    today: string,
  ): Promise<CommitmentInput[]> {
    if (today > year.to) return [];
    const from = today > year.from ? today : year.from;
    const live = await this.spotPurchases.liveBetween(organisationId, from, year.to);
    if (live.length === 0) return [];
    const { calendar } = await this.calendars.calendarFor(organisationId);
    const count = memoisedSchoolDays(calendar);
    return live.map((spot) => ({
      lotId: spot.lotId,
      providerId: spot.providerId,
      supplierName: spot.providerId ? null : spot.supplierName,
      committedPence: spotCommitment(spot, year, today, count),
      outcomeExposurePence: 0,
      spot: true,
    }));
  }
}

// A commissioner reads its own organisation's figures; admin and auditor name the organisation.
function organisationOf(caller: Caller, named: string | undefined): string {
  if (named !== undefined) return named;
  if (caller.role === Role.Commissioner && caller.organisationId) return caller.organisationId;
  throw new BadRequestError('validation_failed', 'organisationId is required.', [
    { field: 'organisationId', message: 'organisationId is required' },
  ]);
}

function covers(calendar: SchoolCalendar, from: string, to: string): boolean {
  return withCalendarErrors(() => calendar.missingYears(from, to)).length === 0;
}

// Many placements share their end dates: each distinct range is counted once (calendar_missing as a 422).
function memoisedSchoolDays(calendar: SchoolCalendar): (from: string, to: string) => number {
  const known = new Map<string, number>();
  return (from, to) => {
    const key = `${from}|${to}`;
    let days = known.get(key);
    if (days === undefined) {
      days = withCalendarErrors(() => calendar.schoolDaysBetween(from, to));
      known.set(key, days);
    }
    return days;
  };
}

function percentText(part: number, whole: number): string {
  return whole === 0 ? '0 %' : `${((part * 100) / whole).toFixed(1)} %`;
}
