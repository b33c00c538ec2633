import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Caller, Role } from '../auth/role';
import { assertProviderInScope } from '../auth/scope';
import { NotFoundError } from '../common/domain-error';
import { FrameworksService } from '../frameworks/frameworks.service';
import { Lot } from '../frameworks/lot.entity';
import { ChecksService, CurrentCheck } from './checks.service';
import { Eligibility, evaluateEligibility } from './eligibility';
import { LotMembership, MembershipStatus } from './lot-membership.entity';
import { Provider, ProviderCategory, RegistrationStatus } from './provider.entity';

// What matching and call-offs need of an eligible provider, without the ORM entity.
export interface EligibleProvider {
  providerId: string;
  name: string;
  category: ProviderCategory;
  registrationStatus: RegistrationStatus;
  postcode: string;
  latitude: number;
  longitude: number;
  qualityScore: number;
  sme: boolean;
  vcse: boolean;
}

export interface MemberEligibility extends Eligibility {
  provider: EligibleProvider;
}

// Eligibility(provider, lot, date), computed from the data for that date: no job flips anything.
@Injectable()
export class EligibilityService {
  constructor(
    @InjectRepository(Provider) private readonly providers: Repository<Provider>,
    @InjectRepository(LotMembership) private readonly memberships: Repository<LotMembership>,
    private readonly checks: ChecksService,
    private readonly frameworks: FrameworksService,
  ) {}

  // The eligibility endpoint: a provider asks about itself, a commissioner about lots it may call off from.
  async evaluateFor(caller: Caller, providerId: string, lotId: string, date: string): Promise<Eligibility> {
    if (caller.role === Role.Provider) assertProviderInScope(caller, providerId, 'Provider');
    if (caller.role === Role.Commissioner) await this.frameworks.getLot(caller, lotId);
    if (!(await this.providers.exists({ where: { id: providerId } }))) throw new NotFoundError('Provider');
    const result = await this.evaluate(providerId, lotId, date);
    if (!result) throw new NotFoundError('Lot');
    return result;
  }

  // One provider on one lot; null when the provider or the lot does not exist.
  async evaluate(providerId: string, lotId: string, date: string): Promise<Eligibility | null> {
    const [provider, lots, membership, checks, catalogue] = await Promise.all([
      this.providers.findOne({ where: { id: providerId } }),
      this.frameworks.findLots([lotId]),
      this.memberships.findOne({ where: { providerId, lotId } }),
      this.checks.currentChecksOn([providerId], date),
      this.checks.catalogue(),
    ]);
    if (!provider || lots.length === 0) return null;
    return evaluateEligibility({
      provider,
      lot: lots[0],
      membershipStatus: membership?.status ?? null,
      checks,
      catalogue,
      date,
    });
  }

  // Every member of the lot (suspended ones included) with its eligibility on `date`.
  async evaluateLot(lotId: string, date: string): Promise<Map<string, MemberEligibility>> {
    return (await this.evaluateLots([lotId], date)).get(lotId) ?? new Map<string, MemberEligibility>();
  }

  // The eligible members of the lot on `date`, by name.
  async eligibleProviders(lotId: string, date: string): Promise<EligibleProvider[]> {
    return [...(await this.evaluateLot(lotId, date)).values()]
      .filter((result) => result.eligible)
      .map((result) => result.provider)
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  }

  // Set-based over several lots: five queries however many lots and members (lots, memberships, providers,
  // current checks, catalogue). Lot id → provider id → eligibility. Removed members are left out.
  async evaluateLots(lotIds: string[], date: string): Promise<Map<string, Map<string, MemberEligibility>>> {
    const result = new Map<string, Map<string, MemberEligibility>>();
    if (lotIds.length === 0) return result;
    const [lots, memberships, catalogue] = await Promise.all([
      this.frameworks.findLots(lotIds),
      this.memberships.find({ where: { lotId: In([...new Set(lotIds)]) } }),
      this.checks.catalogue(),
    ]);
    const live = memberships.filter((m) => m.status !== MembershipStatus.Removed);
    const providerIds = [...new Set(live.map((m) => m.providerId))];
    const [providers, checks] = await Promise.all([
      providerIds.length
        ? this.providers.find({
            where: { id: In(providerIds) },
            // What eligibility and matching read; not descriptions, identifiers or contact details.
            select: {
              id: true,
              name: true,
              category: true,
              registrationStatus: true,
              directoryStatus: true,
              postcode: true,
              latitude: true,
              longitude: true,
              qualityScore: true,
              sme: true,
              vcse: true,
            },
          })
        : Promise.resolve([]),
      this.checks.currentChecksOn(providerIds, date),
    ]);
    const providerById = new Map(providers.map((p) => [p.id, p]));
    const checksByProvider = groupBy(checks, (c) => c.providerId);
    const lotById = new Map<string, Lot>(lots.map((l) => [l.id, l]));
    for (const lot of lots) result.set(lot.id, new Map());
    for (const membership of live) {
      const lot = lotById.get(membership.lotId);
      const provider = providerById.get(membership.providerId);
      if (!lot || !provider) continue;
      const eligibility = evaluateEligibility({
        provider,
        lot,
        membershipStatus: membership.status,
        checks: checksByProvider.get(provider.id) ?? [],
        catalogue,
        date,
      });
      result.get(lot.id)?.set(provider.id, { ...eligibility, provider: plain(provider) });
    }
    return result;
  }
}

function plain(p: Provider): EligibleProvider {
  return {
    providerId: p.id,
    name: p.name,
    category: p.category,
    registrationStatus: p.registrationStatus,
    postcode: p.postcode,
    latitude: p.latitude,
    longitude: p.longitude,
    qualityScore: p.qualityScore,
    sme: p.sme,
    vcse: p.vcse,
  };
}

function groupBy(rows: CurrentCheck[], key: (row: CurrentCheck) => string): Map<string, CurrentCheck[]> {
  const map = new Map<string, CurrentCheck[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}
