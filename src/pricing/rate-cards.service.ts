import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { Caller, Role } from '../auth/role';
import { assertProviderInScope } from '../auth/scope';
import { KeptByCount, lotCounter, readCounts } from '../database/change-counters';
import { chargeableLine } from './chargeable-line';
import { Clock } from '../common/clock';
import {
  BadRequestError,
  ConflictError,
  InvalidTransitionError,
  NotFoundError,
  RuleViolation,
} from '../common/domain-error';
import { Page, paginate } from '../common/pagination';
import { assertVersion } from '../common/versioning';
import { EventsService } from '../events/events.service';
import { FrameworksService } from '../frameworks/frameworks.service';
import { ProvidersService } from '../providers/providers.service';
import { CreateRateCardDto, ListRateCardsQueryDto } from './dto/rate-card.dto';
import { RateCard, RateCardLine, RateCardStatus } from './rate-card.entity';
import { upliftBreaches } from './uplift';
import { addDays } from '../calendar/engine/dates';

// The approved card a provider prices a lot by on a date, as matching needs it.
export interface InForceCard {
  cardId: string;
  lines: { unit: RateCardLine['unit']; pricePence: number }[];
}

export interface CardWithLines {
  card: RateCard;
  lines: RateCardLine[];
}

// Rate cards: a provider's prices per lot, submitted by the provider and approved or rejected by the council.
@Injectable()
export class RateCardsService {
  private readonly inForceByLotAndDate = new KeptByCount<ReadonlyMap<string, InForceCard>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(RateCard) private readonly cards: Repository<RateCard>,
    @InjectRepository(RateCardLine) private readonly lines: Repository<RateCardLine>,
    private readonly frameworks: FrameworksService,
    private readonly providers: ProvidersService,
    private readonly clock: Clock,
    private readonly events: EventsService,
  ) {}

  async submit(caller: Caller, providerId: string, input: CreateRateCardDto): Promise<CardWithLines> {
    assertProviderInScope(caller, providerId, 'Provider');
    if (!(await this.providers.findById(providerId))) throw new NotFoundError('Provider');
    if (input.effectiveTo !== undefined && input.effectiveTo < input.effectiveFrom)
      throw new BadRequestError('validation_failed', 'effectiveTo must be on or after effectiveFrom.', [
        { field: 'effectiveTo', message: 'effectiveTo must be on or after effectiveFrom' },
      ]);
    const units = input.lines.map((line) => line.unit);
    if (new Set(units).size !== units.length)
      throw new BadRequestError('validation_failed', 'Each unit may appear once on a rate card.', [
        { field: 'lines', message: 'units must be unique' },
      ]);
    const found = await this.frameworks.findLotFor(caller, input.lotId);
    if (!found) throw new RuleViolation('lot_not_found', 'lotId names no lot.');
    const { lot } = found;
    // Framework clause: a lot fixes the pricing units it accepts.
    const notAllowed = units.filter((unit) => !lot.pricingUnits.includes(unit));
    if (notAllowed.length > 0)
      throw new RuleViolation(
        'unit_not_allowed',
        `Lot ${lot.number} does not price by ${notAllowed.join(', ')}.`,
        {
          allowedUnits: lot.pricingUnits,
        },
      );
    // Framework clause: no unit price above the lot's price ceiling.
    const above = input.lines.filter(
      (line) => lot.priceCeilingPence !== null && line.pricePence > lot.priceCeilingPence,
    );
    if (above.length > 0)
      throw new RuleViolation(
        'price_above_ceiling',
        `Lot ${lot.number} has a price ceiling of ${lot.priceCeilingPence} pence; ${above.map((l) => l.unit).join(', ')} is above it.`,
        { priceCeilingPence: lot.priceCeilingPence, units: above.map((l) => l.unit) },
      );
    const id = await this.dataSource.transaction(async (manager) => {
      const card = await manager.save(
        manager.create(RateCard, {
          providerId,
          lotId: input.lotId,
          effectiveFrom: input.effectiveFrom,
          effectiveTo: input.effectiveTo ?? null,
          submittedByKeyId: caller.keyId,
        }),
      );
      await manager.insert(
        RateCardLine,
        input.lines.map((line) => ({
          rateCardId: card.id,
          unit: line.unit,
          pricePence: line.pricePence,
          description: line.description ?? null,
        })),
      );
      await this.events.append(manager, {
        type: 'rate_card.submitted',
        subject: { id: card.id, version: card.version },
        frameworkId: found.framework.id,
        providerId,
        payload: {
          lotId: input.lotId,
          effectiveFrom: input.effectiveFrom,
          effectiveTo: input.effectiveTo ?? null,
        },
      });
      return card.id;
    });
    return this.load(id);
  }

  async list(caller: Caller, query: ListRateCardsQueryDto): Promise<Page<CardWithLines>> {
    const qb = this.cards.createQueryBuilder('c');
    if (caller.role === Role.Provider) qb.andWhere('c.provider_id = :own', { own: caller.providerId });
    // Commissioners see the prices they can buy at: approved cards on lots of frameworks they may call off from.
    if (caller.role === Role.Commissioner)
      qb.andWhere(`c.status = 'approved'`).andWhere('c.lot_id = ANY(:lotIds)', {
        lotIds: caller.organisationId ? await this.frameworks.lotIdsOpenTo(caller.organisationId) : [],
      });
    if (query.providerId) qb.andWhere('c.provider_id = :providerId', { providerId: query.providerId });
    if (query.lotId) qb.andWhere('c.lot_id = :lotId', { lotId: query.lotId });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.date)
      qb.andWhere('c.effective_from <= :date AND (c.effective_to IS NULL OR c.effective_to >= :date)', {
        date: query.date,
      });
    const page = await paginate(qb, query);
    const lines = await this.linesOf(page.data.map((c) => c.id));
    return {
      data: page.data.map((card) => ({ card, lines: lines.get(card.id) ?? [] })),
      nextCursor: page.nextCursor,
    };
  }

  async approve(
    caller: Caller,
    id: string,
    overrideReason: string | undefined,
    expectedVersion: number | undefined,
  ): Promise<CardWithLines> {
    await this.dataSource.transaction(async (manager) => {
      const card = await this.lockCard(manager, id, expectedVersion);
      if (card.status !== RateCardStatus.Submitted)
        throw new InvalidTransitionError('rate card', card.status, 'approved');
      const found = await this.frameworks.findLot(card.lotId, manager);
      if (!found) throw new NotFoundError('Lot');
      const newLines = await manager.find(RateCardLine, { where: { rateCardId: id } });
      // The lot's units and ceiling as they stand at approval: the ceiling may have been lowered since submission.
      for (const line of newLines) {
        const choice = chargeableLine(found.lot, newLines, line.unit);
        if ('refusal' in choice)
          throw new RuleViolation(choice.refusal, choice.detail, {
            priceCeilingPence: found.lot.priceCeilingPence,
            allowedUnits: found.lot.pricingUnits,
          });
      }
      const current = await this.inForceWith(manager, card.providerId, card.lotId, card.effectiveFrom);
      const later = await manager
        .createQueryBuilder(RateCard, 'c')
        .where('c.provider_id = :p AND c.lot_id = :l AND c.status = :s AND c.effective_from >= :f', {
          p: card.providerId,
          l: card.lotId,
          s: RateCardStatus.Approved,
          f: card.effectiveFrom,
        })
        .getExists();
      if (later)
        throw new ConflictError(
          'rate_card_overlaps_later_card',
          'An approved card already takes effect on or after this card’s start; reject or re-date this one.',
        );
      if (current) {
        const breaches = upliftBreaches(current.lines, newLines, found.framework.annualUpliftCapPercent);
        if (breaches.length > 0 && !overrideReason)
          throw new RuleViolation(
            'uplift_above_cap',
            `Prices rise by more than the framework’s ${found.framework.annualUpliftCapPercent}% annual uplift cap; approving needs upliftOverrideReason.`,
            { breaches },
          );
        // One approved card in force on any date: the previous one ends the day before this one starts.
        await manager.update(
          RateCard,
          { id: current.card.id },
          { effectiveTo: addDays(card.effectiveFrom, -1) },
        );
      }
      const saved = await manager.save(RateCard, {
        ...card,
        status: RateCardStatus.Approved,
        decidedByKeyId: caller.keyId,
        decidedAt: this.clock.now(),
        upliftOverrideReason: overrideReason ?? null,
      });
      await this.events.append(manager, {
        type: 'rate_card.approved',
        subject: { id, version: saved.version },
        frameworkId: found.framework.id,
        providerId: card.providerId,
        payload: { lotId: card.lotId, effectiveFrom: card.effectiveFrom, effectiveTo: card.effectiveTo },
      });
    });
    return this.load(id);
  }

  async reject(
    caller: Caller,
    id: string,
    reason: string,
    expectedVersion: number | undefined,
  ): Promise<CardWithLines> {
    await this.dataSource.transaction(async (manager) => {
      const card = await this.lockCard(manager, id, expectedVersion);
      if (card.status !== RateCardStatus.Submitted)
        throw new InvalidTransitionError('rate card', card.status, 'rejected');
      const saved = await manager.save(RateCard, {
        ...card,
        status: RateCardStatus.Rejected,
        decidedByKeyId: caller.keyId,
        decidedAt: this.clock.now(),
        decisionReason: reason,
      });
      const found = await this.frameworks.findLot(card.lotId, manager);
      await this.events.append(manager, {
        type: 'rate_card.rejected',
        subject: { id, version: saved.version },
        frameworkId: found?.framework.id ?? null,
        providerId: card.providerId,
        payload: { lotId: card.lotId, reason },
      });
    });
    return this.load(id);
  }

  // The approved card that prices a placement starting on `date`.
  inForce(providerId: string, lotId: string, date: string): Promise<CardWithLines | null> {
    return this.inForceWith(this.dataSource.manager, providerId, lotId, date);
  }

  // The approved cards in force on `date` for every provider on a lot, for matching: kept until a card or a lot
  // changes. Callers must not mutate it. Callers missing together share the first one's read, through its `manager`
  // if it passed one.
  async inForceForLot(
    lotId: string,
    date: string,
    count?: string,
    manager?: EntityManager,
  ): Promise<ReadonlyMap<string, InForceCard>> {
    const counted = count ?? (await readCounts(manager ?? this.cards, [lotCounter(lotId)]))[0];
    return this.inForceByLotAndDate.get(
      `${lotId}|${date}`,
      counted,
      () => this.readInForceForLot(lotId, date, manager),
      manager,
    );
  }

  // Plain rows, one query: matching reads this for every provider on a lot.
  private async readInForceForLot(
    lotId: string,
    date: string,
    manager?: EntityManager,
  ): Promise<Map<string, InForceCard>> {
    const rows: { provider_id: string; id: string; unit: RateCardLine['unit']; price_pence: string }[] =
      await (manager ?? this.cards).query(IN_FORCE_CARDS_FOR_LOT, [lotId, date]);
    const result = new Map<string, InForceCard>();
    for (const row of rows) {
      let card = result.get(row.provider_id);
      if (!card) result.set(row.provider_id, (card = { cardId: row.id, lines: [] }));
      card.lines.push({ unit: row.unit, pricePence: Number(row.price_pence) });
    }
    return result;
  }

  private async inForceWith(
    manager: EntityManager,
    providerId: string,
    lotId: string,
    date: string,
  ): Promise<CardWithLines | null> {
    const card = await manager
      .createQueryBuilder(RateCard, 'c')
      .where('c.provider_id = :providerId AND c.lot_id = :lotId AND c.status = :status', {
        providerId,
        lotId,
        status: RateCardStatus.Approved,
      })
      .andWhere('c.effective_from <= :date AND (c.effective_to IS NULL OR c.effective_to >= :date)', { date })
      .orderBy('c.effective_from', 'DESC')
      .getOne();
    if (!card) return null;
    return { card, lines: await manager.find(RateCardLine, { where: { rateCardId: card.id } }) };
  }

  private async lockCard(
    manager: EntityManager,
    id: string,
    expectedVersion: number | undefined,
  ): Promise<RateCard> {
    const card = await manager.findOne(RateCard, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!card) throw new NotFoundError('Rate card');
    assertVersion(card.version, expectedVersion);
    // Approvals for one provider and lot are serialised, so two can never both end the same previous card.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `rate-card:${card.providerId}:${card.lotId}`,
    ]);
    return card;
  }

  private async load(id: string): Promise<CardWithLines> {
    const card = await this.cards.findOneOrFail({ where: { id } });
    return { card, lines: (await this.linesOf([id])).get(id) ?? [] };
  }

  private async linesOf(ids: string[]): Promise<Map<string, RateCardLine[]>> {
    const map = new Map<string, RateCardLine[]>();
    if (ids.length === 0) return map;
    for (const line of await this.lines.find({ where: { rateCardId: In(ids) }, order: { unit: 'ASC' } }))
      map.set(line.rateCardId, [...(map.get(line.rateCardId) ?? []), line]);
    return map;
  }
}

// The approved card lines in force on a day ($2) for every provider on a lot ($1).
export const IN_FORCE_CARDS_FOR_LOT = `
  SELECT DISTINCT ON (c.provider_id, l.unit) c.provider_id, c.id, l.unit, l.price_pence
    FROM rate_cards c JOIN rate_card_lines l ON l.rate_card_id = c.id
   WHERE c.lot_id = $1 AND c.status = 'approved'
     AND c.effective_from <= $2 AND (c.effective_to IS NULL OR c.effective_to >= $2)
   ORDER BY c.provider_id, l.unit, c.effective_from DESC`;
