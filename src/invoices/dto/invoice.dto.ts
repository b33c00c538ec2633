import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsDateOnly } from '../../common/date-only';
import { PageQueryDto } from '../../common/pagination';
import { IsId, IsNotBlank, MAX_PENCE, MAX_UNIT_PRICE_PENCE } from '../../common/validators';
import { INVOICE_LINE_KINDS, InvoiceLineKind, LineReasonCode, LineStatus } from '../engine/line-matching';
import { INVOICE_STATUSES, InvoiceStatus } from '../engine/payment-terms';

// Lines of one invoice: a month of sessions, transport and outcome payments for up to ~100 placements.
export const MAX_INVOICE_LINES = 500;
export const MAX_LINE_QUANTITY = 100_000;

const LINE_REASON_CODES: LineReasonCode[] = [
  'amount_mismatch',
  'unit_price_differs',
  'above_commissioned',
  'above_billable',
  'delivery_unknown',
  'claim_not_found',
  'claim_not_verified',
  'claim_already_invoiced',
  'claim_amount_differs',
  'unpriced_charge',
];

export class CreateInvoiceLineDto {
  @ApiProperty({ format: 'uuid' })
  @IsId()
  callOffId: string;

  @ApiProperty({ enum: INVOICE_LINE_KINDS, enumName: 'InvoiceLineKind' })
  @IsIn(INVOICE_LINE_KINDS)
  kind: InvoiceLineKind;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: MAX_LINE_QUANTITY,
    description: 'sessions: the number of sessions (half days); outcome_payment: 1.',
  })
  @IsInt()
  @Min(0)
  @Max(MAX_LINE_QUANTITY)
  quantity: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: MAX_UNIT_PRICE_PENCE,
    description: "sessions: the call-off's price of one session, in pence.",
  })
  @IsInt()
  @Min(0)
  @Max(MAX_UNIT_PRICE_PENCE)
  unitPricePence: number;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: MAX_PENCE, description: 'quantity × unitPricePence.' })
  @IsInt()
  @Min(0)
  @Max(MAX_PENCE)
  amountPence: number;

  @ApiProperty({
    format: 'uuid',
    required: false,
    description:
      'outcome_payment: the verified outcome claim paid (required for that kind, refused otherwise).',
  })
  @ValidateIf(
    (line: CreateInvoiceLineDto) => line.kind === 'outcome_payment' || line.outcomeClaimId !== undefined,
  )
  @IsId()
  outcomeClaimId?: string;
}

export class CreateInvoiceDto {
  @ApiProperty({ format: 'uuid' })
  @IsId()
  commissionerOrganisationId: string;

  @ApiProperty({
    example: 'INV-2027-0042',
    maxLength: 64,
    description: "The provider's own invoice number; unique for the provider.",
  })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9/_.#-]{0,63}$/, {
    message: 'providerInvoiceNumber must be 1–64 letters, digits, /, _, ., # or -',
  })
  providerInvoiceNumber: string;

  @ApiProperty({ format: 'date', example: '2027-04-12' })
  @IsDateOnly()
  issuedOn: string;

  @ApiProperty({ format: 'date', example: '2027-03-22' })
  @IsDateOnly()
  periodFrom: string;

  @ApiProperty({ format: 'date', example: '2027-04-09' })
  @IsDateOnly()
  periodTo: string;

  @ApiProperty({ type: [CreateInvoiceLineDto], maxItems: MAX_INVOICE_LINES, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_INVOICE_LINES)
  @ValidateNested({ each: true })
  @Type(() => CreateInvoiceLineDto)
  lines: CreateInvoiceLineDto[];

  @ApiProperty({
    type: 'integer',
    required: false,
    minimum: 0,
    maximum: MAX_PENCE,
    description: "The invoice's total as written on it; when given it must be the sum of the lines' amounts.",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PENCE)
  totalPence?: number;
}

export class DisputeInvoiceDto {
  @ApiProperty({ example: 'Sessions in the Easter holiday billed', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  @IsNotBlank()
  reason: string;
}

export class PayInvoiceDto {
  @ApiProperty({ format: 'date', example: '2027-05-10' })
  @IsDateOnly()
  paidOn: string;
}

export class ListInvoicesQueryDto extends PageQueryDto {
  @ApiProperty({ enum: INVOICE_STATUSES, enumName: 'InvoiceStatus', required: false })
  @IsOptional()
  @IsIn(INVOICE_STATUSES)
  status?: InvoiceStatus;

  @ApiProperty({
    required: false,
    type: Boolean,
    description: 'true: only invoices unpaid after their due date (submitted or approved).',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsIn([true, false], { message: 'overdue must be true or false' })
  overdue?: boolean;

  @ApiProperty({ format: 'uuid', required: false })
  @IsOptional()
  @IsId()
  providerId?: string;

  @ApiProperty({ format: 'uuid', required: false })
  @IsOptional()
  @IsId()
  commissionerOrganisationId?: string;
}

export class InvoiceLineReasonDto {
  @ApiProperty({ enum: LINE_REASON_CODES, enumName: 'InvoiceLineReasonCode' })
  code: LineReasonCode;
  @ApiProperty({ maxLength: 500 })
  detail: string;
}

export class InvoiceLineDto {
  id: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_INVOICE_LINES })
  lineNumber: number;
  callOffId: string;
  lotId: string;
  @ApiProperty({ enum: INVOICE_LINE_KINDS, enumName: 'InvoiceLineKind' })
  kind: InvoiceLineKind;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: MAX_LINE_QUANTITY })
  quantity: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: MAX_UNIT_PRICE_PENCE })
  unitPricePence: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: MAX_PENCE })
  amountPence: number;
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  outcomeClaimId: string | null;
  @ApiProperty({ enum: ['matched', 'query'], enumName: 'InvoiceMatchStatus' })
  status: LineStatus;
  @ApiProperty({ type: [InvoiceLineReasonDto], maxItems: 10 })
  reasons: InvoiceLineReasonDto[];
  @ApiProperty({ type: 'integer', minimum: 0, maximum: MAX_PENCE, description: 'What the line may charge.' })
  expectedPence: number;
  @ApiProperty({
    type: 'integer',
    minimum: -MAX_PENCE,
    maximum: MAX_PENCE,
    description: 'amountPence − expectedPence: positive when billed above what is due.',
  })
  variancePence: number;
}

