import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsDateOnly } from '../../common/date-only';
import { AvailabilityInterval } from '../availability';
import { CapacityDeclaration } from '../capacity.entity';
import { IsId } from '../../common/validators';

export class CreateCapacityDeclarationDto {
  @ApiProperty({ format: 'uuid' })
  @IsId()
  lotId: string;

  @ApiProperty({ format: 'date', example: '2026-09-01' })
  @IsDateOnly()
  from: string;

  @ApiProperty({ format: 'date', example: '2027-07-21' })
  @IsDateOnly()
  to: string;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 10000,
    example: 60,
    description: '10 sessions = one full-time place.',
  })
  @IsInt()
  @Min(0)
  @Max(10000)
  sessionsPerWeek: number;
}

export class CapacityQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsId()
  lotId: string;

  @ApiProperty({ format: 'date' })
  @IsDateOnly()
  from: string;

  @ApiProperty({ format: 'date' })
  @IsDateOnly()
  to: string;

  @ApiProperty({ format: 'uuid', required: false })
  @IsOptional()
  @IsId()
  providerId?: string;
}

export class CapacityDeclarationDto {
  id: string;
  providerId: string;
  lotId: string;
  @ApiProperty({ format: 'date' })
  from: string;
  @ApiProperty({ format: 'date' })
  to: string;
  sessionsPerWeek: number;
  createdAt: string;

  static from(row: CapacityDeclaration): CapacityDeclarationDto {
    return {
      id: row.id,
      providerId: row.providerId,
      lotId: row.lotId,
      from: row.fromDate,
      to: row.toDate,
      sessionsPerWeek: row.sessionsPerWeek,
      createdAt: row.createdAt.toISOString(),
    };
  }
}

export class AvailabilityIntervalDto implements AvailabilityInterval {
  @ApiProperty({ format: 'date' })
  from: string;
  @ApiProperty({ format: 'date' })
  to: string;
  declared: number;
  committed: number;
  available: number;
}

export class ProviderCapacityDto {
  providerId: string;
  @ApiProperty({ type: String, nullable: true })
  lastConfirmedAt: string | null;
  @ApiProperty({ description: 'No declaration on this lot for 14 days.' })
  stale: boolean;
  intervals: AvailabilityIntervalDto[];
}

export class CapacityDto {
  lotId: string;
  @ApiProperty({ format: 'date' })
  from: string;
  @ApiProperty({ format: 'date' })
  to: string;
  data: ProviderCapacityDto[];
}
