import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Caller } from '../auth/role';
import { assertOrganisationInScope, seesEverything } from '../auth/scope';
import { isUniqueViolation } from '../common/database-errors';
import { ConflictError, NotFoundError, RuleViolation } from '../common/domain-error';
import { Page, paginate } from '../common/pagination';
import { CreateOrganisationDto, ListOrganisationsQueryDto } from './dto/organisation.dto';
import { Organisation } from './organisation.entity';

@Injectable()
export class OrganisationsService {
  constructor(@InjectRepository(Organisation) private readonly organisations: Repository<Organisation>) {}

  // The unique index decides, so two requests racing with one code get one 201 and one 409, never a 500.
  async create(input: CreateOrganisationDto): Promise<Organisation> {
    try {
      return await this.organisations.save(this.organisations.create({ ...input, code: input.code ?? null }));
    } catch (error) {
      if (isUniqueViolation(error, 'uq_organisations_code'))
        throw new ConflictError(
          'duplicate_organisation_code',
          `An organisation with code ${input.code} already exists.`,
        );
      throw error;
    }
  }

  list(caller: Caller, query: ListOrganisationsQueryDto): Promise<Page<Organisation>> {
    const qb = this.organisations.createQueryBuilder('o');
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (!seesEverything(caller)) qb.andWhere('o.id = :own', { own: caller.organisationId });
    return paginate(qb, query);
  }

  async get(caller: Caller, id: string): Promise<Organisation> {
    assertOrganisationInScope(caller, id, 'Organisation');
    const row = await this.organisations.findOne({ where: { id } });
    if (!row) throw new NotFoundError('Organisation');
    return row;
  }

  // For other capabilities: refuses ids that name no organisation, listing the ones missing.
  async assertExist(ids: string[], field: string): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const found = await this.organisations.find({ where: { id: In(unique) }, select: { id: true } });
    const missing = unique.filter((id) => !found.some((row) => row.id === id));
    if (missing.length > 0)
      throw new RuleViolation(
        'organisation_not_found',
        `${field} names organisations that do not exist: ${missing.join(', ')}.`,
        {
          missing,
        },
      );
  }
}
