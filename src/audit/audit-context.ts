import { AsyncLocalStorage } from 'node:async_hooks';

// The request an audit entry belongs to. The interceptor opens it around each handler; a writer that records its own
// entry inside its transaction marks it, so the interceptor does not record the same request a second time.
export interface AuditRequestState {
  requestId: string;
  route: string;
  recordedByWriter: boolean;
}

export const auditContext = new AsyncLocalStorage<AuditRequestState>();
