import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Caller, Role } from '../auth/role';
import { looksLikeUpn } from '../call-offs/engine/child-ref';
import { BadRequestError, NotFoundError, RuleViolation } from '../common/domain-error';
import { Page, mapPage, paginate } from '../common/pagination';
import { EventsService } from '../events/events.service';
import { FrameworksService } from '../frameworks/frameworks.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { ProvidersService } from '../providers/providers.service';
import { CreateSpotPurchaseDto, ListSpotPurchasesQueryDto, SpotPurchaseDto } from './dto/spot-purchase.dto';
import { SpotPurchase, SpotPurchaseReason } from './spot-purchase.entity';

// What finance and benchmarks read: no child data.
export interface SpotPurchaseLive {
  id: string;
  organisationId: string;
  providerId: string | null;
  supplierName: string | null;
  lotId: string | null;
  startDate: string;
  endDate: string;
  sessionsPerWeek: number;
  weeklyPricePence: number;
  reason: SpotPurchaseReason;
}

// Placements bought outside the framework (DESIGN §1 Money): recorded, never hidden, and counted in commitments.
@Injectable()
export class SpotPurchasesService {
  constructor(
    @InjectRepository(SpotPurchase) private readonly purchases: Repository<SpotPurchase>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly providers: ProvidersService,
    private readonly frameworks: FrameworksService,
    private readonly events: EventsService,
    private readonly audit: AuditService,
  ) {}

  async create(caller: Caller, input: CreateSpotPurchaseDto): Promise<SpotPurchaseDto> {
    const organisationId = this.buyerOf(caller, input.organisationId);
    await this.organisations.get(caller, organisationId);
    if (input.endDate < input.startDate)
      throw new BadRequestError('validation_failed', 'endDate is before startDate.', [
        { field: 'endDate', message: 'endDate must not be before startDate' },
      ]);
    if (!input.providerId && !input.supplierName)
      throw new BadRequestError('validation_failed', 'Name the supplier: providerId or supplierName.', [
        { field: 'supplierName', message: 'supplierName is required when providerId is not given' },
      ]);
    // DESIGN §1 "Child data is minimised": a UPN-shaped reference is refused.
    if (looksLikeUpn(input.childRef))
      throw new RuleViolation(
        'child_ref_looks_like_upn',
        'childRef looks like a Unique Pupil Number; use an opaque reference of your own.',
      );
    if (input.providerId) {
      const missing = await this.providers.missingAmong([input.providerId]);
      if (missing.length > 0) throw new RuleViolation('provider_not_found', 'providerId names no provider.');
    }
    if (input.lotId && (await this.frameworks.findLots([input.lotId])).length === 0)
      throw new RuleViolation('lot_not_found', 'lotId names no lot.');
    const saved = await this.dataSource.transaction(async (manager) => {
      const row = await manager.save(
        manager.create(SpotPurchase, {
          organisationId,
          providerId: input.providerId ?? null,
          supplierName: input.supplierName ?? null,
          lotId: input.lotId ?? null,
          childRef: input.childRef,
          startDate: input.startDate,
          endDate: input.endDate,
          sessionsPerWeek: input.sessionsPerWeek,
          weeklyPricePence: input.weeklyPricePence,
          reason: input.reason,
          approvedBy: input.approvedBy,
          createdByKeyId: caller.keyId,
        }),
      );
      await this.events.append(manager, {
        type: 'spot_purchase.recorded',
        subject: { id: row.id, version: row.version },
        commissionerOrganisationId: organisationId,
        providerId: row.providerId,
        // No childRef: the event reaches the provider it names too.
        payload: {
          organisationId,
          providerId: row.providerId,
          lotId: row.lotId,
          startDate: row.startDate,
          endDate: row.endDate,
          sessionsPerWeek: row.sessionsPerWeek,
          weeklyPricePence: row.weeklyPricePence,
          reason: row.reason,
          approvedBy: row.approvedBy,
        },
      });
      await this.audit.record(manager, {
        caller,
        action: 'createSpotPurchase',
        subject: { type: 'spot_purchase', id: row.id },
        input,
      });
      return row;
    });
    return toDto(saved, true);
  }

  // Commissioners see their own organisation's; admin and auditor see all (or one organisation's), without childRef.
  async list(caller: Caller, query: ListSpotPurchasesQueryDto): Promise<Page<SpotPurchaseDto>> {
    const qb = this.purchases.createQueryBuilder('s');
    if (caller.role === Role.Commissioner) {
      if (query.organisationId && query.organisationId !== caller.organisationId)
        throw new NotFoundError('Organisation');
      qb.andWhere('s.organisation_id = :org', { org: caller.organisationId });
    } else if (query.organisationId) qb.andWhere('s.organisation_id = :org', { org: query.organisationId });
    const page = await paginate(qb, query);
    return mapPage(page, (row) => toDto(row, caller.role === Role.Commissioner));
  }

  // For finance and benchmarks: every spot purchase live on some day of [from, to], of one organisation or (null) of
  // all, oldest first. Set-based: one statement.
  async liveBetween(
    organisationId: string | null,
    from: string,
    to: string,
    manager?: EntityManager,
  ): Promise<SpotPurchaseLive[]> {
    const qb = (manager?.getRepository(SpotPurchase) ?? this.purchases)
      .createQueryBuilder('s')
      .select([
        's.id',
        's.organisationId',
        's.providerId',
        's.supplierName',
        's.lotId',
        's.startDate',
        's.endDate',
        's.sessionsPerWeek',
        's.weeklyPricePence',
        's.reason',
      ])
      .where('s.start_date <= :to AND s.end_date >= :from', { from, to })
      .orderBy('s.created_at', 'ASC')
      .addOrderBy('s.id', 'ASC');
    if (organisationId !== null) qb.andWhere('s.organisation_id = :organisationId', { organisationId });
    const rows = await qb.getMany();
    return rows.map((row) => ({
      id: row.id,
      organisationId: row.organisationId,
      providerId: row.providerId,
      supplierName: row.supplierName,
      lotId: row.lotId,
      startDate: row.startDate,
      endDate: row.endDate,
      sessionsPerWeek: row.sessionsPerWeek,
      weeklyPricePence: row.weeklyPricePence,
      reason: row.reason,
    }));
  }

  // A commissioner buys for its own organisation; an admin names the organisation.
  private buyerOf(caller: Caller, named: string | undefined): string {
    if (caller.role === Role.Commissioner) {
      if (named !== undefined && named !== caller.organisationId) throw new NotFoundError('Organisation');
      return caller.organisationId!;
    }
    if (named === undefined)
      throw new BadRequestError('validation_failed', 'organisationId is required for an admin.', [
        { field: 'organisationId', message: 'organisationId is required' },
      ]);
    return named;
  }
}

function toDto(row: SpotPurchase, showChild: boolean): SpotPurchaseDto {
  return {
    id: row.id,
    organisationId: row.organisationId,
    providerId: row.providerId,
    supplierName: row.supplierName,
    lotId: row.lotId,
    childRef: showChild ? row.childRef : null,
    startDate: row.startDate,
    endDate: row.endDate,
    sessionsPerWeek: row.sessionsPerWeek,
    weeklyPricePence: row.weeklyPricePence,
    reason: row.reason,
    approvedBy: row.approvedBy,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}
