import { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ERROR_CATALOGUE, ERROR_CODES } from '../common/error-catalogue';
import { ROLES } from '../auth/auth.decorators';
import { Role } from '../auth/role';
import { problemResponse } from '../common/api-problem.decorator';

// Field lengths the problem members can reach: codes are snake_case words, the request id is SANE_REQUEST_ID in
// app.setup.ts or a UUID, details are sentences this API writes.
const CODE = { type: 'string', maxLength: 64, pattern: '^[a-z][a-z0-9_]*$' };
const DATE = { type: 'string', format: 'date', maxLength: 10 };
const TEXT = { type: 'string', maxLength: 2000 };
const INT32 = { type: 'integer', format: 'int32', minimum: 0, maximum: 2147483647 };
const PENCE = { type: 'integer', format: 'int64', minimum: 0, maximum: 1_000_000_000_000 };
// A validation problem names each invalid field once per rule it breaks; the 1 MB body limit bounds how many.
const MANY = 524_288;
const codes = (maxItems: number) => ({ type: 'array', maxItems, items: CODE });

const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'An RFC 9457 problem. `code` is stable; switch on it, not on `title` or `detail`.',
  required: ['type', 'title', 'status', 'detail', 'code', 'requestId'],
  properties: {
    type: {
      type: 'string',
      maxLength: 100,
      pattern: '^urn:ap-exchange:problem:[a-z0-9_]+$',
      example: 'urn:ap-exchange:problem:validation_failed',
    },
    title: { ...TEXT, maxLength: 100, example: ERROR_CATALOGUE.validation_failed.title },
    status: { type: 'integer', format: 'int32', minimum: 400, maximum: 599, example: 400 },
    detail: { ...TEXT, example: 'The request has 1 invalid field.' },
    code: { $ref: '#/components/schemas/ErrorCode' },
    requestId: {
      type: 'string',
      maxLength: 128,
      pattern: '^[A-Za-z0-9._:-]+$',
      example: '0b6a7c2e-5c1d-4d0e-9a57-2f7f4a1c9e11',
    },
    errors: {
      type: 'array',
      maxItems: MANY,
      description: 'validation_failed: each invalid field, by its path.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['field', 'message'],
        properties: {
          field: { type: 'string', maxLength: 1000, example: 'endDate' },
          message: TEXT,
        },
      },
    },
    // Members some codes add, so a generated client keeps them. Each names the codes that carry it.
    retryAfterSeconds: {
      ...INT32,
      description: 'rate_limited, transient_failure, service_busy (also Retry-After).',
    },
    currentVersion: { ...INT32, description: 'precondition_failed: the version to send in If-Match.' },
    currentStatus: { ...CODE, description: 'invalid_transition: the status the record is in.' },
    firstShortDate: { ...DATE, description: 'capacity_exhausted: the first day too few sessions are free.' },
    date: { ...DATE, description: 'registration_threshold: the day the line is crossed.' },
    reasons: {
      type: 'array',
      maxItems: 100,
      description: 'provider_ineligible: why, as in the eligibility endpoint.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'detail'],
        properties: { code: CODE, detail: TEXT },
      },
    },
    excluded: {
      type: 'array',
      maxItems: 10_000,
      description: 'no_eligible_provider: every member of the lot and why it cannot take the placement.',
      items: { $ref: '#/components/schemas/ExcludedProviderDto' },
    },
    rank: {
      ...INT32,
      minimum: 1,
      nullable: true,
      description: 'justification_required: the named provider’s rank (null when it cannot be ranked).',
    },
    topProviderId: {
      type: 'string',
      format: 'uuid',
      maxLength: 36,
      description: 'justification_required.',
    },
    maxSessionsPerWeek: { ...INT32, maximum: 10, description: 'sessions_above_lot_maximum.' },
    awardMethods: { ...codes(10), description: 'direct_award_not_allowed: the methods the lot allows.' },
    frameworkStartDate: { ...DATE, description: 'framework_not_active.' },
    frameworkEndDate: { ...DATE, description: 'framework_not_active.' },
    maxYears: { ...INT32, maximum: 20, description: 'framework_term_too_long.' },
    latestEndDate: { ...DATE, description: 'framework_term_too_long.' },
    years: {
      type: 'array',
      maxItems: 100,
      items: { type: 'string', maxLength: 7, pattern: '^\\d{4}-\\d{2}$', example: '2029-30' },
      description: 'calendar_missing: the academic years no calendar covers.',
    },
    minimumCoverPence: { ...PENCE, description: 'insurance_cover_too_low.' },
    coverPence: { ...PENCE, description: 'insurance_cover_too_low.' },
    failures: {
      type: 'array',
      maxItems: 100,
      description: 'checks_not_satisfied: each mandatory check missing, failed or expired.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['checkType', 'problem'],
        properties: {
          checkType: CODE,
          problem: { type: 'string', enum: ['missing', 'failed', 'expired'] },
        },
      },
    },
    allocatedPercent: {
      type: 'string',
      maxLength: 8,
      description: "outcome_shares_above_100: the share of the at-risk value the lot's rules already take.",
    },
    availablePercent: {
      type: 'string',
      maxLength: 8,
      description: 'outcome_shares_above_100: the share still free for another rule.',
    },
    placementStatus: { ...CODE, description: 'outcome_placement_not_started: the placement’s status.' },
    earliest: {
      ...DATE,
      description: 'achieved_on_out_of_range: the first day an outcome may be achieved on.',
    },
    latest: {
      ...DATE,
      description: 'achieved_on_out_of_range: the last day it may be achieved on, today at most.',
    },
    attendanceCheck: {
      allOf: [{ $ref: '#/components/schemas/AttendanceCheckDto' }],
      description: 'outcome_not_supported: the attendance figures the claim was checked against.',
    },
    directoryStatus: { ...CODE, description: 'provider_not_approved.' },
    unknown: { ...codes(50), description: 'unknown_check_type: the codes that are not check types.' },
    units: { ...codes(10), description: 'unit_not_allowed, price_above_ceiling: the units concerned.' },
    allowedUnits: { ...codes(10), description: 'unit_not_allowed.' },
    priceCeilingPence: { ...PENCE, nullable: true, description: 'price_above_ceiling.' },
    breaches: {
      type: 'array',
      maxItems: 10,
      description: 'uplift_above_cap: each unit whose price rises by more than the cap.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['unit', 'currentPencePerUnit', 'proposedPencePerUnit'],
        properties: { unit: CODE, currentPencePerUnit: PENCE, proposedPencePerUnit: PENCE },
      },
    },
  },
};

