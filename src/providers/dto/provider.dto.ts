import { ApiProperty, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import {
  CHARITY_NUMBER,
  COMPANIES_HOUSE,
  NORMALISED_POSTCODE,
  UKPRN,
  UK_LATITUDE,
  UK_LONGITUDE,
  URN,
  normalisePostcode,
} from '../identifiers';
import { Provider, ProviderStatusChange } from '../provider.entity';
import { DirectoryStatus, ProviderCategory, RegistrationStatus } from '../provider-types';
import { IsId, IsNotBlank } from '../../common/validators';

const upperTrim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;
const postcode = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? (normalisePostcode(value) ?? value) : value;

export class CreateProviderDto {
  @ApiProperty({ example: 'Irwell Valley Learning Centre' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ enum: ProviderCategory, enumName: 'ProviderCategory', example: ProviderCategory.NonSchool })
  @IsEnum(ProviderCategory)
  category: ProviderCategory;

  @ApiProperty({
    enum: RegistrationStatus,
    enumName: 'RegistrationStatus',
    example: RegistrationStatus.Unregistered,
  })
  @IsEnum(RegistrationStatus)
  registrationStatus: RegistrationStatus;

  @ApiProperty({
    maxLength: 7,
    required: false,
    example: '105361',
    description: 'DfE unique reference number: 6 or 7 digits.',
  })
  @IsOptional()
  @IsString()
  @Matches(URN, { message: 'urn must be 6 or 7 digits' })
  urn?: string;

  @ApiProperty({
    maxLength: 8,
    required: false,
    example: '10012345',
    description: 'UK provider reference number: 8 digits starting 1.',
  })
  @IsOptional()
  @IsString()
  @Matches(UKPRN, { message: 'ukprn must be 8 digits starting with 1' })
  ukprn?: string;

  @ApiProperty({
    maxLength: 8,
    required: false,
    example: '09876543',
    description: '8 digits, or 2 letters and 6 digits.',
  })
  @IsOptional()
  @Transform(upperTrim)
  @IsString()
  @Matches(COMPANIES_HOUSE, { message: 'companiesHouseNumber must be 8 digits, or 2 letters and 6 digits' })
  companiesHouseNumber?: string;

  @ApiProperty({ maxLength: 11, required: false, example: '1123456' })
  @IsOptional()
  @Transform(upperTrim)
  @IsString()
  @Matches(CHARITY_NUMBER, {
    message: 'charityNumber must be a Charity Commission, OSCR (SC…) or CCNI (NIC…) number',
  })
  charityNumber?: string;

  @ApiProperty({
    maxLength: 8,
    example: 'BL9 0EJ',
    description: 'A UK postcode; stored upper case with one space.',
  })
  @Transform(postcode)
  @IsString()
  @Matches(NORMALISED_POSTCODE, { message: 'postcode must be a UK postcode' })
  postcode: string;

  @ApiProperty({ example: 53.5933, minimum: UK_LATITUDE.min, maximum: UK_LATITUDE.max })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(UK_LATITUDE.min)
  @Max(UK_LATITUDE.max)
  latitude: number;

  @ApiProperty({ example: -2.2967, minimum: UK_LONGITUDE.min, maximum: UK_LONGITUDE.max })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(UK_LONGITUDE.min)
  @Max(UK_LONGITUDE.max)
  longitude: number;

  @ApiProperty({ example: 'referrals@irwellvalley.example' })
  @IsEmail()
  @MaxLength(254)
  contactEmail: string;

  @ApiProperty({ description: 'A small or medium-sized enterprise.' })
  @IsBoolean()
  sme: boolean;

  @ApiProperty({ description: 'A voluntary, community or social enterprise.' })
  @IsBoolean()
  vcse: boolean;

  @ApiProperty({ required: false })
  @IsOptional()
  @IsString()
  @Length(0, 5000)
  description?: string;

  @ApiProperty({
    required: false,
    type: 'integer',
    minimum: 0,
    maximum: 100,
    default: 50,
    description: 'Set by the council; used by direct award.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  qualityScore?: number;
}

// A provider key may change only contactEmail and description; other fields are refused with 403.
export class UpdateProviderDto extends PartialType(CreateProviderDto) {}

export const PROVIDER_EDITABLE_FIELDS = ['contactEmail', 'description'] as const;

export class ListProvidersQueryDto extends PageQueryDto {
  @ApiProperty({ enum: ProviderCategory, enumName: 'ProviderCategory', required: false })
  @IsOptional()
  @IsEnum(ProviderCategory)
  category?: ProviderCategory;

  @ApiProperty({ enum: RegistrationStatus, enumName: 'RegistrationStatus', required: false })
  @IsOptional()
  @IsEnum(RegistrationStatus)
  registrationStatus?: RegistrationStatus;

  @ApiProperty({ enum: DirectoryStatus, enumName: 'DirectoryStatus', required: false })
  @IsOptional()
  @IsEnum(DirectoryStatus)
  directoryStatus?: DirectoryStatus;

  @ApiProperty({
    required: false,
    format: 'uuid',
    description: 'Only providers admitted to this lot (any membership status but removed).',
  })
  @IsOptional()
  @IsId()
  lotId?: string;
}

export class StatusChangeDto {
  @ApiProperty({ enum: DirectoryStatus, enumName: 'DirectoryStatus' })
  status: DirectoryStatus;
  @ApiProperty({ maxLength: 2000 })
  reason: string;
  at: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  byKeyId: string | null;

  static from(row: ProviderStatusChange): StatusChangeDto {
    return { status: row.status, reason: row.reason, at: row.at.toISOString(), byKeyId: row.byKeyId };
  }
}

export class ProviderDto {
  id: string;
  @ApiProperty({ maxLength: 200 })
  name: string;
  @ApiProperty({ enum: ProviderCategory, enumName: 'ProviderCategory' })
  category: ProviderCategory;
  @ApiProperty({ enum: RegistrationStatus, enumName: 'RegistrationStatus' })
  registrationStatus: RegistrationStatus;
  @ApiProperty({ maxLength: 7, type: String, nullable: true })
  urn: string | null;
  @ApiProperty({ maxLength: 8, type: String, nullable: true })
  ukprn: string | null;
  @ApiProperty({ maxLength: 8, type: String, nullable: true })
  companiesHouseNumber: string | null;
  @ApiProperty({ maxLength: 11, type: String, nullable: true })
  charityNumber: string | null;
  @ApiProperty({ maxLength: 8 })
  postcode: string;
  latitude: number;
  longitude: number;
  @ApiProperty({ maxLength: 254 })
  contactEmail: string;
  sme: boolean;
  vcse: boolean;
  @ApiProperty({ maxLength: 5000, type: String, nullable: true })
  description: string | null;
  @ApiProperty({ minimum: 0, maximum: 100, type: 'integer' })
  qualityScore: number;
  @ApiProperty({ enum: DirectoryStatus, enumName: 'DirectoryStatus' })
  directoryStatus: DirectoryStatus;
  @ApiProperty({ type: [StatusChangeDto] })
  statusHistory: StatusChangeDto[];
  @ApiProperty({ minimum: 0, maximum: 2147483647, type: 'integer' })
  version: number;
  createdAt: string;
  updatedAt: string;

  static from(row: Provider, history: ProviderStatusChange[]): ProviderDto {
    return {
      id: row.id,
      name: row.name,
      category: row.category,
      registrationStatus: row.registrationStatus,
      urn: row.urn,
      ukprn: row.ukprn,
      companiesHouseNumber: row.companiesHouseNumber,
      charityNumber: row.charityNumber,
      postcode: row.postcode,
      latitude: row.latitude,
      longitude: row.longitude,
      contactEmail: row.contactEmail,
      sme: row.sme,
      vcse: row.vcse,
      description: row.description,
      qualityScore: row.qualityScore,
      directoryStatus: row.directoryStatus,
      statusHistory: history.map((change) => StatusChangeDto.from(change)),
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}

export class ProviderPageDto {
  data: ProviderDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

// Only the statuses an admin may set; `applied` is where every provider starts.
export enum TargetDirectoryStatus {
  Approved = 'approved',
  ConditionallyApproved = 'conditionally_approved',
  Suspended = 'suspended',
  Removed = 'removed',
}

export class SetDirectoryStatusDto {
  @ApiProperty({ enum: TargetDirectoryStatus, enumName: 'TargetDirectoryStatus' })
  @IsEnum(TargetDirectoryStatus)
  status: TargetDirectoryStatus;

  @ApiProperty({ example: 'All mandatory checks passed at the July 2026 panel.' })
  @IsString()
  @Length(1, 2000)
  @IsNotBlank()
  reason: string;
}
