import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { pence } from '../database/transformers';

// DESIGN §1 Money: why a placement was bought outside the framework, recorded so that off-framework spend is visible.
export enum SpotPurchaseReason {
  NoFrameworkCapacity = 'no_framework_capacity',
  NeedsNotMetByFramework = 'needs_not_met_by_framework',
  Emergency = 'emergency',
  Other = 'other',
}

// Who approved it, as a role (never a person's name: the record is shared with finance and auditors).
export enum SpotPurchaseApprover {
  HeadOfService = 'head_of_service',
  DirectorOfChildrensServices = 'director_of_childrens_services',
  SendManager = 'send_manager',
  CommissioningManager = 'commissioning_manager',
  FinanceManager = 'finance_manager',
  Headteacher = 'headteacher',
}

// One placement bought outside the framework by one commissioning organisation (its tenant key, DESIGN §3).
@Entity('spot_purchases')
@Index('ix_spot_purchases_organisation_id_created_at_id', ['organisationId', 'createdAt', 'id'])
@Index('ix_spot_purchases_organisation_id_end_date', ['organisationId', 'endDate'])
@Check('ck_spot_purchases_dates', 'end_date >= start_date')
@Check('ck_spot_purchases_sessions', 'sessions_per_week BETWEEN 1 AND 10')
@Check('ck_spot_purchases_supplier', 'provider_id IS NOT NULL OR supplier_name IS NOT NULL')
@Check('ck_spot_purchases_weekly_price', 'weekly_price_pence >= 0')
export class SpotPurchase {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  // A provider known to the service, or else only a supplier's name.
  @Column({ type: 'uuid', nullable: true })
  providerId: string | null;

  @Column({ type: 'text', nullable: true })
  supplierName: string | null;

  // The lot the placement would have belonged to, for benchmarks.
  @Column({ type: 'uuid', nullable: true })
  lotId: string | null;

  // The commissioner's opaque reference: child-linked, shown to that organisation only.
  @Column({ type: 'text' })
  childRef: string;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  @Column({ type: 'smallint' })
  sessionsPerWeek: number;

  @Column({ type: 'bigint', transformer: pence })
  weeklyPricePence: number;

  @Column({ type: 'enum', enum: SpotPurchaseReason, enumName: 'spot_purchase_reason' })
  reason: SpotPurchaseReason;

  @Column({ type: 'enum', enum: SpotPurchaseApprover, enumName: 'spot_purchase_approver' })
  approvedBy: SpotPurchaseApprover;

  @Column({ type: 'uuid', nullable: true })
  createdByKeyId: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
