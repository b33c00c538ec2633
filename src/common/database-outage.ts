import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { isDatabaseUnreachable } from './database-errors';

// Whether the database is reachable, as this instance last saw it. An outage is logged when it is first noticed and
// again when the first new connection succeeds, never per request: during one every request fails alike, and a
// line (and a stack) for each buried the log (1,877 lines in 25 s).
@Injectable()
export class DatabaseOutage implements OnApplicationBootstrap {
  private readonly logger = new Logger('Database');
  private downSince: number | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    if (!this.dataSource.isInitialized) return;
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    // Idle connections the server dropped report here first; a new connection means the server answers again.
    pool.on('error', (error) => {
      if (isDatabaseUnreachable(error)) this.noticed(error);
    });
    pool.on('connect', () => this.recovered());
  }

  get isDown(): boolean {
    return this.downSince !== undefined;
  }

  noticed(error: unknown): void {
    if (this.downSince !== undefined) return;
    this.downSince = Date.now();
    this.logger.warn(
      `database unavailable (${describe(error)}); requests that need it answer 503 until it is back`,
    );
  }

  recovered(): void {
    if (this.downSince === undefined) return;
    const seconds = ((Date.now() - this.downSince) / 1000).toFixed(1);
    this.downSince = undefined;
    this.logger.log(`database available again after ${seconds} s`);
  }
}

// The code (ECONNREFUSED, 57P01, …) names the failure without the message text, which can hold a host name.
function describe(error: unknown): string {
  let e: unknown = error;
  for (let depth = 0; typeof e === 'object' && e !== null && depth < 5; depth++) {
    const { code } = e as { code?: unknown };
    if (typeof code === 'string') return code;
    e = (e as { driverError?: unknown; cause?: unknown }).driverError ?? (e as { cause?: unknown }).cause;
  }
  return error instanceof Error ? error.message : String(error);
}
