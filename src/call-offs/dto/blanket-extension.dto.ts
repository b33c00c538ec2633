import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional } from 'class-validator';
import { IsDateOnly } from '../../common/date-only';
import { IsId } from '../../common/validators';

export class CreateBlanketExtensionDto {
  @ApiProperty({ format: 'date', example: '2027-03-31' })
  @IsDateOnly()
  extendTo: string;

  @ApiProperty({ description: 'true: report what would change and its value, changing nothing.' })
  @IsBoolean()
  dryRun: boolean;

  @ApiProperty({ required: false, type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsId({ each: true })
  providerIds?: string[];
}

export class ExtendedCallOffDto {
  callOffId: string;
  @ApiProperty({ maxLength: 32 })
  reference: string;
  providerId: string;
  @ApiProperty({ format: 'date' })
  currentEndDate: string;
  @ApiProperty({ format: 'date' })
  newEndDate: string;
  additionalPence: number;
}

export class BlockedCallOffDto {
  callOffId: string;
  @ApiProperty({ maxLength: 32 })
  reference: string;
  @ApiProperty({
    description:
      'Why it was not extended: capacity_exhausted, registration_threshold, or the calendar’s refusal.',
    example: 'capacity_exhausted',
    maxLength: 64,
  })
  code: string;
  @ApiProperty({ description: 'The code and its explanation in words.', maxLength: 2000 })
  reason: string;
  @ApiProperty({
    required: false,
    format: 'date',
    description: 'capacity_exhausted only: the first day fewer sessions are free than the extension needs.',
  })
  firstShortDate?: string;
}

export class BlanketExtensionDto {
  dryRun: boolean;
  @ApiProperty({ format: 'date' })
  extendTo: string;
  extended: ExtendedCallOffDto[];
  blocked: BlockedCallOffDto[];
  count: number;
  additionalPence: number;
}
