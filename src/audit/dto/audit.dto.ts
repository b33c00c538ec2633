import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { IsId } from '../../common/validators';
import type { AuditRow, AuditVerification, VerifyFailureReason } from '../audit-sealer';

const MAX_SEQ = 999_999_999_999_999;

export class ListAuditQueryDto extends PageQueryDto {
  @ApiProperty({ required: false, format: 'uuid', description: 'Only entries about this record.' })
  @IsOptional()
  @IsId()
  subjectId?: string;

  @ApiProperty({
    required: false,
    type: 'integer',
    minimum: 0,
    maximum: MAX_SEQ,
    description: 'Only entries after this chain position (seq): follow the log from a position you hold.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_SEQ)
  after?: number;
}

export class VerifyAuditQueryDto {
  @ApiProperty({
    required: false,
    type: 'integer',
    minimum: 1,
    maximum: MAX_SEQ,
    description: 'A notarised head’s size: with headHash, also checks that entry `size` still has that hash.',
  })
  @ValidateIf((query: VerifyAuditQueryDto) => query.headHash !== undefined || query.size !== undefined)
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SEQ)
  size?: number;

  @ApiProperty({
    required: false,
    pattern: '^[0-9a-f]{64}$',
    maxLength: 64,
    description: 'A notarised head’s hash.',
  })
  @ValidateIf((query: VerifyAuditQueryDto) => query.headHash !== undefined || query.size !== undefined)
  @Matches(/^[0-9a-f]{64}$/, { message: 'headHash must be 64 lower-case hexadecimal characters' })
  headHash?: string;
}

export class AuditActorDto {
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The API key; null for the service.',
  })
  keyId: string | null;
  @ApiProperty({ nullable: true, type: String, enum: ['admin', 'commissioner', 'provider', 'auditor'] })
  role: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  organisationId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  providerId: string | null;
}

export class AuditSubjectDto {
  @ApiProperty({ maxLength: 64, example: 'call_off' })
  type: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  id: string | null;
}

export class AuditChangeDto {
  @ApiProperty({
    maxLength: 200,
    example: 'sessionsPerWeek',
    description: 'Path of a field the request was made with.',
  })
  field: string;

  @ApiProperty({
    required: false,
    description:
      'Its value, only when it is an identifier, date, number, boolean or code; absent for free text. ' +
      'Children’s data is never recorded, not even the field name.',
    oneOf: [
      { type: 'string', maxLength: 2000 },
      { type: 'number' },
      { type: 'boolean' },
      {
        type: 'array',
        maxItems: 200,
        items: { oneOf: [{ type: 'string', maxLength: 2000 }, { type: 'number' }, { type: 'boolean' }] },
      },
      { type: 'string', nullable: true, enum: [null] },
    ],
  })
  value?: unknown;
}

export class AuditEntryDto {
  @ApiProperty({
    minimum: 0,
    maximum: 999999999999999,
    type: 'integer',
    description: 'Position in the hash chain (1, 2, 3…).',
  })
  seq: number;
  @ApiProperty({ description: 'Insert order; not the chain order.', pattern: '^[0-9]{1,19}$', maxLength: 19 })
  id: string;
  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
  @ApiProperty({ enum: ['write', 'read'], enumName: 'AuditKind' })
  kind: string;
  @ApiProperty({ nullable: true, type: String, description: 'X-Request-Id of the request.' })
  requestId: string | null;
  @ApiProperty({ type: AuditActorDto })
  actor: AuditActorDto;
  @ApiProperty({ maxLength: 100, example: 'acceptCallOff', description: 'The operation id.' })
  action: string;
  @ApiProperty({ maxLength: 300, nullable: true, type: String, example: 'POST /v1/call-offs/:id/accept' })
  route: string | null;
  @ApiProperty({ type: AuditSubjectDto })
  subject: AuditSubjectDto;
  @ApiProperty({ maxItems: 200, type: [AuditChangeDto] })
  changes: AuditChangeDto[];
  @ApiProperty({ maxLength: 64, pattern: '^[0-9a-f]{64}$' })
  prevHash: string;
  @ApiProperty({ maxLength: 64, pattern: '^[0-9a-f]{64}$' })
  hash: string;

  static from(row: AuditRow): AuditEntryDto {
    return {
      seq: Number(row.seq),
      id: row.id,
      recordedAt: row.recorded_at.toISOString(),
      kind: row.kind,
      requestId: row.request_id,
      actor: {
        keyId: row.actor_key_id,
        role: row.actor_role,
        organisationId: row.actor_organisation_id,
        providerId: row.actor_provider_id,
      },
      action: row.action,
      route: row.route,
      subject: { type: row.subject_type, id: row.subject_id },
      changes: row.changes,
      prevHash: row.prev_hash ?? '',
      hash: row.hash ?? '',
    };
  }
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] })
  data: AuditEntryDto[];
  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

export class AuditHeadDto {
  @ApiProperty({
    minimum: 0,
    maximum: 999999999999999,
    type: 'integer',
    description: 'Entries in the chain; the head is entry number `size`.',
  })
  size: number;
  @ApiProperty({
    maxLength: 64,
    pattern: '^[0-9a-f]{64}$',
    description: 'SHA-256 chain hash of the head entry (64 zeros for an empty log).',
  })
  headHash: string;
}

export class AuditFailureDto {
  @ApiProperty({
    minimum: 0,
    maximum: 999999999999999,
    type: 'integer',
    description: 'Chain position of the first entry that fails.',
  })
  seq: number;
  @ApiProperty({ nullable: true, type: String, description: 'Its id; null when the entry is missing.' })
  entryId: string | null;
  @ApiProperty({
    enum: ['hash_mismatch', 'chain_broken', 'missing_entry', 'notarised_head_mismatch'],
    enumName: 'AuditFailureReason',
  })
  reason: VerifyFailureReason;
}

export class AuditVerificationDto {
  @ApiProperty()
  valid: boolean;
  @ApiProperty({
    minimum: 0,
    maximum: 999999999999999,
    type: 'integer',
    description: 'Entries recomputed and found good, from the first.',
  })
  size: number;
  @ApiProperty({ maxLength: 64, pattern: '^[0-9a-f]{64}$', description: 'Hash of the last good entry.' })
  headHash: string;
  @ApiProperty({
    minimum: 0,
    maximum: 999999999999999,
    type: 'integer',
    description: 'Entries recorded but not sealed yet.',
  })
  unsealed: number;
  @ApiProperty({ type: AuditFailureDto, nullable: true })
  firstFailure: AuditFailureDto | null;

  static from(result: AuditVerification): AuditVerificationDto {
    return { ...result };
  }
}
