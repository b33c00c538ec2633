import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Caller, Role } from '../auth/role';
import { assertProviderInScope } from '../auth/scope';
import { NotFoundError } from '../common/domain-error';
import { KeptByCount, lotCounter, readCounts } from '../database/change-counters';
import { FrameworksService } from '../frameworks/frameworks.service';
import { Lot } from '../frameworks/lot.entity';
import { ChecksService } from './checks.service';
import { CheckProblem, Eligibility, evaluateEligibility, mandatoryCheckTypes } from './eligibility';
import { LotMembership, MembershipStatus } from './lot-membership.entity';
import { Provider } from './provider.entity';
import { DirectoryStatus, ProviderCategory, RegistrationStatus } from './provider-types';

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
  // The mandatory checks that count on the date and pass, with their last valid day, by type: a placement running
  // past one is warned about (it may be renewed).
  checkExpiries: { type: string; expiresAt: string }[];
}

// Eligibility(provider, lot, date), computed from the data for that date: no job flips anything.
@Injectable()
export class EligibilityService {
  private readonly byLotAndDate = new KeptByCount<ReadonlyMap<string, MemberEligibility>>();

  constructor(
    @InjectRepository(Provider) private readonly providers: Repository<Provider>,
    @InjectRepository(LotMembership) private readonly memberships: Repository<LotMembership>,
    private readonly checks: ChecksService,
    private readonly frameworks: FrameworksService,
  ) {}

