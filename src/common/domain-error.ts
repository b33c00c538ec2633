// Services throw these; the problem filter maps `kind` to an HTTP status. No HttpException below controllers.
export type ErrorKind =
  | 'bad_request'
  | 'not_found'
  | 'forbidden'
  | 'conflict'
  | 'precondition_failed'
  | 'precondition_required'
  | 'unsupported_media_type'
  | 'rule_violation'
  | 'unavailable';

export interface FieldError {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly extras: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('not_found', 'not_found', `${what} was not found.`);
  }
}

export class ForbiddenError extends DomainError {
  constructor(detail = 'Your API key may not do this.') {
    super('forbidden', 'forbidden', detail);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, detail: string, extras: Record<string, unknown> = {}) {
    super('conflict', code, detail, extras);
  }
}

export class RuleViolation extends DomainError {
  constructor(code: string, detail: string, extras: Record<string, unknown> = {}) {
    super('rule_violation', code, detail, extras);
  }
}

export class BadRequestError extends DomainError {
  constructor(code: string, detail: string, errors?: FieldError[]) {
    super('bad_request', code, detail, errors ? { errors } : {});
  }
}

export class StaleVersionError extends DomainError {
  constructor(current: number) {
    super(
      'precondition_failed',
      'precondition_failed',
      `If-Match does not match the current version (${current}).`,
      {
        currentVersion: current,
      },
    );
  }
}

// RFC 6585 §3: a PATCH without If-Match could overwrite a change the caller never saw, so it must name a version.
export class PreconditionRequiredError extends DomainError {
  constructor() {
    super(
      'precondition_required',
      'precondition_required',
      'Send If-Match with the ETag you last read (such as "3"), so that a change you have not seen is not overwritten.',
    );
  }
}

export class UnsupportedMediaTypeError extends DomainError {
  constructor(detail: string) {
    super('unsupported_media_type', 'unsupported_media_type', detail);
  }
}

export class InvalidTransitionError extends ConflictError {
  constructor(what: string, from: string, action: string) {
    super('invalid_transition', `A ${what} that is ${from} cannot be ${action}.`, { currentStatus: from });
  }
}
