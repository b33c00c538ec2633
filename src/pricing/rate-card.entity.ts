import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { pence } from '../database/transformers';
import { Lot } from '../frameworks/lot.entity';
import { PricingUnit } from '../frameworks/framework-types';
import { Provider } from '../providers/provider.entity';

export enum RateCardStatus {
  Submitted = 'submitted',
  Approved = 'approved',
  Rejected = 'rejected',
}

// A provider's prices for one lot over a period; only approved cards price placements.
@Entity('rate_cards')
@Index('ix_rate_cards_provider_id_lot_id_effective_from', ['providerId', 'lotId', 'effectiveFrom'])
@Check('ck_rate_cards_effective_range', 'effective_to IS NULL OR effective_to >= effective_from')
export class RateCard {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  providerId: string;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Provider;

  @Index('ix_rate_cards_lot_id')
  @Column({ type: 'uuid' })
  lotId: string;

  @ManyToOne(() => Lot, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lot_id' })
  lot?: Lot;

  @Column({ type: 'date' })
  effectiveFrom: string;

  @Column({ type: 'date', nullable: true })
  effectiveTo: string | null;

  @Column({
    type: 'enum',
    enum: RateCardStatus,
    enumName: 'rate_card_status',
    default: RateCardStatus.Submitted,
  })
  status: RateCardStatus;

  @Column({ type: 'uuid', nullable: true })
  submittedByKeyId: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByKeyId: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionReason: string | null;

  @Column({ type: 'text', nullable: true })
  upliftOverrideReason: string | null;

  @OneToMany(() => RateCardLine, (line) => line.rateCard)
  lines?: RateCardLine[];

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

@Entity('rate_card_lines')
@Unique('uq_rate_card_lines_rate_card_id_unit', ['rateCardId', 'unit'])
@Check('ck_rate_card_lines_price_positive', 'price_pence > 0')
export class RateCardLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  rateCardId: string;

  @ManyToOne(() => RateCard, (card) => card.lines, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rate_card_id' })
  rateCard?: RateCard;

  @Column({ type: 'enum', enum: PricingUnit, enumName: 'pricing_unit' })
  unit: PricingUnit;

  @Column({ type: 'bigint', transformer: pence })
  pricePence: number;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}
