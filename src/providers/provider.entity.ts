import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { DirectoryStatus, ProviderCategory, RegistrationStatus } from './provider-types';

// An AP provider: a supplier on the framework (not a Nest provider).
@Entity('providers')
@Check('ck_providers_quality_score', 'quality_score BETWEEN 0 AND 100')
@Check('ck_providers_coordinates_in_uk', 'latitude BETWEEN 49.8 AND 60.9 AND longitude BETWEEN -8.7 AND 1.8')
export class Provider {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'enum', enum: ProviderCategory, enumName: 'provider_category' })
  category: ProviderCategory;

  @Column({ type: 'enum', enum: RegistrationStatus, enumName: 'provider_registration_status' })
  registrationStatus: RegistrationStatus;

  @Index('uq_providers_urn', { unique: true })
  @Column({ type: 'text', nullable: true })
  urn: string | null;

  @Index('uq_providers_ukprn', { unique: true })
  @Column({ type: 'text', nullable: true })
  ukprn: string | null;

  @Column({ type: 'text', nullable: true })
  companiesHouseNumber: string | null;

  @Column({ type: 'text', nullable: true })
  charityNumber: string | null;

  @Column({ type: 'text' })
  postcode: string;

  // Coordinates are a location, not money: double precision is exact enough (a few millimetres).
  @Column({ type: 'double precision' })
  latitude: number;

  @Column({ type: 'double precision' })
  longitude: number;

  @Column({ type: 'text' })
  contactEmail: string;

  @Column({ type: 'boolean', default: false })
  sme: boolean;

  @Column({ type: 'boolean', default: false })
  vcse: boolean;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'smallint', default: 50 })
  qualityScore: number;

  @Index('ix_providers_directory_status')
  @Column({
    type: 'enum',
    enum: DirectoryStatus,
    enumName: 'provider_directory_status',
    default: DirectoryStatus.Applied,
  })
  directoryStatus: DirectoryStatus;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

// Who changed a provider's directory status, when and why (DESIGN §1: status with history).
@Entity('provider_status_changes')
@Index('ix_provider_status_changes_provider_id_at', ['providerId', 'at'])
export class ProviderStatusChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  providerId: string;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Provider;

  @Column({ type: 'enum', enum: DirectoryStatus, enumName: 'provider_directory_status' })
  status: DirectoryStatus;

  @Column({ type: 'text' })
  reason: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  byKeyId: string | null;
}
