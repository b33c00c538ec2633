// Module boundaries (DESIGN §3, STYLE rules 1, 5 and 6), checked by `npm run lint`.
// src/dependency-rules.spec.ts proves each rule reports a deliberately bad import; SQL naming another module's
// table, which imports cannot show, is checked there too.

// Layers, lowest first. A module may import the modules of lower layers, never a higher one, and modules sharing a
// layer never import each other, so no cycle between modules can form. A new folder under src/ must be placed here.
const LAYERS = [
  ['config'],
  ['common', 'database'],
  ['auth'],
  ['idempotency'],
  ['audit'],
  ['jobs'],
  ['events'],
  ['organisations'],
  ['frameworks', 'calendar'],
  ['providers'],
  ['pricing', 'capacity'],
  ['call-offs'],
  ['attendance', 'reviews', 'spot-purchases'],
  ['outcomes'],
  ['invoices', 'budgets', 'spend-imports'],
  ['finance', 'benchmarks'],
  ['webhooks', 'scheduled'],
  ['health', 'openapi', 'demo'],
  ['cli'],
];
const MODULES = LAYERS.flat();
const any = (names) => `^src/(${names.join('|')})/`;

// Pure code: rules and engines that take plain values and return plain values.
const PURE = [
  '^src/[^/]+/engine/',
  '^src/common/(domain-error|error-catalogue)\\.ts$',
  '^src/frameworks/(framework-term|framework-types)\\.ts$',
  '^src/providers/provider-types\\.ts$',
  '^src/providers/(eligibility|check-expiry|directory-status|identifiers|directory-page)\\.ts$',
  '^src/pricing/(uplift|chargeable-line)\\.ts$',
  '^src/capacity/availability\\.ts$',
];

// What a feature module offers the others: its services and Nest module, its DTOs, its engine, and the small
// files of rules and types named here. Never its controllers, its internals, or (as a value) its entities.
const PUBLIC = [
  '\\.(service|module)\\.ts$',
  '/dto/',
  '/engine/',
  '^src/auth/(role|scope|auth\\.decorators)\\.ts$',
  '^src/idempotency/idempotent\\.decorator\\.ts$',
  '^src/audit/audit\\.decorators\\.ts$',
  '^src/jobs/(job-queue|job-runner)\\.ts$',
  '^src/events/(event-types|event-relay|uuid7)\\.ts$',
  '^src/calendar/calendar-errors\\.ts$',
  '^src/frameworks/(lot-rules|framework-types)\\.ts$',
  '^src/providers/(eligibility|provider-types)\\.ts$',
  '^src/pricing/chargeable-line\\.ts$',
  '^src/capacity/availability\\.ts$',
];
// Shared kernel: every file of these is open to all. Seed data and commands (demo, cli) sit above the modules and
// are held to the layers only.
const KERNEL = ['config', 'common', 'database'];
const FEATURES = MODULES.filter((name) => !KERNEL.includes(name) && !['demo', 'cli'].includes(name));

const layerRules = LAYERS.flatMap((layer, index) => {
  const higher = LAYERS.slice(index + 1).flat();
  const rules = [];
  if (higher.length > 0)
    rules.push({
      name: `layer-${layer.join('-')}`,
      comment: `${layer.join(', ')} may not import a higher layer (${higher.join(', ')}).`,
      severity: 'error',
      from: { path: any(layer) },
      to: { path: any(higher) },
    });
  if (layer.length > 1)
    rules.push({
      name: `layer-${layer.join('-')}-peers`,
      comment: `${layer.join(', ')} share a layer and may not import each other.`,
      severity: 'error',
      from: { path: any(layer) },
      to: { path: any(layer), pathNot: '^src/$1/' },
    });
  return rules;
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No file reaches itself through its imports.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-circular-modules',
      comment: 'No module (folder) reaches itself through other modules.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'modules-have-a-layer',
      comment: `Every folder under src/ is a module placed in LAYERS (.dependency-cruiser.cjs).`,
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/[^/]+/', pathNot: any(MODULES) },
    },
    ...layerRules,
    {
      name: 'engines-are-pure',
      comment:
        'Engines and pure rule files import neither NestJS, TypeORM nor any other framework or driver.',
      severity: 'error',
      from: { path: PURE },
      to: {
        path: '(^|/)node_modules/(@nestjs|typeorm|@fastify|fastify|pg|class-validator|class-transformer|nestjs-[^/]+|pino[^/]*)/',
      },
    },
    {
      name: 'engines-import-only-pure-code',
      comment:
        'A pure file imports only other pure files (types aside, which vanish in compilation), so it cannot reach a framework through them.',
      severity: 'error',
      from: { path: PURE },
      to: { path: '^src/', pathNot: PURE, dependencyTypesNot: ['type-only', 'pre-compilation-only'] },
    },
    {
      name: 'modules-only-through-services',
      comment:
        'A feature module reaches another only through its public surface: services, Nest module, dto/, engine/ and the named rule and type files. Never its controllers or other internals.',
      severity: 'error',
      from: { path: `^src/(${FEATURES.join('|')})/` },
      to: { path: any(FEATURES), pathNot: ['^src/$1/', ...PUBLIC, '\\.entity\\.ts$'] },
    },
    {
      name: 'no-foreign-entities',
      comment:
        "Another module's entity may be named as a type (the shape its service returns), never used as a value: no Repository, query builder or find on another module's table. Entities may relate to lower layers' entities to declare foreign keys.",
      severity: 'error',
      from: { path: `^src/(${FEATURES.join('|')})/`, pathNot: '\\.entity\\.ts$' },
      to: {
        path: `^src/(${FEATURES.join('|')})/.+\\.entity\\.ts$`,
        pathNot: '^src/$1/',
        dependencyTypesNot: ['type-only', 'pre-compilation-only'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/.*\\.spec\\.ts$' },
    tsConfig: { fileName: 'tsconfig.json' },
    // Imports used only as types vanish in compilation; they are marked so the entity rule can tell them apart.
    tsPreCompilationDeps: 'specify',
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
