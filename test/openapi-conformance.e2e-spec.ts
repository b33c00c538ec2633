import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EventRelay } from '../src/events/event-relay';
import { Role } from '../src/auth/role';
import { DemoKeys, seedDemo } from '../src/demo/seed-demo';
import { Response, TestApp, startTestApp } from './support/test-app';

// Integrators generate clients from the committed openapi/openapi.json, so every answer the API gives must be one
// that document describes. This walks every operation over the demo dataset, in success and error cases, and checks
// each response against the operation's documented statuses, media types and schemas. Schemas are read strictly:
// an object that lists its properties may have no others (a generated client would drop or reject them), and
// `nullable` is the only way a value may be null.

interface MediaType {
  schema?: unknown;
}
interface DocumentedResponse {
  headers?: Record<string, { required?: boolean }>;
  content?: Record<string, MediaType>;
}
interface Operation {
  operationId: string;
  security?: Record<string, string[]>[];
  responses: Record<string, DocumentedResponse>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

const spec = JSON.parse(
  readFileSync(resolve(__dirname, '..', 'openapi', 'openapi.json'), 'utf8'),
) as OpenApiDocument;

const METHODS = ['get', 'put', 'post', 'patch', 'delete'];
function operations(): { template: string; method: string; operation: Operation }[] {
  return Object.entries(spec.paths).flatMap(([template, byMethod]) =>
    Object.entries(byMethod)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => ({ template, method: method.toUpperCase(), operation })),
  );
}
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

// A fixed day inside the demo window (DEMO_WINDOW in src/demo/demo-placements.ts, 2026-11-20..2027-02-10): the
// demo dataset is seeded relative to the clock's today, so standing here makes it, and every status in it, the
// same whenever the test runs. The dates below (placements from 1 December, cards from 4 January) follow it.
const TODAY = '2026-11-24';

// Operations the walk cannot call with a 2xx, each with the reason. A new operation is not added here: call it.
const NO_2XX_CALL: Record<string, string> = {};

const PROBLEM_MEMBERS = ['type', 'title', 'status', 'detail', 'code', 'requestId'];
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// OpenAPI 3.0 to JSON Schema, strictly: `nullable` becomes a union with null, objects that list their properties
// are closed, and references point into the document registered with ajv as `openapi`.
function strictify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strictify);
  if (!isRecord(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node))
    out[key] = key === '$ref' && typeof value === 'string' ? `openapi${value}` : strictify(value);
  if (out.properties !== undefined && out.additionalProperties === undefined)
    out.additionalProperties = false;
  if (out.nullable === true) {
    delete out.nullable;
    return { anyOf: [{ type: 'null' }, out] };
  }
  return out;
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ components: { schemas: strictify(spec.components.schemas) } }, 'openapi');
const validators = new Map<string, ValidateFunction>();
function validatorFor(schema: unknown): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(strictify(schema) as object);
    validators.set(key, validate);
  }
  return validate;
}

interface Found {
  template: string;
  operation: Operation;
}
const routes = Object.entries(spec.paths).map(([template, operations]) => ({
  template,
  operations,
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));
function findOperation(method: string, url: string): Found | null {
  const path = url.split('?')[0];
  const verb = method.toLowerCase();
  const route = routes.find((r) => r.pattern.test(path) && r.operations[verb] !== undefined);
  return route ? { template: route.template, operation: route.operations[verb] } : null;
}

// What the walk found, by area; each area ends in one assertion that it is empty. A finding met again (the same
// schema error on every call-off, say) is counted, and shown with the first value that showed it.
type Area = 'walk' | 'operation' | 'status' | 'mediaType' | 'schema' | 'problem' | 'headers' | 'security';
const findings = new Map<Area, Map<string, { count: number; example: string }>>();
function report(area: Area, text: string, example = ''): void {
  const found = findings.get(area) ?? new Map<string, { count: number; example: string }>();
  findings.set(area, found);
  const seen = found.get(text);
  if (seen) seen.count++;
  else found.set(text, { count: 1, example });
}
function listed(area: Area): string[] {
  return [...(findings.get(area) ?? [])].map(
    ([text, { count, example }]) =>
      `${text}${count > 1 ? ` (×${count})` : ''}${example ? `; e.g. ${example}` : ''}`,
  );
}

// Operations answered with a 2xx at least once, as "METHOD /template".
const succeeded = new Set<string>();
const succeededWithoutKey = new Set<string>();
let calls = 0;

function valueAt(body: unknown, pointer: string): string {
  let value: unknown = body;
  for (const part of pointer.split('/').slice(1))
    value = isRecord(value) || Array.isArray(value) ? (value as Record<string, unknown>)[part] : undefined;
  return (JSON.stringify(value) ?? 'undefined').slice(0, 160);
}

function checkProblem(where: string, contentType: string, body: unknown, status: number): void {
  if (contentType !== 'application/problem+json') report('problem', `${where}: content-type ${contentType}`);
  if (!isRecord(body)) {
    report('problem', `${where}: body is not an object`);
    return;
  }
  for (const member of PROBLEM_MEMBERS)
    if (body[member] === undefined || body[member] === null) report('problem', `${where}: no ${member}`);
  if (body.status !== status) report('problem', `${where}: status member ${String(body.status)}`);
}

function contentTypeOf(res: Response): string {
  return String(res.headers['content-type'] ?? '')
    .split(';')[0]
    .trim();
}

function check(
  method: string,
  url: string,
  res: Response,
  label: string | undefined,
  key: string | null,
): void {
  calls++;
  const found = findOperation(method, url);
  const where = `${method} ${found?.template ?? url.split('?')[0].replace(UUID, '{id}')}${label ? ` [${label}]` : ''} → ${res.status}`;
  const contentType = contentTypeOf(res);
  // JSON bodies are checked parsed; any other documented media type (text/csv) as the text sent.
  const body: unknown = contentType.endsWith('json') ? res.body : res.text;

  if (res.status >= 400) checkProblem(where, contentType, body, res.status);

  if (!found) {
    report('operation', `${where}: no operation in the document`);
    return;
  }
  const { template, operation } = found;
  const name = `${operation.operationId} (${where})`;
  if (res.status < 300) succeeded.add(`${method} ${template}`);
  if (res.status < 300 && key === null) succeededWithoutKey.add(`${method} ${template}`);

  if (res.status < 300 && isRecord(body) && typeof body.version === 'number') {
    if (res.headers.etag !== `"${body.version}"`)
      report('headers', `${name}: version ${body.version} but ETag ${String(res.headers.etag)}`);
  }
  const location = res.headers.location;
  if (location !== undefined) {
    const target = findOperation('GET', String(location));
    if (!target) report('headers', `${name}: Location ${String(location)} is no operation in the document`);
  }

  const documented = operation.responses[String(res.status)];
  if (!documented) {
    report(
      'status',
      `${name}: not documented (documented: ${Object.keys(operation.responses).join(', ')}); code ${isRecord(body) ? String(body.code) : '-'}`,
    );
    return;
  }
  for (const [header, spec] of Object.entries(documented.headers ?? {}))
    if (spec.required === true && res.headers[header.toLowerCase()] === undefined)
      report('headers', `${name}: no ${header} header`);
  // A replay carries Idempotent-Replayed: it must be documented where it can appear.
  if (res.headers['idempotent-replayed'] !== undefined && !documented.headers?.['Idempotent-Replayed'])
    report('headers', `${name}: Idempotent-Replayed is not documented`);

  const media = Object.keys(documented.content ?? {});
  if (media.length === 0) {
    if (res.text) report('mediaType', `${name}: the document has no body, the API sent one`);
    return;
  }
  if (!media.includes(contentType)) {
    report('mediaType', `${name}: ${contentType || 'no content-type'}, documented ${media.join(', ')}`);
    return;
  }
  const schema = documented.content?.[contentType]?.schema;
  if (schema === undefined) return;
  const validate = validatorFor(schema);
  if (validate(body)) return;
  for (const error of (validate.errors ?? []).filter((e: ErrorObject) => e.keyword !== 'anyOf')) {
    const extra =
      error.keyword === 'additionalProperties' ? `/${String(error.params.additionalProperty)}` : '';
    report(
      'schema',
      `${operation.operationId} ${res.status} ${error.instancePath.replace(/\/\d+(?=\/|$)/g, '/*') || '/'}: ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`,
      `${where}: ${valueAt(body, error.instancePath + extra)}`,
    );
  }
}

interface Call {
  key: string | null;
  status: number;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  label?: string;
}

function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`The demo dataset has no ${what}`);
  return value;
}