// Every tag a controller uses, with what it covers; a tag missing here fails the build of the document.
const TAGS: Record<string, string> = {
  Attendance:
    'Session attendance marked by providers in bulk, with history and register codes; per-placement figures and summaries.',
  'AP Directory': 'The public, approved AP Directory: providers eligible today, by lot. No personal data.',
  'API keys': 'Issuing and revoking API keys (admin). A key is shown once, when it is issued.',
  'Call-offs':
    'Placements: matching, raising a call-off, the provider’s answer, variations and blanket extensions.',
  Capacity: 'Sessions per week providers declare on a lot, what live call-offs commit, and what is free.',
  'Due diligence': 'The check catalogue and each provider’s check history (DBS, insurance, safeguarding…).',
  'Frameworks and lots': 'Frameworks, who may call off from them, and their lots with award rules.',
  Invoices:
    'Providers’ invoices matched line by line to commissioned and delivered sessions and verified claims; approval, disputes, payment and overdue invoices.',
  Health: 'Liveness and readiness probes for the platform. Public and never rate-limited.',
  'Lot membership': 'Admitting providers to lots, suspending, reinstating and removing them.',
  Organisations: 'Commissioning organisations: councils and schools.',
  Outcomes:
    'Outcome rules per lot, providers’ claims checked against the marks or verified, and the payments they release within caps.',
  Prices: 'Rate cards (submitted by providers, approved by admin) and exact quotes.',
  Providers: 'AP providers, their directory status and eligibility on a date.',
  Reviews:
    'Placement reviews held by the commissioner or the provider, and the placements whose next review is overdue or upcoming.',
  'School calendar': 'Each organisation’s school calendar: terms, closures, school-day counts.',
  Audit: 'The tamper-evident audit trail (admin, auditor): entries, the chain’s head, and verifying it.',
  Events: 'The event feed: every change, in a stable order, scoped and minimised like the resources.',
  Budgets: 'Each organisation’s budget per financial year, by cost centre and funding source.',
  'Spend imports': 'Ledger spend imported from a finance system’s CSV export, all or nothing, once per file.',
  'Spot purchases':
    'Placements bought outside the framework, recorded so that off-framework spend is visible.',
  'Cost benchmarks':
    'Prices and placement costs per pupil-day against the lot’s spread, and high-cost placements with cheaper alternatives.',
  Finance: 'The financial position (budget, spent, committed, projected outturn) and run-rate forecasts.',
  Webhooks: 'Webhook subscriptions and their signed deliveries (Standard Webhooks), with retries.',
};

