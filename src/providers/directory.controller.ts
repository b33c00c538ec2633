import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { DirectoryService } from './directory.service';
import { renderDirectoryPage } from './directory-page';
import { DIRECTORY_CSS } from './directory-styles';
import { DirectoryDto, DirectoryQueryDto } from './dto/directory.dto';

@ApiTags('AP Directory')
@Controller()
@Public()
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Get('v1/directory')
  @ApiOperation({
    summary: 'The public AP Directory: approved providers eligible today, by lot, with no personal data',
  })
  getDirectory(@Query() query: DirectoryQueryDto): Promise<DirectoryDto> {
    return this.directory.directory(query);
  }

  @Get('directory')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-cache')
  @ApiExcludeEndpoint()
  @ApiOperation({ summary: 'The public AP Directory as an accessible HTML page' })
  async getDirectoryPage(@Query() query: DirectoryQueryDto): Promise<string> {
    return renderDirectoryPage(await this.directory.directory(query), query);
  }

  @Get('directory/styles.css')
  @Header('content-type', 'text/css; charset=utf-8')
  @Header('cache-control', 'public, max-age=3600')
  @ApiExcludeEndpoint()
  @ApiOperation({ summary: 'The directory page’s stylesheet' })
  getDirectoryStyles(): string {
    return DIRECTORY_CSS;
  }
}