  // The eligibility endpoint: a provider asks about itself, a commissioner about lots it may call off from.
  async evaluateFor(caller: Caller, providerId: string, lotId: string, date: string): Promise<Eligibility> {
    if (caller.role === Role.Provider) assertProviderInScope(caller, providerId, 'Provider');
    // Every role asks only about lots it may see (a provider: those of active frameworks); others are a 404.
    await this.frameworks.getLot(caller, lotId);
    const result = await this.evaluate(providerId, lotId, date);
    if (!result) throw new NotFoundError('Provider');
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

  // Every member of the lot (suspended ones included) with its eligibility on `date`. Matching asks this of the
  // same lot and day again and again, so the answer is kept until the lot's change count moves (`count`, when the
  // caller has read it already). Callers must not mutate it. Callers missing together share the first one's read,
  // through its `manager` if it passed one.
  async evaluateLot(
    lotId: string,
    date: string,
    count?: string,
    manager?: EntityManager,
  ): Promise<ReadonlyMap<string, MemberEligibility>> {
    const counted = count ?? (await readCounts(manager ?? this.providers, [lotCounter(lotId)]))[0];
    return this.byLotAndDate.get(
      `${lotId}|${date}`,
      counted,
      async () =>
        (await this.evaluateLots([lotId], date, manager)).get(lotId) ?? new Map<string, MemberEligibility>(),
      manager,
    );
  }

  // The eligible members of the lot on `date`, by name.
  async eligibleProviders(lotId: string, date: string): Promise<EligibleProvider[]> {
    return [...(await this.evaluateLot(lotId, date)).values()]
      .filter((result) => result.eligible)
      .map((result) => result.provider)
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  }

  // Set-based over several lots: three queries however many lots and members (lots, catalogue, and one that reads
  // the members with each one's failing mandatory checks). Lot id → provider id → eligibility. Removed members are
  // left out. Thousands of current checks never leave the database: only the failures do.
  async evaluateLots(
    lotIds: string[],
    date: string,
    manager?: EntityManager,
  ): Promise<Map<string, Map<string, MemberEligibility>>> {
    const result = new Map<string, Map<string, MemberEligibility>>();
    if (lotIds.length === 0) return result;
    const [lots, catalogue] = await Promise.all([
      this.frameworks.findLots(lotIds, manager),
      this.checks.catalogue(manager),
    ]);
    if (lots.length === 0) return result;
    // The mandatory types per lot and registration status, in the order the reference function lists them.
    const required = Object.fromEntries(
      lots.map((lot) => [
        lot.id,
        {
          registered: mandatoryCheckTypes(catalogue, true, lot.mandatoryCheckTypes),
          unregistered: mandatoryCheckTypes(catalogue, false, lot.mandatoryCheckTypes),
        },
      ]),
    );
    const rows: MemberRow[] = await (manager ?? this.providers).query(MEMBERS_WITH_CHECK_FAILURES, [
      lots.map((lot) => lot.id),
      date,
      JSON.stringify(required),
    ]);
    const lotById = new Map<string, Lot>(lots.map((l) => [l.id, l]));
    for (const lot of lots) result.set(lot.id, new Map());
    for (const row of rows) {
      const lot = lotById.get(row.lot_id)!;
      const provider: EligibleProvider = {
        providerId: row.provider_id,
        name: row.name,
        category: row.category,
        registrationStatus: row.registration_status,
        postcode: row.postcode,
        latitude: row.latitude,
        longitude: row.longitude,
        qualityScore: row.quality_score,
        sme: row.sme,
        vcse: row.vcse,
      };
      const eligibility = evaluateEligibility({
        provider: { directoryStatus: row.directory_status, registrationStatus: row.registration_status },
        lot,
        membershipStatus: row.membership_status,
        date,
        checkFailures: row.failures.map(([checkType, problem]) => ({ checkType, problem })),
      });
      const checkExpiries = row.expiries
        .map(([type, expiresAt]) => ({ type, expiresAt }))
        .sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
      result.get(lot.id)!.set(row.provider_id, { ...eligibility, provider, checkExpiries });
    }
    return result;
  }
}

interface MemberRow {
  lot_id: string;
  provider_id: string;
  membership_status: MembershipStatus;
  name: string;
  category: ProviderCategory;
  registration_status: RegistrationStatus;
  directory_status: DirectoryStatus;
  postcode: string;
  latitude: number;
  longitude: number;
  quality_score: number;
  sme: boolean;
  vcse: boolean;
  failures: [string, CheckProblem][];
  expiries: [string, string][];
}

// checkFailures() of eligibility.ts in SQL, for every member at once, with the last valid day of each passing one. $1 lot ids, $2 the date, $3 the required
// types per lot and registration status. The check that counts is the newest verified on or before the date
// (then the newest recorded); a conditional pass fails once its conditions are overdue; expires_at is the last
// valid day. test/eligibility.e2e-spec.ts holds this to the same answers as the reference on random data.
export const MEMBERS_WITH_CHECK_FAILURES = `
  WITH member AS (
    SELECT m.lot_id, m.provider_id, m.status AS membership_status,
           p.name, p.category, p.registration_status, p.directory_status, p.postcode,
           p.latitude, p.longitude, p.quality_score, p.sme, p.vcse
      FROM lot_memberships m
      JOIN providers p ON p.id = m.provider_id
     WHERE m.lot_id = ANY($1::uuid[]) AND m.status <> 'removed'
  ), required AS (
    SELECT l.key::uuid AS lot_id, s.key AS registration_status, r.code, r.ord
      FROM jsonb_each($3::jsonb) l, jsonb_each(l.value) s,
           jsonb_array_elements_text(s.value) WITH ORDINALITY AS r(code, ord)
  ), current_check AS (
    SELECT DISTINCT ON (c.provider_id, c.type) c.provider_id, c.type, c.outcome, c.expires_at, c.conditions_due_date
      FROM provider_checks c
     WHERE c.provider_id IN (SELECT provider_id FROM member) AND c.verified_at <= $2::date
     ORDER BY c.provider_id, c.type, c.verified_at DESC, c.created_at DESC, c.id DESC
  ), judged AS (
    SELECT m.lot_id, m.provider_id, r.code, r.ord, c.expires_at, CASE
             WHEN c.outcome IS NULL THEN 'missing'
             WHEN c.outcome = 'fail' OR (c.outcome = 'conditional' AND c.conditions_due_date < $2::date) THEN 'failed'
             WHEN c.expires_at < $2::date THEN 'expired' END AS problem
      FROM member m
      JOIN required r ON r.lot_id = m.lot_id AND r.registration_status = m.registration_status::text
      LEFT JOIN current_check c ON c.provider_id = m.provider_id AND c.type = r.code
  ), failure AS (
    SELECT lot_id, provider_id,
           json_agg(json_build_array(code, problem) ORDER BY ord) FILTER (WHERE problem IS NOT NULL) AS failures,
           json_agg(json_build_array(code, expires_at) ORDER BY ord) FILTER (WHERE problem IS NULL) AS expiries
      FROM judged
     GROUP BY lot_id, provider_id
  )
  SELECT m.*, COALESCE(f.failures, '[]') AS failures, COALESCE(f.expiries, '[]') AS expiries
    FROM member m
    LEFT JOIN failure f ON f.lot_id = m.lot_id AND f.provider_id = m.provider_id`;
