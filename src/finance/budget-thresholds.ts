import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BudgetsService } from '../budgets/budgets.service';
import { financialYearOf } from '../calendar/engine/dates';
import { Clock } from '../common/clock';
import { EventsService } from '../events/events.service';
import { JobRunner } from '../jobs/job-runner';
import { FinanceService } from './finance.service';

export const BUDGET_THRESHOLD_SCAN_TASK = 'finance.budget_threshold_scan';
// The points of the budget at which the council hears that projected outturn has passed it.
export const BUDGET_THRESHOLDS = [90, 100];

// Daily: a budget.threshold_crossed event the first time an organisation's projected outturn for the current
// financial year passes 90 % and 100 % of its budget. Each is announced once per organisation, year and threshold
// (the event's dedupe key), so a second run adds nothing.
@Injectable()
export class BudgetThresholdScan implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly budgets: BudgetsService,
    private readonly finance: FinanceService,
    private readonly events: EventsService,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register(BUDGET_THRESHOLD_SCAN_TASK, async () => {
      await this.scan();
    });
    this.jobs.schedule({
      identifier: BUDGET_THRESHOLD_SCAN_TASK,
      task: BUDGET_THRESHOLD_SCAN_TASK,
      match: '30 6 * * *',
    });
  }

  // Returns how many events it appended.
  async scan(financialYear = financialYearOf(this.clock.today())): Promise<number> {
    let announced = 0;
    for (const organisationId of await this.budgets.organisationsWithBudget(financialYear)) {
      const [position, budget] = await Promise.all([
        this.finance.positionOf(organisationId, financialYear),
        this.budgets.figuresFor(organisationId, financialYear),
      ]);
      if (!budget || budget.totalPence === 0) continue;
      const projected = position.total.projectedOutturnPence;
      // Integer comparison: projected ≥ threshold % of budget ⇔ projected × 100 ≥ budget × threshold.
      const crossed = BUDGET_THRESHOLDS.filter((t) => projected * 100 >= budget.totalPence * t);
      if (crossed.length === 0) continue;
      await this.dataSource.transaction(async (manager) => {
        for (const threshold of crossed) {
          const id = await this.events.append(manager, {
            type: 'budget.threshold_crossed',
            subject: { id: budget.id, version: null },
            commissionerOrganisationId: organisationId,
            payload: {
              organisationId,
              financialYear,
              thresholdPercent: threshold,
              budgetPence: budget.totalPence,
              projectedOutturnPence: projected,
              outturnPercentOfBudget: position.total.outturnPercentOfBudget,
            },
            dedupeKey: `budget.threshold_crossed:${organisationId}:${financialYear}:${threshold}`,
          });
          if (id) announced += 1;
        }
      });
    }
    return announced;
  }
}
