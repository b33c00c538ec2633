import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.setup';
import { ApiKeysService, generateKey } from '../../src/auth/api-keys.service';
import { Role } from '../../src/auth/role';
import { Clock } from '../../src/common/clock';
import { createLogger } from '../../src/common/logging';
import { loadConfig } from '../../src/config/config';
import { runMigrations } from '../../src/database/migrate';
import { createDatabaseBeside } from '../../src/database/scratch';
import { feedCaughtUp } from './feed';
import { createTestSequences } from './sequences';

export interface Response<T = any> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: T;
  text: string;
}

export interface RequestOptions {
  key?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
  rawBody?: string | Buffer;
}

// A clock a test can move: date-driven states are checked by standing on a day, not by waiting for it.
export class TestClock extends Clock {
  constructor(public current: Date = new Date()) {
    super();
  }
  now(): Date {
    return this.current;
  }
  setToday(date: string): void {
    this.current = new Date(`${date}T12:00:00Z`);
  }
}

export class TestApp {
  constructor(
    readonly app: NestFastifyApplication,
    readonly adminKey: string,
    readonly clock: TestClock,
    readonly logLines: string[],
    private readonly onClose: () => Promise<void> = () => Promise.resolve(),
    readonly databaseUrl = '',
  ) {}

  async request<T = any>(method: string, url: string, options: RequestOptions = {}): Promise<Response<T>> {
    const headers: Record<string, string> = { ...options.headers };
    const key = options.key === undefined ? this.adminKey : options.key;
    if (key) headers.authorization = `Bearer ${key}`;
    let payload: string | Buffer | undefined = options.rawBody;
    if (options.body !== undefined) {
      payload = JSON.stringify(options.body);
      headers['content-type'] = headers['content-type'] ?? 'application/json';
    }
    const response = await this.app.inject({ method: method as 'GET', url, headers, payload });
    let body: any = undefined;
    try {
      body = response.body ? JSON.parse(response.body) : undefined;
    } catch {
      body = undefined;
    }
    return {
      status: response.statusCode,
      headers: response.headers as Response['headers'],
      body,
      text: response.body,
    };
  }

  get<T = any>(url: string, options?: RequestOptions) {
    return this.request<T>('GET', url, options);
  }
  post<T = any>(url: string, body?: unknown, options: RequestOptions = {}) {
    return this.request<T>('POST', url, { ...options, body });
  }
  patch<T = any>(url: string, body?: unknown, options: RequestOptions = {}) {
    return this.request<T>('PATCH', url, { ...options, body });
  }
  put<T = any>(url: string, body?: unknown, options: RequestOptions = {}) {
    return this.request<T>('PUT', url, { ...options, body });
  }

  // Options carrying the key and an If-Match naming the version a GET returns now: every PATCH must name the version
  // it changes (428 otherwise).
  async current(url: string, key?: string | null): Promise<RequestOptions> {
    const read = await this.get(url, { key });
    return { key, headers: { 'if-match': String(read.headers.etag) } };
  }

  async issueKey(role: Role, scope: { organisationId?: string; providerId?: string } = {}): Promise<string> {
    const { key } = await this.app.get(ApiKeysService).issue({ role, label: `test ${role}`, ...scope }, null);
    return key;
  }

  // Authenticates `key` until this instance listens for changes to keys, then once more, so the key is kept
  // (src/auth/key-cache.ts) and its next requests read no key.
  async keepKey(key: string): Promise<void> {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const status = (await this.get('/v1/frameworks', { key })).status;
      if (status !== 200) throw new Error(`the key to keep is refused (${status})`);
      if (this.app.get(ApiKeysService).keepingKeys) break;
      if (Date.now() > deadline)
        throw new Error('timed out waiting for the instance to listen for key changes');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await this.get('/v1/frameworks', { key });
  }

  // A URN no other test in this run holds (see test/support/sequences.ts).
  async nextUrn(): Promise<string> {
    const rows: { urn: string }[] = await this.app
      .get(DataSource)
      .query("SELECT nextval('apx_test_urn')::text AS urn");
    return rows[0].urn;
  }

  // Waits until the event feed shows everything this test has committed (see test/support/feed.ts).
  feedCaughtUp(): Promise<void> {
    return feedCaughtUp(this.app.get(DataSource));
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.onClose();
  }
}

export interface TestAppOptions {
  env?: Record<string, string>;
  // A database of its own (created, migrated, dropped on close) for a test that needs an empty one,
  // such as the demo dataset, which must not meet records other test files create in parallel.
  ownDatabase?: boolean;
  // Another instance on the database of an app already started (several instances on one database).
  databaseUrl?: string;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const shared = process.env.APX_TEST_DATABASE_URL;
  if (!shared)
    throw new Error('APX_TEST_DATABASE_URL is not set: run the e2e project through jest (global-setup).');
  const own = options.ownDatabase ? await createOwnDatabase(shared) : null;
  const url = options.databaseUrl ?? own?.url ?? shared;
  const env = options.env ?? {};
  const config = loadConfig({
    LOG_LEVEL: 'info',
    RATE_LIMIT_PER_MINUTE: '0',
    DB_POOL_SIZE: '10',
    WORKER_ENABLED: 'false',
    ...env,
  });
  const logLines: string[] = [];
  const clock = new TestClock();
  const app = await createApp(config, url, {
    clock,
    logger: createLogger('info', { write: (line: string) => logLines.push(line.trimEnd()) }),
  });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const adminKey = generateKey();
  await app.get(ApiKeysService).ensureAdminKey(adminKey, 'test admin');
  return new TestApp(app, adminKey, clock, logLines, own?.drop, url);
}

async function createOwnDatabase(sharedUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${new URL(sharedUrl).pathname.slice(1)}_${randomUUID().slice(0, 8)}`;
  const own = await createDatabaseBeside(sharedUrl, name);
  await runMigrations(own.url);
  await createTestSequences(own.url);
  return own;
}

export function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}
