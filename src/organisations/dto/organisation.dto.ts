import { ApiProperty } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { Organisation, OrganisationKind } from '../organisation.entity';

export class CreateOrganisationDto {
  @ApiProperty({ example: 'Bury Council' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({
    enum: OrganisationKind,
    enumName: 'OrganisationKind',
    example: OrganisationKind.LocalAuthority,
  })
  @IsEnum(OrganisationKind)
  kind: OrganisationKind;

  @ApiProperty({
    required: false,
    example: 'LA351',
    maxLength: 32,
    description: 'A short unique code, e.g. the DfE LA number or URN.',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: 'code must be 1–32 letters, digits, - or _' })
  code?: string;
}

export class ListOrganisationsQueryDto extends PageQueryDto {
  @ApiProperty({ enum: OrganisationKind, enumName: 'OrganisationKind', required: false })
  @IsOptional()
  @IsEnum(OrganisationKind)
  kind?: OrganisationKind;
}

export class OrganisationDto {
  id: string;
  @ApiProperty({ maxLength: 200 })
  name: string;
  @ApiProperty({ enum: OrganisationKind, enumName: 'OrganisationKind' })
  kind: OrganisationKind;
  @ApiProperty({ maxLength: 32 })
  code: string | null;
  version: number;
  createdAt: string;

  static from(row: Organisation): OrganisationDto {
    return {
      id: row.id,
      name: row.name,
      kind: row.kind,
      code: row.code,
      version: row.version,
      createdAt: row.createdAt.toISOString(),
    };
  }
}

export class OrganisationPageDto {
  data: OrganisationDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}
