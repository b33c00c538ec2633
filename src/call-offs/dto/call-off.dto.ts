import { ApiProperty } from '@nestjs/swagger';
import { MAX_ACADEMIC_YEARS } from '../../calendar/dto/calendar.dto';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, ValidationOptions, registerDecorator } from 'class-validator';
import { IsDateOnly } from '../../common/date-only';
import { PageQueryDto } from '../../common/pagination';
import { PricingUnit } from '../../frameworks/framework-types';
import { AwardEvidence } from '../award-evidence';
import { CallOff, DeclineReason, NextStep, StatutoryBasis } from '../call-off.entity';
import { ExcludedProviderDto, MatchInputsDto, MatchScoresDto, WeightsDto } from './matches.dto';
import { CallOffStatus } from '../engine/lifecycle';
import { PATTERN_SESSIONS, PatternSession } from '../engine/pattern';
import { IsId } from '../../common/validators';

// RFC 3339 date-time with an offset (Z or ±hh:mm), a real calendar instant, and a year PostgreSQL takes.
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-](\d{2}):(\d{2}))$/i;

export function isRfc3339(value: unknown): value is string {
  const parts = typeof value === 'string' ? RFC3339.exec(value) : null;
  if (!parts) return false;
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map(Number);
  const calendarDay = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    calendarDay.getUTCMonth() === month - 1 &&
    calendarDay.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60 &&
    (parts[9] === undefined || (Number(parts[9]) < 24 && Number(parts[10]) < 60))
  );
}

function IsRfc3339(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isRfc3339',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `${String(propertyName)} must be an RFC 3339 timestamp such as 2026-11-02T09:00:00Z`,
        ...options,
      },
      validator: { validate: isRfc3339 },
    });
}

export class ListCallOffsQueryDto extends PageQueryDto {
  @ApiProperty({ required: false, enum: CallOffStatus, enumName: 'CallOffStatus' })
  @IsOptional()
  @IsEnum(CallOffStatus)
  status?: CallOffStatus;

  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptional()
  @IsId()
  lotId?: string;

  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptional()
  @IsId()
  providerId?: string;

  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptional()
  @IsId()
  commissionerOrganisationId?: string;

  @ApiProperty({ required: false, format: 'date' })
  @IsOptional()
  @IsDateOnly()
  startFrom?: string;

  @ApiProperty({ required: false, format: 'date' })
  @IsOptional()
  @IsDateOnly()
  startTo?: string;

  @ApiProperty({ required: false, type: Boolean })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  statutoryDeadlineMet?: boolean;

  @ApiProperty({
    required: false,
    format: 'date-time',
    example: '2026-11-02T09:00:00Z',
    description:
      'Only call-offs changed at or after this instant (their updatedAt). Pass the same value with each cursor: ' +
      'a call-off changed while you page still matches, so none that matched when you began is missed.',
  })
  @IsOptional()
  @IsRfc3339()
  updatedSince?: string;
}

export class CallOffChildDto {
  yearGroup: number;
  @ApiProperty({
    nullable: true,
    type: Boolean,
    description: 'Shown only to the commissioner and the addressed provider.',
  })
  ehcp: boolean | null;
  @ApiProperty({
    nullable: true,
    type: Boolean,
    description: 'Shown only to the commissioner and the addressed provider.',
  })
  lookedAfter: boolean | null;
  @ApiProperty({
    maxLength: 2000,
    nullable: true,
    type: String,
    description: 'Shown only to the commissioner and the addressed provider.',
  })
  needsSummary: string | null;
}

const FREE_TEXT =
  'Free text about the child: present only for the commissioner and the addressed provider, absent (not null) for ' +
  'admin and auditor keys.';

export class CallOffPlanDto {
  @ApiProperty({
    type: 'array',
    items: { type: 'string', maxLength: 1000 },
    maxItems: 20,
    required: false,
    description: FREE_TEXT,
  })
  objectives?: string[];
  reviewFrequencyWeeks: number;
  @ApiProperty({ enum: NextStep, enumName: 'NextStep' })
  nextStep: NextStep;
  @ApiProperty({ nullable: true, type: String, required: false, description: FREE_TEXT, maxLength: 2000 })
  reintegrationCriteria?: string | null;
}

export class FinancialYearTotalDto {
  @ApiProperty({ maxLength: 7 })
  financialYear: string;
  schoolDays: number;
  totalPence: number;
}

