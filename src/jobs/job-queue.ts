import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { JOB_SCHEMA } from '../database/migrate';

export { JOB_SCHEMA };

export interface EnqueueOptions {
  runAt?: Date;
  // graphile-worker's job key: at most one pending job per key; a second add replaces the first.
  jobKey?: string;
  maxAttempts?: number;
}

// Adds graphile-worker jobs through the caller's transaction, so a job exists exactly when the change that needs it
// committed (the same guarantee as the outbox). graphile-worker's add_job also NOTIFYs idle workers at commit.
@Injectable()
export class JobQueue {
  // The same add as an SQL expression, for a writer that adds its job in the statement that writes its row (one round
  // trip less per change): `payloadSql` is an SQL expression of type json over that statement's rows.
  // `runAtSql` and `jobKeySql` are SQL expressions too (timestamptz and text), as `runAt` and `jobKey` of enqueue.
  addJobExpression(
    task: string,
    payloadSql: string,
    options: { runAtSql?: string; jobKeySql?: string } = {},
  ): string {
    if (!/^[a-z_.]+$/.test(task)) throw new Error(`Not a task name: ${task}`);
    const runAt = options.runAtSql ? `, run_at => ${options.runAtSql}` : '';
    const jobKey = options.jobKeySql ? `, job_key => ${options.jobKeySql}` : '';
    return `${JOB_SCHEMA}.add_job('${task}', ${payloadSql}${runAt}${jobKey}, max_attempts => 25)`;
  }

  async enqueue(
    manager: EntityManager,
    task: string,
    payload: Record<string, unknown>,
    options: EnqueueOptions = {},
  ): Promise<void> {
    await manager.query(
      `SELECT ${JOB_SCHEMA}.add_job($1, $2::json, run_at => $3::timestamptz, job_key => $4, max_attempts => $5)`,
      [
        task,
        JSON.stringify(payload),
        options.runAt ?? null,
        options.jobKey ?? null,
        options.maxAttempts ?? 25,
      ],
    );
  }
}
