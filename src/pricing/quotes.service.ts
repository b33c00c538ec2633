import { Injectable } from '@nestjs/common';
import { Caller, Role } from '../auth/role';
import { withCalendarErrors } from '../calendar/calendar-errors';
import { CalendarService } from '../calendar/calendar.service';
import { BadRequestError, NotFoundError, RuleViolation } from '../common/domain-error';
import { FrameworksService } from '../frameworks/frameworks.service';
import { assertWithinLotMaximum } from '../frameworks/lot-rules';
import { EligibilityService } from '../providers/eligibility.service';
import { CreateQuoteDto, QuoteDto } from './dto/quote.dto';
import { quote } from './engine/pricing-engine';
import { chargeableLine } from './chargeable-line';
import { RateCardsService } from './rate-cards.service';

// Prices a placement from the approved rate card and the commissioner's school calendar, with no side effects.
@Injectable()
export class QuotesService {
  constructor(
    private readonly frameworks: FrameworksService,
    private readonly eligibility: EligibilityService,
    private readonly rateCards: RateCardsService,
    private readonly calendars: CalendarService,
  ) {}

  async quote(caller: Caller, input: CreateQuoteDto): Promise<QuoteDto> {
    if (input.endDate < input.startDate)
      throw new BadRequestError('validation_failed', 'endDate must be on or after startDate.', [
        { field: 'endDate', message: 'endDate must be on or after startDate' },
      ]);
    const lot = await this.frameworks.getLot(caller, input.lotId);
    let organisationId = input.commissionerOrganisationId ?? null;
    if (caller.role === Role.Commissioner) {
      if (organisationId && organisationId !== caller.organisationId) throw new NotFoundError('Organisation');
      organisationId = caller.organisationId;
    }
    assertWithinLotMaximum(lot, input.sessionsPerWeek);
    // DESIGN §1: only providers eligible on the start date (approved, member, checks in date) can be priced.
    const eligibility = await this.eligibility.evaluate(input.providerId, input.lotId, input.startDate);
    if (!eligibility) throw new RuleViolation('provider_not_found', 'providerId names no provider.');
    if (!eligibility.eligible)
      throw new RuleViolation(
        'provider_ineligible',
        `The provider is not eligible for this lot on ${input.startDate}.`,
        { reasons: eligibility.reasons },
      );
    const inForce = await this.rateCards.inForce(input.providerId, input.lotId, input.startDate);
    if (!inForce)
      throw new RuleViolation(
        'no_rate_card',
        `The provider has no approved rate card for this lot in force on ${input.startDate}.`,
      );
    const choice = chargeableLine(lot, inForce.lines, input.unit);
    if ('refusal' in choice)
      throw new RuleViolation(choice.refusal, choice.detail, {
        units: inForce.lines.map((l) => l.unit),
        allowedUnits: lot.pricingUnits,
        priceCeilingPence: lot.priceCeilingPence,
      });
    const { unit, pricePence } = choice.line;
    const { calendar, source } = await this.calendars.calendarFor(organisationId);
    const result = withCalendarErrors(() =>
      quote({
        unit,
        unitPricePence: pricePence,
        sessionsPerWeek: input.sessionsPerWeek,
        startDate: input.startDate,
        endDate: input.endDate,
        calendar,
        hoursPerSession: lot.hoursPerSession,
        outcomeAtRiskPercent: lot.outcomeAtRiskPercent,
      }),
    );
    return {
      rateCardId: inForce.card.id,
      lotId: lot.id,
      providerId: input.providerId,
      unit,
      unitPricePence: pricePence,
      sessionsPerWeek: input.sessionsPerWeek,
      startDate: input.startDate,
      endDate: input.endDate,
      schoolDays: result.schoolDays,
      sessions: result.sessions,
      quantity: result.quantity,
      weeklyPricePence: result.weeklyPricePence,
      totalPence: result.totalPence,
      basePence: result.basePence,
      atRiskPence: result.atRiskPence,
      outcomeAtRiskPercent: lot.outcomeAtRiskPercent,
      byFinancialYear: result.byFinancialYear,
      calendar: { organisationId, ownYears: source.own, defaultYears: source.default },
    };
  }
}
