import { NotFoundError } from '../common/domain-error';
import { Caller, Role } from './role';

// Out-of-scope records answer 404, never 403: a caller must not learn that another party's record exists.
export function assertOrganisationInScope(caller: Caller, organisationId: string, what: string): void {
  if (caller.role === Role.Admin || caller.role === Role.Auditor) return;
  if (caller.role === Role.Commissioner && caller.organisationId === organisationId) return;
  throw new NotFoundError(what);
}

export function assertProviderInScope(caller: Caller, providerId: string, what: string): void {
  if (caller.role === Role.Admin || caller.role === Role.Auditor) return;
  if (caller.role === Role.Provider && caller.providerId === providerId) return;
  throw new NotFoundError(what);
}

export function seesEverything(caller: Caller): boolean {
  return caller.role === Role.Admin || caller.role === Role.Auditor;
}
