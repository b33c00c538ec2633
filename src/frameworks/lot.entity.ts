import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
  Check,
} from 'typeorm';
import { decimalString, pence } from '../database/transformers';
import { Framework } from './framework.entity';
import { AwardMethod, Pathway, PricingUnit } from './framework-types';

@Entity('lots')
@Unique('uq_lots_framework_id_number', ['frameworkId', 'number'])
@Check('ck_lots_weights_total_100', 'price_weight + distance_weight + quality_weight = 100')
@Check('ck_lots_outcome_at_risk_percent', 'outcome_at_risk_percent BETWEEN 0 AND 50')
@Check('ck_lots_outcome_cap_percent', 'outcome_cap_percent_per_provider_year BETWEEN 0 AND 100')
export class Lot {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  frameworkId: string;

  @ManyToOne(() => Framework, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id' })
  framework?: Framework;

  @Column({ type: 'smallint' })
  number: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'enum', enum: Pathway, enumName: 'lot_pathway' })
  pathway: Pathway;

  @Column({ type: 'enum', enum: AwardMethod, enumName: 'award_method', array: true })
  awardMethods: AwardMethod[];

  // Procurement Act 2023 s.45(4): direct award under a framework needs an objective mechanism — these weights.
  @Column({ type: 'smallint' })
  priceWeight: number;

  @Column({ type: 'smallint' })
  distanceWeight: number;

  @Column({ type: 'smallint' })
  qualityWeight: number;

  @Column({ type: 'enum', enum: PricingUnit, enumName: 'pricing_unit', array: true })
  pricingUnits: PricingUnit[];

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: decimalString })
  outcomeAtRiskPercent: string;

  // DESIGN §1 Attendance, reviews and outcomes: a provider's outcome payments on the lot in a financial year are capped
  // at this percent of its base value there.
  @Column({ type: 'numeric', precision: 5, scale: 2, default: () => '12.00', transformer: decimalString })
  outcomeCapPercentPerProviderYear: string;

  @Column({ type: 'boolean', default: false })
  registeredProvidersOnly: boolean;

  @Column({ type: 'smallint', nullable: true })
  maxSessionsPerWeek: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: pence })
  priceCeilingPence: number | null;

  @Column({ type: 'numeric', precision: 4, scale: 2, default: () => '3.25', transformer: decimalString })
  hoursPerSession: string;

  // Due-diligence check types this lot requires on top of the catalogue's `all` and `registered` ones (DESIGN §1).
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  mandatoryCheckTypes: string[];

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
