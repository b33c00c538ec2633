import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Lot } from '../frameworks/lot.entity';
import { Provider } from './provider.entity';

export enum MembershipStatus {
  Active = 'active',
  Suspended = 'suspended',
  Removed = 'removed',
}

// A provider admitted to a lot (DESIGN §1: admitted to the lot and not suspended).
@Entity('lot_memberships')
@Unique('uq_lot_memberships_lot_id_provider_id', ['lotId', 'providerId'])
export class LotMembership {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  lotId: string;

  @ManyToOne(() => Lot, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lot_id' })
  lot?: Lot;

  @Index('ix_lot_memberships_provider_id')
  @Column({ type: 'uuid' })
  providerId: string;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Provider;

  @Column({
    type: 'enum',
    enum: MembershipStatus,
    enumName: 'lot_membership_status',
    default: MembershipStatus.Active,
  })
  status: MembershipStatus;

  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

// Every admission, suspension, reinstatement and removal, with who and why.
@Entity('lot_membership_changes')
@Index('ix_lot_membership_changes_membership_id_at', ['membershipId', 'at'])
export class LotMembershipChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  membershipId: string;

  @ManyToOne(() => LotMembership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id' })
  membership?: LotMembership;

  @Column({ type: 'enum', enum: MembershipStatus, enumName: 'lot_membership_status' })
  status: MembershipStatus;

  @Column({ type: 'text' })
  reason: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  byKeyId: string | null;
}
