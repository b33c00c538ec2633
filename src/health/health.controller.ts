import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotRateLimited, Public } from '../auth/auth.decorators';
import { DomainError } from '../common/domain-error';
import { DatabaseOutage } from '../common/database-outage';

export class HealthDto {
  @ApiProperty({ enum: ['ok'], example: 'ok' })
  status: string;
}

@ApiTags('Health')
@Controller('health')
@Public()
@NotRateLimited()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outage: DatabaseOutage,
  ) {}

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
    } catch (error) {
      this.outage.noticed(error);
      throw new DomainError('database_unavailable', 'The database is not answering.', {
        retryAfterSeconds: 5,
      });
    }
    this.outage.recovered();
    if (pending)
      throw new DomainError('migrations_pending', 'Database migrations have not all been applied.');
    return { status: 'ok' };
  }
}
