import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsString, MaxLength } from 'class-validator';
import { EVENT_TYPES, EventType } from '../../events/event-types';
import {
  WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookSubscription,
  WebhookSubscriptionStatus,
} from '../webhook.entity';

export class CreateWebhookSubscriptionDto {
  @ApiProperty({
    example: 'https://mis.example.org/ap-exchange/webhooks',
    description: 'Where to POST events. https only (unless the service allows private targets, for testing).',
    maxLength: 2000,
  })
  @IsString()
  @MaxLength(2000)
  url: string;

  @ApiProperty({
    maxItems: EVENT_TYPES.length,
    enum: EVENT_TYPES,
    enumName: 'EventType',
    isArray: true,
    example: ['call_off.accepted'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(EVENT_TYPES, { each: true, message: `each of eventTypes must be among ${EVENT_TYPES.join(', ')}` })
  eventTypes: EventType[];
}

export class WebhookSubscriptionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ maxLength: 2000 })
  url: string;
  @ApiProperty({ maxItems: EVENT_TYPES.length, enum: EVENT_TYPES, enumName: 'EventType', isArray: true })
  eventTypes: string[];
  @ApiProperty({ enum: WebhookSubscriptionStatus, enumName: 'WebhookSubscriptionStatus' })
  status: WebhookSubscriptionStatus;
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'Failing without a success since.',
  })
  failingSince: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(row: WebhookSubscription): WebhookSubscriptionDto {
    return {
      id: row.id,
      url: row.url,
      eventTypes: row.eventTypes,
      status: row.status,
      failingSince: row.failingSince?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    };
  }
}

export class CreatedWebhookSubscriptionDto extends WebhookSubscriptionDto {
  @ApiProperty({
    maxLength: 200,
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'The signing secret (Standard Webhooks). Shown only now: store it.',
  })
  secret: string;
}

export class RotatedSecretDto {
  @ApiProperty({ maxLength: 200, description: 'The new signing secret, shown only now.' })
  secret: string;
  @ApiProperty({
    format: 'date-time',
    description: 'Until then every delivery carries a signature with the old secret as well as the new.',
  })
  previousSecretExpiresAt: string;
}

export class WebhookSubscriptionListDto {
  data: WebhookSubscriptionDto[];
  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({
    description: 'The webhook-id header the receiver sees on every attempt.',
    pattern: '^msg_[0-9a-f]{32}$',
    maxLength: 36,
  })
  webhookId: string;
  @ApiProperty({ format: 'uuid' })
  eventId: string;
  @ApiProperty({ enum: EVENT_TYPES, enumName: 'EventType' })
  eventType: string;
  @ApiProperty({ enum: WebhookDeliveryStatus, enumName: 'WebhookDeliveryStatus' })
  status: WebhookDeliveryStatus;
  @ApiProperty({ minimum: 0, maximum: 100000, type: 'integer' })
  attempts: number;
  @ApiProperty({ minimum: 100, maximum: 599, type: 'integer', nullable: true })
  lastResponseCode: number | null;
  @ApiProperty({ maxLength: 2000, nullable: true, type: String })
  lastError: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  lastAttemptAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  nextAttemptAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  deliveredAt: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(row: WebhookDelivery): WebhookDeliveryDto {
    return {
      id: row.id,
      webhookId: webhookIdOf(row.id),
      eventId: row.eventId,
      eventType: row.eventType,
      status: row.status,
      attempts: row.attempts,
      lastResponseCode: row.lastResponseCode,
      lastError: row.lastError,
      lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
      nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
      deliveredAt: row.deliveredAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    };
  }
}

export class WebhookDeliveryListDto {
  data: WebhookDeliveryDto[];
  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

export function webhookIdOf(deliveryId: string): string {
  return `msg_${deliveryId.replace(/-/g, '')}`;
}
