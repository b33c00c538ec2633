import { Global, Module } from '@nestjs/common';
import { DatabaseOutage } from '../common/database-outage';
import { HealthController } from './health.controller';

// Global: the problem filter reports an unreachable database to DatabaseOutage.
@Global()
@Module({ controllers: [HealthController], providers: [DatabaseOutage], exports: [DatabaseOutage] })
export class HealthModule {}
