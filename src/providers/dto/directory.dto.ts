import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { ProviderCategory, RegistrationStatus } from '../provider-types';
import { IsId } from '../../common/validators';

// A blank form field (the "All lots" option, an empty search box) means no filter.
const blankIsAbsent = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

export class DirectoryQueryDto {
  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptional()
  @Transform(blankIsAbsent)
  @IsId()
  lotId?: string;

  @ApiProperty({ required: false, description: 'Words to find in a provider’s name or description.' })
  @IsOptional()
  @Transform(blankIsAbsent)
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiProperty({ required: false, enum: ProviderCategory, enumName: 'ProviderCategory' })
  @IsOptional()
  @Transform(blankIsAbsent)
  @IsEnum(ProviderCategory)
  category?: ProviderCategory;
}

export class DirectoryLotDto {
  lotId: string;
  @ApiProperty({ maxLength: 64 })
  frameworkReference: string;
  @ApiProperty({ maxLength: 300 })
  frameworkTitle: string;
  @ApiProperty({ minimum: 1, maximum: 99, type: 'integer' })
  number: number;
  @ApiProperty({ maxLength: 300 })
  title: string;
}

export class DirectoryEntryDto {
  providerId: string;
  @ApiProperty({ maxLength: 200 })
  name: string;
  @ApiProperty({ enum: ProviderCategory, enumName: 'ProviderCategory' })
  category: ProviderCategory;
  @ApiProperty({ enum: RegistrationStatus, enumName: 'RegistrationStatus' })
  registrationStatus: RegistrationStatus;
  @ApiProperty({ maxLength: 7, type: String, nullable: true })
  urn: string | null;
  @ApiProperty({
    maxLength: 4,
    example: 'BL9',
    description: 'The postcode district only; never the full postcode.',
  })
  postcodeDistrict: string;
  @ApiProperty({ maxLength: 5000, type: String, nullable: true })
  description: string | null;
  sme: boolean;
  vcse: boolean;
  @ApiProperty({ type: [DirectoryLotDto], description: 'The lots the provider is eligible for today.' })
  lots: DirectoryLotDto[];
}

export class DirectoryDto {
  @ApiProperty({ format: 'date' })
  date: string;
  @ApiProperty({ type: [DirectoryLotDto], description: 'Every lot open today, for filtering.' })
  availableLots: DirectoryLotDto[];
  @ApiProperty({ type: [DirectoryEntryDto] })
  data: DirectoryEntryDto[];
}