const ALL_ROLES = Object.values(Role);
const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);
// Health probes are never rate-limited; the process answers liveness without the database.
const UNLIMITED = new Set(['/health/live', '/health/ready']);
const NO_DATABASE = new Set(['/health/live']);

// Creating operations whose controller answers Location: the created resource's own address.
const LOCATED_CREATES = new Set([
  'createCallOff',
  'createOrganisation',
  'createFramework',
  'createLot',
  'createProvider',
  'createInvoice',
]);

const HEADERS = {
  'X-Request-Id': {
    description: 'The request id: the caller’s own X-Request-Id when short and plain, otherwise a new UUID.',
    required: true,
    schema: { type: 'string', maxLength: 128, pattern: '^[A-Za-z0-9._:-]+$' },
  },
  RateLimit: {
    description:
      'IETF RateLimit header: the requests left in the current window and the seconds until it resets. ' +
      'Absent where rate limiting is turned off.',
    schema: { type: 'string', maxLength: 200, example: '"default";r=1187;t=42' },
  },
  'RateLimit-Policy': {
    description:
      'IETF RateLimit-Policy header: the quota and its window in seconds. Absent where rate limiting is turned off.',
    schema: { type: 'string', maxLength: 200, example: '"default";q=1200;w=60' },
  },
  'Retry-After': {
    description: 'Seconds to wait before sending the request again.',
    schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 86400, example: 5 },
  },
};
const IF_MATCH = { type: 'string', maxLength: 64, pattern: '^\\s*(\\*|(W/)?"\\d{1,9}"|\\d{1,9})\\s*$' };
const headerRef = (name: keyof typeof HEADERS) => ({ $ref: `#/components/headers/${name}` });

interface Parameter {
  in?: string;
  name?: string;
  required?: boolean;
  description?: string;
  schema?: Record<string, unknown>;
}
interface Response {
  description?: string;
  content?: Record<string, { schema?: { $ref?: string; type?: string; items?: { $ref?: string } } }>;
  headers?: Record<string, unknown>;
}
interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: unknown;
  security?: Record<string, string[]>[];
  responses: Record<string, Response>;
}

// The roles each handler allows (@Roles on the handler, else on its controller), by handler name = operation id.
function rolesByHandler(app: INestApplication): Map<string, Role[]> {
  const found = new Map<string, Role[]>();
  for (const module of app.get(ModulesContainer).values())
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => object) | undefined;
      if (!type) continue;
      const onClass = Reflect.getMetadata(ROLES, type) as Role[] | undefined;
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const handler = (type.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function' || name === 'constructor') continue;
        const roles = (Reflect.getMetadata(ROLES, handler) as Role[] | undefined) ?? onClass;
        if (roles) found.set(name, roles);
      }
    }
  return found;
}

