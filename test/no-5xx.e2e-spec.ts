import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { callOffBody, market, raise } from './support/call-offs';
import { TestApp, startTestApp } from './support/test-app';

type Schema = {
  $ref?: string;
  type?: string;
  example?: unknown;
  properties?: Record<string, Schema>;
  items?: Schema;
};

// Stands for 10,000 nested arrays, spliced into the body text: too deep for JSON.stringify here, and for any
// recursive walk of the body in the app.
const DEEP = 'hostile:deep-nesting';
const DEEP_JSON = '['.repeat(10_000) + ']'.repeat(10_000);

// Hostile values for one field at a time: wrong types, out-of-range numbers, impossible dates, NUL, deep nesting.
const HOSTILE: unknown[] = [
  null,
  'x',
  '',
  -1,
  1e20,
  1.5,
  true,
  [],
  {},
  [[[[]]]],
  '2026-02-30',
  '9999-99-99',
  '00000000-0000-0000-0000-000000000000',
  'a'.repeat(10_000),
  { $gt: '' },
  // PostgreSQL cannot store U+0000 in text.
  'A\u0000B',
  DEEP,
];

describe('no input produces a 5xx', () => {
  let api: TestApp;
  let doc: {
    paths: Record<
      string,
      Record<string, { requestBody?: unknown; parameters?: { name: string; in: string }[] }>
    >;
    components: { schemas: Record<string, Schema> };
  };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApp();
    api.clock.setToday('2026-11-02');
    const m = await market(api, { count: 1 });
    const callOff = (await raise(api, m.commissioner, callOffBody(m.lotId))).body;
    const cards = await api.get(`/v1/rate-cards?providerId=${m.providers[0].id}`);
    Object.assign(ids, {
      frameworks: m.frameworkId,
      lots: m.lotId,
      providers: m.providers[0].id,
      members: m.providers[0].id,
      'call-offs': callOff.id,
      'rate-cards': cards.body.data[0].id,
      organisations: m.org.id,
    });
    // The committed document: it is built with the Swagger plugin, so it lists every DTO field to attack.
    doc = JSON.parse(readFileSync(resolvePath(__dirname, '..', 'openapi', 'openapi.json'), 'utf8'));
  });
  afterAll(() => api.close());

  const resolve = (schema: Schema | undefined): Schema | undefined =>
    schema?.$ref ? doc.components.schemas[schema.$ref.split('/').pop() as string] : schema;

  function sample(schema: Schema | undefined, depth = 0): unknown {
    const s = resolve(schema);
    if (!s || depth > 4) return null;
    if (s.example !== undefined) return s.example;
    if (s.properties)
      return Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, sample(v, depth + 1)]));
    if (s.type === 'integer' || s.type === 'number') return 1;
    if (s.type === 'boolean') return false;
    if (s.type === 'array') return [sample(s.items, depth + 1)];
    return 'x';
  }

  // Each path parameter gets the id of a real record of the segment it follows, so handlers run past their 404s.
  function fill(path: string): string {
    const parts = path.split('/');
    return parts
      .map((part, i) => (part.startsWith('{') ? (ids[parts[i - 1]] ?? ids.providers) : part))
      .join('/');
  }

  it('answers every write route with a 2xx or a 4xx problem, whatever the body', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (!['post', 'put', 'patch'].includes(method)) continue;
        const content = (
          operation.requestBody as { content?: Record<string, { schema: Schema }> } | undefined
        )?.content;
        const schema = resolve(content?.['application/json']?.schema);
        const valid = (sample(schema) ?? {}) as Record<string, unknown>;
        const bodies: unknown[] = [{}, [], 'text', 42, null, valid];
        for (const field of Object.keys(schema?.properties ?? {}))
          for (const value of HOSTILE) bodies.push({ ...valid, [field]: value });
        for (const body of bodies) {
          const response = await api.request(method.toUpperCase(), fill(path), {
            rawBody: JSON.stringify(body).replace(JSON.stringify(DEEP), DEEP_JSON),
            headers: { 'content-type': 'application/json', 'idempotency-key': `fuzz-${sent}` },
          });
          sent++;
          if (
            response.status >= 500 ||
            !(
              response.status < 300 ||
              response.headers['content-type']?.toString().startsWith('application/problem+json')
            )
          )
            failures.push(
              `${method.toUpperCase()} ${path} ${JSON.stringify(body).slice(0, 120)} → ${response.status} ${response.text.slice(0, 200)}`,
            );
        }
      }
    }
    expect(sent).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
  });

  it('answers every read route with a 2xx or a 4xx problem, whatever the query', async () => {
    const failures: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      const operation = operations.get;
      if (!operation) continue;
      for (const parameter of (operation.parameters ?? []).filter((p) => p.in === 'query'))
        for (const value of [
          'x',
          '-1',
          '1e20',
          '2026-02-30',
          '',
          '%',
          'null',
          'a'.repeat(5000),
          'A\u0000B',
        ]) {
          const response = await api.get(`${fill(path)}?${parameter.name}=${encodeURIComponent(value)}`);
          if (response.status >= 500)
            failures.push(
              `GET ${path}?${parameter.name}=${value.slice(0, 20)} → ${response.status} ${response.text.slice(0, 200)}`,
            );
        }
    }
    expect(failures).toEqual([]);
  });
});
