import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Role } from '../auth/role';

export enum WebhookSubscriptionStatus {
  Active = 'active',
  Disabled = 'disabled',
}

export enum WebhookDeliveryStatus {
  Pending = 'pending',
  Delivered = 'delivered',
  Failed = 'failed',
}

// An integrator's endpoint. It receives the events its owner's key could read in the feed, with the same scope.
@Entity('webhook_subscriptions')
@Index('ix_webhook_subscriptions_organisation_id', ['organisationId'])
@Index('ix_webhook_subscriptions_provider_id', ['providerId'])
export class WebhookSubscription {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'text', array: true })
  eventTypes: string[];

  // The owner's scope, taken from the creating key: what the feed would show that key.
  @Column({ type: 'enum', enum: Role, enumName: 'api_key_role' })
  ownerRole: Role;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  providerId: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByKeyId: string | null;

  // Standard Webhooks secrets (whsec_ + base64). Kept readable: signing needs the secret itself.
  @Column({ type: 'text' })
  secret: string;

  // After a rotation the old secret signs too until it expires, so receivers can switch without losing messages.
  @Column({ type: 'text', nullable: true })
  previousSecret: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  previousSecretExpiresAt: Date | null;

  @Column({
    type: 'enum',
    enum: WebhookSubscriptionStatus,
    enumName: 'webhook_subscription_status',
    default: WebhookSubscriptionStatus.Active,
  })
  status: WebhookSubscriptionStatus;

  // Start of the current run of failed attempts; cleared by any success.
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  failingSince: Date | null;

  // The oldest transaction still running when the subscription was created (its xid): events of older transactions
  // ended before it existed and are not delivered to it. Null for subscriptions older than this rule.
  @Column({ type: 'bigint', nullable: true })
  fromXid: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

// One event to one subscription. Its id is the webhook-id the receiver sees, the same on every attempt.
@Entity('webhook_deliveries')
@Unique('uq_webhook_deliveries_subscription_id_event_id', ['subscriptionId', 'eventId'])
@Index('ix_webhook_deliveries_subscription_page', ['subscriptionId', 'createdAt', 'id'])
export class WebhookDelivery {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  subscriptionId: string;

  @ManyToOne(() => WebhookSubscription, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id' })
  subscription?: WebhookSubscription;

  @Column({ type: 'uuid' })
  eventId: string;

  @Column({ type: 'text' })
  eventType: string;

  @Column({
    type: 'enum',
    enum: WebhookDeliveryStatus,
    enumName: 'webhook_delivery_status',
    default: WebhookDeliveryStatus.Pending,
  })
  status: WebhookDeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'integer', nullable: true })
  lastResponseCode: number | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  // Set while an attempt is in flight: a second job for the same delivery waits rather than sends twice.
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  attemptStartedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  firstAttemptAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastAttemptAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  nextAttemptAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deliveredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
