import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { Caller } from '../auth/role';
import { isUniqueViolation } from '../common/database-errors';
import { ConflictError, InvalidTransitionError, NotFoundError, RuleViolation } from '../common/domain-error';
import { assertVersion } from '../common/versioning';
import { EventsService } from '../events/events.service';
import { FrameworksService } from '../frameworks/frameworks.service';
import { Lot } from '../frameworks/lot.entity';
import { ListLotMembersQueryDto, LotMemberDto } from './dto/membership.dto';
import { Page, decodeCursor, encodeCursor } from '../common/pagination';
import { APPROVED_STATUSES } from './eligibility';
import { EligibilityService } from './eligibility.service';
import { LotMembership, LotMembershipChange, MembershipStatus } from './lot-membership.entity';
import { Provider } from './provider.entity';
import { RegistrationStatus } from './provider-types';

type MembershipAction = 'suspend' | 'reinstate' | 'remove';

const ACTIONS: Record<MembershipAction, { from: MembershipStatus[]; to: MembershipStatus; verb: string }> = {
  suspend: { from: [MembershipStatus.Active], to: MembershipStatus.Suspended, verb: 'suspended' },
  reinstate: { from: [MembershipStatus.Suspended], to: MembershipStatus.Active, verb: 'reinstated' },
  remove: {
    from: [MembershipStatus.Active, MembershipStatus.Suspended],
    to: MembershipStatus.Removed,
    verb: 'removed',
  },
};

