import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ERROR_CATALOGUE, ERROR_CODES } from '../common/error-catalogue';

const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'An RFC 9457 problem. `code` is stable; switch on it, not on `title` or `detail`.',
  required: ['type', 'title', 'status', 'detail', 'code', 'requestId'],
  properties: {
    type: { type: 'string', example: 'urn:ap-exchange:problem:validation_failed' },
    title: { type: 'string', example: ERROR_CATALOGUE.validation_failed.title },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string', example: 'The request has 1 invalid field.' },
    code: { $ref: '#/components/schemas/ErrorCode' },
    requestId: { type: 'string', example: '0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11' },
    errors: {
      type: 'array',
      description: 'validation_failed: each invalid field, by its path.',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string', example: 'endDate' }, message: { type: 'string' } },
      },
    },
    // Members some codes add, so a generated client keeps them. Each names the codes that carry it.
    retryAfterSeconds: {
      type: 'integer',
      description: 'rate_limited, transient_failure (also Retry-After).',
    },
    currentVersion: { type: 'integer', description: 'precondition_failed: the version to send in If-Match.' },
    currentStatus: { type: 'string', description: 'invalid_transition: the status the record is in.' },
    firstShortDate: {
      type: 'string',
      format: 'date',
      description: 'capacity_exhausted: the first day too few sessions are free.',
    },
    date: {
      type: 'string',
      format: 'date',
      description: 'registration_threshold: the day the line is crossed.',
    },
    reasons: {
      type: 'array',
      description: 'provider_ineligible: why, as in the eligibility endpoint.',
      items: {
        type: 'object',
        required: ['code', 'detail'],
        properties: { code: { type: 'string' }, detail: { type: 'string' } },
      },
    },
    excluded: {
      type: 'array',
      description: 'no_eligible_provider: every member of the lot and why it cannot take the placement.',
      items: { type: 'object', additionalProperties: true },
    },
    rank: {
      type: 'integer',
      nullable: true,
      description: 'justification_required: the named provider’s rank (null when it cannot be ranked).',
    },
    topProviderId: { type: 'string', format: 'uuid', description: 'justification_required.' },
    maxSessionsPerWeek: { type: 'integer', description: 'sessions_above_lot_maximum.' },
    awardMethods: {
      type: 'array',
      items: { type: 'string' },
      description: 'direct_award_not_allowed: the methods the lot allows.',
    },
    frameworkStartDate: { type: 'string', format: 'date', description: 'framework_not_active.' },
    frameworkEndDate: { type: 'string', format: 'date', description: 'framework_not_active.' },
    maxYears: { type: 'integer', description: 'framework_term_too_long.' },
    latestEndDate: { type: 'string', format: 'date', description: 'framework_term_too_long.' },
    years: {
      type: 'array',
      items: { type: 'string', example: '2029-30' },
      description: 'calendar_missing: the academic years no calendar covers.',
    },
    minimumCoverPence: { type: 'integer', description: 'insurance_cover_too_low.' },
    coverPence: { type: 'integer', description: 'insurance_cover_too_low.' },
    failures: {
      type: 'array',
      description: 'checks_not_satisfied: each mandatory check missing, failed or expired.',
      items: { type: 'object', additionalProperties: true },
    },
    directoryStatus: { type: 'string', description: 'provider_not_approved.' },
    unknown: {
      type: 'array',
      items: { type: 'string' },
      description: 'unknown_check_type: the codes that are not check types.',
    },
    units: {
      type: 'array',
      items: { type: 'string' },
      description: 'unit_not_allowed, price_above_ceiling: the units concerned.',
    },
    allowedUnits: { type: 'array', items: { type: 'string' }, description: 'unit_not_allowed.' },
    priceCeilingPence: { type: 'integer', nullable: true, description: 'price_above_ceiling.' },
    breaches: {
      type: 'array',
      description: 'uplift_above_cap: each unit whose price rises by more than the cap.',
      items: { type: 'object', additionalProperties: true },
    },
  },
};

