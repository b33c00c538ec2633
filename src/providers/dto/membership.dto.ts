import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length } from 'class-validator';
import { IsDateOnly } from '../../common/date-only';
import { PageQueryDto } from '../../common/pagination';
import { MembershipStatus } from '../lot-membership.entity';
import { IsId, IsNotBlank } from '../../common/validators';

export class AddLotMemberDto {
  @ApiProperty({ format: 'uuid' })
  @IsId()
  providerId: string;

  @ApiProperty({ required: false, example: 'Admitted after the July 2026 evaluation.' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  @IsNotBlank()
  reason?: string;
}

export class MembershipReasonDto {
  @ApiProperty({ example: 'Safeguarding concern under investigation.' })
  @IsString()
  @Length(1, 2000)
  @IsNotBlank()
  reason: string;
}

export class ListLotMembersQueryDto extends PageQueryDto {
  @ApiProperty({
    required: false,
    format: 'date',
    description: 'Only providers eligible for this lot on this date.',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  @IsDateOnly()
  eligibleOn?: string;
}

export class LotMemberDto {
  providerId: string;
  @ApiProperty({ maxLength: 200 })
  providerName: string;
  lotId: string;
  @ApiProperty({ enum: MembershipStatus, enumName: 'MembershipStatus' })
  status: MembershipStatus;
  @ApiProperty({ maxLength: 2000, type: String, nullable: true })
  statusReason: string | null;
  @ApiProperty({ minimum: 0, maximum: 2147483647, type: 'integer' })
  version: number;
  admittedAt: string;
  updatedAt: string;
}

export class LotMemberListDto {
  data: LotMemberDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}
