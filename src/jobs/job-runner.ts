import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Logger as WorkerLogger, Runner, Task, WorkerEvents, parseCronItems, run } from 'graphile-worker';
import { EventEmitter } from 'node:events';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { APP_CONFIG, AppConfig } from '../config/config';
import { JOB_SCHEMA } from './job-queue';

export type JobHandler = (
  payload: Record<string, unknown>,
  helpers: { jobId: string; attempts: number },
) => Promise<void>;

// Work a process runs beside its jobs while its runner runs (see loop()).
interface Loop {
  name: string;
  tick: () => Promise<boolean>;
  idleMs: number;
}

interface Recurring {
  identifier: string;
  task: string;
  // Standard five-field cron, in UTC.
  match: string;
}

// Runs this process's graphile-worker pool (when WORKER_ENABLED) with the tasks and schedules the capabilities
// register at module init. Any number of processes may run one: jobs are taken with SKIP LOCKED and each cron
// slot is scheduled once across them (graphile-worker's known_crontabs).
@Injectable()
export class JobRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  private readonly tasks = new Map<string, JobHandler>();
  private readonly recurring: Recurring[] = [];
  private readonly loops: Loop[] = [];
  private loopsRunning: Promise<void>[] = [];
  private stopping = false;
  private readonly sleeping = new Set<() => void>();
  private readonly processId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly workerIds = new Set<string>();
  private runner: Runner | undefined;
  private pool: Pool | undefined;
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  register(task: string, handler: JobHandler): void {
    if (this.tasks.has(task)) throw new Error(`Job task ${task} is registered twice`);
    this.tasks.set(task, handler);
  }

  schedule(recurring: Recurring): void {
    this.recurring.push(recurring);
  }

  // A loop this process runs while its runner runs: `tick` again at once while it answers true (work left), after
  // `idleMs` when it answers false, and after a second when it fails (the failure logged once, not once a tick). For
  // work that follows a table closely without a job per row (the outbox's relay). `tick` must be safe with any
  // number of processes running the same loop.
  loop(name: string, tick: () => Promise<boolean>, idleMs: number): void {
    this.loops.push({ name, tick, idleMs });
  }

  get running(): boolean {
    return this.runner !== undefined;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.worker.enabled) await this.start();
  }

  // Before the modules' shutdown hooks, TypeORM's closing of its pool among them: jobs and loops running now finish
  // with the database they started with, instead of racing its close ("Driver not Connected").
  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  async start(): Promise<void> {
    if (this.runner) return;
    const url = (this.dataSource.options as PostgresConnectionOptions).url as string;
    const concurrency = this.config.worker.concurrency;
    // Its own pool: a job's transaction goes through TypeORM's pool; this one serves the queue (LISTEN and take/complete).
    this.pool = new Pool({
      connectionString: url,
      max: concurrency + 2,
      application_name: 'ap-exchange-worker',
    });
    // A dropped connection (server restart, administrator) is logged, never an unhandled error that ends the process.
    const onError = (error: Error) => this.logger.warn(`job queue connection: ${error.message}`);
    this.pool.on('error', onError);
    this.pool.on('connect', (client) => client.on('error', onError));
    const events: WorkerEvents = new EventEmitter();
    events.on('worker:create', ({ worker }) => {
      this.workerIds.add(worker.workerId);
      void this.beat();
    });
    const taskList: Record<string, Task> = {};
    for (const [name, handler] of this.tasks)
      taskList[name] = async (payload, helpers) =>
        handler((payload ?? {}) as Record<string, unknown>, {
          jobId: helpers.job.id,
          attempts: helpers.job.attempts,
        });
    this.runner = await run({
      pgPool: this.pool,
      schema: JOB_SCHEMA,
      concurrency,
      pollInterval: this.config.worker.pollIntervalMs,
      noHandleSignals: true,
      events,
      logger: this.workerLogger(),
      taskList,
      parsedCronItems: parseCronItems(
        this.recurring.map((r) => ({
          task: r.task,
          match: r.match,
          identifier: r.identifier,
          options: { backfillPeriod: 0 },
        })),
      ),
    });
    this.stopping = false;
    this.loopsRunning = this.loops.map((loop) => this.runLoop(loop));
    const everyMs = Math.max(500, (this.config.worker.staleAfterSeconds * 1000) / 3);
    this.heartbeat = setInterval(() => void this.beat(), everyMs);
    this.heartbeat.unref();
    await this.beat();
    this.logger.log(
      `job worker started (${concurrency} at once, tasks: ${[...this.tasks.keys()].join(', ')})`,
    );
  }

  async stop(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    this.stopping = true;
    for (const wake of this.sleeping) wake();
    await Promise.all(this.loopsRunning);
    this.loopsRunning = [];
    const runner = this.runner;
    this.runner = undefined;
    if (runner) await runner.stop();
    if (this.pool) {
      await this.pool
        .query('DELETE FROM job_workers WHERE process_id = $1', [this.processId])
        .catch(() => undefined);
      await this.pool.end();
      this.pool = undefined;
    }
  }

  private async runLoop(loop: Loop): Promise<void> {
    let failing = false;
    while (!this.stopping) {
      let waitMs = loop.idleMs;
      try {
        if (await loop.tick()) waitMs = 0;
        if (failing) this.logger.log(`${loop.name} running again`);
        failing = false;
      } catch (error) {
        if (!failing)
          this.logger.warn(`${loop.name} failed: ${error instanceof Error ? error.message : String(error)}`);
        failing = true;
        waitMs = 1000;
      }
      if (waitMs > 0 && !this.stopping) await this.sleep(waitMs);
    }
  }

  // A wait that stop() cuts short.
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleeping.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleeping.add(wake);
    });
  }

  // Marks this process's workers alive, then releases the jobs of workers that stopped beating: those removed
  // here as stale, and any locked by a worker never listed (it died before its first beat).
  private async beat(): Promise<void> {
    const pool = this.pool;
    if (!pool) return;
    try {
      await pool.query(
        `INSERT INTO job_workers (worker_id, process_id, seen_at)
         SELECT unnest($1::text[]), $2, now()
         ON CONFLICT (worker_id) DO UPDATE SET seen_at = now()`,
        [[...this.workerIds], this.processId],
      );
      const stale = `make_interval(secs => ${this.config.worker.staleAfterSeconds})`;
      const { rows } = await pool.query<{ ids: string[] | null }>(
        `WITH dead AS (DELETE FROM job_workers WHERE seen_at < now() - ${stale} RETURNING worker_id),
              orphans AS (SELECT DISTINCT j.locked_by AS worker_id FROM ${JOB_SCHEMA}._private_jobs j
                           WHERE j.locked_by IS NOT NULL AND j.locked_at < now() - ${stale}
                             AND NOT EXISTS (SELECT 1 FROM job_workers w WHERE w.worker_id = j.locked_by))
         SELECT array_agg(worker_id) AS ids FROM (SELECT worker_id FROM dead UNION SELECT worker_id FROM orphans) x`,
      );
      const ids = rows[0]?.ids ?? [];
      if (ids.length > 0) {
        await pool.query(`SELECT ${JOB_SCHEMA}.force_unlock_workers($1::text[])`, [ids]);
        this.logger.warn(`released the jobs of ${ids.length} stopped worker(s)`);
      }
    } catch (error) {
      this.logger.warn(
        `job worker heartbeat failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  private workerLogger(): WorkerLogger {
    return new WorkerLogger(() => (level, message) => {
      const name: string = level;
      if (name === 'error') this.logger.error(message);
      else if (name === 'warning') this.logger.warn(message);
      else this.logger.debug(message);
    });
  }
}
