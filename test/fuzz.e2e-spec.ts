import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { Role } from '../src/auth/role';
import { callOffBody, market, raise } from './support/call-offs';
import { TestApp, startTestApp } from './support/test-app';

// A schema-guided fuzzer over every operation of the committed OpenAPI document: from a valid sample of each
// operation's body, query and path, it breaks one thing at a time (a wrong type, an array for an object, null, a huge
// number, a lone surrogate, an over-long string, an extra member, a bad UUID or date) and sends it with each role's
// key in turn. No answer may be a 5xx, and every 4xx must be a problem with a code. The run is seeded: a failure
// names its seed and request number, and FUZZ_SEED=<seed> replays the same requests in the same order.
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
// Random requests per operation, after one sweep that breaks each place of the sample body twice.
const PER_OPERATION = 30;
const PER_PLACE = 2;

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  minimum?: number;
  minItems?: number;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};
type Parameter = { name: string; in: string; schema?: Schema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};

// mulberry32: small, fast and good enough to spread mutations; the same seed gives the same run.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('schema-guided fuzzing of every operation', () => {
  let api: TestApp;
  let doc: {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, Schema> };
  };
  const ids: Record<string, string> = {};
  const keys: [string, string][] = [];

  beforeAll(async () => {
    api = await startTestApp();
    api.clock.setToday('2026-11-02');
    const m = await market(api, { count: 2 });
    const callOff = (await raise(api, m.commissioner, callOffBody(m.lotId))).body;
    const cards = await api.get(`/v1/rate-cards?providerId=${m.providers[0].id}`);
    Object.assign(ids, {
      frameworks: m.frameworkId,
      lots: m.lotId,
      lotId: m.lotId,
      providers: m.providers[0].id,
      providerId: m.providers[0].id,
      members: m.providers[0].id,
      'call-offs': callOff.id,
      'rate-cards': cards.body.data[0].id,
      organisations: m.org.id,
      organisationId: m.org.id,
      // Never a real key: the fuzzer must not revoke the keys it sends.
      'api-keys': '7d1f0f7e-5b1a-4c57-9f55-0f2d1c3b4a59',
    });
    keys.push(
      ['admin', api.adminKey],
      ['commissioner', m.commissioner],
      ['provider', m.providers[0].key],
      ['auditor', await api.issueKey(Role.Auditor)],
    );
    doc = JSON.parse(readFileSync(resolvePath(__dirname, '..', 'openapi', 'openapi.json'), 'utf8'));
  });
  afterAll(() => api.close());

  const resolve = (schema: Schema | undefined): Schema | undefined => {
    if (!schema) return undefined;
    if (schema.$ref) return resolve(doc.components.schemas[schema.$ref.split('/').pop() as string]);
    const one = schema.allOf?.[0] ?? schema.oneOf?.[0] ?? schema.anyOf?.[0];
    return one && !schema.properties ? resolve(one) : schema;
  };

  // A plausible valid value, so that a single mutation is what the server has to cope with.
  function sample(schema: Schema | undefined, name = '', depth = 0): unknown {
    const s = resolve(schema);
    if (!s || depth > 6) return null;
    if (s.example !== undefined) return s.example;
    if (s.enum) return s.enum[0];
    if (s.format === 'uuid') return ids[name] ?? ids[name.replace(/Id$/, 's')] ?? ids.providers;
    if (s.format === 'date') return '2026-11-09';
    if (s.format === 'date-time') return '2026-11-09T09:00:00Z';
    if (s.properties)
      return Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, sample(v, k, depth + 1)]));
    if (s.type === 'integer' || s.type === 'number') return s.minimum ?? 1;
    if (s.type === 'boolean') return false;
    if (s.type === 'array')
      return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => sample(s.items, name, depth + 1));
    if (s.type === 'object') return {};
    return 'Fuzz';
  }

  it('answers every malformed request with a 2xx or a 4xx problem with a code, never a 5xx', async () => {
    const random = prng(SEED);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const VALUES: (() => unknown)[] = [
      () => null,
      () => [],
      () => [{}],
      () => ({}),
      () => ({ $gt: '' }),
      () => [[[[[]]]]],
      () => '',
      () => 'x',
      () => 0,
      () => -1,
      () => 1.5,
      () => 1e308,
      () => -1e308,
      () => 2 ** 53 + 1,
      () => true,
      () => '\ud800',
      () => `tail \udc00`,
      () => 'x'.repeat(1000 + Math.floor(random() * 60_000)),
      () => '2026-02-30',
      () => '0000-00-00',
      () => '2026-13-01',
      () => '99999-01-01',
      () => 'not-a-uuid',
      () => '00000000-0000-0000-0000-000000000000',
      () => 'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
      () => 'A\u0000B',
      () => 'NaN',
      () => '1e400',
    ];
    const QUERY = [
      '',
      'x',
      '-1',
      '0',
      '1e400',
      '2026-02-30',
      'not-a-uuid',
      '%',
      '%00',
      '%ED%A0%80',
      'null',
      'a'.repeat(5000),
    ];
    const PATH = [
      'not-a-uuid',
      '00000000-0000-0000-0000-000000000000',
      '%00',
      '%ED%A0%80',
      '..',
      'A'.repeat(300),
    ];

    // Every place a value sits in a sample body, by its path of keys.
    const places = (value: unknown, path: (string | number)[] = []): (string | number)[][] =>
      [path].concat(
        typeof value === 'object' && value !== null
          ? Object.entries(value).flatMap(([k, v]) =>
              places(v, [...path, Array.isArray(value) ? Number(k) : k]),
            )
          : [],
      );
    const mutate = (body: unknown, at?: (string | number)[]): unknown => {
      const copy = structuredClone(body) as Record<string | number, unknown>;
      const path = at ?? pick(places(copy));
      if (path.length === 0) return pick(VALUES)();
      let parent: Record<string | number, unknown> = copy;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      const last = path[path.length - 1];
      const action = random();
      if (action < 0.1) delete parent[last];
      else if (action < 0.2 && typeof parent === 'object' && !Array.isArray(parent))
        parent[`extra${last}`] = 1;
      else parent[last] = pick(VALUES)();
      return copy;
    };

    const failures: string[] = [];
    let sent = 0;
    for (const [template, operations] of Object.entries(doc.paths))
      for (const [method, operation] of Object.entries(operations)) {
        const params = operation.parameters ?? [];
        const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
        const valid = bodySchema ? sample(bodySchema) : undefined;
        const send = async (role: string, key: string, url: string, body: unknown) => {
          const headers: Record<string, string> = { 'idempotency-key': `fuzz-${SEED}-${sent}` };
          if (random() < 0.8) headers['if-match'] = pick(['"1"', '"2"', 'W/"1"', '"x"', '*']);
          const rawBody = body === undefined ? undefined : JSON.stringify(body);
          if (rawBody !== undefined) headers['content-type'] = 'application/json';
          const response = await api.request(method.toUpperCase(), url, { key, headers, rawBody });
          const n = sent++;
          const problem =
            response.status < 400 ||
            (/^application\/problem\+json/.test(String(response.headers['content-type'])) &&
              typeof response.body?.code === 'string' &&
              response.body.status === response.status);
          if (response.status >= 500 || !problem)
            failures.push(
              `FUZZ_SEED=${SEED} request #${n} as ${role}: ${method.toUpperCase()} ${url.slice(0, 200)} ` +
                `${(rawBody ?? '').slice(0, 300)} → ${response.status} ${response.text.slice(0, 200)}`,
            );
          if (process.env.FUZZ_TRACE) process.stdout.write(`${n} ${method} ${template} ${response.status}\n`);
          return response.status;
        };
        const plainUrl = template.replace(/\{(\w+)\}/g, (_, name: string) => {
          const segment = template.split('/')[template.split('/').indexOf(`{${name}}`) - 1];
          return ids[name] ?? ids[segment] ?? ids.providers;
        });
        // The roles that may call the operation at all get most of the broken requests: a 403 tests little.
        const allowed: [string, string][] = [];
        for (const [role, key] of keys)
          if (![401, 403].includes(await send(role, key, plainUrl, valid))) allowed.push([role, key]);
        const roleFor = () => (allowed.length > 0 && random() < 0.85 ? pick(allowed) : pick(keys));
        if (valid !== undefined)
          for (const place of places(valid))
            for (let i = 0; i < PER_PLACE; i++) {
              const [role, key] = roleFor();
              await send(role, key, plainUrl, mutate(valid, place));
            }
        for (let i = 0; i < PER_OPERATION; i++) {
          const [role, key] = roleFor();
          const pathParams = Object.fromEntries(
            params
              .filter((p) => p.in === 'path')
              .map((p) => {
                const segment = template.split('/')[template.split('/').indexOf(`{${p.name}}`) - 1];
                return [p.name, ids[p.name] ?? ids[segment] ?? ids.providers];
              }),
          );
          const query: [string, string][] = params
            .filter((p) => p.in === 'query')
            .filter(() => random() < 0.5)
            .map((p) => [p.name, encodeURIComponent(String(sample(p.schema, p.name)))]);
          let body = valid;
          const target = random();
          const queryParams = params.filter((p) => p.in === 'query');
          if (target < 0.15 && Object.keys(pathParams).length > 0)
            pathParams[pick(Object.keys(pathParams))] = pick(PATH);
          else if (target < 0.4 && queryParams.length > 0)
            query.push([
              pick(queryParams).name,
              random() < 0.7 ? encodeURIComponent(pick(QUERY)) : pick(QUERY),
            ]);
          else if (target < 0.45) query.push(['unexpected', '1']);
          else if (valid !== undefined) body = mutate(valid);
          const url =
            template.replace(/\{(\w+)\}/g, (_, name: string) => pathParams[name]) +
            (query.length > 0 ? `?${query.map(([k, v]) => `${k}=${v}`).join('&')}` : '');
          await send(role, key, url, body);
        }
      }
    expect(sent).toBeGreaterThan(1200);
    expect(failures).toEqual([]);
    // About 1,300 requests: some 20 s alone on two cores, longer when the suite runs beside it.
  }, 180_000);
});
