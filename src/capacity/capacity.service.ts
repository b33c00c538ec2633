import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Caller, Role } from '../auth/role';
import { assertProviderInScope } from '../auth/scope';
import { toEpochDay } from '../calendar/engine/dates';
import { Clock } from '../common/clock';
import { BadRequestError, NotFoundError, RuleViolation } from '../common/domain-error';
import { FrameworksService } from '../frameworks/frameworks.service';
import { ProvidersService } from '../providers/providers.service';
import { availability } from './availability';
import { CapacityDeclaration, CapacityHold } from './capacity.entity';
import { CapacityDto, CapacityQueryDto, CreateCapacityDeclarationDto } from './dto/capacity.dto';

// A declaration older than this is flagged stale: the council asks providers to confirm capacity fortnightly.
const STALE_AFTER_DAYS = 14;
const MAX_WINDOW_DAYS = 800;

@Injectable()
export class CapacityService {
  constructor(
    @InjectRepository(CapacityDeclaration) private readonly declarations: Repository<CapacityDeclaration>,
    @InjectRepository(CapacityHold) private readonly holds: Repository<CapacityHold>,
    private readonly frameworks: FrameworksService,
    private readonly providers: ProvidersService,
    private readonly clock: Clock,
  ) {}

  async declare(caller: Caller, providerId: string, input: CreateCapacityDeclarationDto): Promise<CapacityDeclaration> {
    assertProviderInScope(caller, providerId, 'Provider');
    if (!(await this.providers.findById(providerId))) throw new NotFoundError('Provider');
    checkWindow(input.from, input.to);
    if (!(await this.frameworks.findLot(input.lotId))) throw new RuleViolation('lot_not_found', 'lotId names no lot.');
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
    checkWindow(query.from, query.to);
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
      .where('h.lot_id = :lotId AND h.from_date <= :to AND h.to_date >= :from', query);
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
                .map((d, order) => ({ from: d.fromDate, to: d.toDate, sessionsPerWeek: d.sessionsPerWeek, order })),
              rows.holds.map((h) => ({ from: h.fromDate, to: h.toDate, sessionsPerWeek: h.sessionsPerWeek })),
            ),
          };
        }),
    };
  }
}

function checkWindow(from: string, to: string): void {
  if (to < from)
    throw new BadRequestError('validation_failed', 'to must be on or after from.', [
      { field: 'to', message: 'to must be on or after from' },
    ]);
  if (toEpochDay(to) - toEpochDay(from) > MAX_WINDOW_DAYS)
    throw new BadRequestError('validation_failed', `A capacity window may span at most ${MAX_WINDOW_DAYS} days.`, [
      { field: 'to', message: 'window too long' },
    ]);
}
