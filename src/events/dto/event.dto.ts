import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { EVENT_TYPES, EventType } from '../event-types';

export class EventFeedQueryDto {
  @ApiProperty({
    required: false,
    description: 'The nextCursor of the previous page; omit to read from the first event.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  after?: string;

  @ApiProperty({
    required: false,
    description: 'Event types to return (default: every type), comma-separated or the parameter repeated.',
    enum: EVENT_TYPES,
    enumName: 'EventType',
    isArray: true,
    maxItems: EVENT_TYPES.length,
    example: ['call_off.accepted', 'call_off.declined'],
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean)
      : value,
  )
  @ArrayMaxSize(EVENT_TYPES.length)
  @IsIn(EVENT_TYPES, { each: true, message: `types must be among ${EVENT_TYPES.join(', ')}` })
  types?: EventType[];

  @ApiProperty({ required: false, minimum: 1, maximum: 200, default: 50, type: 'integer' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class EventSubjectDto {
  @ApiProperty({ maxLength: 64, example: 'call_off' })
  type: string;
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({
    minimum: 1,
    maximum: 2147483647,
    type: 'integer',
    nullable: true,
    description: 'The subject’s version after the change.',
  })
  version: number | null;
}

export class EventDto {
  @ApiProperty({
    format: 'uuid',
    description: 'UUIDv7: sortable by time; the webhook payload carries the same id.',
  })
  id: string;
  @ApiProperty({ enum: EVENT_TYPES, enumName: 'EventType' })
  type: EventType;
  @ApiProperty({ format: 'date-time' })
  occurredAt: string;
  subject: EventSubjectDto;
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  frameworkId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  commissionerOrganisationId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  providerId: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What every reader of the event sees.',
  })
  payload: Record<string, unknown>;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'Children’s special-category data (EHC plan, looked after, needs, free text); present only for the commissioner organisation and the provider the event names.',
  })
  restricted?: Record<string, unknown>;
}

export class EventFeedDto {
  data: EventDto[];
  @ApiProperty({
    description: 'Pass as `after` to read on. Present even on an empty page: poll with it to tail the feed.',
  })
  nextCursor: string;
}
