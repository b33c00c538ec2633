import { ApiProperty } from '@nestjs/swagger';
import { IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsDateOnly } from '../../common/date-only';
import { MAX_PENCE } from '../../common/validators';
import { CheckType, MandatoryScope } from '../check-type.entity';
import { CheckOutcome, ProviderCheck } from '../provider-check.entity';

export class CheckTypeDto {
  @ApiProperty({ maxLength: 64 })
  code: string;
  @ApiProperty({ maxLength: 200 })
  title: string;
  @ApiProperty({
    enum: MandatoryScope,
    enumName: 'MandatoryScope',
    description: 'all, registered settings only, or only where a lot lists it.',
  })
  mandatory: MandatoryScope;
  @ApiProperty({ minimum: 0, maximum: 32767, type: 'integer' })
  defaultValidityMonths: number;
  requiresCover: boolean;
  @ApiProperty({ minimum: 0, maximum: 1_000_000_000_000, type: 'integer', nullable: true })
  minimumCoverPence: number | null;

  static from(row: CheckType): CheckTypeDto {
    return {
      code: row.code,
      title: row.title,
      mandatory: row.mandatory,
      defaultValidityMonths: row.defaultValidityMonths,
      requiresCover: row.requiresCover,
      minimumCoverPence: row.minimumCoverPence,
    };
  }
}

export class CheckTypeListDto {
  data: CheckTypeDto[];
}

export class CreateCheckDto {
  @ApiProperty({
    example: 'employers_liability_insurance',
    maxLength: 64,
    description: 'A code from GET /v1/check-types.',
  })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{1,63}$/, { message: 'type must be a check type code' })
  type: string;

  @ApiProperty({ enum: CheckOutcome, enumName: 'CheckOutcome' })
  @IsEnum(CheckOutcome)
  outcome: CheckOutcome;

  @ApiProperty({ example: 'Zurich policy EL-2026-0042' })
  @IsString()
  @Length(1, 500)
  evidenceRef: string;

  @ApiProperty({ format: 'date', example: '2026-09-01' })
  @IsDateOnly()
  verifiedAt: string;

  @ApiProperty({
    required: false,
    format: 'date',
    description: 'The last valid day. Defaults to verifiedAt plus the type’s validity months, less one day.',
  })
  @IsOptional()
  @IsDateOnly()
  expiresAt?: string;

  @ApiProperty({
    required: false,
    type: 'integer',
    example: 1000000000,
    description: 'Insurance cover in pence.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PENCE)
  coverPence?: number;

  @ApiProperty({ required: false })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  conditions?: string;

  @ApiProperty({ required: false, format: 'date' })
  @IsOptional()
  @IsDateOnly()
  conditionsDueDate?: string;
}

export class CheckDto {
  id: string;
  providerId: string;
  @ApiProperty({ maxLength: 64 })
  type: string;
  @ApiProperty({ enum: CheckOutcome, enumName: 'CheckOutcome' })
  outcome: CheckOutcome;
  @ApiProperty({ maxLength: 500 })
  evidenceRef: string;
  @ApiProperty({ format: 'date' })
  verifiedAt: string;
  @ApiProperty({ format: 'date', description: 'The last valid day.' })
  expiresAt: string;
  @ApiProperty({ minimum: 0, maximum: 1_000_000_000_000, type: 'integer', nullable: true })
  coverPence: number | null;
  @ApiProperty({ maxLength: 2000, type: String, nullable: true })
  conditions: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  conditionsDueDate: string | null;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The API key that recorded the check.',
  })
  verifiedBy: string | null;
  @ApiProperty({ description: 'The newest check of its type (by verifiedAt, then when recorded).' })
  current: boolean;
  createdAt: string;

  static from(row: ProviderCheck, current: boolean): CheckDto {
    return {
      id: row.id,
      providerId: row.providerId,
      type: row.type,
      outcome: row.outcome,
      evidenceRef: row.evidenceRef,
      verifiedAt: row.verifiedAt,
      expiresAt: row.expiresAt,
      coverPence: row.coverPence,
      conditions: row.conditions,
      conditionsDueDate: row.conditionsDueDate,
      verifiedBy: row.verifiedByKeyId,
      current,
      createdAt: row.createdAt.toISOString(),
    };
  }
}

export class CheckListDto {
  data: CheckDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}
