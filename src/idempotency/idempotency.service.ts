import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, IsNull, Repository } from 'typeorm';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { ConflictError } from '../common/domain-error';
import { etag } from '../common/versioning';
import { jsonText } from '../common/json-text';
import { Together } from '../database/together';
import { IdempotencyRecord } from './idempotency-record.entity';
import { UUID } from '../common/parse-id.pipe';
import { ClaimLocks } from './claim-locks';

export type Claim =
  { kind: 'execute' } | { kind: 'replay'; status: number; body: unknown; headers: Record<string, string> };

// An Idempotency-Key on a route whose work keeps the key with what it creates (a call-off: its unique index holds one
// key to one call-off). No claim is taken before the work: its answer is stored inside the work's own transaction,
// in the statement that writes the work's other consequences (complete() within), so the record commits with the
// work; a repeat fails on the key inside the work and is answered by replayIfAnswered(). `answered` says whether
// this request's answer is stored.
export interface DurableKey {
  apiKeyId: string;
  key: string;
  route: string;
  hash: string;
  status: number;
  answered: boolean;
}

const durableKeys = new WeakMap<object, DurableKey>();

// The Idempotency-Key of a request to a durable route, for its handler to keep with what it creates.
export function durableKeyOf(request: object): DurableKey | null {
  return durableKeys.get(request) ?? null;
}

export function keepDurableKey(request: object, durable: DurableKey): void {
  durableKeys.set(request, durable);
}

// Thrown by replayIfAnswered(): the answer this API key already had for its key, which the interceptor replays.
export class StoredAnswer extends Error {
  constructor(
    readonly body: unknown,
    readonly headers: Record<string, string>,
  ) {
    super('A stored answer to replay');
  }
}

// The headers a replay repeats: where a created resource is, and its version.
export function answerHeaders(body: unknown, location: unknown): Record<string, string> {
  const headers: Record<string, string> = {};
  if (typeof location === 'string') headers.location = location;
  if (typeof body === 'object' && body !== null && 'version' in body && typeof body.version === 'number')
    headers.etag = etag(body.version);
  return headers;
}

const WAIT_FOR_FIRST_MS = 30_000;
// Work done whose answer could not be stored keeps its claim this long, so a retry waits rather than doing it again.
const HOLD_UNANSWERED_MS = 120_000;
const COMPLETE_ATTEMPTS = 3;
// A stored answer is replayed for a day, then forgotten: it can hold child data (a call-off), and data minimisation
// (UK GDPR Art. 5(1)(c), (e)) keeps no copy longer than the retry it exists for.
export const KEEP_ANSWERS_HOURS = 24;
const FORGET_EVERY_MS = 15 * 60_000;

