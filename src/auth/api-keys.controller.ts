import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { PageQueryDto } from '../common/pagination';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeysService } from './api-keys.service';
import { CurrentCaller, Roles } from './auth.decorators';
import { ApiKeyDto, ApiKeyListDto, CreateApiKeyDto, IssuedApiKeyDto } from './dto/api-key.dto';
import { Caller, Role } from './role';
import { ApiProblem } from '../common/api-problem.decorator';

@ApiTags('API keys')
@ApiBearerAuth()
@Controller('v1/api-keys')
@Roles(Role.Admin)
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Post()
  @ApiProblem(
    422,
    ['scope_required', 'scope_not_allowed', 'organisation_not_found', 'provider_not_found'],
    'The scope does not fit the role, or names no organisation or provider',
  )
  @ApiOperation({ summary: 'Issue an API key; the key is shown once, in this response' })
  async createApiKey(
    @Body() body: CreateApiKeyDto,
    @CurrentCaller() caller: Caller,
  ): Promise<IssuedApiKeyDto> {
    const { key, record } = await this.apiKeys.issue(body, caller.keyId);
    return { ...ApiKeyDto.from(record), key };
  }

  @Get()
  @ApiOperation({ summary: 'List API keys (never the keys themselves)' })
  async listApiKeys(@Query() query: PageQueryDto): Promise<ApiKeyListDto> {
    const page = await this.apiKeys.list(query);
    return { data: page.data.map((row) => ApiKeyDto.from(row)), nextCursor: page.nextCursor };
  }

  @Delete(':id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke an API key at once' })
  async revokeApiKey(@Param('id', ParseIdPipe) id: string): Promise<ApiKeyDto> {
    return ApiKeyDto.from(await this.apiKeys.revoke(id));
  }
}
