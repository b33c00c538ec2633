import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { Caller, Role } from '../auth/role';
import { seesEverything } from '../auth/scope';
import { Clock } from '../common/clock';
import { isUniqueViolation } from '../common/database-errors';
import {
  BadRequestError,
  ConflictError,
  InvalidTransitionError,
  NotFoundError,
  RuleViolation,
} from '../common/domain-error';
import { Page, paginate } from '../common/pagination';
import { assertVersion } from '../common/versioning';
import { KeptByCount } from '../database/change-counters';
import { EventsService } from '../events/events.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { CreateFrameworkDto, ListFrameworksQueryDto, UpdateFrameworkDto } from './dto/framework.dto';
import { CreateLotDto, ListLotsQueryDto, UpdateLotDto } from './dto/lot.dto';
import { termTooLong } from './framework-term';
import { Framework, FrameworkParticipant } from './framework.entity';
import {
  AbsenceBillingPolicy,
  FrameworkStatus,
  FrameworkStoredStatus,
  FrameworkType,
} from './framework-types';
import { Lot } from './lot.entity';

export interface FrameworkView {
  framework: Framework;
  participantOrganisationIds: string[];
  status: FrameworkStatus;
}

// Provided by the capability that owns the check catalogue; refuses codes that name no check type.
export type CheckTypeValidator = (codes: string[]) => Promise<void>;

export interface OpenLot {
  lot: Lot;
  framework: Framework;
}

// A lot, its framework and the organisations entitled to call off from it (Procurement Act 2023 s.45).
export interface LotTerms extends OpenLot {
  participantOrganisationIds: readonly string[];
}

const LIGHT_TOUCH = new Set([FrameworkType.LightTouchClosed, FrameworkType.LightTouchOpen]);