describe('the API answers as openapi/openapi.json says', () => {
  let api: TestApp;
  let keys: DemoKeys;
  let auditor: string;

  async function call(method: string, url: string, c: Call): Promise<Response> {
    const res = await api.request(method, url, {
      key: c.key,
      body: c.body,
      rawBody: c.rawBody,
      headers: c.headers,
    });
    check(method, url, res, c.label, c.key);
    if (res.status !== c.status) {
      const code = isRecord(res.body) ? ` ${String(res.body.code)}: ${String(res.body.detail)}` : '';
      report(
        'walk',
        `${method} ${url.replace(UUID, '{id}')}${c.label ? ` [${c.label}]` : ''}: expected ${c.status}, got ${res.status}${code}`,
      );
    }
    return res;
  }
  const get = (url: string, key: string | null, status = 200, label?: string) =>
    call('GET', url, { key, status, label });

  beforeAll(async () => {
    api = await startTestApp({ ownDatabase: true });
    api.clock.setToday(TODAY);
    keys = await seedDemo(api.app);
    auditor = await api.issueKey(Role.Auditor);
    await walk();
  }, 300_000);
  afterAll(() => api.close());

  async function walk(): Promise<void> {
    const admin = keys.admin;
    const bury = keys.buryCommissioner;
    const school = keys.schoolCommissioner;
    const provider = keys.provider;
    const everyone = { admin, bury, school, provider, auditor };

    // health and API keys
    await get('/health/live', null);
    await get('/health/ready', null);
    await get('/health/live', 'apx_bogus', 200, 'a bad key on a public route');
    await get('/v1/api-keys', admin);
    await get('/v1/api-keys', bury, 403, 'not admin');
    const issued = await call('POST', '/v1/api-keys', {
      key: admin,
      status: 201,
      body: { role: 'auditor', label: 'conformance' },
    });
    await call('DELETE', `/v1/api-keys/${issued.body.id}`, { key: admin, status: 200 });

    // organisations and calendars
    const organisations = (await get('/v1/organisations?limit=200', admin)).body.data;
    await get('/v1/organisations', bury, 200, 'commissioner');
    const council = must(
      organisations.find((o: { name: string }) => o.name === 'Bury Council'),
      'Bury Council',
    );
    const other = must(
      organisations.find((o: { name: string }) => o.name === 'Bolton Council'),
      'Bolton Council',
    );
    const created = await call('POST', '/v1/organisations', {
      key: admin,
      status: 201,
      body: { name: 'Conformance School', kind: 'school' },
    });
    await get(`/v1/organisations/${council.id}`, admin);
    await get(`/v1/organisations/${council.id}`, bury, 200, 'own');
    await get(`/v1/organisations/${other.id}`, bury, 404, 'another');
    await get(`/v1/organisations/${council.id}/calendar`, bury);
    await get(`/v1/organisations/${council.id}/calendar/school-days?from=2026-09-01&to=2027-08-31`, bury);
    await get(`/v1/organisations/${council.id}/calendar/nth-school-day?from=2026-10-22&n=6`, bury);
    await get(
      `/v1/organisations/${council.id}/calendar/school-days?from=2027-08-31&to=2026-09-01`,
      bury,
      400,
      'to before from',
    );
    const calendar = {
      academicYears: [
        {
          year: '2026-27',
          terms: [
            { name: 'Autumn', start: '2026-09-03', end: '2026-12-18' },
            { name: 'Spring', start: '2027-01-04', end: '2027-03-25' },
            { name: 'Summer', start: '2027-04-12', end: '2027-07-21' },
          ],
          closures: [{ start: '2026-10-26', end: '2026-10-30', reason: 'Half term' }],
        },
      ],
    };
    await call('PUT', `/v1/organisations/${created.body.id}/calendar`, {
      key: admin,
      status: 200,
      body: calendar,
      headers: { 'if-match': '"0"' },
    });
    await call('PUT', `/v1/organisations/${created.body.id}/calendar`, {
      key: admin,
      status: 412,
      body: calendar,
      headers: { 'if-match': '"0"' },
      label: 'stale',
    });

    // money: budgets, spend imports, spot purchases, position and forecast
    await get(`/v1/organisations/${council.id}/budgets/2025-26`, bury);
    await get(`/v1/organisations/${council.id}/budgets/2025-26`, school, 404, 'another council');
    await call('PUT', `/v1/organisations/${council.id}/budgets/2027-28`, {
      key: bury,
      status: 200,
      body: {
        lines: [{ costCentre: 'AP-PLACEMENTS', fundingSource: 'dsg_high_needs', amountPence: 100_000 }],
      },
      headers: { 'if-match': '"0"' },
    });
    await call('PUT', `/v1/organisations/${council.id}/budgets/2027-29`, {
      key: bury,
      status: 400,
      body: { lines: [] },
      label: 'not a financial year',
    });
    await get(`/v1/organisations/${council.id}/spend-imports`, bury);
    const ledger =
      'Date,Supplier,Amount,Cost Centre,Description\n2027-04-30,"Acme, Ltd","£1,234.56",AP-1,April\n';
    const csv = { 'content-type': 'text/csv' };
    await call('POST', `/v1/organisations/${council.id}/spend-imports`, {
      key: bury,
      status: 201,
      rawBody: ledger,
      headers: csv,
    });
    await call('POST', `/v1/organisations/${council.id}/spend-imports`, {
      key: bury,
      status: 200,
      rawBody: ledger,
      headers: csv,
      label: 'the same file',
    });
    await call('POST', `/v1/organisations/${council.id}/spend-imports`, {
      key: bury,
      status: 400,
      rawBody: 'Date,Supplier,Amount,Cost Centre,Description\n2027-04-31,A,1,AP-1,x\n',
      headers: csv,
      label: 'a bad row',
    });
    await get('/v1/spot-purchases', bury);
    await get('/v1/spot-purchases', admin, 200, 'admin');
    await call('POST', '/v1/spot-purchases', {
      key: bury,
      status: 201,
      body: {
        supplierName: 'Conformance Tuition',
        childRef: 'CONF-SPOT-1',
        startDate: '2027-01-04',
        endDate: '2027-02-12',
        sessionsPerWeek: 4,
        weeklyPricePence: 40_000,
        reason: 'emergency',
        approvedBy: 'head_of_service',
      },
    });
    await get('/v1/finance/position?financialYear=2025-26', bury);
    await get('/v1/finance/position?financialYear=2026-27', bury, 200, 'commitments');
    await get(`/v1/finance/position?financialYear=2025-26&organisationId=${council.id}`, admin, 200, 'admin');
    await get(
      `/v1/finance/position?financialYear=2025-26&organisationId=${council.id}`,
      school,
      404,
      'another council',
    );
    await get('/v1/finance/forecast?basisFinancialYear=2025-26&from=2026-09-01&to=2027-03-31', bury);

    // frameworks and lots
    for (const [who, key] of Object.entries(everyone)) await get('/v1/frameworks', key, 200, who);
    const frameworks = (await get('/v1/frameworks?limit=200', admin)).body.data;
    const legacy = must(
      frameworks.find((f: { reference: string }) => f.reference === 'BURY-AP-2021'),
      'BURY-AP-2021',
    );
    const next = must(
      frameworks.find((f: { reference: string }) => f.reference === 'BURY-AP-2027'),
      'BURY-AP-2027',
    );
    await get(`/v1/frameworks/${legacy.id}`, bury);
    const legacyLots: { id: string; number: number }[] = (
      await get(`/v1/frameworks/${legacy.id}/lots`, admin)
    ).body.data;
    const nextLots: { id: string; number: number }[] = (await get(`/v1/frameworks/${next.id}/lots`, bury))
      .body.data;
    const lot = (n: number) =>
      must(
        legacyLots.find((l) => l.number === n),
        `legacy lot ${n}`,
      );
    for (const l of [...legacyLots, ...nextLots]) await get(`/v1/lots/${l.id}`, bury);

    const frameworkBody = (reference: string, endDate: string) => ({
      reference,
      title: 'Conformance',
      type: 'closed',
      leadOrganisationId: council.id,
      participantOrganisationIds: [],
      startDate: '2026-09-01',
      endDate,
      estimatedValuePence: 1000,
    });
    const draft = await call('POST', '/v1/frameworks', {
      key: admin,
      status: 201,
      body: frameworkBody('CONFORMANCE-1', '2028-08-31'),
      headers: { 'idempotency-key': 'conformance-framework-1' },
    });
    await call('POST', '/v1/frameworks', {
      key: admin,
      status: 201,
      body: frameworkBody('CONFORMANCE-1', '2028-08-31'),
      headers: { 'idempotency-key': 'conformance-framework-1' },
      label: 'replay',
    });
    await call('POST', '/v1/frameworks', {
      key: admin,
      status: 422,
      body: frameworkBody('CONFORMANCE-2', '2030-09-01'),
      label: 'term too long',
    });
    const changed = await call('PATCH', `/v1/frameworks/${draft.body.id}`, {
      key: admin,
      status: 200,
      body: { title: 'Conformance 2' },
      headers: { 'if-match': String(draft.headers.etag) },
    });
    await call('PATCH', `/v1/frameworks/${draft.body.id}`, {
      key: admin,
      status: 412,
      body: { title: 'Conformance 3' },
      headers: { 'if-match': String(draft.headers.etag) },
      label: 'stale',
    });
    await call('POST', `/v1/frameworks/${draft.body.id}/activate`, {
      key: admin,
      status: 409,
      label: 'no lots',
    });
    const lotBody = {
      number: 1,
      title: 'Lot',
      description: 'A lot',
      pathway: 'targeted_blended',
      awardMethods: ['direct'],
      directAwardWeights: { price: 50, distance: 30, quality: 20 },
      pricingUnits: ['session'],
      outcomeAtRiskPercent: '10',
    };
    const newLot = await call('POST', `/v1/frameworks/${draft.body.id}/lots`, {
      key: admin,
      status: 201,
      body: lotBody,
    });
    await call('POST', `/v1/frameworks/${draft.body.id}/lots`, {
      key: admin,
      status: 409,
      body: lotBody,
      label: 'duplicate number',
    });
    await call('PATCH', `/v1/lots/${newLot.body.id}`, {
      key: admin,
      status: 200,
      body: { title: 'Lot 2' },
      headers: { 'if-match': String(newLot.headers.etag) },
    });
    await call('POST', `/v1/frameworks/${draft.body.id}/activate`, {
      key: admin,
      status: 200,
      headers: { 'if-match': String(changed.headers.etag) },
    });

    // providers, checks, directory status and lot membership
    for (const [who, key] of Object.entries(everyone)) await get('/v1/providers', key, 200, who);
    const providers: { id: string; name: string; version: number }[] = (
      await get('/v1/providers?limit=200', admin)
    ).body.data;
    const chamber = must(
      providers.find((p) => p.name === 'Chamber Hall Skills Centre'),
      'Chamber Hall Skills Centre',
    );
    const another = must(
      providers.find((p) => p.id !== chamber.id),
      'second provider',
    );
    for (const p of providers) await get(`/v1/providers/${p.id}`, admin);
    await get(`/v1/providers/${chamber.id}`, provider, 200, 'own');
    await get(`/v1/providers/${another.id}`, provider, 404, 'another');
    const changedChamber = await call('PATCH', `/v1/providers/${chamber.id}`, {
      key: provider,
      status: 200,
      body: { description: 'Updated by the conformance test' },
      headers: { 'if-match': `"${chamber.version}"` },
    });
    await call('PATCH', `/v1/providers/${chamber.id}`, {
      key: provider,
      status: 403,
      body: { qualityScore: 99 },
      headers: { 'if-match': String(changedChamber.headers.etag) },
      label: 'a field only admin sets',
    });
    await get('/v1/check-types', provider);
    for (const p of providers) await get(`/v1/providers/${p.id}/checks`, admin);
    await get(`/v1/providers/${chamber.id}/checks`, provider, 200, 'own');
    const applicant = await call('POST', '/v1/providers', {
      key: admin,
      status: 201,
      body: {
        name: 'Conformance Provider',
        category: 'non_school',
        registrationStatus: 'unregistered',
        postcode: 'bl9 0eg',
        latitude: 53.59,
        longitude: -2.29,
        contactEmail: 'conformance@provider.example',
        sme: true,
        vcse: false,
      },
    });
    await call('POST', `/v1/providers/${applicant.body.id}/checks`, {
      key: admin,
      status: 422,
      body: {
        type: 'employers_liability_insurance',
        outcome: 'pass',
        evidenceRef: 'EL-1',
        verifiedAt: '2026-11-01',
        coverPence: 100,
      },
      label: 'cover too low',
    });
    await call('POST', `/v1/providers/${applicant.body.id}/checks`, {
      key: admin,
      status: 201,
      body: { type: 'fire_risk_assessment', outcome: 'pass', evidenceRef: 'FRA-1', verifiedAt: '2026-11-01' },
    });
    await call('POST', `/v1/providers/${applicant.body.id}/directory-status`, {
      key: admin,
      status: 422,
      body: { status: 'approved', reason: 'Panel' },
      label: 'checks missing',
    });
    await call('POST', `/v1/providers/${applicant.body.id}/directory-status`, {
      key: admin,
      status: 409,
      body: { status: 'suspended', reason: 'Panel' },
      label: 'not a move from applied',
    });

    const allLots = [...legacyLots, ...nextLots];
    for (const l of allLots) {
      await get(`/v1/lots/${l.id}/members`, admin);
      await get(`/v1/lots/${l.id}/members?eligibleOn=${TODAY}`, bury, 200, 'commissioner');
      await get(`/v1/providers/${chamber.id}/eligibility?lotId=${l.id}`, bury);
    }
    await get(
      `/v1/providers/${chamber.id}/eligibility?lotId=${lot(2).id}&date=2026-12-01`,
      provider,
      200,
      'own',
    );
    const members = `/v1/lots/${newLot.body.id}/members`;
    await call('POST', members, {
      key: admin,
      status: 201,
      body: { providerId: chamber.id, reason: 'Panel' },
    });
    await call('POST', members, {
      key: admin,
      status: 422,
      body: { providerId: applicant.body.id },
      label: 'not approved',
    });
    for (const action of ['suspend', 'reinstate', 'remove'])
      await call('POST', `${members}/${chamber.id}/${action}`, {
        key: admin,
        status: 200,
        body: { reason: 'Panel' },
      });
    await call('POST', `${members}/${chamber.id}/reinstate`, {
      key: admin,
      status: 409,
      body: { reason: 'Panel' },
      label: 'removed',
    });
    await call('POST', `/v1/providers/${applicant.body.id}/directory-status`, {
      key: admin,
      status: 200,
      body: { status: 'removed', reason: 'Withdrew its application' },
    });

    // the public directory and capacity
    await get('/v1/directory', null);
    await get(`/v1/directory?lotId=${lot(1).id}&q=a&category=non_school`, null, 200, 'filtered');
    await get('/v1/directory', 'apx_bogus', 200, 'a bad key on a public route');
    await get('/v1/directory?category=bogus', null, 400, 'bad category');
    for (const l of legacyLots)
      for (const [who, key] of Object.entries({ admin, bury, provider, auditor }))
        await get(`/v1/capacity?lotId=${l.id}&from=2026-12-01&to=2027-03-31`, key, 200, who);
    await get(`/v1/capacity?lotId=${lot(1).id}`, admin, 400, 'no from and to');
    await call('POST', `/v1/providers/${chamber.id}/capacity`, {
      key: provider,
      status: 201,
      body: { lotId: lot(3).id, from: '2027-01-04', to: '2027-03-31', sessionsPerWeek: 200 },
    });

    // rate cards and quotes
    for (const [who, key] of Object.entries(everyone)) await get('/v1/rate-cards', key, 200, who);
    await get('/v1/rate-cards?status=submitted', admin, 200, 'submitted');
    await get(`/v1/rate-cards?lotId=${lot(2).id}&date=${TODAY}`, bury, 200, 'in force today');
    const cards = `/v1/providers/${chamber.id}/rate-cards`;
    const steep = await call('POST', cards, {
      key: provider,
      status: 201,
      body: {
        lotId: lot(2).id,
        effectiveFrom: '2027-01-04',
        lines: [{ unit: 'session', pricePence: 60_000 }],
      },
    });
    await call('POST', `/v1/rate-cards/${steep.body.id}/approve`, {
      key: admin,
      status: 422,
      body: {},
      label: 'above the uplift cap',
    });
    await call('POST', `/v1/rate-cards/${steep.body.id}/approve`, {
      key: admin,
      status: 200,
      body: { upliftOverrideReason: 'Agreed at the annual review' },
      headers: { 'if-match': String(steep.headers.etag) },
    });
    const rejected = await call('POST', cards, {
      key: provider,
      status: 201,
      body: { lotId: lot(2).id, effectiveFrom: '2027-02-01', lines: [{ unit: 'session', pricePence: 6000 }] },
    });
    await call('POST', `/v1/rate-cards/${rejected.body.id}/reject`, {
      key: admin,
      status: 200,
      body: { reason: 'Wrong lot' },
    });
    await call('POST', `/v1/rate-cards/${rejected.body.id}/approve`, {
      key: admin,
      status: 409,
      body: {},
      label: 'rejected',
    });
    await call('POST', cards, {
      key: provider,
      status: 422,
      body: { lotId: lot(1).id, effectiveFrom: '2027-01-04', lines: [{ unit: 'session', pricePence: 6000 }] },
      label: 'a unit the lot does not price',
    });
    const quote = {
      lotId: lot(2).id,
      providerId: chamber.id,
      sessionsPerWeek: 4,
      startDate: '2026-12-01',
      endDate: '2027-03-25',
    };
    await call('POST', '/v1/quotes', { key: bury, status: 200, body: quote });
    await call('POST', '/v1/quotes', {
      key: bury,
      status: 422,
      body: { ...quote, startDate: '2030-12-01', endDate: '2031-03-25' },
      label: 'no calendar that year',
    });

    // call-offs
    for (const [who, key] of Object.entries(everyone)) await get('/v1/call-offs?limit=200', key, 200, who);
    await get('/v1/call-offs?statutoryDeadlineMet=false&status=active', bury, 200, 'filtered');
    await get('/v1/call-offs?status=bogus', bury, 400, 'bad status');
    const seeded: { id: string; providerId: string; status: string }[] = [];
    let cursor: string | null = null;
    do {
      const page: Response = await get(
        `/v1/call-offs?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        admin,
        200,
        'paged',
      );
      seeded.push(...page.body.data);
      cursor = page.body.nextCursor;
    } while (cursor);
    for (const c of seeded) await get(`/v1/call-offs/${c.id}`, admin);
    for (const c of seeded.filter((s) => s.providerId === chamber.id))
      await get(`/v1/call-offs/${c.id}`, provider, 200, 'the addressed provider');
    const notChambers = must(
      seeded.find((s) => s.providerId !== chamber.id),
      'call-off to another provider',
    );
    await get(`/v1/call-offs/${notChambers.id}`, provider, 404, 'another provider’s');
    await get(`/v1/call-offs/${notChambers.id}`, auditor, 200, 'auditor');

    // attendance
    const marked = must(
      seeded.find((s) => s.providerId === chamber.id && s.status === 'active'),
      'an active placement of the provider',
    );
    const register = await get(
      `/v1/call-offs/${marked.id}/attendance`,
      provider,
      200,
      'the addressed provider',
    );
    await get(`/v1/call-offs/${marked.id}/attendance`, admin, 403, 'admin: aggregates only');
    await get(`/v1/call-offs/${notChambers.id}/attendance`, provider, 404, 'another provider’s');
    const first = must(
      (register.body as { marks: { date: string; session: string }[] }).marks[0],
      'a demo mark',
    );
    await call('POST', '/v1/attendance', {
      key: provider,
      status: 200,
      body: {
        marks: [
          { callOffId: marked.id, date: first.date, session: first.session, mark: 'late', minutesLate: 5 },
        ],
      },
    });
    await call('POST', '/v1/attendance', {
      key: provider,
      status: 422,
      body: { marks: [{ callOffId: marked.id, date: '2027-01-04', session: 'am', mark: 'present' }] },
      label: 'a future date',
    });
    await call('POST', '/v1/attendance', {
      key: provider,
      status: 400,
      body: { marks: [] },
      label: 'no marks',
    });
    for (const [who, key] of Object.entries(everyone))
      await get('/v1/attendance/summary?from=2026-09-01&to=2026-11-24', key, 200, who);

    const placement = `startDate=2026-12-01&endDate=2027-03-25&sessionsPerWeek=4`;
    for (const l of legacyLots)
      await get(`/v1/lots/${l.id}/matches?${placement}`, bury, 200, `lot ${l.number}`);
    await get(
      `/v1/lots/${lot(2).id}/matches?${placement}&latitude=53.59&longitude=-2.29`,
      admin,
      200,
      'a point',
    );
    await get(`/v1/lots/${lot(1).id}/matches?${placement}`, provider, 403, 'provider');

    // cost benchmarks and high-cost flags, in JSON and CSV
    const benchmarks = `/v1/finance/benchmarks?lotId=${lot(3).id}`;
    for (const [who, key] of Object.entries(everyone))
      await get(`${benchmarks}&from=2026-11-01&to=${TODAY}`, key, 200, who);
    await call('GET', benchmarks, { key: bury, status: 200, headers: { accept: 'text/csv' }, label: 'csv' });
    await get(`${benchmarks}&from=2027-01-01&to=2026-12-01`, admin, 400, 'from after to');
    await get(`/v1/finance/benchmarks?lotId=${NO_SUCH_ID}`, bury, 404, 'no such lot');
    const highCost = `/v1/finance/high-cost-placements?lotId=${lot(3).id}`;
    await get(highCost, bury);
    await get(`${highCost}&limit=1`, admin, 200, 'admin, one a page');
    await call('GET', highCost, { key: admin, status: 200, headers: { accept: 'text/csv' }, label: 'csv' });
    await get(`${highCost}&organisationId=${other.id}`, bury, 404, 'another organisation');
    await get(highCost, provider, 403, 'provider');

    const callOff = (lotId: string, childRef: string, extra: Record<string, unknown> = {}) => ({
      lotId,
      childRef,
      child: { yearGroup: 10, ehcp: false, lookedAfter: false },
      statutoryBasis: 's19_illness',
      primaryReason: 'Medical needs',
      startDate: '2026-12-01',
      endDate: '2027-03-25',
      sessionsPerWeek: 4,
      plan: {
        objectives: ['Maths and English'],
        reviewFrequencyWeeks: 6,
        nextStep: 'reintegration',
        reintegrationCriteria: '90% attendance for six weeks',
      },
      ...extra,
    });
    await call('POST', '/v1/call-offs', {
      key: bury,
      status: 400,
      body: callOff(lot(2).id, 'CONF-0000'),
      label: 'no Idempotency-Key',
    });
    await call('POST', '/v1/call-offs', {
      key: bury,
      status: 201,
      body: callOff(lot(2).id, 'CONF-RANKED'),
      headers: { 'idempotency-key': 'conformance-ranked' },
      label: 'the top match',
    });
    const direct = (i: number) =>
      callOff(lot(3).id, `CONF-${i}`, {
        providerId: chamber.id,
        justification: 'Closest to home',
        startDate: '2027-01-04',
        sessionsPerWeek: 2,
      });
    const raised: Response[] = [];
    for (let i = 0; i < 4; i++)
      raised.push(
        await call('POST', '/v1/call-offs', {
          key: bury,
          status: 201,
          body: direct(i),
          headers: { 'idempotency-key': `conformance-${i}` },
        }),
      );
    await call('POST', '/v1/call-offs', {
      key: bury,
      status: 201,
      body: direct(0),
      headers: { 'idempotency-key': 'conformance-0' },
      label: 'replay',
    });
    const [accepted, declined, withdrawn, terminated] = raised.map((r) => r.body);
    const acceptance = await call('POST', `/v1/call-offs/${accepted.id}/accept`, {
      key: provider,
      status: 200,
      body: { note: 'We can start then' },
      headers: { 'if-match': `"${accepted.version}"` },
    });
    await call('POST', `/v1/call-offs/${accepted.id}/accept`, {
      key: provider,
      status: 409,
      body: {},
      label: 'again',
    });
    await call('POST', `/v1/call-offs/${declined.id}/decline`, {
      key: provider,
      status: 200,
      body: { reasonCode: 'risk', note: 'Not safe to place' },
    });
    await call('POST', `/v1/call-offs/${withdrawn.id}/withdraw`, {
      key: bury,
      status: 200,
      body: { reason: 'Back at school' },
    });
    await call('POST', `/v1/call-offs/${terminated.id}/accept`, { key: provider, status: 200, body: {} });
    const variations = (id: string) => `/v1/call-offs/${id}/variations`;
    await call('POST', variations(accepted.id), {
      key: bury,
      status: 200,
      body: { kind: 'extend', newEndDate: '2027-03-31' },
      headers: { 'if-match': String(acceptance.headers.etag) },
    });
    await call('POST', variations(accepted.id), {
      key: bury,
      status: 200,
      body: { kind: 'change_sessions', sessionsPerWeek: 5, effectiveFrom: '2027-01-04' },
    });
    await call('POST', variations(terminated.id), {
      key: bury,
      status: 200,
      body: { kind: 'terminate', effectiveDate: '2027-01-29', reason: 'Moved away' },
    });
    await call('POST', variations(accepted.id), {
      key: bury,
      status: 400,
      body: { kind: 'extend' },
      label: 'no newEndDate',
    });
    for (const id of [accepted.id, declined.id, withdrawn.id, terminated.id]) {
      await get(`/v1/call-offs/${id}`, bury, 200, 'after its lifecycle');
      await get(`/v1/call-offs/${id}`, provider, 200, 'the provider, after its lifecycle');
    }
    // Reviews: of a demo placement already reviewed once (so it has started), by its commissioner.
    const upcoming = await get('/v1/reviews?due=upcoming&limit=200', bury);
    const reviewed = (upcoming.body.data as { callOffId: string; lastHeldOn: string | null }[]).find(
      (d) => d.lastHeldOn !== null,
    );
    if (!reviewed) throw new Error('the demo has no placement reviewed before today');
    const reviewBody = {
      type: 'scheduled',
      heldOn: TODAY,
      attendeeRoles: ['child', 'provider', 'commissioner'],
      childViewsCaptured: true,
      parentViewsCaptured: false,
      progress: [{ objective: 0, rating: 'green' }],
      decision: 'continue',
    };
    await call('POST', `/v1/call-offs/${reviewed.callOffId}/reviews`, {
      key: bury,
      status: 201,
      body: reviewBody,
    });
    await call('POST', `/v1/call-offs/${reviewed.callOffId}/reviews`, {
      key: bury,
      status: 422,
      body: { ...reviewBody, type: 'exit', decision: 'end' },
      label: 'exit without a destination',
    });
    await get(`/v1/call-offs/${reviewed.callOffId}/reviews`, bury);
    await get(`/v1/call-offs/${reviewed.callOffId}/reviews`, admin, 403, 'admin reads aggregates only');
    await get('/v1/reviews?due=overdue', bury);
    await get('/v1/reviews/summary?due=overdue', admin);
    const extensions = `/v1/frameworks/${legacy.id}/blanket-extensions`;
    await call('POST', extensions, {
      key: admin,
      status: 200,
      body: { extendTo: '2027-03-31', dryRun: true },
    });
    await call('POST', extensions, {
      key: admin,
      status: 200,
      body: { extendTo: '2027-03-31', dryRun: false },
    });

    // audit trail (admin and auditor)
    await get(`/v1/call-offs/${terminated.id}`, admin, 200, 'a read the audit trail records');
    const trail = (await get(`/v1/audit?subjectId=${terminated.id}`, auditor)).body;
    if (!isRecord(trail) || !Array.isArray(trail.data) || trail.data.length === 0)
      report(
        'walk',
        'GET /v1/audit?subjectId=: no entries about a call-off that was raised, accepted and varied',
      );
    await get('/v1/audit?limit=2', admin);
    const head = (await get('/v1/audit/head', auditor)).body as { size: number; headHash: string };
    await get(`/v1/audit/verify?size=${head.size}&headHash=${head.headHash}`, admin);
    await get('/v1/audit/verify', bury, 403, 'commissioner');
    await get('/v1/audit?after=1&cursor=x', admin, 400, 'after and cursor');
    // events and webhooks (no worker runs here: the outbox's relay is run by hand to give a delivery to retry)
    await api.feedCaughtUp();
    for (const key of Object.values(everyone)) await get('/v1/events?limit=20', key);
    const feed = await get('/v1/events?limit=200&types=capacity.declared,rate_card.approved', provider);
    await get('/v1/events?after=garbage', provider, 400, 'bad cursor');
    await get('/v1/events?types=nope', provider, 400, 'unknown type');
    const hooks = '/v1/webhook-subscriptions';
    const subscription = await call('POST', hooks, {
      key: provider,
      status: 201,
      body: { url: 'https://receiver.example/hook', eventTypes: ['capacity.declared', 'rate_card.approved'] },
    });
    await call('POST', hooks, {
      key: provider,
      status: 400,
      body: { url: 'http://receiver.example/hook', eventTypes: ['capacity.declared'] },
      label: 'not https',
    });
    await call('POST', hooks, {
      key: auditor,
      status: 403,
      body: { url: 'https://a.example', eventTypes: [] },
    });
    await get(hooks, provider);
    await get(`${hooks}/${subscription.body.id}`, provider);
    await get(`${hooks}/${subscription.body.id}`, bury, 404, 'another owner');
    await call('POST', `${hooks}/${subscription.body.id}/rotate-secret`, { key: provider, status: 200 });
    must(feed.body.data[0] as { id: string } | undefined, 'an event');
    // A subscription receives events committed after it was created: one more, for a delivery to retry.
    await call('POST', `/v1/providers/${chamber.id}/capacity`, {
      key: provider,
      status: 201,
      body: { lotId: lot(3).id, from: '2027-01-04', to: '2027-03-31', sessionsPerWeek: 200 },
      label: 'an event after the subscription',
    });
    await api.feedCaughtUp();
    const relay = api.app.get(EventRelay);
    while (await relay.relayOnce('webhooks'));
    const deliveries = await get(`${hooks}/${subscription.body.id}/deliveries`, provider);
    const delivery = must(deliveries.body.data[0] as { id: string } | undefined, 'a delivery');
    await call('POST', `${hooks}/${subscription.body.id}/deliveries/${delivery.id}/retry`, {
      key: provider,
      status: 202,
    });
    await call('DELETE', `${hooks}/${subscription.body.id}`, { key: provider, status: 204 });

    // invoices: the demo's, a new one from the provider of a demo invoice, the commissioner's decisions
    const invoices = (await get('/v1/invoices?limit=200', bury)).body.data as {
      id: string;
      status: string;
      matchStatus: string;
      providerId: string;
    }[];
    await get('/v1/invoices?overdue=true', bury, 200, 'overdue');
    await get('/v1/invoices?status=approved', auditor, 200, 'auditor');
    await get('/v1/invoices', school, 200, 'another council: none');
    await call('GET', '/v1/invoices?limit=2', {
      key: bury,
      status: 200,
      headers: { accept: 'text/csv' },
      label: 'csv',
    });
    await get('/v1/invoices?overdue=maybe', bury, 400, 'overdue not a boolean');
    const pending = must(
      invoices.find((i) => i.status === 'submitted' && i.matchStatus === 'matched'),
      'submitted invoice',
    );
    const invoice = (await get(`/v1/invoices/${pending.id}`, bury)).body as {
      providerId: string;
      commissionerOrganisationId: string;
      lines: { callOffId: string; unitPricePence: number }[];
    };
    await get(`/v1/invoices/${pending.id}`, school, 404, 'another council');
    const billing = (await get(`/v1/providers/${invoice.providerId}`, admin)).body as { name: string };
    const biller = must(keys.providers[billing.name], 'key of an invoicing provider');
    const line = invoice.lines[0];
    const newInvoice = {
      commissionerOrganisationId: invoice.commissionerOrganisationId,
      providerInvoiceNumber: 'CONFORMANCE-1',
      issuedOn: TODAY,
      periodFrom: TODAY,
      periodTo: TODAY,
      lines: [
        {
          callOffId: line.callOffId,
          kind: 'sessions',
          quantity: 1,
          unitPricePence: line.unitPricePence,
          amountPence: line.unitPricePence,
        },
      ],
    };
    const submitted = await call('POST', '/v1/invoices', { key: biller, status: 201, body: newInvoice });
    await call('POST', '/v1/invoices', {
      key: biller,
      status: 409,
      body: newInvoice,
      label: 'duplicate number',
    });
    await call('POST', '/v1/invoices', {
      key: biller,
      status: 422,
      body: { ...newInvoice, providerInvoiceNumber: 'CONFORMANCE-2', totalPence: 1 },
      label: 'total not the sum',
    });
    await call('POST', '/v1/invoices', { key: bury, status: 403, body: newInvoice, label: 'not a provider' });
    await call('POST', `/v1/invoices/${submitted.body.id}/approve`, { key: bury, status: 200 });
    await call('POST', `/v1/invoices/${submitted.body.id}/approve`, {
      key: bury,
      status: 409,
      label: 'twice',
    });
    await call('POST', `/v1/invoices/${submitted.body.id}/paid`, {
      key: bury,
      status: 422,
      body: { paidOn: '2030-01-01' },
      label: 'in the future',
    });
    await call('POST', `/v1/invoices/${submitted.body.id}/paid`, {
      key: bury,
      status: 200,
      body: { paidOn: TODAY },
    });
    await call('POST', `/v1/invoices/${pending.id}/dispute`, {
      key: bury,
      status: 200,
      body: { reason: 'Conformance dispute' },
    });
    await call('POST', `/v1/invoices/${pending.id}/dispute`, {
      key: school,
      status: 404,
      body: { reason: 'Not ours' },
      label: 'another council',
    });

    // errors any operation can give
    await get('/v1/frameworks', null, 401, 'no key');
    await get('/v1/frameworks', 'apx_bogus', 401, 'unknown key');
    await call('POST', '/v1/organisations', {
      key: auditor,
      status: 403,
      body: { name: 'Nope', kind: 'school' },
      label: 'auditor writes',
    });
    await call('POST', '/v1/organisations', {
      key: admin,
      status: 400,
      body: { name: 'Nope', kind: 'school', extra: 1 },
      label: 'unknown field',
    });
    const json = { 'content-type': 'application/json' };
    await call('POST', '/v1/organisations', {
      key: admin,
      status: 400,
      rawBody: '{bad',
      headers: json,
      label: 'malformed',
    });
    await call('POST', '/v1/organisations', {
      key: admin,
      status: 415,
      rawBody: 'x',
      headers: { 'content-type': 'text/plain' },
      label: 'text',
    });
    await call('POST', '/v1/organisations', {
      key: admin,
      status: 413,
      rawBody: JSON.stringify({ name: 'x'.repeat(1_100_000), kind: 'school' }),
      headers: json,
      label: 'too large',
    });
    await get('/v1/frameworks/not-a-uuid', admin, 400, 'not an id');
    await get(`/v1/frameworks/${NO_SUCH_ID}`, admin, 404, 'no such framework');
    await get('/v1/organisations?limit=500', admin, 400, 'limit too large');
    await get('/v1/organisations?cursor=garbage', admin, 400, 'bad cursor');
    // No operation: only the problem shape is checked.
    const unknown = await api.request('GET', '/v1/no-such-route', { key: admin });
    if (unknown.status !== 404) report('walk', `GET /v1/no-such-route: expected 404, got ${unknown.status}`);
    checkProblem(
      `GET /v1/no-such-route → ${unknown.status}`,
      contentTypeOf(unknown),
      unknown.body,
      unknown.status,
    );

    // outcomes: rules, a claim verified and one rejected, the payments summary
    await get(`/v1/lots/${lot(1).id}/outcome-rules`, provider);
    await call('POST', `/v1/lots/${lot(1).id}/outcome-rules`, {
      key: admin,
      status: 422,
      body: {
        code: 'one_more',
        title: 'One more',
        metric: 'qualification',
        threshold: '1',
        sustainSchoolWeeks: 1,
        evidence: 'certificate',
        shareOfAtRiskPercent: '1',
      },
      label: 'shares above 100',
    });
    await call('POST', `/v1/lots/${nextLots[0].id}/outcome-rules`, {
      key: admin,
      status: 201,
      body: {
        code: 'qualification',
        title: 'A qualification',
        metric: 'qualification',
        threshold: '1',
        sustainSchoolWeeks: 1,
        evidence: 'certificate',
        shareOfAtRiskPercent: '25',
      },
    });
    const claimed = new Set(
      (await api.request('GET', '/v1/outcome-claims?limit=200', { key: provider })).body.data.map(
        (c: { callOffId: string }) => c.callOffId,
      ),
    );
    const live = (await api.request('GET', '/v1/call-offs?status=active&limit=200', { key: provider })).body
      .data;
    const free = must(
      live.find(
        (c: { id: string; lotId: string; endDate: string }) =>
          !claimed.has(c.id) && legacyLots.some((l) => l.id === c.lotId) && c.endDate >= TODAY,
      ),
      'an active placement without claims',
    ) as { id: string };
    const claimUrl = `/v1/call-offs/${free.id}/outcome-claims`;
    const toVerify = await call('POST', claimUrl, {
      key: provider,
      status: 201,
      body: { ruleCode: 'qualification', achievedOn: TODAY, evidenceRef: 'CERT-1' },
    });
    await call('POST', claimUrl, {
      key: provider,
      status: 409,
      body: { ruleCode: 'qualification', achievedOn: TODAY, evidenceRef: 'CERT-1' },
      label: 'second claim for the rule',
    });
    const toReject = await call('POST', claimUrl, {
      key: provider,
      status: 201,
      body: { ruleCode: 'destination_6w', achievedOn: TODAY, evidenceRef: 'LETTER-1' },
    });
    let owner = bury;
    for (const key of [bury, school, keys.castlebrookCommissioner])
      if ((await api.request('GET', `/v1/outcome-claims/${toVerify.body.id}`, { key })).status === 200)
        owner = key;
    await get(`/v1/outcome-claims/${toVerify.body.id}`, owner);
    await get(`/v1/outcome-claims?status=submitted`, owner);
    await get(`/v1/outcome-claims`, admin, 403, 'admin reads aggregates only');
    await call('POST', `/v1/outcome-claims/${toVerify.body.id}/verify`, { key: owner, status: 200 });
    await call('POST', `/v1/outcome-claims/${toReject.body.id}/reject`, {
      key: owner,
      status: 200,
      body: { reason: 'Not confirmed' },
    });
    await call('POST', `/v1/outcome-claims/${toReject.body.id}/verify`, {
      key: owner,
      status: 409,
      label: 'already rejected',
    });
    for (const [who, key] of Object.entries(everyone))
      await get('/v1/outcome-payments/summary?financialYear=2026-27', key, 200, who);

    // Security as documented: an operation that requires a bearer key refuses a call without one, before it looks
    // at the path or body; one that does not is answered without a key (the walk above calls each so).
    for (const { template, method, operation } of operations()) {
      const where = `${operation.operationId} (${method} ${template})`;
      if (operation.security === undefined || operation.security.length === 0) {
        if (!succeededWithoutKey.has(`${method} ${template}`))
          report('security', `${where}: documented without security, never answered 2xx without a key`);
        continue;
      }
      const url = template.replace(/\{[^}]+\}/g, NO_SUCH_ID);
      const res = await api.request(method, url, { key: null });
      check(method, url, res, 'no key', null);
      if (res.status !== 401)
        report('security', `${where}: documented with security, answered ${res.status} without a key`);
    }
  }

  it('gets the status each call means to provoke', () => {
    expect(calls).toBeGreaterThan(300);
    expect(listed('walk')).toEqual([]);
  });

  it('calls only operations in the document', () => {
    expect(listed('operation')).toEqual([]);
  });

  it('answers only statuses the operation documents', () => {
    expect(listed('status')).toEqual([]);
  });

  it('answers with the documented media type', () => {
    expect(listed('mediaType')).toEqual([]);
  });

  it('answers bodies that match the documented schema, strictly', () => {
    expect(listed('schema')).toEqual([]);
  });

  it('answers every error as an RFC 9457 problem with code and requestId', () => {
    expect(listed('problem')).toEqual([]);
  });

  it('sends the documented headers: ETag on versioned resources, Location on creations, a Location that resolves', () => {
    expect(listed('headers')).toEqual([]);
  });

  it('answers with or without a key as each operation’s security says', () => {
    expect(listed('security')).toEqual([]);
  });

  it('calls every operation in the document with a 2xx at least once', () => {
    const all = operations().map(({ method, template }) => `${method} ${template}`);
    expect(Object.keys(NO_2XX_CALL).filter((o) => !all.includes(o))).toEqual([]);
    expect(all.filter((o) => !succeeded.has(o) && NO_2XX_CALL[o] === undefined)).toEqual([]);
  });
});