export class InvoiceDto {
  id: string;
  providerId: string;
  commissionerOrganisationId: string;
  @ApiProperty({ maxLength: 64 })
  providerInvoiceNumber: string;
  @ApiProperty({ format: 'date' })
  issuedOn: string;
  @ApiProperty({ format: 'date' })
  periodFrom: string;
  @ApiProperty({ format: 'date' })
  periodTo: string;
  @ApiProperty({ format: 'date', description: 'The day the service received the invoice.' })
  receivedOn: string;
  @ApiProperty({
    format: 'date',
    description: 'receivedOn + 30 days (Procurement Act 2023 s.68, implied payment terms).',
  })
  dueBy: string;
  @ApiProperty({ format: 'date', nullable: true, type: String })
  paidOn: string | null;
  @ApiProperty({ enum: INVOICE_STATUSES, enumName: 'InvoiceStatus' })
  status: InvoiceStatus;
  @ApiProperty({ description: 'Unpaid (submitted or approved) after dueBy.' })
  overdue: boolean;
  @ApiProperty({ enum: ['matched', 'query'], enumName: 'InvoiceMatchStatus' })
  matchStatus: LineStatus;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: MAX_PENCE })
  totalPence: number;
  @ApiProperty({ type: 'integer', minimum: -MAX_PENCE, maximum: MAX_PENCE })
  variancePence: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: 2000,
    description: 'Why the commissioner disputed it (the two parties only).',
  })
  disputeReason: string | null;
  @ApiProperty({ type: [InvoiceLineDto], maxItems: MAX_INVOICE_LINES })
  lines: InvoiceLineDto[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export class InvoiceSummaryDto {
  id: string;
  providerId: string;
  commissionerOrganisationId: string;
  @ApiProperty({ maxLength: 64 })
  providerInvoiceNumber: string;
  @ApiProperty({ format: 'date' })
  issuedOn: string;
  @ApiProperty({ format: 'date' })
  periodFrom: string;
  @ApiProperty({ format: 'date' })
  periodTo: string;
  @ApiProperty({ format: 'date' })
  receivedOn: string;
  @ApiProperty({ format: 'date' })
  dueBy: string;
  @ApiProperty({ format: 'date', nullable: true, type: String })
  paidOn: string | null;
  @ApiProperty({ enum: INVOICE_STATUSES, enumName: 'InvoiceStatus' })
  status: InvoiceStatus;
  overdue: boolean;
  @ApiProperty({ enum: ['matched', 'query'], enumName: 'InvoiceMatchStatus' })
  matchStatus: LineStatus;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: MAX_PENCE })
  totalPence: number;
  @ApiProperty({ type: 'integer', minimum: -MAX_PENCE, maximum: MAX_PENCE })
  variancePence: number;
  version: number;
  createdAt: string;
}

export class InvoicePageDto {
  data: InvoiceSummaryDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

// For the finance module: approved spend of one organisation in one financial year, per placement.
export interface ApprovedSpend {
  callOffId: string;
  lotId: string;
  providerId: string;
  amountPence: number;
}
