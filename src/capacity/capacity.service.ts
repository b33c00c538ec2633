import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Caller, Role } from '../auth/role';
import { assertProviderInScope } from '../auth/scope';
import { toEpochDay } from '../calendar/engine/dates';
import { Clock } from '../common/clock';
import { BadRequestError, NotFoundError, RuleViolation } from '../common/domain-error';
import { FrameworksService } from '../frameworks/frameworks.service';
import { ProvidersService } from '../providers/providers.service';
import { Declaration, Hold, availability, shortfall } from './availability';
import { CapacityDeclaration, CapacityHold } from './capacity.entity';
import { CapacityDto, CapacityQueryDto, CreateCapacityDeclarationDto } from './dto/capacity.dto';

// A declaration older than this is flagged stale: the council asks providers to confirm capacity fortnightly.
interface CapacityRow {
  provider_id: string;
  from_date: string;
  to_date: string;
  sessions_per_week: number;
}

const STALE_AFTER_DAYS = 14;
const MAX_WINDOW_DAYS = 800;
// A declaration covers at most the four-year framework term plus a year.
const MAX_DECLARATION_DAYS = 5 * 366;

@Injectable()
export class CapacityService {
  constructor(
    @InjectRepository(CapacityDeclaration) private readonly declarations: Repository<CapacityDeclaration>,
    @InjectRepository(CapacityHold) private readonly holds: Repository<CapacityHold>,
    private readonly frameworks: FrameworksService,
    private readonly providers: ProvidersService,
    private readonly clock: Clock,
  ) {}

  async declare(
    caller: Caller,
    providerId: string,
    input: CreateCapacityDeclarationDto,
  ): Promise<CapacityDeclaration> {
    assertProviderInScope(caller, providerId, 'Provider');
    if (!(await this.providers.findById(providerId))) throw new NotFoundError('Provider');
    checkWindow(input.from, input.to, MAX_DECLARATION_DAYS);
    if (!(await this.frameworks.findLot(input.lotId)))
      throw new RuleViolation('lot_not_found', 'lotId names no lot.');
    return this.declarations.save(
      this.declarations.create({
        providerId,
        lotId: input.lotId,
        fromDate: input.from,
        toDate: input.to,
        sessionsPerWeek: input.sessionsPerWeek,
        declaredByKeyId: caller.keyId,
      }),
    );
  }

  // Two queries for the whole lot, whatever the number of providers.
  async availabilityFor(caller: Caller, query: CapacityQueryDto): Promise<CapacityDto> {
    checkWindow(query.from, query.to, MAX_WINDOW_DAYS);
    if (caller.role === Role.Provider) {
      if (query.providerId && query.providerId !== caller.providerId) throw new NotFoundError('Provider');
      if (!(await this.frameworks.findLot(query.lotId))) throw new NotFoundError('Lot');
    } else await this.frameworks.getLot(caller, query.lotId);
    const providerId = caller.role === Role.Provider ? caller.providerId : query.providerId;

    const declared = this.declarations
      .createQueryBuilder('d')
      .where('d.lot_id = :lotId', { lotId: query.lotId })
      .orderBy('d.created_at', 'ASC')
      .addOrderBy('d.id', 'ASC');
    const held = this.holds
      .createQueryBuilder('h')
      .where('h.lot_id = :lotId AND h.from_date <= :to AND h.to_date >= :from', query)
      .andWhere('(h.expires_at IS NULL OR h.expires_at > :now)', { now: this.clock.now() });
    if (providerId) {
      declared.andWhere('d.provider_id = :providerId', { providerId });
      held.andWhere('h.provider_id = :providerId', { providerId });
    }
    const [declarations, holds] = await Promise.all([declared.getMany(), held.getMany()]);

    const byProvider = new Map<string, { declarations: CapacityDeclaration[]; holds: CapacityHold[] }>();
    const entry = (id: string) => {
      let value = byProvider.get(id);
      if (!value) byProvider.set(id, (value = { declarations: [], holds: [] }));
      return value;
    };
    declarations.forEach((d) => entry(d.providerId).declarations.push(d));
    holds.forEach((h) => entry(h.providerId).holds.push(h));
    const staleBefore = this.clock.now().getTime() - STALE_AFTER_DAYS * 86_400_000;

    return {
      lotId: query.lotId,
      from: query.from,
      to: query.to,
      data: [...byProvider.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([id, rows]) => {
          const last = rows.declarations[rows.declarations.length - 1];
          return {
            providerId: id,
            lastConfirmedAt: last ? last.createdAt.toISOString() : null,
            stale: !last || last.createdAt.getTime() < staleBefore,
            intervals: availability(
              query.from,
              query.to,
              rows.declarations
                .filter((d) => d.fromDate <= query.to && d.toDate >= query.from)
                .map((d, order) => ({
                  from: d.fromDate,
                  to: d.toDate,
                  sessionsPerWeek: d.sessionsPerWeek,
                  order,
                })),
              rows.holds.map((h) => ({ from: h.fromDate, to: h.toDate, sessionsPerWeek: h.sessionsPerWeek })),
            ),
          };
        }),
    };
  }