function header(operation: Operation, name: string): Parameter | undefined {
  return (operation.parameters ?? []).find(
    (p) => p.in === 'header' && p.name?.toLowerCase() === name.toLowerCase(),
  );
}

// The errors an operation can give, derived from what the document and the guard know about it. A handler adds
// what these rules cannot see (409 conflicts, 422 domain rules, 404 for ids in a body) with @ApiProblem.
//   400  it takes input: a path or query parameter, a header it reads, or a body (a write method's body is parsed
//        even when the route ignores it, so malformed JSON is a 400 there too);
//   401  it needs an API key;                      403  @Roles leaves a role out, or it writes (auditors only read);
//   404  it has a path id (absent, or outside the caller's scope: never revealed);
//   409  it honours Idempotency-Key (the key reused with another body, or still in progress);
//   412  it honours If-Match;                      428  If-Match is required;
//   413, 415  a write method: the body is over 1 MB, or not JSON;
//   429  any route but the health probes;         500  anywhere (a fault of ours; the log has it);
//   503  anything that reads the database (outage, pool exhausted, a collision undone: retry).
function derivedErrors(
  path: string,
  method: string,
  operation: Operation,
  roles: Role[] | undefined,
): Record<string, Response> {
  const out: Record<string, Response> = {};
  const authenticated = (operation.security ?? []).length > 0;
  const writes = WRITE_METHODS.has(method);
  const params = operation.parameters ?? [];
  const ifMatch = header(operation, 'If-Match');
  if (params.length > 0 || operation.requestBody !== undefined || writes)
    out['400'] = problemResponse(
      400,
      ['validation_failed', 'malformed_json', 'invalid_if_match'],
      'Malformed or invalid input; errors[] names each field',
      'The request has 1 invalid field.',
    );
  if (authenticated)
    out['401'] = problemResponse(
      401,
      ['unauthenticated'],
      'No API key, or one that is not valid or has been revoked',
      'Send an API key as "Authorization: Bearer <key>".',
    );
  if (authenticated && ((roles !== undefined && roles.length < ALL_ROLES.length) || writes))
    out['403'] = problemResponse(
      403,
      ['forbidden'],
      `The key’s role may not do this${roles ? ` (allowed: ${roles.join(', ')})` : ''}`,
      'Your API key may not do this.',
    );
  if (params.some((p) => p.in === 'path'))
    out['404'] = problemResponse(
      404,
      ['not_found'],
      'No such record, or one outside the caller’s scope',
      'The record was not found.',
    );
  if (header(operation, 'Idempotency-Key'))
    out['409'] = problemResponse(
      409,
      ['idempotency_key_reused', 'idempotency_request_in_progress'],
      'The Idempotency-Key was used with another body, or its first request is still running',
      'This Idempotency-Key was used with a different request body.',
    );
  if (ifMatch)
    out['412'] = problemResponse(
      412,
      ['precondition_failed'],
      'If-Match is stale; currentVersion is the version to send',
      'If-Match does not match the current version (4).',
    );
  if (ifMatch?.required)
    out['428'] = problemResponse(
      428,
      ['precondition_required'],
      'If-Match is required here, so that a lost update cannot happen',
      'Send If-Match with the ETag last read.',
    );
  if (writes) {
    out['413'] = problemResponse(
      413,
      ['payload_too_large'],
      'The body is larger than 1 MB',
      'The request body is larger than the 1 MB limit.',
    );
    out['415'] = problemResponse(
      415,
      ['unsupported_media_type'],
      'The body is not application/json',
      'Send the request body as application/json.',
    );
  }
  if (!UNLIMITED.has(path))
    out['429'] = problemResponse(
      429,
      ['rate_limited'],
      'Too many requests; wait Retry-After seconds',
      'Too many requests; try again in 12 seconds.',
    );
  out['500'] = problemResponse(
    500,
    ['internal_error'],
    'An unexpected fault of ours; quote the requestId',
    'Something went wrong on our side. Quote the requestId if you contact us.',
  );
  if (!NO_DATABASE.has(path))
    out['503'] = problemResponse(
      503,
      ['database_unavailable', 'service_busy', 'transient_failure', 'migrations_pending'],
      'Send it again after Retry-After. service_busy: it may have taken effect, so retry with the same ' +
        'Idempotency-Key; transient_failure: it collided with another request and nothing was done',
      'The database is not answering.',
    );
  return out;
}

