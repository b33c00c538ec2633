import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsDateOnly } from '../../common/date-only';
import { PageQueryDto } from '../../common/pagination';
import { IsId } from '../../common/validators';
import { REVIEW_TYPES, ReviewType } from '../engine/review-due';
import {
  ATTENDEE_ROLES,
  AttendeeRole,
  DESTINATIONS,
  Destination,
  PROGRESS_RATINGS,
  ProgressRating,
  REVIEW_DECISIONS,
  ReviewDecision,
} from '../review.entity';

export class ProgressItemDto {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 19,
    description: 'Index (from 0) into the placement plan’s objectives.',
  })
  @IsInt()
  @Min(0)
  @Max(19)
  objective: number;

  @ApiProperty({ enum: PROGRESS_RATINGS, enumName: 'ProgressRating' })
  @IsIn(PROGRESS_RATINGS)
  rating: ProgressRating;
}

export class CreateReviewDto {
  @ApiProperty({ enum: REVIEW_TYPES, enumName: 'ReviewType' })
  @IsIn(REVIEW_TYPES)
  type: ReviewType;

  @ApiProperty({
    format: 'date',
    description: 'The day the review was held: not before the start, not in the future.',
  })
  @IsDateOnly()
  heldOn: string;

  @ApiProperty({
    enum: ATTENDEE_ROLES,
    enumName: 'ReviewAttendeeRole',
    isArray: true,
    maxItems: 12,
    description: 'Who attended, by role (never by name).',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @IsIn(ATTENDEE_ROLES, { each: true })
  attendeeRoles: AttendeeRole[];

  @ApiProperty({ description: 'The child’s views were sought and recorded.' })
  @IsBoolean()
  childViewsCaptured: boolean;

  @ApiProperty({ description: 'The parents’ or carers’ views were sought and recorded.' })
  @IsBoolean()
  parentViewsCaptured: boolean;

  @ApiProperty({
    type: [ProgressItemDto],
    maxItems: 20,
    description: 'A rating per plan objective reviewed.',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ProgressItemDto)
  progress: ProgressItemDto[];

  @ApiProperty({ enum: REVIEW_DECISIONS, enumName: 'ReviewDecision' })
  @IsIn(REVIEW_DECISIONS)
  decision: ReviewDecision;

  @ApiProperty({ required: false, description: 'Whether the plan’s reintegration criteria are met.' })
  @IsOptional()
  @IsBoolean()
  reintegrationCriteriaMet?: boolean;

  @ApiProperty({
    enum: DESTINATIONS,
    enumName: 'ReviewDestination',
    required: false,
    description: 'Where the child goes next: required on an exit review, refused on any other.',
  })
  @IsOptional()
  @IsIn(DESTINATIONS)
  destination?: Destination;
}

export class ProgressItemViewDto {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 19 })
  objective: number;
  @ApiProperty({ enum: PROGRESS_RATINGS, enumName: 'ProgressRating' })
  rating: ProgressRating;
}

export class NextReviewDto {
  @ApiProperty({ enum: ['initial', 'scheduled'], enumName: 'DueReviewType' })
  type: 'initial' | 'scheduled';
  @ApiProperty({ format: 'date' })
  dueBy: string;
}

export class ReviewDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  callOffId: string;
  @ApiProperty({ enum: REVIEW_TYPES, enumName: 'ReviewType' })
  type: ReviewType;
  @ApiProperty({ format: 'date' })
  heldOn: string;
  @ApiProperty({ enum: ATTENDEE_ROLES, enumName: 'ReviewAttendeeRole', isArray: true, maxItems: 12 })
  attendeeRoles: AttendeeRole[];
  childViewsCaptured: boolean;
  parentViewsCaptured: boolean;
  @ApiProperty({ type: [ProgressItemViewDto], maxItems: 20 })
  progress: ProgressItemViewDto[];
  @ApiProperty({ enum: REVIEW_DECISIONS, enumName: 'ReviewDecision' })
  decision: ReviewDecision;
  @ApiProperty({ type: Boolean, nullable: true })
  reintegrationCriteriaMet: boolean | null;
  @ApiProperty({ enum: DESTINATIONS, enumName: 'ReviewDestination', nullable: true })
  destination: Destination | null;
  @ApiProperty({ enum: ['commissioner', 'provider'], enumName: 'ReviewRecordedBy' })
  recordedBy: 'commissioner' | 'provider';
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

// A recorded review with the placement's next review as it now stands.
export class RecordedReviewDto extends ReviewDto {
  @ApiProperty({ type: NextReviewDto, nullable: true, description: 'null: no further review falls due.' })
  nextReview: NextReviewDto | null;
}

export class ReviewPageDto {
  @ApiProperty({ type: [ReviewDto], maxItems: 200 })
  data: ReviewDto[];
  @ApiProperty({ type: String, nullable: true, maxLength: 500 })
  nextCursor: string | null;
}

export const DUE_FILTERS = ['overdue', 'upcoming'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

export class DueReviewsQueryDto extends PageQueryDto {
  @ApiProperty({
    enum: DUE_FILTERS,
    enumName: 'ReviewDueFilter',
    description: 'overdue: due before today; upcoming: due today or later. Live placements only.',
  })
  @IsIn(DUE_FILTERS)
  due: DueFilter;

  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptional()
  @IsId()
  lotId?: string;
}

export class DueReviewDto {
  @ApiProperty({ format: 'uuid' })
  callOffId: string;
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 2147483647,
    description: 'The call-off’s number (CO-000123).',
  })
  number: number;
  @ApiProperty({ maxLength: 32, example: 'CO-000123' })
  reference: string;
  @ApiProperty({ maxLength: 64, description: 'The commissioner’s reference for the child.' })
  childRef: string;
  @ApiProperty({ format: 'uuid' })
  providerId: string;
  @ApiProperty({ format: 'uuid' })
  lotId: string;
  @ApiProperty({ enum: ['initial', 'scheduled'], enumName: 'DueReviewType' })
  type: 'initial' | 'scheduled';
  @ApiProperty({ format: 'date' })
  dueBy: string;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 100000,
    description: 'Calendar days since dueBy (0 if not yet past).',
  })
  daysOverdue: number;
  @ApiProperty({ format: 'date', nullable: true })
  lastHeldOn: string | null;
}

export class DueReviewPageDto {
  @ApiProperty({ type: [DueReviewDto], maxItems: 200 })
  data: DueReviewDto[];
  @ApiProperty({ type: String, nullable: true, maxLength: 500 })
  nextCursor: string | null;
}

export class DueReviewsSummaryQueryDto {
  @ApiProperty({ enum: DUE_FILTERS, enumName: 'ReviewDueFilter' })
  @IsIn(DUE_FILTERS)
  due: DueFilter;
}

export class DueReviewCountDto {
  @ApiProperty({ format: 'uuid' })
  lotId: string;
  @ApiProperty({ format: 'uuid' })
  providerId: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 2147483647 })
  placements: number;
}

export class DueReviewsSummaryDto {
  @ApiProperty({ enum: DUE_FILTERS, enumName: 'ReviewDueFilter' })
  due: DueFilter;
  @ApiProperty({ format: 'date' })
  asOf: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 2147483647 })
  total: number;
  @ApiProperty({ type: [DueReviewCountDto], maxItems: 10000 })
  byLotAndProvider: DueReviewCountDto[];
}
