import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { Repository } from 'typeorm';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { NotFoundError, RuleViolation } from '../common/domain-error';
import { ApiKey } from './api-key.entity';
import { KeyCache } from './key-cache';
import { Caller, Role } from './role';
import { Page, PageQueryDto, paginate } from '../common/pagination';

export function hashKey(key: string): Buffer {
  return createHash('sha256').update(key).digest();
}

// 32 random bytes, base64url: 256 bits, so a plain SHA-256 is a sufficient one-way hash.
export function generateKey(): string {
  return `apx_${randomBytes(32).toString('base64url')}`;
}

export interface IssueKeyInput {
  role: Role;
  organisationId?: string;
  providerId?: string;
  label: string;
}

export type ScopeTargetCheck = (input: IssueKeyInput) => Promise<void>;

@Injectable()
export class ApiKeysService implements OnApplicationShutdown {
  // Other capabilities register how to check that the organisation or provider a key is scoped to exists.
  private readonly scopeChecks: ScopeTargetCheck[] = [];
  private readonly cache: KeyCache;

  constructor(@InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>) {
    this.cache = new KeyCache((keys.manager.connection.options as PostgresConnectionOptions).url ?? '');
  }

  // Whether a key once authenticated is kept (KeyCache): false until this instance listens for changes to keys.
  get keepingKeys(): boolean {
    return this.cache.keeping;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.cache.close();
  }

  registerScopeCheck(check: ScopeTargetCheck): void {
    this.scopeChecks.push(check);
  }

  // Every request passes here: a key this instance has authenticated and has heard no change of since costs no
  // statement (KeyCache); any other is one plain statement for the four columns a caller needs, no entity built.
  // Unknown and revoked keys are never kept: each is read every time.
  async authenticate(key: string): Promise<Caller | null> {
    const hash = hashKey(key);
    const id = hash.toString('base64');
    const kept = this.cache.get(id);
    if (kept) return kept;
    const since = this.cache.since();
    const rows: { id: string; role: Role; organisation_id: string | null; provider_id: string | null }[] =
      await this.keys.query(
        'SELECT id, role, organisation_id, provider_id FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL',
        [hash],
      );
    if (rows.length === 0) return null;
    const [row] = rows;
    // Frozen: a kept caller is shared by every request of its key.
    const caller: Caller = Object.freeze({
      keyId: row.id,
      role: row.role,
      organisationId: row.organisation_id,
      providerId: row.provider_id,
    });
    this.cache.keep(id, caller, since);
    return caller;
  }

  async issue(input: IssueKeyInput, createdByKeyId: string | null): Promise<{ key: string; record: ApiKey }> {
    if (input.role === Role.Commissioner && !input.organisationId)
      throw new RuleViolation('scope_required', 'A commissioner key needs an organisationId.');
    if (input.role === Role.Provider && !input.providerId)
      throw new RuleViolation('scope_required', 'A provider key needs a providerId.');
    if (input.role !== Role.Commissioner && input.organisationId)
      throw new RuleViolation('scope_not_allowed', 'Only a commissioner key is scoped to an organisation.');
    if (input.role !== Role.Provider && input.providerId)
      throw new RuleViolation('scope_not_allowed', 'Only a provider key is scoped to a provider.');
    for (const check of this.scopeChecks) await check(input);
    const key = generateKey();
    const record = await this.keys.save(
      this.keys.create({
        prefix: key.slice(0, 12),
        keyHash: hashKey(key),
        role: input.role,
        organisationId: input.organisationId ?? null,
        providerId: input.providerId ?? null,
        label: input.label,
        createdByKeyId,
      }),
    );
    return { key, record };
  }

  // Makes sure a key given in configuration exists as an admin key (idempotent across restarts and instances).
  async ensureAdminKey(key: string, label: string): Promise<void> {
    await this.keys
      .createQueryBuilder()
      .insert()
      .values({ prefix: key.slice(0, 12), keyHash: hashKey(key), role: Role.Admin, label })
      .orIgnore()
      .execute();
  }

  list(query: PageQueryDto): Promise<Page<ApiKey>> {
    return paginate(this.keys.createQueryBuilder('k'), query);
  }

  async revoke(id: string): Promise<ApiKey> {
    const row = await this.keys.findOne({ where: { id } });
    if (!row) throw new NotFoundError('API key');
    if (!row.revokedAt) {
      row.revokedAt = new Date();
      await this.keys.update({ id }, { revokedAt: row.revokedAt });
      // Refused by this instance from now on; the others forget their keys when the update's notice reaches them.
      this.cache.forget();
    }
    return row;
  }
}
