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
import { pence } from '../database/transformers';
import { CheckType } from './check-type.entity';
import { Provider } from './provider.entity';

export enum CheckOutcome {
  Pass = 'pass',
  Conditional = 'conditional',
  Fail = 'fail',
}

// One due-diligence check, append-only: the newest of a type (by verifiedAt, then createdAt) is the current one.
@Entity('provider_checks')
@Index('ix_provider_checks_provider_id_type_verified_at', ['providerId', 'type', 'verifiedAt'])
@Check('ck_provider_checks_expiry_after_verification', 'expires_at >= verified_at')
export class ProviderCheck {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  providerId: string;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Provider;

  @Index('ix_provider_checks_type')
  @Column({ type: 'text' })
  type: string;

  @ManyToOne(() => CheckType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'type' })
  checkType?: CheckType;

  @Column({ type: 'enum', enum: CheckOutcome, enumName: 'check_outcome' })
  outcome: CheckOutcome;

  @Column({ type: 'text' })
  evidenceRef: string;

  @Column({ type: 'date' })
  verifiedAt: string;

  // The last day the evidence is valid.
  @Column({ type: 'date' })
  expiresAt: string;

  @Column({ type: 'bigint', nullable: true, transformer: pence })
  coverPence: number | null;

  @Column({ type: 'text', nullable: true })
  conditions: string | null;

  @Column({ type: 'date', nullable: true })
  conditionsDueDate: string | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedByKeyId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
