import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomBytes, randomInt } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { Caller, Role } from '../auth/role';
import { BadRequestError, NotFoundError } from '../common/domain-error';
import { Page, PageQueryDto, paginate } from '../common/pagination';
import { APP_CONFIG, AppConfig } from '../config/config';
import { EventRelay, RelayedEvent } from '../events/event-relay';
import { EventReader, EventView, EventsService } from '../events/events.service';
import { uuid7 } from '../events/uuid7';
import { JOB_SCHEMA, JobQueue } from '../jobs/job-queue';
import { JobRunner } from '../jobs/job-runner';
import { CreateWebhookSubscriptionDto, webhookIdOf } from './dto/webhook.dto';
import { givesUp, retryDelayMs } from './retry-policy';
import { sendWebhook } from './webhook-sender';
import {
  WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookSubscription,
  WebhookSubscriptionStatus,
} from './webhook.entity';

export const DELIVER_TASK = 'webhooks.deliver';
// Standard Webhooks: a rotated-out secret keeps signing for a grace period so receivers can switch without a gap.
const PREVIOUS_SECRET_GRACE_MS = 24 * 60 * 60 * 1000;

// Webhook subscriptions and their deliveries: fan-out of each committed event to the subscriptions that may read
// it, signed delivery (Standard Webhooks), retries with backoff, and disabling endpoints that keep failing.
@Injectable()
export class WebhooksService implements OnModuleInit {
  private readonly logger = new Logger(WebhooksService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(WebhookSubscription) private readonly subscriptions: Repository<WebhookSubscription>,
    @InjectRepository(WebhookDelivery) private readonly deliveries: Repository<WebhookDelivery>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventsService,
    private readonly queue: JobQueue,
    private readonly jobs: JobRunner,
    private readonly relay: EventRelay,
  ) {}

  onModuleInit(): void {
    // Migration EventRelay created this subscriber's cursor.
    this.relay.subscribe('webhooks', (manager, events) => this.fanOutAll(manager, events));
    this.jobs.register(DELIVER_TASK, (payload) => this.deliver(String(payload.deliveryId)));
  }

  async create(
    caller: Caller,
    input: CreateWebhookSubscriptionDto,
  ): Promise<{ subscription: WebhookSubscription; secret: string }> {
    this.assertTarget(input.url);
    const secret = newSecret();
    const { identifiers } = await this.subscriptions
      .createQueryBuilder()
      .insert()
      .values({
        url: input.url,
        eventTypes: [...new Set(input.eventTypes)],
        ownerRole: caller.role,
        organisationId: caller.role === Role.Commissioner ? caller.organisationId : null,
        providerId: caller.role === Role.Provider ? caller.providerId : null,
        createdByKeyId: caller.keyId,
        secret,
        // Events of transactions older than every one running now are not delivered to it (fanOutAll).
        fromXid: () => 'pg_snapshot_xmin(pg_current_snapshot())::text::bigint',
      })
      .execute();
    const subscription = await this.subscriptions.findOneByOrFail({
      id: (identifiers[0] as { id: string }).id,
    });
    return { subscription, secret };
  }

  list(caller: Caller, page: PageQueryDto): Promise<Page<WebhookSubscription>> {
    const qb = this.subscriptions.createQueryBuilder('s');
    this.scope(qb, caller);
    return paginate(qb, page);
  }

  async get(caller: Caller, id: string): Promise<WebhookSubscription> {
    const qb = this.subscriptions.createQueryBuilder('s').where('s.id = :id', { id });
    this.scope(qb, caller);
    const found = await qb.getOne();
    if (!found) throw new NotFoundError('Webhook subscription');
    return found;
  }

  async remove(caller: Caller, id: string): Promise<void> {
    await this.get(caller, id);
    await this.subscriptions.delete({ id });
  }

  async rotateSecret(caller: Caller, id: string): Promise<{ secret: string; previousSecretExpiresAt: Date }> {
    const subscription = await this.get(caller, id);
    const secret = newSecret();
    const previousSecretExpiresAt = new Date(new Date().getTime() + PREVIOUS_SECRET_GRACE_MS);
    await this.subscriptions.update(
      { id: subscription.id },
      { secret, previousSecret: subscription.secret, previousSecretExpiresAt },
    );
    return { secret, previousSecretExpiresAt };
  }

  async listDeliveries(caller: Caller, id: string, page: PageQueryDto): Promise<Page<WebhookDelivery>> {
    await this.get(caller, id);
    return paginate(this.deliveries.createQueryBuilder('d').where('d.subscription_id = :id', { id }), page);
  }

