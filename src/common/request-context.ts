import { AsyncLocalStorage } from 'node:async_hooks';

// Per-request values that every log line needs, without threading them through call signatures.
export interface RequestContext {
  requestId: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}