  // Declarations and live holds for a set of providers on one lot over a window: two queries returning plain rows
  // with only the columns availability needs, whatever the number of providers (matching reads the whole lot).
  async loadForLot(
    manager: EntityManager,
    lotId: string,
    from: string,
    to: string,
    providerIds?: string[],
  ): Promise<Map<string, { declarations: Declaration[]; holds: (Hold & { sourceId: string | null })[] }>> {
    if (providerIds && providerIds.length === 0) return new Map();
    const providerFilter = providerIds ? 'AND provider_id = ANY($4::uuid[])' : '';
    const params: unknown[] = [lotId, from, to, ...(providerIds ? [providerIds] : [])];
    const [declarations, holds] = (await Promise.all([
      manager.query(
        `SELECT provider_id, from_date, to_date, sessions_per_week FROM capacity_declarations
          WHERE lot_id = $1 AND from_date <= $3 AND to_date >= $2 ${providerFilter}
          ORDER BY created_at, id`,
        params,
      ),
      manager.query(
        `SELECT provider_id, from_date, to_date, sessions_per_week, source_id FROM capacity_holds
          WHERE lot_id = $1 AND from_date <= $3 AND to_date >= $2 ${providerFilter}
            AND (expires_at IS NULL OR expires_at > $${params.length + 1})`,
        [...params, this.clock.now()],
      ),
    ])) as [CapacityRow[], (CapacityRow & { source_id: string | null })[]];
    const result = new Map<
      string,
      { declarations: Declaration[]; holds: (Hold & { sourceId: string | null })[] }
    >();
    const entry = (id: string) => {
      let value = result.get(id);
      if (!value) result.set(id, (value = { declarations: [], holds: [] }));
      return value;
    };
    declarations.forEach((d, order) =>
      entry(d.provider_id).declarations.push({
        from: d.from_date,
        to: d.to_date,
        sessionsPerWeek: d.sessions_per_week,
        order,
      }),
    );
    holds.forEach((h) =>
      entry(h.provider_id).holds.push({
        from: h.from_date,
        to: h.to_date,
        sessionsPerWeek: h.sessions_per_week,
        sourceId: h.source_id,
      }),
    );
    return result;
  }

  // Serialises every change to one provider's capacity on one lot until the transaction ends.
  async lock(manager: EntityManager, providerId: string, lotId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`capacity:${providerId}:${lotId}`]);
  }

  // The first date in [from, to] on which fewer than `sessions` are free, or null. Call under lock().
  async firstShortDate(
    manager: EntityManager,
    providerId: string,
    lotId: string,
    from: string,
    to: string,
    sessions: number,
  ): Promise<string | null> {
    const rows = (await this.loadForLot(manager, lotId, from, to, [providerId])).get(providerId);
    return shortfall(from, to, sessions, rows?.declarations ?? [], rows?.holds ?? []);
  }

  async hold(
    manager: EntityManager,
    holds: {
      providerId: string;
      lotId: string;
      from: string;
      to: string;
      sessionsPerWeek: number;
      sourceId: string;
      expiresAt: Date | null;
    }[],
  ): Promise<void> {
    // Chunked so one statement stays well inside PostgreSQL's 65,535 bind parameters.
    for (let i = 0; i < holds.length; i += 5000)
      await manager.insert(
        CapacityHold,
        holds.slice(i, i + 5000).map((h) => ({
          providerId: h.providerId,
          lotId: h.lotId,
          fromDate: h.from,
          toDate: h.to,
          sessionsPerWeek: h.sessionsPerWeek,
          sourceId: h.sourceId,
          expiresAt: h.expiresAt,
        })),
      );
  }

  async release(manager: EntityManager, sourceId: string): Promise<void> {
    await manager.delete(CapacityHold, { sourceId });
  }

  async releaseMany(manager: EntityManager, sourceIds: string[]): Promise<void> {
    if (sourceIds.length > 0) await manager.delete(CapacityHold, { sourceId: In(sourceIds) });
  }

  async confirm(manager: EntityManager, sourceId: string): Promise<void> {
    await manager.update(CapacityHold, { sourceId }, { expiresAt: null });
  }
}

function checkWindow(from: string, to: string, maxDays: number): void {
  if (to < from)
    throw new BadRequestError('validation_failed', 'to must be on or after from.', [
      { field: 'to', message: 'to must be on or after from' },
    ]);
  if (toEpochDay(to) - toEpochDay(from) > maxDays)
    throw new BadRequestError('validation_failed', `A capacity window may span at most ${maxDays} days.`, [
      { field: 'to', message: 'window too long' },
    ]);
}