export class CallOffPriceDto {
  rateCardId: string;
  @ApiProperty({ enum: PricingUnit, enumName: 'PricingUnit' })
  unit: PricingUnit;
  unitPricePence: number;
  schoolDays: number;
  totalPence: number;
  basePence: number;
  atRiskPence: number;
  @ApiProperty({ maxItems: MAX_ACADEMIC_YEARS + 1 })
  byFinancialYear: FinancialYearTotalDto[];
}

export class WarningDto {
  @ApiProperty({ maxLength: 64 })
  code: string;
  @ApiProperty({ maxLength: 2000 })
  detail: string;
}

// A list item: everything but the plan, the award evidence, warnings and variation history (GET by id has them),
// so a page of 50 stays small and quick.
export class CallOffSummaryDto {
  id: string;
  @ApiProperty({ maxLength: 32, example: 'CO-000123' })
  reference: string;
  frameworkId: string;
  lotId: string;
  providerId: string;
  commissionerOrganisationId: string;
  @ApiProperty({ maxLength: 64 })
  childRef: string;
  child: CallOffChildDto;
  @ApiProperty({ enum: StatutoryBasis, enumName: 'StatutoryBasis' })
  statutoryBasis: StatutoryBasis;
  @ApiProperty({ format: 'date', nullable: true, type: String })
  statutoryDeadline: string | null;
  @ApiProperty({ nullable: true, type: Boolean })
  statutoryDeadlineMet: boolean | null;
  @ApiProperty({ format: 'date' })
  startDate: string;
  @ApiProperty({ format: 'date' })
  endDate: string;
  @ApiProperty({
    minimum: 1,
    maximum: 10,
    type: 'integer',
    description: 'Sessions a week of the last period bought; each change of sessions is in variations.',
  })
  sessionsPerWeek: number;
  @ApiProperty({
    type: [String],
    enum: PATTERN_SESSIONS,
    enumName: 'PatternSession',
    maxItems: 10,
    nullable: true,
    description: 'The weekly pattern of the last period bought, or null when sessions are not tied to days.',
  })
  pattern: PatternSession[] | null;
  @ApiProperty({ enum: CallOffStatus, enumName: 'CallOffStatus' })
  status: CallOffStatus;
  offerExpiresAt: string;
  @ApiProperty({ format: 'date', nullable: true, type: String })
  terminatedOn: string | null;
  price: CallOffPriceDto;
  version: number;
  createdAt: string;
  updatedAt: string;

