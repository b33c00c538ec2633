import { CheckRow } from './eligibility';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { BadRequestError, NotFoundError, RuleViolation } from '../common/domain-error';
import { CheckType } from './check-type.entity';
import { defaultExpiry } from './check-expiry';
import { CreateCheckDto } from './dto/check.dto';
import { CheckOutcome, ProviderCheck } from './provider-check.entity';
import { Provider } from './provider.entity';
import { Page, PageQueryDto, pageLoaded } from '../common/pagination';
import { EventsService } from '../events/events.service';

export interface CurrentCheck extends CheckRow {
  providerId: string;
}

export interface CheckView {
  check: ProviderCheck;
  current: boolean;
}

// The due-diligence catalogue and each provider's append-only history of checks.
@Injectable()
export class ChecksService {
  constructor(
    @InjectRepository(CheckType) private readonly checkTypes: Repository<CheckType>,
    @InjectRepository(ProviderCheck) private readonly checks: Repository<ProviderCheck>,
    @InjectRepository(Provider) private readonly providers: Repository<Provider>,
    private readonly clock: Clock,
    private readonly events: EventsService,
  ) {}

  // Inside a transaction, pass its manager (as for currentChecksOn): no second pool connection while it holds locks.
  catalogue(manager?: EntityManager): Promise<CheckType[]> {
    return (manager?.getRepository(CheckType) ?? this.checkTypes).find({
      order: { sortOrder: 'ASC', code: 'ASC' },
    });
  }

  // For lots: every code must name a check type in the catalogue.
  async assertCheckTypesExist(codes: string[]): Promise<void> {
    const unique = [...new Set(codes)];
    const found = await this.checkTypes.find({ where: { code: In(unique) }, select: { code: true } });
    const unknown = unique.filter((code) => !found.some((row) => row.code === code));
    if (unknown.length > 0)
      throw new RuleViolation('unknown_check_type', `These are not check types: ${unknown.join(', ')}.`, {
        unknown,
      });
  }

