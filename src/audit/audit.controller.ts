import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { Role } from '../auth/role';
import { mapPage } from '../common/pagination';
import {
  AuditEntryDto,
  AuditHeadDto,
  AuditPageDto,
  AuditVerificationDto,
  ListAuditQueryDto,
  VerifyAuditQueryDto,
} from './dto/audit.dto';
import { AuditService } from './audit.service';

@ApiTags('Audit')
@ApiBearerAuth()
@Controller('v1/audit')
@Roles(Role.Admin, Role.Auditor)
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'List audit entries in chain order, optionally about one record' })
  async listAuditEntries(@Query() query: ListAuditQueryDto): Promise<AuditPageDto> {
    return mapPage(await this.audit.list(query), (row) => AuditEntryDto.from(row));
  }

  @Get('verify')
  @ApiOperation({
    summary: 'Recompute the hash chain from the first entry and name the first entry that fails',
  })
  async verifyAuditTrail(@Query() query: VerifyAuditQueryDto): Promise<AuditVerificationDto> {
    const notarised =
      query.size !== undefined && query.headHash !== undefined
        ? { size: query.size, hash: query.headHash }
        : undefined;
    return AuditVerificationDto.from(await this.audit.verify(notarised));
  }

  @Get('head')
  @ApiOperation({ summary: 'The chain’s head hash and size, to notarise elsewhere' })
  getAuditHead(): Promise<AuditHeadDto> {
    return this.audit.head();
  }
}
