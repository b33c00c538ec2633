import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

// The boundary rules in .dependency-cruiser.cjs (run by `npm run lint`) are proved to bite: a small tree of
// deliberately bad imports is cruised with the real configuration, and every rule must report its violation.
const ROOT = resolve(__dirname, '..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');

interface Rule {
  name: string;
  from: { path?: string | string[] };
  to: { path?: string | string[] };
}
interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(CONFIG) as { forbidden: Rule[] };

function moduleNames(pattern: string | string[] | undefined): string[] {
  const match = /^\^src\/\(([^)]+)\)\/$/.exec(String(pattern));
  if (!match) throw new Error(`not a layer pattern: ${String(pattern)}`);
  return match[1].split('|');
}

describe('the dependency rules', () => {
  let dir: string;
  let violations: Violation[];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'apx-depcruise-'));
    const files: Record<string, string> = {
      // Upward imports, as auth → providers and common → auth were.
      'src/common/problem.filter.ts': `import { AuthError } from '../auth/auth.errors';\nexport const e = AuthError;\n`,
      'src/auth/auth.errors.ts': `export class AuthError {}\n`,
      'src/auth/api-key.entity.ts': `import { Provider } from '../providers/provider.entity';\nexport const p = Provider;\n`,
      'src/providers/provider.entity.ts': `export class Provider {}\n`,
      // A module call-offs uses importing call-offs.
      'src/capacity/capacity.service.ts': `import { CallOffsService } from '../call-offs/call-offs.service';\nexport const c = CallOffsService;\n`,
      'src/call-offs/call-offs.service.ts': `export class CallOffsService {}\n`,
      // Peers in one layer importing each other, which is also a cycle between two modules.
      'src/pricing/quotes.service.ts':
        `import { CapacityService } from '../capacity/capacity.service';\n` +
        `import { Lot } from '../frameworks/lot.entity';\n` +
        `export const q = [CapacityService, Lot];\n`,
      'src/capacity/holds.service.ts': `import { q } from '../pricing/quotes.service';\nexport const h = q;\n`,
      // Another module's entity as a value (a repository, a query) and, allowed, as a type only.
      'src/frameworks/lot.entity.ts': `export class Lot {}\n`,
      'src/pricing/rate-cards.service.ts':
        `import { Lot } from '../frameworks/lot.entity';\n` +
        `import { FrameworksController } from '../frameworks/frameworks.controller';\n` +
        `export type L = Lot;\nexport const f = FrameworksController;\n`,
      'src/frameworks/frameworks.controller.ts': `export class FrameworksController {}\n`,
      // Engines reaching NestJS directly, or through a service.
      'src/calendar/engine/dates.ts':
        `import { Injectable } from '@nestjs/common';\nimport { CalendarService } from '../calendar.service';\n` +
        `export const d = [Injectable, CalendarService];\n`,
      'src/calendar/calendar.service.ts': `export class CalendarService {}\n`,
      // A file cycle inside one module.
      'src/providers/a.ts': `import { b } from './b';\nexport const a = () => b;\n`,
      'src/providers/b.ts': `import { a } from './a';\nexport const b = () => a;\n`,
      // A folder no layer names.
      'src/organisations/organisations.service.ts': `import { x } from '../payments/payments.service';\nexport const o = x;\n`,
      'src/payments/payments.service.ts': `export const x = 1;\n`,
    };
    // One upward (or, for peers, sideways) import per layer rule, generated from the rule itself, so a layer added later is covered too.
    for (const rule of config.forbidden.filter((r) => r.name.startsWith('layer-'))) {
      const [from] = moduleNames(rule.from.path);
      const to = moduleNames(rule.to.path).at(-1)!;
      files[`src/${from}/probe-${to}.ts`] ??= `import { t } from '../${to}/target';\nexport const p = t;\n`;
      files[`src/${to}/target.ts`] ??= `export const t = 1;\n`;
    }
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true } }));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    let output: string;
    try {
      output = execFileSync(
        process.execPath,
        [join(ROOT, 'node_modules/.bin/depcruise'), 'src', '--config', CONFIG, '--output-type', 'json'],
        { cwd: dir, encoding: 'utf8' },
      );
    } catch (error) {
      // depcruise exits non-zero when it finds errors, which is the point here.
      output = (error as { stdout: string }).stdout;
    }
    violations = (JSON.parse(output) as { summary: { violations: Violation[] } }).summary.violations;
  }, 60000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const reported = (rule: string, from?: string, to?: string) =>
    violations.some(
      (v) => v.rule.name === rule && (!from || v.from === from) && (to === undefined || v.to === to),
    );

  it('report every rule of the configuration on the fixture', () => {
    const silent = config.forbidden.map((r) => r.name).filter((name) => !reported(name));
    expect(silent).toEqual([]);
  });

  it('refuse the upward imports common → auth and auth → providers', () => {
    expect(reported('layer-common-database', 'src/common/problem.filter.ts', 'src/auth/auth.errors.ts')).toBe(
      true,
    );
    expect(reported('layer-auth', 'src/auth/api-key.entity.ts', 'src/providers/provider.entity.ts')).toBe(
      true,
    );
  });

  it('refuse a module call-offs uses importing call-offs', () => {
    expect(
      reported(
        'layer-pricing-capacity',
        'src/capacity/capacity.service.ts',
        'src/call-offs/call-offs.service.ts',
      ),
    ).toBe(true);
  });

  it('refuse peers importing each other and the module cycle it makes', () => {
    expect(reported('layer-pricing-capacity-peers', 'src/pricing/quotes.service.ts')).toBe(true);
    expect(reported('no-circular-modules')).toBe(true);
  });

  it("refuse another module's entity as a value and its controller, but allow its entity as a type", () => {
    expect(
      reported('no-foreign-entities', 'src/pricing/quotes.service.ts', 'src/frameworks/lot.entity.ts'),
    ).toBe(true);
    expect(reported('no-foreign-entities', 'src/pricing/rate-cards.service.ts')).toBe(false);
    expect(
      reported(
        'modules-only-through-services',
        'src/pricing/rate-cards.service.ts',
        'src/frameworks/frameworks.controller.ts',
      ),
    ).toBe(true);
  });

  it('refuse an engine importing NestJS or a service', () => {
    expect(reported('engines-are-pure', 'src/calendar/engine/dates.ts')).toBe(true);
    expect(
      reported(
        'engines-import-only-pure-code',
        'src/calendar/engine/dates.ts',
        'src/calendar/calendar.service.ts',
      ),
    ).toBe(true);
  });

  it('refuse a file cycle and a folder no layer names', () => {
    expect(reported('no-circular', 'src/providers/a.ts')).toBe(true);
    expect(reported('modules-have-a-layer', undefined, 'src/payments/payments.service.ts')).toBe(true);
  });
});

