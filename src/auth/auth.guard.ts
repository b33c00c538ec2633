import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { API_KEY_PATTERN, APP_CONFIG, AppConfig } from '../config/config';
import { ForbiddenError } from '../common/domain-error';
import { ApiKeysService } from './api-keys.service';
import { AuthError } from './auth.errors';
import { AuthenticatedRequest, NOT_RATE_LIMITED, PUBLIC_ROUTE, ROLES } from './auth.decorators';
import { Bucket, RateLimits } from './rate-limiter';
import { Role } from './role';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

@Injectable()
export class AuthGuard implements CanActivate {
  private readonly limits: RateLimits;

  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() dataSource: DataSource,
  ) {
    this.limits = new RateLimits(dataSource, {
      key: config.rateLimitPerMinute,
      public: config.rateLimitPublicPerMinute,
      failed_auth: config.rateLimitFailedAuthPerMinute,
    });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const targets = [context.getHandler(), context.getClass()];
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets);
    if (isPublic) {
      if (!this.reflector.getAllAndOverride<boolean>(NOT_RATE_LIMITED, targets))
        await this.limit(reply, 'public', request.ip);
      return true;
    }
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match) throw new AuthError('unauthenticated', 'Send an API key as "Authorization: Bearer <key>".');
    // Only a key of the issued shape costs a lookup; failures count against the client address in a bucket of their
    // own, so guessing is limited without public traffic spending its allowance.
    const caller = API_KEY_PATTERN.test(match[1]) ? await this.apiKeys.authenticate(match[1]) : null;
    if (!caller) {
      await this.limit(reply, 'failed_auth', request.ip);
      throw new AuthError('unauthenticated', 'The API key is not valid or has been revoked.');
    }
    await this.limit(reply, 'key', caller.keyId);
    request.caller = caller;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    // Auditors are read-only whatever a route allows.
    if (caller.role === Role.Auditor && !READ_METHODS.has(request.method)) throw new ForbiddenError();
    if (roles && !roles.includes(caller.role)) throw new ForbiddenError();
    return true;
  }

  private async limit(reply: FastifyReply, bucket: Bucket, subject: string): Promise<void> {
    const verdict = await this.limits.take(bucket, subject);
    if (!verdict) return;
    void reply.header('ratelimit-policy', verdict.policy).header('ratelimit', verdict.state);
    if (!verdict.allowed)
      throw new AuthError(
        'rate_limited',
        `Too many requests; try again in ${verdict.retryAfterSeconds} seconds.`,
        { retryAfterSeconds: verdict.retryAfterSeconds },
      );
  }
}