  static from(row: CallOff, status: CallOffStatus, showSpecialCategory: boolean): CallOffSummaryDto {
    return {
      id: row.id,
      reference: `CO-${String(row.number).padStart(6, '0')}`,
      frameworkId: row.frameworkId,
      lotId: row.lotId,
      providerId: row.providerId,
      commissionerOrganisationId: row.commissionerOrganisationId,
      childRef: row.childRef,
      child: {
        yearGroup: row.childYearGroup,
        ehcp: showSpecialCategory ? row.childEhcp : null,
        lookedAfter: showSpecialCategory ? row.childLookedAfter : null,
        needsSummary: showSpecialCategory ? row.childNeedsSummary : null,
      },
      statutoryBasis: row.statutoryBasis,
      statutoryDeadline: row.statutoryDeadline,
      statutoryDeadlineMet: row.statutoryDeadlineMet,
      startDate: row.startDate,
      endDate: row.endDate,
      sessionsPerWeek: row.sessionsPerWeek,
      pattern: row.pattern ?? null,
      status,
      offerExpiresAt: row.offerExpiresAt.toISOString(),
      terminatedOn: row.terminatedOn,
      price: {
        rateCardId: row.rateCardId,
        unit: row.unit,
        unitPricePence: row.unitPricePence,
        schoolDays: row.schoolDays,
        totalPence: row.totalPence,
        basePence: row.basePence,
        atRiskPence: row.atRiskPence,
        byFinancialYear: row.byFinancialYear,
      },
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}

export class AwardLocationDto {
  latitude: number;
  longitude: number;
}

export class AwardInputsDto {
  @ApiProperty({ format: 'date' })
  startDate: string;
  @ApiProperty({ format: 'date' })
  endDate: string;
  @ApiProperty({ minimum: 1, maximum: 10, type: 'integer' })
  sessionsPerWeek: number;
  @ApiProperty({ type: AwardLocationDto, nullable: true })
  location: AwardLocationDto | null;
}

export class RankingEntryDto {
  providerId: string;
  @ApiProperty({ minimum: 1, maximum: 100000, type: 'integer' })
  rank: number;
  score: number;
  inputs: MatchInputsDto;
  scores: MatchScoresDto;
}

// Procurement Act 2023 s.45(4): the direct award's objective mechanism, run and recorded.
export class AwardEvidenceDto {
  @ApiProperty({ enum: ['direct'] })
  method: 'direct';
  @ApiProperty({ format: 'date-time' })
  calculatedAt: string;
  inputs: AwardInputsDto;
  @ApiProperty({ description: 'The lot’s direct-award weights.' })
  weights: WeightsDto;
  @ApiProperty({
    description: 'The weights as applied (distance’s share moves to the others without a location).',
  })
  weightsApplied: WeightsDto;
  @ApiProperty({ maxLength: 500 })
  rule: string;
  @ApiProperty({
    maxItems: 10000,
    type: [RankingEntryDto],
    description: 'Every ranked provider, best first.',
  })
  ranking: RankingEntryDto[];
  @ApiProperty({
    maxItems: 10000,
    type: [ExcludedProviderDto],
    description: 'Every member that could not take the placement, with why.',
  })
  excluded: ExcludedProviderDto[];
  chosenProviderId: string;
  @ApiProperty({ minimum: 1, maximum: 100000, type: 'integer' })
  chosenRank: number;
  @ApiProperty({ enum: ['named_by_commissioner', 'top_ranked'] })
  selection: 'named_by_commissioner' | 'top_ranked';
  @ApiProperty({
    maxLength: 2000,
    type: String,
    nullable: true,
    required: false,
    description: 'Free text about the child: absent for admin and auditor keys.',
  })
  justification?: string | null;
}

export class VariationDetailsDto {
  @ApiProperty({ required: false, format: 'date', description: 'extend: the new end date.' })
  newEndDate?: string;
  @ApiProperty({
    minimum: 1,
    maximum: 10,
    required: false,
    type: 'integer',
    description: 'change_sessions: the new sessions a week.',
  })
  sessionsPerWeek?: number;
  @ApiProperty({ required: false, format: 'date', description: 'change_sessions: the first day at them.' })
  effectiveFrom?: string;
  @ApiProperty({
    minimum: 1,
    maximum: 10,
    required: false,
    type: 'integer',
    description: 'change_sessions: the sessions a week before.',
  })
  previousSessionsPerWeek?: number;
  @ApiProperty({
    required: false,
    type: [String],
    enum: PATTERN_SESSIONS,
    enumName: 'PatternSession',
    maxItems: 10,
    description: 'change_sessions: the new weekly pattern, when one was given.',
  })
  pattern?: PatternSession[];
  @ApiProperty({
    required: false,
    type: [String],
    enum: PATTERN_SESSIONS,
    enumName: 'PatternSession',
    maxItems: 10,
    nullable: true,
    description: 'change_sessions: the weekly pattern before.',
  })
  previousPattern?: PatternSession[] | null;
  @ApiProperty({ required: false, format: 'date', description: 'terminate: the last day of the placement.' })
  effectiveDate?: string;
  @ApiProperty({ maxLength: 2000, required: false, description: 'terminate: why the placement ends early.' })
  reason?: string;
  @ApiProperty({ required: false, format: 'date', description: 'blanket_extension: the date extended to.' })
  extendTo?: string;
}

export class VariationDto {
  @ApiProperty({ enum: ['extend', 'change_sessions', 'terminate', 'blanket_extension'] })
  kind: 'extend' | 'change_sessions' | 'terminate' | 'blanket_extension';
  @ApiProperty({ format: 'date-time' })
  at: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The API key that made it.' })
  byKeyId: string | null;
  details: VariationDetailsDto;
  @ApiProperty({ format: 'date' })
  previousEndDate: string;
  previousTotalPence: number;
  newTotalPence: number;
}

export class ReviewReasonDto {
  @ApiProperty({ maxLength: 64 })
  code: string;
  @ApiProperty({ maxLength: 2000 })
  detail: string;
}

export class CallOffReviewDto {
  @ApiProperty({
    description: 'The provider is no longer eligible today; the placement continues but needs review.',
  })
  required: boolean;
  @ApiProperty({ maxItems: 100 })
  reasons: ReviewReasonDto[];
}

// One call-off in full: the summary plus the plan, the award evidence, warnings and the variation history.
export class CallOffDto extends CallOffSummaryDto {
  @ApiProperty({ required: false, description: FREE_TEXT, maxLength: 500 })
  primaryReason?: string;
  @ApiProperty({ format: 'date', nullable: true, type: String })
  exclusionDate: string | null;
  fullTime: boolean;
  plan: CallOffPlanDto;
  @ApiProperty({
    format: 'date',
    nullable: true,
    type: String,
    description: 'Shown to the commissioner and the addressed provider only (it implies an EHC plan).',
  })
  sendCaseworkerNotifiedAt: string | null;
  @ApiProperty({ nullable: true, type: String })
  respondedAt: string | null;
  @ApiProperty({ enum: DeclineReason, enumName: 'DeclineReason', nullable: true })
  declineReasonCode: DeclineReason | null;
  @ApiProperty({
    nullable: true,
    type: String,
    required: false,
    description: `The provider's accept or decline note, or the commissioner's withdrawal reason. ${FREE_TEXT}`,
    maxLength: 2000,
  })
  responseNote?: string | null;
  @ApiProperty({
    type: AwardEvidenceDto,
    description:
      'The ranking as it stood: inputs, weights, scores, the rule and the choice. The addressed provider sees its own ' +
      'ranking row only, and no exclusions. Its `justification` (why a lower-ranked provider was chosen) is free text ' +
      'about the child, absent for admin and auditor keys; that one was required shows in `chosenRank`.',
  })
  awardEvidence: AwardEvidenceDto;
  warnings: WarningDto[];
  @ApiProperty({
    type: [VariationDto],
    description:
      'Every variation, oldest first. A termination’s `details.reason` is free text about the child, absent for admin and auditor keys.',
  })
  variations: VariationDto[];
  @ApiProperty({
    type: CallOffReviewDto,
    nullable: true,
    description: 'For an accepted or active placement: whether its provider is still eligible today.',
  })
  review: CallOffReviewDto | null;

  static override from(
    row: CallOff,
    status: CallOffStatus,
    showSpecialCategory: boolean,
    review: CallOffReviewDto | null = null,
    ownEvidenceOnly = false,
  ): CallOffDto {
    // Free text written about a child can say anything the flags say and more (a diagnosis, a family matter), so it
    // reaches only those who may read the flags (UK GDPR Art. 9 and Art. 5(1)(c) data minimisation; README, Data
    // protection). For everyone else it is left out, never blanked: an empty string would claim nothing was written.
    const freeText = showSpecialCategory;
    const evidence = ownEvidenceOnly ? ownRowOnly(row.awardEvidence, row.providerId) : row.awardEvidence;
    return {
      ...CallOffSummaryDto.from(row, status, showSpecialCategory),
      ...(freeText ? { primaryReason: row.primaryReason } : {}),
      exclusionDate: row.exclusionDate,
      fullTime: row.fullTime,
      plan: freeText
        ? row.plan
        : { reviewFrequencyWeeks: row.plan.reviewFrequencyWeeks, nextStep: row.plan.nextStep },
      // Only set for a child with an EHC plan, so it is special-category data too.
      sendCaseworkerNotifiedAt: showSpecialCategory ? row.sendCaseworkerNotifiedAt : null,
      respondedAt: row.respondedAt ? row.respondedAt.toISOString() : null,
      declineReasonCode: row.declineReasonCode,
      ...(freeText ? { responseNote: row.responseNote } : {}),
      awardEvidence: freeText ? evidence : without(evidence, 'justification'),
      warnings: row.warnings,
      variations: freeText
        ? row.variations
        : row.variations.map((v) => ({ ...v, details: without(v.details, 'reason') })),
      review,
    };
  }
}

function without<T extends object, K extends keyof T>(record: T, key: K): Omit<T, K> {
  const { [key]: _left, ...rest } = record;
  return rest;
}

// The evidence as the addressed provider may read it: the rule, the weights and its own row; no other provider.
function ownRowOnly(evidence: AwardEvidence, providerId: string): AwardEvidence {
  return {
    ...evidence,
    ranking: evidence.ranking.filter((row) => row.providerId === providerId),
    excluded: [],
  };
}

export class CallOffPageDto {
  data: CallOffSummaryDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}
