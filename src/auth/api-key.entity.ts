import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from './role';

@Entity('api_keys')
@Check(
  'ck_api_keys_scope',
  `(role = 'commissioner') = (organisation_id IS NOT NULL) AND (role = 'provider') = (provider_id IS NOT NULL)`,
)
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // The first characters of the key, kept so that people can tell keys apart in lists.
  @Column({ type: 'text' })
  prefix: string;

  @Index('uq_api_keys_key_hash', { unique: true })
  @Column({ type: 'bytea' })
  keyHash: Buffer;

  @Column({ type: 'enum', enum: Role, enumName: 'api_key_role' })
  role: Role;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  // A provider is never deleted while a key names it. The providers module sits above auth, so the key names
  // the entity rather than importing it (.dependency-cruiser.cjs, layer-auth).
  @ForeignKey('Provider', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  providerId: string | null;

  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'uuid', nullable: true })
  createdByKeyId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt: Date | null;
}