// Which approved providers are admitted to which lots, with every change recorded.
@Injectable()
export class LotMembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(LotMembership) private readonly memberships: Repository<LotMembership>,
    @InjectRepository(Provider) private readonly providers: Repository<Provider>,
    private readonly frameworks: FrameworksService,
    private readonly eligibility: EligibilityService,
    private readonly events: EventsService,
  ) {}

  async add(
    lotId: string,
    providerId: string,
    reason: string | undefined,
    byKeyId: string | null,
  ): Promise<LotMemberDto> {
    const found = await this.frameworks.findLot(lotId);
    if (!found) throw new NotFoundError('Lot');
    const provider = await this.providers.findOne({ where: { id: providerId } });
    if (!provider)
      throw new RuleViolation('provider_not_found', `providerId names no provider: ${providerId}.`);
    this.assertAdmissible(provider, found.lot);
    try {
      await this.dataSource.transaction(async (manager) => {
        const existing = await manager.findOne(LotMembership, {
          where: { lotId, providerId },
          lock: { mode: 'pessimistic_write' },
        });
        if (existing && existing.status !== MembershipStatus.Removed)
          throw new ConflictError(
            'duplicate_lot_member',
            `${provider.name} is already a member of this lot.`,
          );
        // A removed member may be admitted again; the history keeps the earlier removal.
        const membership = await manager.save(LotMembership, {
          ...(existing ?? manager.create(LotMembership, { lotId, providerId })),
          status: MembershipStatus.Active,
          statusReason: reason ?? null,
        });
        await this.recordChange(manager, membership, reason ?? 'Admitted to the lot.', byKeyId);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_lot_memberships_lot_id_provider_id'))
        throw new ConflictError('duplicate_lot_member', `${provider.name} is already a member of this lot.`);
      throw error;
    }
    return this.member(lotId, providerId);
  }

  async change(
    lotId: string,
    providerId: string,
    action: MembershipAction,
    reason: string,
    byKeyId: string | null,
    expectedVersion?: number,
  ): Promise<LotMemberDto> {
    const rule = ACTIONS[action];
    await this.dataSource.transaction(async (manager) => {
      const membership = await manager.findOne(LotMembership, {
        where: { lotId, providerId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!membership) throw new NotFoundError('Lot membership');
      // DESIGN §2: a state change honours If-Match, checked under the row lock.
      assertVersion(membership.version, expectedVersion);
      if (!rule.from.includes(membership.status))
        throw new InvalidTransitionError('lot membership', membership.status, rule.verb);
      if (action === 'reinstate') {
        const [provider, found] = await Promise.all([
          manager.findOneOrFail(Provider, { where: { id: providerId } }),
          this.frameworks.findLot(lotId, manager),
        ]);
        if (!found) throw new NotFoundError('Lot');
        this.assertAdmissible(provider, found.lot);
      }
      const saved = await manager.save(LotMembership, {
        ...membership,
        status: rule.to,
        statusReason: reason,
      });
      await this.recordChange(manager, saved, reason, byKeyId);
      if (action !== 'remove') {
        const found = await this.frameworks.findLot(lotId, manager);
        await this.events.append(manager, {
          type: action === 'suspend' ? 'lot_membership.suspended' : 'lot_membership.reinstated',
          subject: { id: saved.id, version: saved.version },
          frameworkId: found?.framework.id ?? null,
          providerId,
          payload: { lotId, reason },
        });
      }
    });
    return this.member(lotId, providerId);
  }

  // Admins and auditors see every lot; a commissioner only lots of frameworks it may call off from.
  async list(caller: Caller, lotId: string, query: ListLotMembersQueryDto): Promise<Page<LotMemberDto>> {
    await this.frameworks.getLot(caller, lotId);
    // The eligible set comes from the kept per-lot answer; the page itself is read in keyset order, so only its rows
    // leave the database, and a member that leaves the set between pages does not disturb the walk.
    const eligible =
      query.eligibleOn === undefined
        ? undefined
        : [...(await this.eligibility.evaluateLot(lotId, query.eligibleOn))]
            .filter(([, result]) => result.eligible)
            .map(([providerId]) => providerId);
    const limit = query.limit ?? 50;
    const rows = await this.rows(lotId, {
      providerIds: eligible,
      after: query.cursor === undefined ? undefined : decodeCursor(query.cursor),
      limit: limit + 1,
    });
    const data = rows.slice(0, limit);
    const last = data[data.length - 1];
    return {
      data: data.map((m) => m.member),
      nextCursor: rows.length > limit && last ? encodeCursor(last.key.createdAt, last.key.id) : null,
    };
  }

  // The providers admitted to a lot and not removed (suspended ones included): who is expected to declare capacity.
  async currentMemberIds(lotId: string, providerId?: string): Promise<string[]> {
    const rows: { provider_id: string }[] = await this.memberships.query(
      `SELECT provider_id FROM lot_memberships
        WHERE lot_id = $1 AND status <> 'removed' AND ($2::uuid IS NULL OR provider_id = $2)`,
      [lotId, providerId ?? null],
    );
    return rows.map((row) => row.provider_id);
  }

  // The names of those providers, by id: what cost benchmarks label each price with, without judging eligibility.
  async currentMemberNames(lotId: string): Promise<Map<string, string>> {
    const rows: { provider_id: string; name: string }[] = await this.memberships.query(
      `SELECT m.provider_id, p.name FROM lot_memberships m JOIN providers p ON p.id = m.provider_id
        WHERE m.lot_id = $1 AND m.status <> 'removed'`,
      [lotId],
    );
    return new Map(rows.map((row) => [row.provider_id, row.name]));
  }

  // Framework admission rules: only approved providers, and registered-only lots take registered settings only.
  private assertAdmissible(provider: Provider, lot: Lot): void {
    if (!APPROVED_STATUSES.includes(provider.directoryStatus))
      throw new RuleViolation(
        'provider_not_approved',
        `${provider.name} is ${provider.directoryStatus}; only approved providers join a lot.`,
        { directoryStatus: provider.directoryStatus },
      );
    // Education Act 1996 s.463 and the lot's registeredProvidersOnly rule.
    if (lot.registeredProvidersOnly && provider.registrationStatus !== RegistrationStatus.Registered)
      throw new RuleViolation(
        'unregistered_for_registered_lot',
        `Lot ${lot.number} is for registered providers only.`,
      );
  }

  private async recordChange(
    manager: EntityManager,
    membership: LotMembership,
    reason: string,
    byKeyId: string | null,
  ): Promise<void> {
    await manager.save(
      manager.create(LotMembershipChange, {
        membershipId: membership.id,
        status: membership.status,
        reason,
        byKeyId,
      }),
    );
  }

  private async member(lotId: string, providerId: string): Promise<LotMemberDto> {
    const [row] = await this.rows(lotId, { providerId });
    return row.member;
  }

  // One plain join: a lot can have thousands of members, and a TypeORM IN list of their ids costs more than the read.
  private async rows(
    lotId: string,
    only: { providerId?: string; providerIds?: string[]; after?: [string, string]; limit?: number },
  ): Promise<{ member: LotMemberDto; key: { createdAt: Date; id: string } }[]> {
    const rows: {
      id: string;
      provider_id: string;
      provider_name: string;
      lot_id: string;
      status: MembershipStatus;
      status_reason: string | null;
      version: number;
      created_at: Date;
      updated_at: Date;
    }[] = await this.memberships.query(
      `SELECT m.id, m.provider_id, p.name AS provider_name, m.lot_id, m.status, m.status_reason, m.version,
              m.created_at, m.updated_at
         FROM lot_memberships m JOIN providers p ON p.id = m.provider_id
        WHERE m.lot_id = $1
          AND ($2::uuid IS NULL OR m.provider_id = $2)
          AND ($3::uuid[] IS NULL OR m.provider_id = ANY($3::uuid[]))
          AND ($4::timestamptz IS NULL OR (m.created_at, m.id) > ($4::timestamptz, $5::uuid))
        ORDER BY m.created_at, m.id
        LIMIT $6`,
      [
        lotId,
        only.providerId ?? null,
        only.providerIds ?? null,
        only.after?.[0] ?? null,
        only.after?.[1] ?? null,
        only.limit ?? null,
      ],
    );
    return rows.map((m) => ({
      member: {
        providerId: m.provider_id,
        providerName: m.provider_name,
        lotId: m.lot_id,
        status: m.status,
        statusReason: m.status_reason,
        version: m.version,
        admittedAt: m.created_at.toISOString(),
        updatedAt: m.updated_at.toISOString(),
      },
      key: { createdAt: m.created_at, id: m.id },
    }));
  }
}