const ERROR_RESPONSES: Record<string, string> = {
  '400': 'Malformed or invalid input (validation_failed, malformed_json, …)',
  '401': 'Missing or invalid API key (unauthenticated)',
  '403': 'The key’s role may not do this (forbidden)',
  '404': 'Not found, or outside the caller’s scope (not_found)',
  '409': 'Conflicts with the current state (invalid_transition, duplicate, idempotency_key_reused, …)',
  '412': 'If-Match is stale (precondition_failed)',
  '413': 'Body larger than 1 MB (payload_too_large)',
  '415': 'Body is not application/json (unsupported_media_type)',
  '422': 'Well-formed input that breaks a domain rule',
  '429': 'Rate limit exceeded (rate_limited)',
  '500': 'Unexpected error (internal_error)',
  '503':
    'Send it again after Retry-After. transient_failure: it collided with another request and nothing was done. ' +
    'service_busy: too busy to answer in time; it may have taken effect, so retry with the same Idempotency-Key. ' +
    'database_unavailable: the database is not answering; a write in flight may have taken effect, so read it ' +
    'back or retry with the same Idempotency-Key.',
};

// Creating operations whose controller answers Location: the created resource's own address.
const LOCATED_CREATES = new Set([
  'createCallOff',
  'createOrganisation',
  'createFramework',
  'createLot',
  'createProvider',
]);

interface Operation {
  operationId?: string;
  parameters?: { in?: string; name?: string }[];
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }>; headers?: object }>;
}

// The response headers a generated client should read: ETag (send it back in If-Match) on every versioned
// resource, Location on a creation, Idempotent-Replayed where Idempotency-Key is honoured.
function documentResponseHeaders(document: OpenAPIObject, operation: Operation): void {
  const schemas = (document.components?.schemas ?? {}) as Record<string, { properties?: object }>;
  const idempotent = (operation.parameters ?? []).some(
    (p) => p.in === 'header' && p.name?.toLowerCase() === 'idempotency-key',
  );
  for (const [status, response] of Object.entries(operation.responses)) {
    if (!status.startsWith('2')) continue;
    const headers: Record<string, object> = {};
    const ref = response.content?.['application/json']?.schema?.$ref;
    const schema = ref ? schemas[ref.replace('#/components/schemas/', '')] : undefined;
    if (schema?.properties && 'version' in schema.properties)
      headers.ETag = {
        description: 'The resource’s version, quoted: send it back in If-Match to change the resource.',
        required: true,
        schema: { type: 'string', example: '"3"' },
      };
    if (status === '201' && operation.operationId && LOCATED_CREATES.has(operation.operationId))
      headers.Location = {
        description: 'The address of the created resource.',
        required: true,
        schema: { type: 'string' },
      };
    if (idempotent)
      headers['Idempotent-Replayed'] = {
        description:
          'Present, as true, when this is the stored answer to an earlier request with the same key.',
        schema: { type: 'string', enum: ['true'] },
      };
    if (Object.keys(headers).length > 0) response.headers = headers;
  }
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  return value;
}

// The document integrators generate clients from: operation ids are handler names, keys sorted, every error a problem.
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('AP Exchange')
    .setDescription(
      'Call-off marketplace API for a council’s tiered, lot-based Alternative Provision framework. ' +
        'Money is integer pence; dates are YYYY-MM-DD; errors are RFC 9457 problems with a stable `code`.',
    )
    .setVersion('1.0.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API key: apx_…' })
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (_controllerKey, methodKey) => methodKey,
  });
  document.components = document.components ?? {};
  document.components.schemas = {
    ...document.components.schemas,
    Problem: PROBLEM_SCHEMA,
    // The catalogue in src/common/error-catalogue.ts: every code a problem can carry.
    ErrorCode: { type: 'string', enum: ERROR_CODES, example: 'validation_failed' },
  };
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path as Record<string, unknown>)) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      documentResponseHeaders(document, operation as Operation);
      const responses = (operation as { responses: Record<string, unknown> }).responses;
      const isPublic = !('security' in operation);
      for (const [status, description] of Object.entries(ERROR_RESPONSES)) {
        if (isPublic && (status === '401' || status === '403')) continue;
        responses[status] = {
          description,
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        };
      }
    }
  }
  return sortKeys(document) as OpenAPIObject;
}
