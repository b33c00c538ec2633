import { ApiProperty } from '@nestjs/swagger';
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
  @ApiProperty({ type: [String], required: false, description: FREE_TEXT })
  objectives?: string[];
  reviewFrequencyWeeks: number;
  @ApiProperty({ enum: NextStep, enumName: 'NextStep' })
  nextStep: NextStep;
  @ApiProperty({ nullable: true, type: String, required: false, description: FREE_TEXT })
  reintegrationCriteria?: string | null;
}

export class FinancialYearTotalDto {
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
  byFinancialYear: FinancialYearTotalDto[];
}

export class WarningDto {
  code: string;
  detail: string;
}

// A list item: everything but the plan, the award evidence, warnings and variation history (GET by id has them),
// so a page of 50 stays small and quick.
export class CallOffSummaryDto {
  id: string;
  @ApiProperty({ example: 'CO-000123' })
  reference: string;
  frameworkId: string;
  lotId: string;
  providerId: string;
  commissionerOrganisationId: string;
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
  code: string;
  detail: string;
}

export class CallOffReviewDto {
  @ApiProperty({
    description: 'The provider is no longer eligible today; the placement continues but needs review.',
  })
  required: boolean;
  reasons: ReviewReasonDto[];
}

// One call-off in full: the summary plus the plan, the award evidence, warnings and the variation history.
export class CallOffDto extends CallOffSummaryDto {
  @ApiProperty({ required: false, description: FREE_TEXT })
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
  })
  responseNote?: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'The ranking as it stood: inputs, weights, scores, the rule and the choice. The addressed provider sees its own ' +
      'ranking row only, and no exclusions. Its `justification` (why a lower-ranked provider was chosen) is free text ' +
      'about the child, absent for admin and auditor keys; that one was required shows in `chosenRank`.',
  })
  awardEvidence: Record<string, unknown>;
  warnings: WarningDto[];
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description:
      'A termination’s `details.reason` is free text about the child, absent for admin and auditor keys.',
  })
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
      variations: row.variations.map((v) =>
        freeText
          ? (v as unknown as Record<string, unknown>)
          : { ...v, details: without(v.details, 'reason') },
      ),
      review,
    };
  }
}

function without(record: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _left, ...rest } = record;
  return rest;
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
