import { ApiProperty } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsDateOnly } from '../../common/date-only';
import { IsId } from '../../common/validators';

export class EligibilityQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsId()
  lotId: string;

  @ApiProperty({
    required: false,
    format: 'date',
    description:
      'Defaults to today (London). Checks are judged as they stood on this date (the newest verified on or before ' +
      'it, with its expiry and any conditions). Directory status and lot membership are taken as they stand now: a ' +
      'suspension or removal applies to every date, so a provider suspended today takes no new placement even ' +
      'with a start date in the past.',
  })
  @IsOptional()
  @IsDateOnly()
  date?: string;
}

export enum EligibilityReasonCode {
  NotApproved = 'not_approved',
  NotMember = 'not_member',
  MembershipSuspended = 'membership_suspended',
  CheckMissing = 'check_missing',
  CheckExpired = 'check_expired',
  CheckFailed = 'check_failed',
  UnregisteredForRegisteredLot = 'unregistered_for_registered_lot',
}

export class EligibilityReasonDto {
  @ApiProperty({ enum: EligibilityReasonCode, enumName: 'EligibilityReasonCode' })
  code: EligibilityReasonCode;
  @ApiProperty({ maxLength: 2000, description: 'For check reasons, the check type code.' })
  detail: string;
}

export class EligibilityDto {
  providerId: string;
  lotId: string;
  @ApiProperty({ format: 'date' })
  date: string;
  eligible: boolean;
  @ApiProperty({ maxItems: 100, type: [EligibilityReasonDto] })
  reasons: EligibilityReasonDto[];
}
