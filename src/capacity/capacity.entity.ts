import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Lot } from '../frameworks/lot.entity';
import { Provider } from '../providers/provider.entity';

// What a provider says it can take on a lot. Append-only: where declarations overlap, the newest wins.
@Entity('capacity_declarations')
// With created_at, when each provider last declared is read from the index, however long the history.
@Index('ix_capacity_declarations_lot_id_provider_id_created_at', ['lotId', 'providerId', 'createdAt'])
@Check('ck_capacity_declarations_range', 'to_date >= from_date')
@Check('ck_capacity_declarations_sessions', 'sessions_per_week >= 0')
export class CapacityDeclaration {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  providerId: string;

  @ManyToOne(() => Provider, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Provider;

  @Column({ type: 'uuid' })
  lotId: string;

  @ManyToOne(() => Lot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lot_id' })
  lot?: Lot;

  @Column({ type: 'date' })
  fromDate: string;

  @Column({ type: 'date' })
  toDate: string;

  @Column({ type: 'int' })
  sessionsPerWeek: number;

  @Column({ type: 'uuid', nullable: true })
  declaredByKeyId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

// Capacity committed to placements. The call-off capability writes one row per placement period holding
// capacity (offered, accepted, active) and deletes it when the capacity is released.
@Entity('capacity_holds')
@Index('ix_capacity_holds_lot_id_provider_id', ['lotId', 'providerId'])
@Check('ck_capacity_holds_range', 'to_date >= from_date')
@Check('ck_capacity_holds_sessions', 'sessions_per_week > 0')
export class CapacityHold {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  providerId: string;

  @ManyToOne(() => Provider, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Provider;

  @Column({ type: 'uuid' })
  lotId: string;

  @ManyToOne(() => Lot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lot_id' })
  lot?: Lot;

  @Column({ type: 'date' })
  fromDate: string;

  @Column({ type: 'date' })
  toDate: string;

  @Column({ type: 'int' })
  sessionsPerWeek: number;

  @Index('ix_capacity_holds_source_id')
  @Column({ type: 'uuid', nullable: true })
  sourceId: string | null;

  // An unanswered offer holds capacity only until its window closes: the hold lapses with it, with no job needed.
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  expiresAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
