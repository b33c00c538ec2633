import { ApiProperty } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, Length } from 'class-validator';
import { Role } from '../role';
import { ApiKey } from '../api-key.entity';
import { IsId } from '../../common/validators';

export class CreateApiKeyDto {
  @ApiProperty({ enum: Role, enumName: 'Role', example: Role.Commissioner })
  @IsEnum(Role)
  role: Role;

  @ApiProperty({
    required: false,
    format: 'uuid',
    description: 'Required for, and only for, commissioner keys.',
  })
  @IsOptional()
  @IsId()
  organisationId?: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'Required for, and only for, provider keys.' })
  @IsOptional()
  @IsId()
  providerId?: string;

  /** @example "Bury AP team case management system" */
  @ApiProperty({ example: 'Bury AP team case management system' })
  @IsString()
  @Length(1, 200)
  label: string;
}

export class ApiKeyDto {
  id: string;
  @ApiProperty({ maxLength: 12 })
  prefix: string;
  @ApiProperty({ enum: Role, enumName: 'Role' })
  role: Role;
  organisationId: string | null;
  providerId: string | null;
  @ApiProperty({ maxLength: 200 })
  label: string;
  createdAt: string;
  revokedAt: string | null;

  static from(row: ApiKey): ApiKeyDto {
    return {
      id: row.id,
      prefix: row.prefix,
      role: row.role,
      organisationId: row.organisationId,
      providerId: row.providerId,
      label: row.label,
      createdAt: row.createdAt.toISOString(),
      revokedAt: row.revokedAt ? row.revokedAt.toISOString() : null,
    };
  }
}

export class IssuedApiKeyDto extends ApiKeyDto {
  @ApiProperty({
    maxLength: 200,
    description: 'The key itself. It is shown only in this response and cannot be recovered.',
  })
  key: string;
}

export class ApiKeyListDto {
  data: ApiKeyDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}
