import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { API_KEY_PATTERN, APP_CONFIG, AppConfig } from '../config/config';
import { ForbiddenError } from '../common/domain-error';
import { ApiKeysService } from './api-keys.service';
import { AuthError } from './auth.errors';
import { AuthenticatedRequest, PUBLIC_ROUTE, ROLES } from './auth.decorators';
import { RateLimiter } from './rate-limiter';
import { Role } from './role';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

@Injectable()
export class AuthGuard implements CanActivate {
  private readonly limiter: RateLimiter;

  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limiter = new RateLimiter(config.rateLimitPerMinute);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets);
    if (isPublic) {
      this.limit(`ip:${request.ip}`);
      return true;
    }
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match) throw new AuthError('unauthenticated', 'Send an API key as "Authorization: Bearer <key>".');
    // Only a key of the issued shape costs a lookup; failures count against the client address, so guessing is
    // rate-limited like any other traffic.
    const caller = API_KEY_PATTERN.test(match[1]) ? await this.apiKeys.authenticate(match[1]) : null;
    if (!caller) {
      this.limit(`ip:${request.ip}`);
      throw new AuthError('unauthenticated', 'The API key is not valid or has been revoked.');
    }
    this.limit(`key:${caller.keyId}`);
    request.caller = caller;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    // Auditors are read-only whatever a route allows.
    if (caller.role === Role.Auditor && !READ_METHODS.has(request.method)) throw new ForbiddenError();
    if (roles && !roles.includes(caller.role)) throw new ForbiddenError();
    return true;
  }

  private limit(subject: string): void {
    const retryAfter = this.limiter.take(subject);
    if (retryAfter > 0)
      throw new AuthError('rate_limited', `Too many requests; try again in ${retryAfter} seconds.`, {
        retryAfterSeconds: retryAfter,
      });
  }
}
