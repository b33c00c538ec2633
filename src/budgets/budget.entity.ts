import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { pence } from '../database/transformers';

// DESIGN §1 Money: budgets are held per cost centre and funding source.
export enum FundingSource {
  DsgHighNeeds = 'dsg_high_needs',
  GeneralFund = 'general_fund',
  SchoolBudget = 'school_budget',
  Other = 'other',
}

export interface BudgetLine {
  costCentre: string;
  fundingSource: FundingSource;
  amountPence: number;
}

// One organisation's budget for one financial year: its lines are replaced at once, so one version guards them.
// Each framework participant's budget is its own (DESIGN §1 Frameworks: each authority has its own budget).
@Entity('budgets')
@Index('uq_budgets_organisation_id_financial_year', ['organisationId', 'financialYear'], { unique: true })
@Check('ck_budgets_lines_array', `jsonb_typeof("lines") = 'array'`)
@Check('ck_budgets_total_pence', 'total_pence >= 0')
export class Budget {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  // '2025-26': 1 April 2025 – 31 March 2026.
  @Column({ type: 'text' })
  financialYear: string;

  @Column({ type: 'jsonb' })
  lines: BudgetLine[];

  @Column({ type: 'bigint', transformer: pence })
  totalPence: number;

  // Free text such as "demo assumption": never logged, never in an event.
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