// Frameworks and their lots: the agreement every call-off is made under.
@Injectable()
export class FrameworksService {
  private readonly checkTypeValidators: CheckTypeValidator[] = [];
  private readonly termsByLot = new KeptByCount<{ terms: LotTerms | null }>(256);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Framework) private readonly frameworks: Repository<Framework>,
    @InjectRepository(FrameworkParticipant) private readonly participants: Repository<FrameworkParticipant>,
    @InjectRepository(Lot) private readonly lots: Repository<Lot>,
    private readonly organisations: OrganisationsService,
    private readonly clock: Clock,
    private readonly events: EventsService,
  ) {
    // The event feed scopes framework events to the organisations entitled to call off from the framework: those
    // that participate in it (the lead authority is a participant too).
    events.useFrameworkScope(
      (organisationIdSql) =>
        `SELECT fp.framework_id FROM framework_participants fp WHERE fp.organisation_id = ${organisationIdSql}`,
    );
  }

  registerCheckTypeValidator(validator: CheckTypeValidator): void {
    this.checkTypeValidators.push(validator);
  }

  effectiveStatus(framework: Framework, today = this.clock.today()): FrameworkStatus {
    if (framework.status === FrameworkStoredStatus.Active && framework.endDate < today)
      return FrameworkStatus.Expired;
    return framework.status as string as FrameworkStatus;
  }

  async create(input: CreateFrameworkDto): Promise<FrameworkView> {
    this.checkTerms(input.type, input.startDate, input.endDate, input.maxTermYears, input.maxTermYears ?? 4);
    await this.organisations.assertExist([input.leadOrganisationId], 'leadOrganisationId');
    await this.organisations.assertExist(input.participantOrganisationIds, 'participantOrganisationIds');
    try {
      const id = await this.dataSource.transaction(async (manager) => {
        const framework = await manager.save(
          manager.create(Framework, {
            ...input,
            maxTermYears: input.maxTermYears ?? 4,
            description: input.description ?? null,
          }),
        );
        await this.replaceParticipants(
          manager,
          framework.id,
          input.participantOrganisationIds,
          input.leadOrganisationId,
        );
        return framework.id;
      });
      return this.view(await this.frameworks.findOneOrFail({ where: { id } }));
    } catch (error) {
      if (isUniqueViolation(error, 'uq_frameworks_reference'))
        throw new ConflictError(
          'duplicate_framework_reference',
          `A framework with reference ${input.reference} already exists.`,
        );
      throw error;
    }
  }

  async list(caller: Caller, query: ListFrameworksQueryDto): Promise<Page<FrameworkView>> {
    const qb = this.scoped(caller);
    if (query.status)
      qb.andWhere(
        `(CASE WHEN f.status = 'active' AND f.end_date < :today THEN 'expired' ELSE f.status::text END) = :status`,
        {
          today: this.clock.today(),
          status: query.status,
        },
      );
    const page = await paginate(qb, query);
    const participants = await this.participantsOf(page.data.map((f) => f.id));
    return {
      data: page.data.map((framework) => ({
        framework,
        participantOrganisationIds: this.othersThanLead(framework, participants),
        status: this.effectiveStatus(framework),
      })),
      nextCursor: page.nextCursor,
    };
  }

  async get(caller: Caller, id: string): Promise<FrameworkView> {
    const framework = await this.scoped(caller).andWhere('f.id = :id', { id }).getOne();
    if (!framework) throw new NotFoundError('Framework');
    return this.view(framework);
  }

  async update(
    id: string,
    input: UpdateFrameworkDto,
    expectedVersion: number | undefined,
  ): Promise<FrameworkView> {
    // Before the transaction: no pool reads while the framework row is locked (see findLot).
    if (input.participantOrganisationIds)
      await this.organisations.assertExist(input.participantOrganisationIds, 'participantOrganisationIds');
    await this.dataSource.transaction(async (manager) => {
      const framework = await this.lockFramework(manager, id);
      assertVersion(framework.version, expectedVersion);
      if (framework.status !== FrameworkStoredStatus.Draft)
        throw new ConflictError('framework_not_draft', 'Only a draft framework can be changed.');
      const next = { ...framework, ...input };
      const ownMax = LIGHT_TOUCH.has(next.type) ? next.maxTermYears : 4;
      this.checkTerms(next.type, next.startDate, next.endDate, input.maxTermYears, ownMax);
      if (input.participantOrganisationIds) {
        await this.replaceParticipants(
          manager,
          id,
          input.participantOrganisationIds,
          framework.leadOrganisationId,
        );
      }
      const { participantOrganisationIds: _ignored, ...columns } = input;
      await manager.save(Framework, { ...framework, ...columns, maxTermYears: ownMax });
    });
    return this.view(await this.frameworks.findOneOrFail({ where: { id } }));
  }

  async activate(id: string, expectedVersion: number | undefined): Promise<FrameworkView> {
    await this.dataSource.transaction(async (manager) => {
      const framework = await this.lockFramework(manager, id);
      assertVersion(framework.version, expectedVersion);
      if (framework.status !== FrameworkStoredStatus.Draft)
        throw new InvalidTransitionError('framework', this.effectiveStatus(framework), 'activated');
      if ((await manager.count(Lot, { where: { frameworkId: id } })) === 0)
        throw new ConflictError(
          'framework_has_no_lots',
          'A framework needs at least one lot before it can be activated.',
        );
      const saved = await manager.save(Framework, {
        ...framework,
        status: FrameworkStoredStatus.Active,
        activatedAt: this.clock.now(),
      });
      await this.events.append(manager, {
        type: 'framework.activated',
        subject: { id, version: saved.version },
        frameworkId: id,
        payload: {
          reference: framework.reference,
          startDate: framework.startDate,
          endDate: framework.endDate,
        },
      });
    });
    return this.view(await this.frameworks.findOneOrFail({ where: { id } }));
  }

  async createLot(frameworkId: string, input: CreateLotDto): Promise<Lot> {
    await this.validateCheckTypes(input.mandatoryCheckTypes);
    return this.dataSource.transaction(async (manager) => {
      const framework = await this.lockFramework(manager, frameworkId);
      // Procurement Act 2023 s.74 and Sch. 8 (modifying a contract): a framework's scope is fixed once call-offs can be made.
      if (framework.status !== FrameworkStoredStatus.Draft)
        throw new ConflictError(
          'framework_not_draft',
          'Lots can only be added while the framework is a draft.',
        );
      if (await manager.exists(Lot, { where: { frameworkId, number: input.number } }))
        throw new ConflictError(
          'duplicate_lot_number',
          `Lot ${input.number} already exists in this framework.`,
        );
      try {
        const saved = await manager.save(manager.create(Lot, { frameworkId, ...this.lotColumns(input) }));
        // Read back: save() echoes the input (12.5, "010"), not the stored decimals a GET returns.
        return await manager.findOneByOrFail(Lot, { id: saved.id });
      } catch (error) {
        if (isUniqueViolation(error, 'uq_lots_framework_id_number'))
          throw new ConflictError(
            'duplicate_lot_number',
            `Lot ${input.number} already exists in this framework.`,
          );
        throw error;
      }
    });
  }

  async listLots(caller: Caller, frameworkId: string, query: ListLotsQueryDto): Promise<Page<Lot>> {
    await this.get(caller, frameworkId);
    return paginate(
      this.lots.createQueryBuilder('l').where('l.framework_id = :frameworkId', { frameworkId }),
      query,
    );
  }

  async getLot(caller: Caller, lotId: string): Promise<Lot> {
    const lot = await this.lots.findOne({ where: { id: lotId } });
    if (!lot) throw new NotFoundError('Lot');
    const visible = await this.scoped(caller).andWhere('f.id = :id', { id: lot.frameworkId }).getExists();
    if (!visible) throw new NotFoundError('Lot');
    return lot;
  }

  async updateLot(lotId: string, input: UpdateLotDto, expectedVersion: number | undefined): Promise<Lot> {
    await this.validateCheckTypes(input.mandatoryCheckTypes);
    return this.dataSource.transaction(async (manager) => {
      const lot = await manager.findOne(Lot, { where: { id: lotId }, lock: { mode: 'pessimistic_write' } });
      if (!lot) throw new NotFoundError('Lot');
      assertVersion(lot.version, expectedVersion);
      const framework = await this.lockFramework(manager, lot.frameworkId);
      const onlyWording = Object.keys(input).every((key) => key === 'title' || key === 'description');
      if (framework.status !== FrameworkStoredStatus.Draft && !onlyWording)
        throw new ConflictError(
          'framework_not_draft',
          'Once a framework is active only a lot’s title and description can change; its award rules are fixed.',
        );
      if (input.number !== undefined && input.number !== lot.number) {
        if (await manager.exists(Lot, { where: { frameworkId: lot.frameworkId, number: input.number } }))
          throw new ConflictError(
            'duplicate_lot_number',
            `Lot ${input.number} already exists in this framework.`,
          );
      }
      await manager.save(Lot, { ...lot, ...this.lotColumns(input) });
      return manager.findOneByOrFail(Lot, { id: lotId });
    });
  }

  // For call-offs and matching: may this organisation award call-offs under this framework?
  async isEntitled(organisationId: string, frameworkId: string): Promise<boolean> {
    return this.participants.exists({ where: { frameworkId, organisationId } });
  }

  // For prices: the lots of every framework this organisation may call off from (its participations).
  async lotIdsOpenTo(organisationId: string): Promise<string[]> {
    const rows = await this.lots
      .createQueryBuilder('l')
      .select('l.id', 'id')
      .innerJoin(FrameworkParticipant, 'p', 'p.framework_id = l.framework_id')
      .where('p.organisation_id = :organisationId', { organisationId })
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  // For reviews: each framework's initialReviewSchoolDays setting (DESIGN §1 "an initial review soon after the start").
  async initialReviewSchoolDays(
    frameworkIds: string[],
    manager?: EntityManager,
  ): Promise<Map<string, number>> {
    if (frameworkIds.length === 0) return new Map();
    const rows = await (manager ? manager.getRepository(Framework) : this.frameworks).find({
      where: { id: In([...new Set(frameworkIds)]) },
      select: { id: true, initialReviewSchoolDays: true },
    });
    return new Map(rows.map((row) => [row.id, row.initialReviewSchoolDays]));
  }

  // For invoices: what each lot's call-offs are billed by: the framework's absence-billing policy and the lot's hours
  // per session (an hour-priced call-off's session price).
  async billingTermsOfLots(
    lotIds: string[],
  ): Promise<Map<string, { absenceBillingPolicy: AbsenceBillingPolicy; hoursPerSession: string }>> {
    if (lotIds.length === 0) return new Map();
    const rows = await this.lots
      .createQueryBuilder('l')
      .select('l.id', 'id')
      .addSelect('l.hours_per_session::text', 'hoursPerSession')
      .addSelect('f.absence_billing_policy', 'absenceBillingPolicy')
      .innerJoin(Framework, 'f', 'f.id = l.framework_id')
      .where('l.id IN (:...ids)', { ids: [...new Set(lotIds)] })
      .getRawMany<{ id: string; hoursPerSession: string; absenceBillingPolicy: AbsenceBillingPolicy }>();
    return new Map(
      rows.map((row) => [
        row.id,
        { absenceBillingPolicy: row.absenceBillingPolicy, hoursPerSession: row.hoursPerSession },
      ]),
    );
  }

  async findLots(ids: string[], manager?: EntityManager): Promise<Lot[]> {
    if (ids.length === 0) return [];
    return (manager?.getRepository(Lot) ?? this.lots).find({ where: { id: In([...new Set(ids)]) } });
  }

  // Lots of frameworks that are active and not past their end date on `date`: what the public directory lists.
  async listOpenLots(date: string): Promise<OpenLot[]> {
    const lots = await this.lots
      .createQueryBuilder('l')
      .innerJoinAndMapOne('l.framework', Framework, 'f', 'f.id = l.framework_id')
      .where(`f.status = 'active' AND f.end_date >= :date`, { date })
      .orderBy('f.start_date', 'ASC')
      .addOrderBy('f.reference', 'ASC')
      .addOrderBy('l.number', 'ASC')
      .getMany();
    return lots.map((lot) => ({ lot, framework: lot.framework as Framework }));
  }

  // A lot with its framework, or null when there is none or the caller may not see it (a provider sees the lots of
  // frameworks active today, as in getLot): what a provider's capacity or prices may name.
  async findLotFor(caller: Caller, lotId: string): Promise<{ lot: Lot; framework: Framework } | null> {
    const found = await this.findLot(lotId);
    if (!found || seesEverything(caller)) return found;
    const visible = await this.scoped(caller).andWhere('f.id = :id', { id: found.framework.id }).getExists();
    return visible ? found : null;
  }

  // What raising a call-off needs of the lot, kept per process until the lot's change count (read by the caller,
  // src/database/change-counters.ts) moves: the lot, its framework and participants. Callers must not mutate it.
  // Callers missing together share the first one's read, through its `manager` if it passed one.
  async lotTerms(lotId: string, count: string, manager?: EntityManager): Promise<LotTerms | null> {
    const kept = await this.termsByLot.get(
      lotId,
      count,
      async () => {
        const found = await this.findLot(lotId, manager);
        if (!found) return { terms: null };
        const participants = await this.participantsOf([found.framework.id], manager);
        return {
          terms: { ...found, participantOrganisationIds: participants.get(found.framework.id) ?? [] },
        };
      },
      manager,
    );
    return kept.terms;
  }

  // Inside a transaction, pass its manager: a read through the pool while the transaction holds locks waits for a
  // second connection, and enough such requests at once would leave every connection waiting on another.
  async findLot(lotId: string, manager?: EntityManager): Promise<{ lot: Lot; framework: Framework } | null> {
    const db = manager ?? this.dataSource.manager;
    const lot = await db.findOne(Lot, { where: { id: lotId } });
    if (!lot) return null;
    return { lot, framework: await db.findOneOrFail(Framework, { where: { id: lot.frameworkId } }) };
  }

  private checkTerms(
    type: FrameworkType,
    startDate: string,
    endDate: string,
    explicitMaxTermYears: number | undefined,
    ownMaxTermYears: number,
  ): void {
    if (endDate <= startDate)
      throw new BadRequestError('validation_failed', 'endDate must be after startDate.', [
        { field: 'endDate', message: 'endDate must be after startDate' },
      ]);
    if (explicitMaxTermYears !== undefined && !LIGHT_TOUCH.has(type))
      throw new BadRequestError('validation_failed', 'maxTermYears applies to light-touch frameworks only.', [
        {
          field: 'maxTermYears',
          message: 'maxTermYears is only for light_touch_closed and light_touch_open',
        },
      ]);
    const tooLong = termTooLong(type, startDate, endDate, ownMaxTermYears);
    if (tooLong)
      throw new RuleViolation(
        'framework_term_too_long',
        `A ${type} framework may run at most ${tooLong.years} years: from ${startDate} it must end by ${tooLong.latest}.`,
        { maxYears: tooLong.years, latestEndDate: tooLong.latest },
      );
  }

  private async validateCheckTypes(codes: string[] | undefined): Promise<void> {
    if (codes === undefined || codes.length === 0) return;
    for (const validate of this.checkTypeValidators) await validate(codes);
  }

  private lotColumns(input: UpdateLotDto): Partial<Lot> {
    const { directAwardWeights, ...rest } = input;
    return {
      ...rest,
      ...(directAwardWeights && {
        priceWeight: directAwardWeights.price,
        distanceWeight: directAwardWeights.distance,
        qualityWeight: directAwardWeights.quality,
      }),
    };
  }

  // The lead authority is always entitled to call off; participants are the others named at award.
  private async replaceParticipants(
    manager: EntityManager,
    frameworkId: string,
    ids: string[],
    leadId: string,
  ): Promise<void> {
    await manager.delete(FrameworkParticipant, { frameworkId });
    const all = [...new Set([leadId, ...ids])];
    await manager.insert(
      FrameworkParticipant,
      all.map((organisationId) => ({ frameworkId, organisationId })),
    );
  }

  private async lockFramework(manager: EntityManager, id: string): Promise<Framework> {
    const framework = await manager.findOne(Framework, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!framework) throw new NotFoundError('Framework');
    return framework;
  }

  private scoped(caller: Caller): SelectQueryBuilder<Framework> {
    const qb = this.frameworks.createQueryBuilder('f');
    if (seesEverything(caller)) return qb;
    if (caller.role === Role.Commissioner)
      return qb.andWhere(
        'EXISTS (SELECT 1 FROM framework_participants p WHERE p.framework_id = f.id AND p.organisation_id = :org)',
        { org: caller.organisationId },
      );
    // Providers see frameworks that are active today.
    return qb.andWhere(`f.status = 'active' AND f.end_date >= :today`, { today: this.clock.today() });
  }

  private async participantsOf(ids: string[], manager?: EntityManager): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>();
    if (ids.length === 0) return map;
    const rows = await (manager?.getRepository(FrameworkParticipant) ?? this.participants)
      .createQueryBuilder('p')
      .where('p.framework_id IN (:...ids)', { ids })
      .orderBy('p.organisation_id')
      .getMany();
    for (const row of rows)
      map.set(row.frameworkId, [...(map.get(row.frameworkId) ?? []), row.organisationId]);
    return map;
  }

  private async view(framework: Framework): Promise<FrameworkView> {
    const participants = await this.participantsOf([framework.id]);
    return {
      framework,
      participantOrganisationIds: this.othersThanLead(framework, participants),
      status: this.effectiveStatus(framework),
    };
  }

  private othersThanLead(framework: Framework, participants: Map<string, string[]>): string[] {
    return (participants.get(framework.id) ?? []).filter((id) => id !== framework.leadOrganisationId);
  }
}
