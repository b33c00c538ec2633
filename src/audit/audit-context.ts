import { AsyncLocalStorage } from 'node:async_hooks';
import type { Caller } from '../auth/role';

// The request an audit entry belongs to. The interceptor opens it around each handler; a writer that records its own
// entry inside its transaction marks it, so the interceptor does not record the same request a second time.
export interface AuditRequestState {
  requestId: string;
  route: string;
  // Who asked and the operation (the handler's name, the OpenAPI operation id): what a writer that cannot see the
  // request records its entries under.
  caller: Caller | null;
  action: string;
  // What the request asked for (its body), recorded under the audit rule beside what the writer changed.
  input: unknown;
  recordedByWriter: boolean;
}

export const auditContext = new AsyncLocalStorage<AuditRequestState>();
