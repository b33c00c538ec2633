import { DomainError } from '../common/domain-error';
import { ErrorCodeWithStatus } from '../common/error-catalogue';

// Transport-level refusals (401, 429) that are not domain rules but must still be problems with codes.
export class AuthError extends DomainError {
  constructor(code: ErrorCodeWithStatus<401 | 429>, message: string, extras: Record<string, unknown> = {}) {
    super(code, message, extras);
  }
}
