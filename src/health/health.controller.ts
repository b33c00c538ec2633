import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { DomainError } from '../common/domain-error';

export class HealthDto {
  @ApiProperty({ enum: ['ok'], example: 'ok' })
  status: string;
}

@ApiTags('Health')
@Controller('health')
@Public()
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('live')
  @ApiOperation({ summary: 'The process is up' })
  live(): HealthDto {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'The database answers and every migration has been applied' })
  async ready(): Promise<HealthDto> {
    let pending: boolean;
    try {
      await this.dataSource.query('SELECT 1');
      pending = await this.dataSource.showMigrations();
    } catch {
      throw new DomainError('unavailable', 'database_unavailable', 'The database is not answering.');
    }
    if (pending)
      throw new DomainError(
        'unavailable',
        'migrations_pending',
        'Database migrations have not all been applied.',
      );
    return { status: 'ok' };
  }
}
