import { SetMetadata, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { Caller, Role } from './role';

export const PUBLIC_ROUTE = 'apx:public';
export const ROLES = 'apx:roles';
export const NOT_RATE_LIMITED = 'apx:not-rate-limited';

// No API key needed (health, docs, the public AP Directory).
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

// Never rate-limited (health probes): a probe refused for someone else's traffic takes a healthy instance out.
export const NotRateLimited = () => SetMetadata(NOT_RATE_LIMITED, true);

// The roles that may call a route; any other authenticated role gets 403.
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

export type AuthenticatedRequest = FastifyRequest & { caller?: Caller };

export const CurrentCaller = createParamDecorator((_: unknown, ctx: ExecutionContext): Caller => {
  const caller = ctx.switchToHttp().getRequest<AuthenticatedRequest>().caller;
  if (!caller) throw new Error('CurrentCaller used on a public route');
  return caller;
});