// Keys sorted, UUIDs in lower case (RFC 9562 §4: the API reads ids in either case), and a member that is null or
// absent left out (a creating request reads both as "not given"): the same request hashes alike however it is spelt,
// whether from the raw body or the validated one.
export function canonicalJson(value: unknown): string {
  if (typeof value === 'string' && UUID.test(value)) return JSON.stringify(value.toLowerCase());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .filter(
        (k) =>
          (value as Record<string, unknown>)[k] !== null &&
          (value as Record<string, unknown>)[k] !== undefined,
      )
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

export function requestHash(route: string, body: unknown): string {
  return createHash('sha256').update(route).update('\n').update(canonicalJson(body)).digest('hex');
}

@Injectable()
export class IdempotencyService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private readonly locks: ClaimLocks;

  constructor(
    @InjectRepository(IdempotencyRecord) private readonly records: Repository<IdempotencyRecord>,
    @InjectDataSource() dataSource: DataSource,
  ) {
    this.locks = new ClaimLocks((dataSource.options as PostgresConnectionOptions).url ?? '');
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.forgetOld().catch(() => undefined), FORGET_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.locks.close();
  }

  // Answers older than KEEP_ANSWERS_HOURS, and claims never completed (a crash, an answer that could not be stored)
  // that old: a request still in progress is never that old.
  async forgetOld(): Promise<number> {
    const result = await this.records
      .createQueryBuilder()
      .delete()
      .where(`coalesce(completed_at, created_at) < now() - make_interval(hours => :hours)`, {
        hours: KEEP_ANSWERS_HOURS,
      })
      .execute();
    return result.affected ?? 0;
  }

  // A claim is the key's row plus its advisory lock, held by this instance until the request ends: of concurrent
  // requests with one key exactly one holds the lock and executes; the others wait for its stored answer and replay
  // it. A row without an answer whose lock is free was left by a request that died, and is taken over at once.
  async claim(apiKeyId: string, key: string, route: string, hash: string): Promise<Claim> {
    const deadline = Date.now() + WAIT_FOR_FIRST_MS;
    const lock = lockName(apiKeyId, key);
    for (;;) {
      if (await this.locks.tryLock(lock)) {
        let claim: Claim | undefined;
        try {
          claim = await this.claimHeld(apiKeyId, key, route, hash);
          return claim;
        } finally {
          if (claim?.kind !== 'execute') await this.locks.unlock(lock).catch(() => undefined);
        }
      }
      const existing = await this.records.findOne({ where: { apiKeyId, key } });
      if (existing) {
        const answer = answerOf(existing, route, hash);
        if (answer) return answer;
      }
      if (Date.now() > deadline)
        throw new ConflictError(
          'idempotency_request_in_progress',
          'A request with this Idempotency-Key is still being processed. Retry shortly.',
        );
      await sleep(25);
    }
  }

  // Under the key's lock: no live request holds this key.
  private async claimHeld(apiKeyId: string, key: string, route: string, hash: string): Promise<Claim> {
    const inserted = await this.records
      .createQueryBuilder()
      .insert()
      .values({ apiKeyId, key, route, requestHash: hash })
      .orIgnore()
      .returning(['api_key_id'])
      .execute();
    if (inserted.raw && (inserted.raw as unknown[]).length > 0) return { kind: 'execute' };
    const existing = await this.records.findOneOrFail({ where: { apiKeyId, key } });
    const answer = answerOf(existing, route, hash);
    if (answer) return answer;
    // Its holder died mid-request. Restarted from now, so forgetOld() cannot take it from under the retry.
    await this.records.update({ apiKeyId, key }, { createdAt: () => 'now()' });
    return { kind: 'execute' };
  }

  // Stores the answer of a request. A claimed key's row gets its answer. A durable key's row is written whole, as a
  // part of the statement that writes the work's other consequences when `within` is given (so it commits with the
  // work), taking over only a row left unanswered for the same request.
  async complete(
    claim: { apiKeyId: string; key: string; durable?: DurableKey },
    status: number,
    body: unknown,
    headers: Record<string, string>,
    within?: Together,
  ): Promise<void> {
    const { apiKeyId, key, durable } = claim;
    if (durable) {
      const together = within ?? new Together();
      together.add(
        {
          ctes: [
            [
              'answer_kept',
              `INSERT INTO idempotency_records AS r (api_key_id, key, route, request_hash, response_status,
                 response_body, response_headers, completed_at)
               VALUES ($1, $2, $3, $4, $5, $6::json, $7::jsonb, now())
               ON CONFLICT (api_key_id, key) DO UPDATE SET response_status = excluded.response_status,
                 response_body = excluded.response_body, response_headers = excluded.response_headers,
                 completed_at = excluded.completed_at, created_at = now()
               WHERE r.response_status IS NULL AND r.route = excluded.route AND r.request_hash = excluded.request_hash
               RETURNING 1`,
            ],
          ],
          result: 'NULL',
          params: [
            apiKeyId,
            key,
            durable.route,
            durable.hash,
            status,
            // The same text the reply sends (app.setup.ts): written once.
            jsonText(body),
            JSON.stringify(headers),
          ],
          // The key already answered another request of this API key (another route, another body): the work must
          // not commit; the caller's refusal path answers with what replayIfAnswered() finds.
          refuse: {
            unless: 'EXISTS (SELECT FROM answer_kept)',
            refusal: () =>
              new ConflictError(
                'idempotency_request_in_progress',
                'A request with this Idempotency-Key is still being processed. Retry shortly.',
              ),
          },
        },
        () => {
          durable.answered = true;
        },
      );
      if (!within) await together.run(this.records.manager);
      return;
    }
    // The work is done; storing its answer is worth a second and third try (a pool briefly full) before giving up.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.records.update(
          { apiKeyId, key },
          {
            responseStatus: status,
            responseBody: body as object,
            responseHeaders: headers,
            completedAt: new Date(),
          },
        );
        // The answer is stored: a lock that cannot be given back went with its connection.
        await this.locks.unlock(lockName(apiKeyId, key)).catch(() => undefined);
        return;
      } catch (error) {
        if (attempt >= COMPLETE_ATTEMPTS) {
          await this.locks.unlock(lockName(apiKeyId, key), HOLD_UNANSWERED_MS);
          throw error;
        }
        await sleep(200 * attempt);
      }
    }
  }

  // For a durable key whose work failed: the answer this API key already had for it is thrown as a StoredAnswer to
  // replay, and the key with another request is refused; otherwise this returns and the failure stands.
  async replayIfAnswered(durable: DurableKey): Promise<void> {
    const existing = await this.records.findOne({
      where: { apiKeyId: durable.apiKeyId, key: durable.key },
    });
    const answer = existing ? answerOf(existing, durable.route, durable.hash) : undefined;
    if (answer?.kind === 'replay') throw new StoredAnswer(answer.body, answer.headers);
  }

  // A request that failed is not remembered, so the client can correct it and retry with the same key.
  async release(apiKeyId: string, key: string): Promise<void> {
    try {
      await this.records.delete({ apiKeyId, key, completedAt: IsNull() });
    } finally {
      await this.locks.unlock(lockName(apiKeyId, key)).catch(() => undefined);
    }
  }
}

function lockName(apiKeyId: string, key: string): string {
  return `${apiKeyId}\n${key}`;
}

// The stored answer to replay, a refusal of the key for another request, or undefined while there is no answer yet.
function answerOf(record: IdempotencyRecord, route: string, hash: string): Claim | undefined {
  if (record.route !== route || record.requestHash !== hash)
    throw new ConflictError(
      'idempotency_key_reused',
      'This Idempotency-Key was already used with a different request. Use a new key for a new request.',
    );
  if (record.responseStatus === null) return undefined;
  return {
    kind: 'replay',
    status: record.responseStatus,
    body: record.responseBody,
    headers: record.responseHeaders ?? {},
  };
}
