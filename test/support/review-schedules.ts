import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { REFRESH_SCHEDULES_TASK, ReviewSchedules } from '../../src/reviews/review-schedules';

// Runs the review-schedule jobs that call-off changes added (no worker runs in most tests), as a worker would: its
// task, then the job completed. With `ids`, only the jobs naming those call-offs, and each must have one (the
// statement trigger on events adds it with the change). Returns the call-off ids the jobs named.
export async function runReviewScheduleJobs(app: INestApplication, ids?: string[]): Promise<string[]> {
  const dataSource = app.get(DataSource);
  const jobs: { id: string; payload: { callOffIds: string[] } }[] = await dataSource.query(
    `SELECT j.id::text, j.payload FROM graphile_worker._private_jobs j
       JOIN graphile_worker._private_tasks t ON t.id = j.task_id
      WHERE t.identifier = $1 AND j.locked_at IS NULL
        AND ($2::text[] IS NULL OR (j.payload::jsonb)->'callOffIds' ?| $2::text[])
      ORDER BY j.id`,
    [REFRESH_SCHEDULES_TASK, ids ?? null],
  );
  const named = jobs.flatMap((job) => job.payload.callOffIds);
  for (const id of ids ?? []) if (!named.includes(id)) throw new Error(`no review-schedule job names ${id}`);
  for (const job of jobs) await app.get(ReviewSchedules).refreshPlacements(job.payload.callOffIds);
  await dataSource.query(`SELECT graphile_worker.complete_jobs($1::bigint[])`, [jobs.map((job) => job.id)]);
  return named;
}