// Imports cannot see SQL: a module that names another module's table in a query reads it behind its service's back.
// Each table belongs to the module whose folder declares its entity; queries in other feature modules must not name it.
describe('the tables a module queries', () => {
  const SRC = join(ROOT, 'src');
  // Seed data, commands and the health probe sit above the modules and may touch any table.
  const EXEMPT = new Set(['demo', 'cli', 'database', 'health']);
  const KNOWN: string[] = [];

  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return files(path);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
    });
  const sources = files(SRC).map((path) => ({
    file: path.slice(ROOT.length + 1),
    module: path.slice(SRC.length + 1).split('/')[0],
    text: readFileSync(path, 'utf8'),
  }));

  const owners = new Map<string, string>();
  for (const source of sources)
    for (const match of source.text.matchAll(/@Entity\('([a-z_]+)'/g)) owners.set(match[1], source.module);

  const TABLE_REFERENCES = [
    /\b(?:FROM|JOIN|UPDATE|INTO)\s+"?([a-z_]+)\b/gi,
    /\.(?:from|(?:inner|left)Join(?:AndSelect|AndMapOne|AndMapMany)?)\(\s*'([a-z_]+)'/g,
  ];

  it('knows every table', () => {
    expect([...owners.keys()]).toEqual(
      expect.arrayContaining(['call_offs', 'lots', 'providers', 'rate_cards']),
    );
  });

  it('name no table of another module outside the known, listed exceptions', () => {
    const found = new Set<string>();
    for (const source of sources) {
      if (EXEMPT.has(source.module) || !source.file.includes('/', 'src/'.length)) continue;
      for (const pattern of TABLE_REFERENCES)
        for (const match of source.text.matchAll(pattern)) {
          const owner = owners.get(match[1]);
          if (owner && owner !== source.module)
            found.add(`${source.file} reads ${match[1]} (owned by ${owner})`);
        }
    }
    expect([...found].sort()).toEqual(KNOWN);
  });
});
