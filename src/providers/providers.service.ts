import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { Caller, Role } from '../auth/role';
import { assertProviderInScope } from '../auth/scope';
import { Clock } from '../common/clock';
import { isUniqueViolation } from '../common/database-errors';
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  RuleViolation,
} from '../common/domain-error';
import { Page, paginate } from '../common/pagination';
import { assertVersion } from '../common/versioning';
import { EventsService } from '../events/events.service';
import { FrameworksService } from '../frameworks/frameworks.service';
import { ChecksService } from './checks.service';
import { canMoveTo } from './directory-status';
import {
  CreateProviderDto,
  ListProvidersQueryDto,
  PROVIDER_EDITABLE_FIELDS,
  SetDirectoryStatusDto,
  UpdateProviderDto,
} from './dto/provider.dto';
import { checkFailures, mandatoryCheckTypes } from './eligibility';
import { insideUk } from './identifiers';
import { Provider, ProviderStatusChange } from './provider.entity';
import { DirectoryStatus, RegistrationStatus } from './provider-types';

const CLEARABLE_FIELDS = ['urn', 'ukprn', 'companiesHouseNumber', 'charityNumber', 'description'] as const;

export interface ProviderView {
  provider: Provider;
  history: ProviderStatusChange[];
}

// Manages AP providers (the suppliers on the framework), not Nest providers.
@Injectable()
export class ProvidersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Provider) private readonly providers: Repository<Provider>,
    @InjectRepository(ProviderStatusChange) private readonly statusChanges: Repository<ProviderStatusChange>,
    private readonly checks: ChecksService,
    private readonly frameworks: FrameworksService,
    private readonly clock: Clock,
    private readonly events: EventsService,
  ) {}

  async create(input: CreateProviderDto): Promise<ProviderView> {
    assertInsideUk(input.latitude, input.longitude);
    try {
      const provider = await this.providers.save(
        this.providers.create({
          ...input,
          urn: input.urn ?? null,
          ukprn: input.ukprn ?? null,
          companiesHouseNumber: input.companiesHouseNumber ?? null,
          charityNumber: input.charityNumber ?? null,
          description: input.description ?? null,
          qualityScore: input.qualityScore ?? 50,
          directoryStatus: DirectoryStatus.Applied,
        }),
      );
      return { provider, history: [] };
    } catch (error) {
      throw duplicateIdentifier(error, input) ?? error;
    }
  }

  // Admins, auditors and commissioners read every provider; a provider key reads only itself.
  // Filtering by lot reveals its membership, so the lot must be one the caller may see, as for its members list.
  async list(caller: Caller, query: ListProvidersQueryDto): Promise<Page<ProviderView>> {
    if (query.lotId) await this.frameworks.getLot(caller, query.lotId);
    const qb = this.providers.createQueryBuilder('p');
    if (caller.role === Role.Provider) qb.andWhere('p.id = :own', { own: caller.providerId });
    if (query.category) qb.andWhere('p.category = :category', { category: query.category });
    if (query.registrationStatus)
      qb.andWhere('p.registration_status = :registrationStatus', {
        registrationStatus: query.registrationStatus,
      });
    if (query.directoryStatus)
      qb.andWhere('p.directory_status = :directoryStatus', { directoryStatus: query.directoryStatus });
    if (query.lotId)
      qb.andWhere(
        `EXISTS (SELECT 1 FROM lot_memberships m WHERE m.provider_id = p.id AND m.lot_id = :lotId AND m.status <> 'removed')`,
        { lotId: query.lotId },
      );
    const page = await paginate(qb, query);
    const histories = await this.historiesOf(page.data.map((p) => p.id));
    return {
      data: page.data.map((provider) => ({ provider, history: histories.get(provider.id) ?? [] })),
      nextCursor: page.nextCursor,
    };
  }

  async get(caller: Caller, id: string): Promise<ProviderView> {
    if (caller.role === Role.Provider) assertProviderInScope(caller, id, 'Provider');
    const provider = await this.findById(id);
    if (!provider) throw new NotFoundError('Provider');
    return this.view(provider);
  }

  // For other capabilities (call-offs, matching, rate cards): the provider, or null.
  findById(id: string): Promise<Provider | null> {
    return this.providers.findOne({ where: { id } });
  }

  // For spot purchases and spend imports: which of these ids name no provider (set-based, one statement).
  async missingAmong(ids: string[], manager?: EntityManager): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const rows: { id: string }[] = await (manager ?? this.providers.manager).query(
      `SELECT id::text AS id FROM providers WHERE id = ANY($1::uuid[])`,
      [unique],
    );
    const found = new Set(rows.map((row) => row.id));
    return unique.filter((id) => !found.has(id));
  }

  // For call-offs (the s.463 count spans every lot): which of these providers are unregistered, in id order. Inside a
  // transaction, pass its manager: no second pool connection while it holds locks.
  async unregisteredAmong(ids: string[], manager?: EntityManager): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await (manager?.getRepository(Provider) ?? this.providers).find({
      where: { id: In([...new Set(ids)]), registrationStatus: RegistrationStatus.Unregistered },
      select: { id: true },
      order: { id: 'ASC' },
    });
    return rows.map((row) => row.id);
  }

  findByIds(ids: string[]): Promise<Provider[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.providers.find({ where: { id: In([...new Set(ids)]) } });
  }

  async update(
    caller: Caller,
    id: string,
    input: UpdateProviderDto,
    expectedVersion: number | undefined,
  ): Promise<ProviderView> {
    if (caller.role === Role.Provider) {
      assertProviderInScope(caller, id, 'Provider');
      // DESIGN §1: a provider keeps its own contact details; identity, status and scores are the council's record.
      const refused = Object.keys(input).filter(
        (key) =>
          input[key as keyof UpdateProviderDto] !== undefined &&
          !(PROVIDER_EDITABLE_FIELDS as readonly string[]).includes(key),
      );
      if (refused.length > 0)
        throw new ForbiddenError(
          `A provider key may change only contactEmail and description, not ${refused.join(', ')}.`,
        );
    }
    // null clears an optional identifier or the description; every other field must keep a value.
    const nulled = Object.entries(input)
      .filter(([key, value]) => value === null && !(CLEARABLE_FIELDS as readonly string[]).includes(key))
      .map(([key]) => key);
    if (nulled.length > 0)
      throw new BadRequestError(
        'validation_failed',
        `These fields cannot be cleared: ${nulled.join(', ')}.`,
        nulled.map((field) => ({ field, message: `${field} cannot be null` })),
      );
    try {
      await this.dataSource.transaction(async (manager) => {
        const provider = await manager.findOne(Provider, {
          where: { id },
          lock: { mode: 'pessimistic_write' },
        });
        if (!provider) throw new NotFoundError('Provider');
        assertVersion(provider.version, expectedVersion);
        const changed = { ...provider, ...definedOnly(input) };
        assertInsideUk(changed.latitude, changed.longitude);
        await manager.save(Provider, changed);
      });
    } catch (error) {
      throw duplicateIdentifier(error, input) ?? error;
    }
    return this.view(await this.providers.findOneOrFail({ where: { id } }));
  }

  async setDirectoryStatus(
    id: string,
    input: SetDirectoryStatusDto,
    byKeyId: string | null,
    expectedVersion?: number,
  ): Promise<ProviderView> {
    const target = input.status as string as DirectoryStatus;
    await this.dataSource.transaction(async (manager) => {
      const provider = await manager.findOne(Provider, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!provider) throw new NotFoundError('Provider');
      assertVersion(provider.version, expectedVersion);
      if (!canMoveTo(provider.directoryStatus, target))
        throw new InvalidTransitionError('provider', provider.directoryStatus, `moved to ${target}`);
      if (target === DirectoryStatus.Approved || target === DirectoryStatus.ConditionallyApproved)
        await this.assertChecksSatisfied(provider, target, manager);
      const saved = await manager.save(Provider, { ...provider, directoryStatus: target });
      await this.events.append(manager, {
        type: 'provider.directory_status_changed',
        subject: { id, version: saved.version },
        providerId: id,
        payload: { from: provider.directoryStatus, to: target, reason: input.reason },
      });
      await manager.save(
        manager.create(ProviderStatusChange, {
          providerId: id,
          status: target,
          reason: input.reason,
          byKeyId,
        }),
      );
    });
    return this.view(await this.providers.findOneOrFail({ where: { id } }));
  }

  // DESIGN §1 due diligence: approval needs every mandatory check current, passed and in date today;
  // a conditional outcome is enough only for conditional approval.
  private async assertChecksSatisfied(
    provider: Provider,
    target: DirectoryStatus,
    manager: EntityManager,
  ): Promise<void> {
    const today = this.clock.today();
    const catalogue = await this.checks.catalogue(manager);
    const required = mandatoryCheckTypes(
      catalogue,
      provider.registrationStatus === RegistrationStatus.Registered,
    );
    const current = await this.checks.currentChecksOn([provider.id], today, manager);
    const failures = checkFailures(required, current, today, {
      acceptConditional: target === DirectoryStatus.ConditionallyApproved,
    });
    if (failures.length > 0)
      throw new RuleViolation(
        'checks_not_satisfied',
        `The provider cannot be ${target.replace('_', ' ')}: ${failures.length} mandatory check${failures.length === 1 ? ' is' : 's are'} not satisfied today.`,
        { failures },
      );
  }

  private async view(provider: Provider): Promise<ProviderView> {
    return { provider, history: (await this.historiesOf([provider.id])).get(provider.id) ?? [] };
  }

  private async historiesOf(ids: string[]): Promise<Map<string, ProviderStatusChange[]>> {
    const map = new Map<string, ProviderStatusChange[]>();
    if (ids.length === 0) return map;
    const rows = await this.statusChanges.find({
      where: { providerId: In(ids) },
      order: { at: 'ASC', id: 'ASC' },
    });
    for (const row of rows) map.set(row.providerId, [...(map.get(row.providerId) ?? []), row]);
    return map;
  }
}

// The DTO holds each coordinate to the UK's envelope; the point itself must be in the UK, not Dublin or Calais.
function assertInsideUk(latitude: number, longitude: number): void {
  if (insideUk(latitude, longitude)) return;
  const message = 'latitude and longitude must be a point in the United Kingdom';
  throw new BadRequestError('validation_failed', `${message}.`, [
    { field: 'latitude', message },
    { field: 'longitude', message },
  ]);
}

function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function duplicateIdentifier(
  error: unknown,
  input: { urn?: string; ukprn?: string },
): ConflictError | undefined {
  if (isUniqueViolation(error, 'uq_providers_urn'))
    return new ConflictError('duplicate_provider_urn', `A provider with URN ${input.urn} already exists.`);
  if (isUniqueViolation(error, 'uq_providers_ukprn'))
    return new ConflictError(
      'duplicate_provider_ukprn',
      `A provider with UKPRN ${input.ukprn} already exists.`,
    );
  return undefined;
}