  // Sends again now, with the same webhook-id; a failed delivery gets a fresh retry window.
  async retry(caller: Caller, id: string, deliveryId: string): Promise<WebhookDelivery> {
    await this.get(caller, id);
    return this.dataSource.transaction(async (manager) => {
      const delivery = await manager.findOne(WebhookDelivery, {
        where: { id: deliveryId, subscriptionId: id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!delivery) throw new NotFoundError('Webhook delivery');
      // A manual retry starts a fresh retry window.
      await manager.update(
        WebhookDelivery,
        { id: deliveryId },
        { status: WebhookDeliveryStatus.Pending, nextAttemptAt: new Date(), firstAttemptAt: null },
      );
      await this.queue.enqueue(
        manager,
        DELIVER_TASK,
        { deliveryId },
        { jobKey: `webhook-delivery:${deliveryId}` },
      );
      return manager.findOneOrFail(WebhookDelivery, { where: { id: deliveryId } });
    });
  }

  // The relay's subscriber: committed events, in feed order → a delivery for each active subscription that asked for
  // the event's type and whose owner could read it in the feed, each with its job due now, written in the relay's
  // transaction (its cursor moves exactly when they are written). One statement reads the active subscriptions to the
  // batch's types, one per subscription what its owner may see of the batch, and one writes the deliveries; an event
  // no subscription asked for costs nothing more. Idempotent: a delivery is unique per subscription and event.
  async fanOutAll(manager: EntityManager, events: RelayedEvent[]): Promise<void> {
    const rows: SubscribedRow[] = await manager.query(
      `SELECT s.id, s.event_types, s.owner_role, s.organisation_id, s.provider_id, s.from_xid::text
         FROM webhook_subscriptions s WHERE s.status = 'active' AND s.event_types && $1::text[]`,
      [[...new Set(events.map((event) => event.type))]],
    );
    if (rows.length === 0) return;
    const visible = await Promise.all(
      rows.map((row) =>
        this.events.visibleAmong(
          { role: row.owner_role, organisationId: row.organisation_id, providerId: row.provider_id },
          events.filter((event) => row.event_types.includes(event.type)).map((event) => event.id),
          manager,
        ),
      ),
    );
    // In feed order, each event's subscriptions in the order read. A subscription receives the events of transactions
    // that had not ended when it was created: the relay can reach an older one after it was created, and that event
    // happened before it existed.
    const targets = events.flatMap((event) =>
      rows
        .filter(
          (row, i) =>
            visible[i].has(event.id) && (row.from_xid === null || BigInt(event.xid) >= BigInt(row.from_xid)),
        )
        .map((row) => ({ event, row })),
    );
    if (targets.length === 0) return;
    const job = this.queue.addJobExpression(DELIVER_TASK, "json_build_object('deliveryId', d.id)", {
      jobKeySql: "'webhook-delivery:' || d.id",
    });
    await manager.query(
      `WITH d AS (
         INSERT INTO webhook_deliveries (id, subscription_id, event_id, event_type, next_attempt_at)
         SELECT d.id, d.subscription_id, d.event_id, d.event_type, now()
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[]) AS d(id, subscription_id, event_id, event_type)
         ON CONFLICT ON CONSTRAINT uq_webhook_deliveries_subscription_id_event_id DO NOTHING
         RETURNING id)
       SELECT count((${job}).id) FROM d`,
      [
        targets.map(() => uuid7()),
        targets.map((t) => t.row.id),
        targets.map((t) => t.event.id),
        targets.map((t) => t.event.type),
      ],
    );
  }

  // Job: one attempt at one delivery. No transaction is held across the HTTP call; a lease on the row stops a
  // second job for the same delivery from sending at the same time.
  async deliver(deliveryId: string): Promise<void> {
    const claimed = updatedRows<ClaimedRow>(
      await this.dataSource.query(
        `UPDATE webhook_deliveries d SET attempt_started_at = now()
           FROM webhook_subscriptions s
          WHERE d.id = $1 AND d.status = 'pending' AND s.id = d.subscription_id
            AND (d.attempt_started_at IS NULL OR d.attempt_started_at < now() - make_interval(secs => $2))
          RETURNING d.event_id, d.event_type, d.attempts, d.first_attempt_at, s.id AS subscription_id`,
        [deliveryId, this.leaseSeconds()],
      ),
    );
    if (claimed.length === 0) {
      const current = await this.deliveries.findOne({ where: { id: deliveryId } });
      // Another attempt is in flight: fail this job so the queue runs it again later, rather than lose it.
      if (current?.status === WebhookDeliveryStatus.Pending)
        throw new Error(`delivery ${deliveryId} has an attempt in flight`);
      return;
    }
    const [row] = claimed;
    const subscription = await this.subscriptions.findOne({ where: { id: row.subscription_id } });
    if (!subscription || subscription.status !== WebhookSubscriptionStatus.Active) {
      await this.deliveries.update(
        { id: deliveryId },
        { status: WebhookDeliveryStatus.Failed, attemptStartedAt: null, lastError: 'subscription disabled' },
      );
      return;
    }
    const event = await this.events.findVisible(readerOf(subscription), row.event_id);
    if (!event) {
      // The owner's scope no longer covers the event: nothing may be sent, now or later.
      await this.deliveries.update(
        { id: deliveryId },
        { status: WebhookDeliveryStatus.Failed, attemptStartedAt: null, lastError: 'event out of scope' },
      );
      return;
    }
    await this.attempt(
      {
        id: deliveryId,
        eventType: row.event_type,
        attempts: row.attempts,
        firstAttemptAt: row.first_attempt_at,
      },
      subscription,
      event,
    );
  }

  // One signed POST of a claimed delivery, and its outcome recorded.
  private async attempt(
    delivery: AttemptedDelivery,
    subscription: WebhookSubscription,
    event: EventView,
  ): Promise<void> {
    const now = new Date();
    const body = JSON.stringify({ type: delivery.eventType, timestamp: now.toISOString(), data: event });
    const msgId = webhookIdOf(delivery.id);
    const result = await sendWebhook(subscription.url, signedHeaders(subscription, msgId, now, body), body, {
      timeoutMs: this.config.webhooks.timeoutMs,
      allowPrivateTargets: this.config.webhooks.allowPrivateTargets,
    });
    await this.recordAttempt(delivery, subscription, result, now);
  }

  private leaseSeconds(): number {
    return Math.ceil(this.config.webhooks.timeoutMs / 1000) + 5;
  }

  private async recordAttempt(
    delivery: AttemptedDelivery,
    subscription: WebhookSubscription,
    result: { status: number | null; error: string | null },
    attemptedAt: Date,
  ): Promise<void> {
    const ok = result.status !== null && result.status >= 200 && result.status < 300;
    const attempts = delivery.attempts + 1;
    const firstAttemptAt = delivery.firstAttemptAt ?? attemptedAt;
    const common = {
      attempts,
      firstAttemptAt,
      lastAttemptAt: attemptedAt,
      lastResponseCode: result.status,
      lastError: ok ? null : (result.error ?? `HTTP ${result.status}`).slice(0, 500),
      attemptStartedAt: null,
    };
    if (ok) {
      // One statement: the delivery is done, and the subscription's failing streak (if any) ends. The subscription
      // is written only when it changes: deliveries to a busy endpoint must not queue on one row lock.
      // The delivery's job key is cleared in the same statement: a retry queued while this attempt was in flight is
      // removed, and nothing is left waiting for a delivered webhook.
      await this.dataSource.query(
        `WITH done AS (
           UPDATE webhook_deliveries SET status = 'delivered', attempts = $2, first_attempt_at = $3,
                  last_attempt_at = $4, last_response_code = $5, last_error = NULL, attempt_started_at = NULL,
                  delivered_at = $4, next_attempt_at = NULL
            WHERE id = $1),
         streak AS (
           UPDATE webhook_subscriptions SET failing_since = NULL WHERE id = $6 AND failing_since IS NOT NULL)
         SELECT ${JOB_SCHEMA}.remove_job($7)`,
        [
          delivery.id,
          attempts,
          firstAttemptAt,
          attemptedAt,
          result.status,
          subscription.id,
          `webhook-delivery:${delivery.id}`,
        ],
      );
      return;
    }
    await this.dataSource.transaction(async (manager) => {
      const now = new Date();
      if (givesUp(firstAttemptAt, now, this.config.webhooks.retryForSeconds * 1000)) {
        await manager.update(
          WebhookDelivery,
          { id: delivery.id },
          { ...common, status: WebhookDeliveryStatus.Failed, nextAttemptAt: null },
        );
      } else {
        const next = new Date(
          now.getTime() +
            retryDelayMs(attempts, this.config.webhooks.backoffBaseMs, randomInt(0, 1_000_001) / 1e6),
        );
        await manager.update(WebhookDelivery, { id: delivery.id }, { ...common, nextAttemptAt: next });
        await this.queue.enqueue(
          manager,
          DELIVER_TASK,
          { deliveryId: delivery.id },
          {
            runAt: next,
            jobKey: `webhook-delivery:${delivery.id}`,
          },
        );
      }
      await this.noteFailure(manager, subscription.id, now);
    });
  }

  // Standard Webhooks' guidance: an endpoint failing for days on end is disabled, and its owner told (an event).
  private async noteFailure(manager: EntityManager, subscriptionId: string, now: Date): Promise<void> {
    const [row] = updatedRows<{ failing_since: Date; status: WebhookSubscriptionStatus }>(
      await manager.query(
        `UPDATE webhook_subscriptions SET failing_since = COALESCE(failing_since, $2)
          WHERE id = $1 RETURNING failing_since, status`,
        [subscriptionId, now],
      ),
    );
    if (!row || row.status !== WebhookSubscriptionStatus.Active) return;
    if (now.getTime() - row.failing_since.getTime() < this.config.webhooks.disableAfterSeconds * 1000) return;
    const disabled = updatedRows<{ organisation_id: string | null; provider_id: string | null; url: string }>(
      await manager.query(
        `UPDATE webhook_subscriptions SET status = 'disabled' WHERE id = $1 AND status = 'active'
         RETURNING organisation_id, provider_id, url`,
        [subscriptionId],
      ),
    );
    const subscription = disabled[0];
    if (!subscription) return;
    this.logger.warn(
      `webhook subscription ${subscriptionId} disabled after failing since ${row.failing_since.toISOString()}`,
    );
    await this.events.append(manager, {
      type: 'webhook_subscription.disabled',
      subject: { id: subscriptionId, version: null },
      commissionerOrganisationId: subscription.organisation_id,
      providerId: subscription.provider_id,
      payload: { url: subscription.url, failingSince: row.failing_since.toISOString() },
    });
  }

  // https only, unless private targets are allowed (local receivers in tests and development).
  private assertTarget(url: string): void {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new BadRequestError('validation_failed', 'url must be an absolute URL.', [
        { field: 'url', message: 'url must be an absolute URL' },
      ]);
    }
    const allowed = this.config.webhooks.allowPrivateTargets ? ['https:', 'http:'] : ['https:'];
    if (!allowed.includes(parsed.protocol) || parsed.username || parsed.password)
      throw new BadRequestError('validation_failed', 'url must be an https URL without credentials.', [
        { field: 'url', message: 'url must be an https URL without credentials' },
      ]);
  }

  private scope(qb: SelectQueryBuilder<WebhookSubscription>, caller: Caller): void {
    qb.andWhere('s.owner_role = :role', { role: caller.role });
    if (caller.role === Role.Commissioner)
      qb.andWhere('s.organisation_id = :org', { org: caller.organisationId });
    if (caller.role === Role.Provider)
      qb.andWhere('s.provider_id = :provider', { provider: caller.providerId });
  }
}

// What an attempt needs of its delivery row.
interface AttemptedDelivery {
  id: string;
  eventType: string;
  attempts: number;
  firstAttemptAt: Date | null;
}

interface SubscribedRow {
  id: string;
  event_types: string[];
  owner_role: Role;
  organisation_id: string | null;
  provider_id: string | null;
  from_xid: string | null;
}

interface ClaimedRow {
  event_id: string;
  event_type: string;
  attempts: number;
  first_attempt_at: Date | null;
  subscription_id: string;
}

// TypeORM answers an UPDATE … RETURNING through query() as [rows, affected count].
function updatedRows<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}

function readerOf(subscription: WebhookSubscription): EventReader {
  return {
    role: subscription.ownerRole,
    organisationId: subscription.organisationId,
    providerId: subscription.providerId,
  };
}

// whsec_ + base64 of 32 random bytes: the form the standardwebhooks libraries read.
function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

// The spec allows several signatures, space-separated: during a rotation both the new and the old secret sign.
function signedHeaders(
  subscription: WebhookSubscription,
  msgId: string,
  at: Date,
  body: string,
): Record<string, string> {
  const secrets = [subscription.secret];
  if (
    subscription.previousSecret &&
    subscription.previousSecretExpiresAt &&
    subscription.previousSecretExpiresAt > at
  )
    secrets.push(subscription.previousSecret);
  return {
    'webhook-id': msgId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(msgId, at, body)).join(' '),
  };
}
