import { ApiProperty } from '@nestjs/swagger';
import { MAX_ACADEMIC_YEARS } from '../../calendar/dto/calendar.dto';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { IsDateOnly } from '../../common/date-only';
import { PageQueryDto } from '../../common/pagination';
import { PricingUnit } from '../../frameworks/lot.entity';
import { CallOff, DeclineReason, NextStep, StatutoryBasis } from '../call-off.entity';
import { CallOffStatus } from '../engine/lifecycle';
import { IsId } from '../../common/validators';

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

export class CallOffPlanDto {
  @ApiProperty({ maxItems: 20, items: { type: 'string', maxLength: 1000 } })
  objectives: string[];
  reviewFrequencyWeeks: number;
  @ApiProperty({ enum: NextStep, enumName: 'NextStep' })
  nextStep: NextStep;
  @ApiProperty({ maxLength: 2000, nullable: true, type: String })
  reintegrationCriteria: string | null;
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
  @ApiProperty({ maxLength: 500 })
  primaryReason: string;
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
  @ApiProperty({ maxLength: 2000, nullable: true, type: String })
  responseNote: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'The ranking as it stood: inputs, weights, scores, the rule and the choice. The addressed provider sees its own ' +
      'ranking row only, and no exclusions.',
  })
  awardEvidence: Record<string, unknown>;
  warnings: WarningDto[];
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  variations: Record<string, unknown>[];
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
    return {
      ...CallOffSummaryDto.from(row, status, showSpecialCategory),
      primaryReason: row.primaryReason,
      exclusionDate: row.exclusionDate,
      fullTime: row.fullTime,
      plan: row.plan,
      // Only set for a child with an EHC plan, so it is special-category data too.
      sendCaseworkerNotifiedAt: showSpecialCategory ? row.sendCaseworkerNotifiedAt : null,
      respondedAt: row.respondedAt ? row.respondedAt.toISOString() : null,
      declineReasonCode: row.declineReasonCode,
      responseNote: row.responseNote,
      awardEvidence: ownEvidenceOnly ? ownRowOnly(row.awardEvidence, row.providerId) : row.awardEvidence,
      warnings: row.warnings,
      variations: row.variations as unknown as Record<string, unknown>[],
      review,
    };
  }
}

// The evidence as the addressed provider may read it: the rule, the weights and its own row; no other provider.
function ownRowOnly(evidence: Record<string, unknown>, providerId: string): Record<string, unknown> {
  const ranking = Array.isArray(evidence.ranking) ? (evidence.ranking as { providerId?: string }[]) : [];
  return { ...evidence, ranking: ranking.filter((row) => row.providerId === providerId), excluded: [] };
}

export class CallOffPageDto {
  data: CallOffSummaryDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}
