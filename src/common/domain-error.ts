import { ERROR_CATALOGUE, ErrorCode, ErrorCodeWithStatus } from './error-catalogue';

// Services throw these; the problem filter answers with the code's status and title from the catalogue.
// No HttpException below controllers.
// The class of refusal, read from the code's status (DESIGN §2 Errors), for code that sorts errors without HTTP.
export type ErrorKind =
  | 'bad_request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'precondition_required'
  | 'unsupported_media_type'
  | 'rule_violation'
  | 'rate_limited'
  | 'unavailable'
  | 'internal';

const KIND_BY_STATUS: Partial<Record<number, ErrorKind>> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  412: 'precondition_failed',
  422: 'rule_violation',
  429: 'rate_limited',
  503: 'unavailable',
};

export interface FieldError {
  field: string;
  message: string;
}

export class DomainError extends Error {
  readonly status: number;
  readonly kind: ErrorKind;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extras: Record<string, unknown> = {},
  ) {
    super(message);
    this.status = ERROR_CATALOGUE[code].status;
    this.kind = KIND_BY_STATUS[this.status] ?? (this.status >= 500 ? 'internal' : 'bad_request');
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('not_found', `${what} was not found.`);
  }
}

export class ForbiddenError extends DomainError {
  constructor(detail = 'Your API key may not do this.') {
    super('forbidden', detail);
  }
}

export class ConflictError extends DomainError {
  constructor(code: ErrorCodeWithStatus<409>, detail: string, extras: Record<string, unknown> = {}) {
    super(code, detail, extras);
  }
}

export class RuleViolation extends DomainError {
  constructor(code: ErrorCodeWithStatus<422>, detail: string, extras: Record<string, unknown> = {}) {
    super(code, detail, extras);
  }
}

export class BadRequestError extends DomainError {
  constructor(code: ErrorCodeWithStatus<400>, detail: string, errors?: FieldError[]) {
    super(code, detail, errors ? { errors } : {});
  }
}

export class StaleVersionError extends DomainError {
  constructor(current: number) {
    super('precondition_failed', `If-Match does not match the current version (${current}).`, {
      currentVersion: current,
    });
  }
}

// RFC 6585 §3: a PATCH without If-Match could overwrite a change the caller never saw, so it must name a version.
export class PreconditionRequiredError extends DomainError {
  constructor() {
    super(
      'precondition_required',
      'Send If-Match with the ETag you last read (such as "3"), so that a change you have not seen is not overwritten.',
    );
  }
}

export class UnsupportedMediaTypeError extends DomainError {
  constructor(detail: string) {
    super('unsupported_media_type', detail);
  }
}

export class InvalidTransitionError extends ConflictError {
  constructor(what: string, from: string, action: string) {
    super('invalid_transition', `A ${what} that is ${from} cannot be ${action}.`, { currentStatus: from });
  }
}
