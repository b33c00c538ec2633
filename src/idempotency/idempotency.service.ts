import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { IsNull, Repository } from 'typeorm';
import { ConflictError } from '../common/domain-error';
import { IdempotencyRecord } from './idempotency-record.entity';
import { UUID } from '../common/parse-id.pipe';

export type Claim =
  { kind: 'execute' } | { kind: 'replay'; status: number; body: unknown; headers: Record<string, string> };

// A request that has held a key longer than this is taken to have died with its process, and may be retried.
const ABANDONED_AFTER_MS = 120_000;
const WAIT_FOR_FIRST_MS = 30_000;
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

  constructor(@InjectRepository(IdempotencyRecord) private readonly records: Repository<IdempotencyRecord>) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.forgetOld().catch(() => undefined), FORGET_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
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

  // The primary key makes the claim atomic: of concurrent requests with one key, exactly one executes;
  // the others wait for its stored answer and replay it.
  async claim(apiKeyId: string, key: string, route: string, hash: string): Promise<Claim> {
    const deadline = Date.now() + WAIT_FOR_FIRST_MS;
    for (;;) {
      const inserted = await this.records
        .createQueryBuilder()
        .insert()
        .values({ apiKeyId, key, route, requestHash: hash })
        .orIgnore()
        .returning(['api_key_id'])
        .execute();
      if (inserted.raw && (inserted.raw as unknown[]).length > 0) return { kind: 'execute' };
      const existing = await this.records.findOne({ where: { apiKeyId, key } });
      if (!existing) continue; // released between our insert and read: try again
      if (existing.route !== route || existing.requestHash !== hash)
        throw new ConflictError(
          'idempotency_key_reused',
          'This Idempotency-Key was already used with a different request. Use a new key for a new request.',
        );
      if (existing.responseStatus !== null)
        return {
          kind: 'replay',
          status: existing.responseStatus,
          body: existing.responseBody,
          headers: existing.responseHeaders ?? {},
        };
      if (Date.now() - existing.createdAt.getTime() > ABANDONED_AFTER_MS) {
        await this.release(apiKeyId, key);
        continue;
      }
      if (Date.now() > deadline)
        throw new ConflictError(
          'idempotency_request_in_progress',
          'A request with this Idempotency-Key is still being processed. Retry shortly.',
        );
      await sleep(25);
    }
  }

  async complete(
    apiKeyId: string,
    key: string,
    status: number,
    body: unknown,
    headers: Record<string, string>,
  ): Promise<void> {
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
        return;
      } catch (error) {
        if (attempt >= COMPLETE_ATTEMPTS) throw error;
        await sleep(200 * attempt);
      }
    }
  }

  // A request that failed is not remembered, so the client can correct it and retry with the same key.
  async release(apiKeyId: string, key: string): Promise<void> {
    await this.records.delete({ apiKeyId, key, completedAt: IsNull() });
  }
}
