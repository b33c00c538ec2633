import { DomainError } from './domain-error';
import { ERROR_CATALOGUE, ErrorCode } from './error-catalogue';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  requestId?: string;
  [extra: string]: unknown;
}

// The status is the catalogue's except where the transport refused with another 4xx under a generic code.
export function problem(
  status: number,
  code: ErrorCode,
  detail: string,
  extras: Record<string, unknown> = {},
): Problem {
  // Extras never override the standard members.
  return {
    ...extras,
    type: `urn:ap-exchange:problem:${code}`,
    title: ERROR_CATALOGUE[code].title,
    status,
    detail,
    code,
  };
}

export function domainProblem(error: DomainError): Problem {
  return problem(error.status, error.code, error.message, error.extras);
}

interface ErrorLike {
  statusCode?: unknown;
  status?: unknown;
  code?: unknown;
  message?: unknown;
  name?: unknown;
  validation?: unknown;
}

// Errors raised by Fastify itself (body parsing, limits) or by Nest's HTTP layer, before our code runs.
export function transportProblem(error: unknown): Problem | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as ErrorLike;
  const status =
    typeof e.statusCode === 'number' ? e.statusCode : typeof e.status === 'number' ? e.status : undefined;
  const code = typeof e.code === 'string' ? e.code : '';
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413)
    return problem(
      413,
      'payload_too_large',
      'The request body is larger than the limit for its media type (1 MB for JSON, 8 MB for CSV).',
    );
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415)
    return problem(415, 'unsupported_media_type', 'Send the request body as application/json.');
  if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
    return problem(400, 'malformed_json', 'The request says it has a JSON body but the body is empty.');
  if (code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (status === 400 && e.name === 'SyntaxError'))
    return problem(400, 'malformed_json', 'The request body is not valid JSON.');
  if (code.startsWith('FST_ERR_CTP') || code === 'FST_ERR_BAD_URL' || code.startsWith('FST_ERR_VALIDATION'))
    return problem(400, 'bad_request', 'The request could not be read.');
  if (status === 404) return problem(404, 'not_found', 'There is nothing at this address.');
  if (status === 405) return problem(405, 'method_not_allowed', 'This address does not accept that method.');
  if (typeof status === 'number' && status >= 400 && status < 500)
    return problem(status, 'bad_request', 'The request could not be processed.');
  return undefined;
}