  async record(
    providerId: string,
    given: CreateCheckDto,
    verifiedByKeyId: string | null,
  ): Promise<CheckView> {
    // An explicit null in an optional field means the same as leaving it out.
    const input = Object.fromEntries(
      Object.entries(given).filter(([, value]) => value !== null && value !== undefined),
    ) as unknown as CreateCheckDto;
    if (!(await this.providers.exists({ where: { id: providerId } }))) throw new NotFoundError('Provider');
    const type = await this.checkTypes.findOne({ where: { code: input.type } });
    if (!type)
      throw new RuleViolation('unknown_check_type', `${input.type} is not a check type.`, {
        unknown: [input.type],
      });
    if (input.verifiedAt > this.clock.today())
      throw invalid(
        'verifiedAt',
        'verifiedAt cannot be in the future: a check is recorded once it has been made',
      );
    const expiresAt = input.expiresAt ?? defaultExpiry(input.verifiedAt, type.defaultValidityMonths);
    if (expiresAt < input.verifiedAt) throw invalid('expiresAt', 'expiresAt must be on or after verifiedAt');
    // Conditional approval rests on conditions met by a due date (DESIGN §1 Due-diligence checks): both are part of the outcome.
    if (input.outcome === CheckOutcome.Conditional && !input.conditions)
      throw invalid('conditions', 'conditions are required for a conditional outcome');
    if (input.outcome === CheckOutcome.Conditional && !input.conditionsDueDate)
      throw invalid('conditionsDueDate', 'conditionsDueDate is required for a conditional outcome');
    if (input.conditionsDueDate && input.conditionsDueDate < input.verifiedAt)
      throw invalid('conditionsDueDate', 'conditionsDueDate must be on or after verifiedAt');
    if (input.outcome !== CheckOutcome.Conditional && input.conditionsDueDate)
      throw invalid('conditionsDueDate', 'conditionsDueDate applies to a conditional outcome only');
    if (!type.requiresCover && input.coverPence !== undefined)
      throw invalid('coverPence', `coverPence applies to insurance checks only, not ${type.code}`);
    if (type.requiresCover && input.coverPence === undefined)
      throw invalid('coverPence', `coverPence is required for ${type.code}`);
    // Employers' Liability (Compulsory Insurance) Act 1969 and the framework's insurance clause: at least the minimum.
    if (
      type.minimumCoverPence !== null &&
      input.coverPence !== undefined &&
      input.coverPence < type.minimumCoverPence
    )
      throw new RuleViolation(
        'insurance_cover_too_low',
        `${type.title} must cover at least ${type.minimumCoverPence} pence; the evidence shows ${input.coverPence}.`,
        { minimumCoverPence: type.minimumCoverPence, coverPence: input.coverPence },
      );
    const check = await this.checks.manager.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(ProviderCheck, {
          providerId,
          type: type.code,
          outcome: input.outcome,
          evidenceRef: input.evidenceRef,
          verifiedAt: input.verifiedAt,
          expiresAt,
          coverPence: input.coverPence ?? null,
          conditions: input.conditions ?? null,
          conditionsDueDate: input.conditionsDueDate ?? null,
          verifiedByKeyId,
        }),
      );
      await this.events.append(manager, {
        type: 'check.recorded',
        subject: { id: saved.id, version: null },
        providerId,
        payload: { checkType: saved.type, outcome: saved.outcome, verifiedAt: saved.verifiedAt, expiresAt },
      });
      return saved;
    });
    const newest = await this.newestOfType(providerId, type.code);
    return { check, current: newest?.id === check.id };
  }

  // Newest first within each type; the first of each type is the current one.
  async list(providerId: string, page: PageQueryDto): Promise<Page<CheckView>> {
    if (!(await this.providers.exists({ where: { id: providerId } }))) throw new NotFoundError('Provider');
    const rows = await this.checks.find({
      where: { providerId },
      order: { type: 'ASC', verifiedAt: 'DESC', createdAt: 'DESC', id: 'DESC' },
    });
    // Current is the newest of its type over the whole history, so it is marked before the page is cut.
    const seen = new Set<string>();
    const views = rows.map((check) => {
      const current = !seen.has(check.type);
      seen.add(check.type);
      return { check, current };
    });
    return pageLoaded(views, page, (view) => view.check);
  }

  // The check of each type that counts on `date` for the given providers (the newest verified on or before it):
  // plain rows with only the columns the eligibility rules read. A whole lot is judged in SQL instead
  // (EligibilityService, MEMBERS_WITH_CHECK_FAILURES).
  async currentChecksOn(
    providerIds: string[],
    date: string,
    manager?: EntityManager,
  ): Promise<CurrentCheck[]> {
    if (providerIds.length === 0) return [];
    const rows: {
      provider_id: string;
      type: string;
      outcome: CheckRow['outcome'];
      verified_at: string;
      expires_at: string;
      conditions_due_date: string | null;
      created_at: Date;
    }[] = await (manager ?? this.checks.manager).query(
      `SELECT DISTINCT ON (provider_id, type) provider_id, type, outcome, verified_at, expires_at, conditions_due_date, created_at
         FROM provider_checks
        WHERE provider_id = ANY($1::uuid[]) AND verified_at <= $2
        ORDER BY provider_id, type, verified_at DESC, created_at DESC, id DESC`,
      [[...new Set(providerIds)], date],
    );
    return rows.map((row) => ({
      providerId: row.provider_id,
      type: row.type,
      outcome: row.outcome,
      verifiedAt: row.verified_at,
      expiresAt: row.expires_at,
      conditionsDueDate: row.conditions_due_date,
      createdAt: row.created_at,
    }));
  }

  // The current check of each type (the newest verified) whose evidence runs out after `after` and on or before `by`:
  // what the daily check-expiry scan warns about.
  async currentChecksExpiringBetween(
    after: string,
    by: string,
  ): Promise<{ id: string; providerId: string; type: string; expiresAt: string }[]> {
    const rows: { id: string; provider_id: string; type: string; expires_at: string }[] =
      await this.checks.query(
        `SELECT id, provider_id, type, expires_at FROM (
         SELECT DISTINCT ON (provider_id, type) id, provider_id, type, expires_at
           FROM provider_checks
          ORDER BY provider_id, type, verified_at DESC, created_at DESC, id DESC) current
        WHERE expires_at > $1 AND expires_at <= $2`,
        [after, by],
      );
    return rows.map((row) => ({
      id: row.id,
      providerId: row.provider_id,
      type: row.type,
      expiresAt: row.expires_at,
    }));
  }

  private newestOfType(providerId: string, type: string): Promise<ProviderCheck | null> {
    return this.checks.findOne({
      where: { providerId, type },
      order: { verifiedAt: 'DESC', createdAt: 'DESC', id: 'DESC' },
    });
  }
}

function invalid(field: string, message: string): BadRequestError {
  return new BadRequestError('validation_failed', `${message}.`, [{ field, message }]);
}
