import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { Caller, Role } from '../auth/role';
import { mapPage } from '../common/pagination';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiIfMatch, IfMatch } from '../common/versioning';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { CreateQuoteDto, QuoteDto } from './dto/quote.dto';
import {
  ApproveRateCardDto,
  CreateRateCardDto,
  ListRateCardsQueryDto,
  RateCardDto,
  RateCardPageDto,
  RejectRateCardDto,
} from './dto/rate-card.dto';
import { CardWithLines, RateCardsService } from './rate-cards.service';
import { QuotesService } from './quotes.service';
import { ApiProblem } from '../common/api-problem.decorator';

const toDto = ({ card, lines }: CardWithLines) => RateCardDto.from(card, lines);

@ApiTags('Prices')
@ApiBearerAuth()
@Controller('v1')
export class PricingController {
  constructor(
    private readonly rateCards: RateCardsService,
    private readonly quotes: QuotesService,
  ) {}

  @Post('providers/:id/rate-cards')
  @ApiProblem(
    409,
    ['rate_card_overlaps_later_card'],
    'A later card of the provider and lot is already in place',
  )
  @ApiProblem(
    422,
    ['lot_not_found', 'unit_not_allowed', 'price_above_ceiling'],
    'The lot does not price these units, or a price is above its ceiling',
  )
  @Roles(Role.Admin, Role.Provider)
  @Idempotent()
  @ApiOperation({ summary: 'Submit a rate card for one lot (the provider itself, or admin)' })
  async createRateCard(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: CreateRateCardDto,
    @CurrentCaller() caller: Caller,
  ): Promise<RateCardDto> {
    return toDto(await this.rateCards.submit(caller, id, body));
  }

  @Get('rate-cards')
  @ApiOperation({ summary: 'List rate cards (a provider sees its own; commissioners see approved cards)' })
  async listRateCards(
    @Query() query: ListRateCardsQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<RateCardPageDto> {
    return mapPage(await this.rateCards.list(caller, query), toDto);
  }

  @Post('rate-cards/:id/approve')
  @ApiProblem(409, ['invalid_transition'], 'Only a submitted card can be approved')
  @ApiProblem(
    422,
    ['price_above_ceiling', 'uplift_above_cap'],
    'A price is above the lot’s ceiling, or rises above the framework’s yearly cap without an override reason',
  )
  @HttpCode(200)
  @Roles(Role.Admin)
  @ApiIfMatch()
  @ApiOperation({
    summary: 'Approve a submitted rate card; the previous card ends the day before it takes effect',
  })
  async approveRateCard(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ApproveRateCardDto,
    @IfMatch() version: number | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<RateCardDto> {
    return toDto(await this.rateCards.approve(caller, id, body.upliftOverrideReason, version));
  }

  @Post('rate-cards/:id/reject')
  @ApiProblem(409, ['invalid_transition'], 'Only a submitted card can be rejected')
  @HttpCode(200)
  @Roles(Role.Admin)
  @ApiIfMatch()
  @ApiOperation({ summary: 'Reject a submitted rate card with a reason' })
  async rejectRateCard(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: RejectRateCardDto,
    @IfMatch() version: number | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<RateCardDto> {
    return toDto(await this.rateCards.reject(caller, id, body.reason, version));
  }

  @Post('quotes')
  @ApiProblem(
    422,
    [
      'provider_not_found',
      'lot_not_found',
      'no_rate_card',
      'provider_ineligible',
      'sessions_above_lot_maximum',
      'calendar_missing',
    ],
    'The provider cannot be priced for this placement',
  )
  @HttpCode(200)
  @Roles(Role.Admin, Role.Commissioner)
  @ApiOperation({ summary: 'Price a placement exactly, split by financial year; no side effects' })
  createQuote(@Body() body: CreateQuoteDto, @CurrentCaller() caller: Caller): Promise<QuoteDto> {
    return this.quotes.quote(caller, body);
  }
}
