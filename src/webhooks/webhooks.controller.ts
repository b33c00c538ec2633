import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { Caller, Role } from '../auth/role';
import { PageQueryDto, mapPage } from '../common/pagination';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import {
  CreateWebhookSubscriptionDto,
  CreatedWebhookSubscriptionDto,
  RotatedSecretDto,
  WebhookDeliveryDto,
  WebhookDeliveryListDto,
  WebhookSubscriptionDto,
  WebhookSubscriptionListDto,
} from './dto/webhook.dto';
import { WebhooksService } from './webhooks.service';

@ApiTags('Webhooks')
@ApiBearerAuth()
@Roles(Role.Admin, Role.Commissioner, Role.Provider)
@Controller('v1/webhook-subscriptions')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @Idempotent()
  @ApiOperation({
    summary:
      'Subscribe an endpoint to events in your scope; the signing secret is shown only in this response',
  })
  async createWebhookSubscription(
    @Body() body: CreateWebhookSubscriptionDto,
    @CurrentCaller() caller: Caller,
  ): Promise<CreatedWebhookSubscriptionDto> {
    const { subscription, secret } = await this.webhooks.create(caller, body);
    return { ...WebhookSubscriptionDto.from(subscription), secret };
  }

  @Get()
  @ApiOperation({ summary: 'List your webhook subscriptions' })
  async listWebhookSubscriptions(
    @Query() query: PageQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<WebhookSubscriptionListDto> {
    return mapPage(await this.webhooks.list(caller, query), (row) => WebhookSubscriptionDto.from(row));
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a webhook subscription' })
  async getWebhookSubscription(
    @Param('id', ParseIdPipe) id: string,
    @CurrentCaller() caller: Caller,
  ): Promise<WebhookSubscriptionDto> {
    return WebhookSubscriptionDto.from(await this.webhooks.get(caller, id));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a webhook subscription and its delivery history' })
  async deleteWebhookSubscription(
    @Param('id', ParseIdPipe) id: string,
    @CurrentCaller() caller: Caller,
  ): Promise<void> {
    await this.webhooks.remove(caller, id);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({ summary: 'Replace the signing secret; the old one keeps signing as well for 24 hours' })
  async rotateWebhookSecret(
    @Param('id', ParseIdPipe) id: string,
    @CurrentCaller() caller: Caller,
  ): Promise<RotatedSecretDto> {
    const rotated = await this.webhooks.rotateSecret(caller, id);
    return { secret: rotated.secret, previousSecretExpiresAt: rotated.previousSecretExpiresAt.toISOString() };
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: 'A subscription’s deliveries: status, attempts and the last response code' })
  async listWebhookDeliveries(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: PageQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<WebhookDeliveryListDto> {
    return mapPage(await this.webhooks.listDeliveries(caller, id, query), (row) =>
      WebhookDeliveryDto.from(row),
    );
  }

  @Post(':id/deliveries/:deliveryId/retry')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a delivery again now, with the same webhook-id' })
  async retryWebhookDelivery(
    @Param('id', ParseIdPipe) id: string,
    @Param('deliveryId', ParseIdPipe) deliveryId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<WebhookDeliveryDto> {
    return WebhookDeliveryDto.from(await this.webhooks.retry(caller, id, deliveryId));
  }
}