// The response headers a generated client should read: X-Request-Id everywhere, the rate limit where it applies,
// Retry-After on 429 and 503, ETag (send it back in If-Match) on every versioned resource, Location on a creation,
// Idempotent-Replayed where Idempotency-Key is honoured.
function documentResponseHeaders(
  document: OpenAPIObject,
  path: string,
  operation: Operation,
  status: string,
  response: Response,
): void {
  const schemas = (document.components?.schemas ?? {}) as Record<string, { properties?: object }>;
  const headers: Record<string, unknown> = { 'X-Request-Id': headerRef('X-Request-Id') };
  if (!UNLIMITED.has(path) && (status.startsWith('2') || status.startsWith('4') || status === '503')) {
    headers.RateLimit = headerRef('RateLimit');
    headers['RateLimit-Policy'] = headerRef('RateLimit-Policy');
  }
  if (status === '429') headers['Retry-After'] = { ...HEADERS['Retry-After'], required: true };
  if (status === '503') headers['Retry-After'] = headerRef('Retry-After');
  if (status.startsWith('2')) {
    const ref = response.content?.['application/json']?.schema?.$ref;
    const schema = ref ? schemas[ref.replace('#/components/schemas/', '')] : undefined;
    if (schema?.properties && 'version' in schema.properties)
      headers.ETag = {
        description: 'The resource’s version, quoted: send it back in If-Match to change the resource.',
        required: true,
        schema: { type: 'string', maxLength: 12, pattern: '^"\\d+"$', example: '"3"' },
      };
    if (status === '201' && operation.operationId && LOCATED_CREATES.has(operation.operationId))
      headers.Location = {
        description: 'The address of the created resource.',
        required: true,
        schema: { type: 'string', format: 'uri-reference', maxLength: 200 },
      };
    if (header(operation, 'Idempotency-Key'))
      headers['Idempotent-Replayed'] = {
        description:
          'Present, as true, when this is the stored answer to an earlier request with the same key.',
        schema: { type: 'string', enum: ['true'] },
      };
  }
  response.headers = { ...headers, ...response.headers };
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

// "CallOffPageDto" → "call off page"
function words(schemaName: string): string {
  return schemaName
    .replace(/Dto$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace('call off', 'call-off')
    .replace(/^health$/, 'health status');
}

function successDescription(method: string, status: string, response: Response): string {
  const schema = response.content?.['application/json']?.schema;
  const name = schema?.$ref?.split('/').pop();
  if (!name) return status === '201' ? 'Created.' : 'OK.';
  if (name.endsWith('PageDto'))
    return `One page of ${words(name.replace(/PageDto$/, ''))}s; nextCursor fetches the next (null on the last).`;
  if (status === '201') return `Created: the ${words(name)}.`;
  if (method === 'get') return `The ${words(name)}.`;
  return `Done: the ${words(name)} as it now stands.`;
}

function whoMayCall(authenticated: boolean, roles: Role[] | undefined): string {
  if (!authenticated) return 'Public: no API key is needed.';
  if (!roles) return 'Any API key; what it returns is limited to the caller’s scope.';
  return `Roles: ${roles.join(', ')}; what it touches is limited to the caller’s scope.`;
}

// A string's format bounds its length, so say so where the DTO could not (path ids, response fields).
const FORMAT_LENGTH: Record<string, number> = { uuid: 36, date: 10, 'date-time': 30 };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Schema rewrites that keep every validator, Ajv in strict mode included, reading the document as meant:
// - `nullable` beside a reference (`allOf: [$ref]`) has no effect in OAS 3.0.3, so a nullable reference becomes
//   oneOf the reference or null;
// - a lone `allOf: [$ref]` is just the reference;
// - formats imply a maximum length, and integers say their width.
function normaliseSchemas(node: unknown, schemas: Record<string, Record<string, unknown>>): unknown {
  if (Array.isArray(node)) return node.map((item) => normaliseSchemas(item, schemas));
  if (!isRecord(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = normaliseSchemas(value, schemas);
  const allOf = out.allOf as unknown[] | undefined;
  const single = Array.isArray(allOf) && allOf.length === 1 && isRecord(allOf[0]) ? allOf[0] : undefined;
  const ref = (single?.$ref ?? out.$ref) as string | undefined;
  if (ref && out.nullable === true) {
    const target = schemas[ref.split('/').pop() ?? ''];
    const { allOf: _allOf, $ref: _ref, nullable: _nullable, type: _type, ...rest } = out;
    return {
      ...rest,
      oneOf: [{ $ref: ref }, { type: target?.type ?? 'object', nullable: true, enum: [null] }],
    };
  }
  if (single?.$ref && Object.keys(out).length === 1) return { $ref: single.$ref };
  if (out.type === 'string' && typeof out.format === 'string' && out.maxLength === undefined) {
    const length = FORMAT_LENGTH[out.format];
    if (length !== undefined) out.maxLength = length;
  }
  if (out.type === 'integer' && out.format === undefined) {
    const max = typeof out.maximum === 'number' ? out.maximum : Infinity;
    out.format = max <= 2147483647 ? 'int32' : 'int64';
  }
  return out;
}

// DESIGN §2: ids are UUIDs and timestamps RFC 3339, so a response field named so says its format even where its
// DTO has no decorator (the conformance test checks every response against these formats).
function applyNamingConventions(schema: Record<string, unknown>): void {
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  // A page holds at most PageQueryDto's largest limit, and its cursor is what PageQueryDto accepts back.
  if (properties.data?.type === 'array' && properties.nextCursor) {
    properties.data.maxItems ??= 200;
    properties.nextCursor.maxLength ??= 500;
  }
  for (const [name, property] of Object.entries(properties)) {
    const items = property.type === 'array' ? (property.items as Record<string, unknown>) : undefined;
    for (const target of [property, items]) {
      if (!target || target.type !== 'string' || target.format || target.enum || target.pattern) continue;
      if (/^id$|Ids?$/.test(name)) target.format = 'uuid';
      else if (/^at$|At$/.test(name)) target.format = 'date-time';
    }
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

// The document integrators generate clients from: operation ids are handler names, keys sorted, every error a
// problem with an example, every response with its headers.
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.0.3')
    .setTitle('AP Exchange')
    .setDescription(
      'Call-off marketplace API for a council’s tiered, lot-based Alternative Provision framework. ' +
        'Money is integer pence; dates are YYYY-MM-DD; errors are RFC 9457 problems with a stable `code`.',
    )
    .setVersion('1.0.0')
    .setLicense('Proprietary (UNLICENSED): for the council that runs this service and its integrators', '')
    // Each council runs its own instance: the document is served by, and describes, the host that serves it.
    .addServer('/', 'This deployment (production, staging or local): the host that served this document', {})
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      description:
        'An API key issued by POST /v1/api-keys: `apx_` and 43 or more URL-safe characters. It is an opaque ' +
        'secret looked up by its hash, not a JWT.',
    })
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (_controllerKey, methodKey) => methodKey,
  });
  // Nest adds bearerFormat JWT by default; an API key is not one.
  delete (document.components?.securitySchemes?.bearer as { bearerFormat?: string } | undefined)
    ?.bearerFormat;
  const [server] = document.servers ?? [];
  if (server) Object.assign(server, { 'x-internal': false });
  // A licence without a public text has no URL to give.
  if (document.info.license?.url === '') delete document.info.license.url;
  const roles = rolesByHandler(app);
  document.security = [{ bearer: [] }];
  document.components = document.components ?? {};
  document.components.headers = Object.fromEntries(
    (['X-Request-Id', 'RateLimit', 'RateLimit-Policy', 'Retry-After'] as const).map((name) => [
      name,
      HEADERS[name],
    ]),
  );
  const schemas = {
    ...document.components.schemas,
    Problem: PROBLEM_SCHEMA,
    // The catalogue in src/common/error-catalogue.ts: every code a problem can carry.
    ErrorCode: { type: 'string', enum: [...ERROR_CODES], maxLength: 64, example: 'validation_failed' },
  } as Record<string, Record<string, unknown>>;
  for (const schema of Object.values(schemas)) applyNamingConventions(schema);
  document.components.schemas = normaliseSchemas(schemas, schemas) as typeof document.components.schemas;

  const tags = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, value] of Object.entries(item as Record<string, unknown>)) {
      if (!isRecord(value) || !('responses' in value)) continue;
      const operation = value as unknown as Operation;
      const authenticated = operation.security !== undefined;
      // Public routes say so with an empty requirement; the others keep their own bearer requirement.
      if (!authenticated) operation.security = [];
      const allowed = operation.operationId ? roles.get(operation.operationId) : undefined;
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in === 'path')
          parameter.schema = { type: 'string', format: 'uuid', maxLength: 36, ...parameter.schema };
        // A query list of an enum's values is validated to at most one of each (ArrayMaxSize of the enum's length);
        // Nest's generator drops maxItems from query parameters, so it is restated from the enum.
        const items = (parameter.schema as { items?: { enum?: unknown[]; $ref?: string } } | undefined)
          ?.items;
        const values =
          items?.enum ??
          (items?.$ref
            ? (schemas[items.$ref.split('/').pop() ?? ''] as { enum?: unknown[] })?.enum
            : undefined);
        if (parameter.in === 'query' && parameter.schema?.type === 'array' && values)
          parameter.schema = { maxItems: values.length, ...parameter.schema };
        // What parseIfMatch in src/common/versioning.ts accepts.
        if (parameter.in === 'header' && parameter.name === 'If-Match')
          parameter.schema = { ...IF_MATCH, ...parameter.schema };
      }
      operation.parameters = normaliseSchemas(operation.parameters, schemas) as Parameter[] | undefined;
      const errors = derivedErrors(path, method, operation, allowed);
      // A handler's own @ApiProblem keeps its example; the derived reasons join its description.
      for (const [status, response] of Object.entries(errors)) {
        const own = operation.responses[status];
        operation.responses[status] = own
          ? { ...own, description: `${own.description ?? ''}; or ${lowerFirst(response.description ?? '')}` }
          : response;
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        if (status.startsWith('2') && !response.description)
          response.description = successDescription(method, status, response);
        documentResponseHeaders(document, path, operation, status, response);
      }
      operation.description ??= `${operation.summary ?? ''}. ${whoMayCall(authenticated, allowed)}`;
      for (const tag of operation.tags ?? []) tags.add(tag);
    }
  }
  document.tags = [...tags].sort().map((name) => {
    const description = TAGS[name];
    if (!description) throw new Error(`OpenAPI tag "${name}" has no description in src/openapi/openapi.ts`);
    return { name, description };
  });
  return sortKeys(document) as OpenAPIObject;
}
