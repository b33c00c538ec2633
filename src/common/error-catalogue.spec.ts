import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { BadRequestError, ConflictError, DomainError, RuleViolation } from './domain-error';
import { ERROR_CATALOGUE, ERROR_CODES, isErrorCode } from './error-catalogue';
import { toProblem } from './problem.filter';

const SRC = resolve(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

// Codes written as literals where errors and problems are made: `new RuleViolation('code'`, `problem(409, 'code'`,
// and the refusals pure rules return for a service to throw (`refusal: 'code'`).
const THROWN = [
  /new (?:DomainError|ConflictError|RuleViolation|BadRequestError|AuthError)\(\s*'([a-z_]+)'/g,
  /\bproblem\(\s*\d+,\s*'([a-z_]+)'/g,
  /\brefusal: '([a-z_]+)'/g,
  /super\(\s*'([a-z_]+)'/g,
];

describe('the error catalogue', () => {
  const files = sourceFiles(SRC).filter((file) => !file.endsWith('error-catalogue.ts'));
  const text = files.map((file) => readFileSync(file, 'utf8')).join('\n');

  it('holds every code thrown or answered anywhere in src/', () => {
    const thrown = new Set<string>();
    for (const pattern of THROWN) for (const match of text.matchAll(pattern)) thrown.add(match[1]);
    expect(thrown.size).toBeGreaterThan(40);
    expect([...thrown].filter((code) => !isErrorCode(code))).toEqual([]);
  });

  it('holds no code that src/ never uses', () => {
    expect(ERROR_CODES.filter((code) => !text.includes(`'${code}'`))).toEqual([]);
  });

  it('gives every code a source, a title and an error status', () => {
    for (const code of ERROR_CODES) {
      const entry = ERROR_CATALOGUE[code];
      expect(entry.source.trim().length).toBeGreaterThan(5);
      expect(entry.title.trim().length).toBeGreaterThan(2);
      expect(entry.status >= 400 && entry.status <= 599).toBe(true);
    }
    expect(ERROR_CATALOGUE.registration_threshold.source).toBe('Education Act 1996 s.463');
  });

  it('answers a domain error with the status and title its code has in the catalogue', () => {
    const logger = { error: jest.fn(), warn: jest.fn() } as unknown as Logger;
    expect(
      toProblem(new RuleViolation('registration_threshold', 'Crossed', { date: '2027-01-04' }), logger),
    ).toEqual({
      type: 'urn:ap-exchange:problem:registration_threshold',
      title: 'Registration threshold crossed',
      status: 422,
      detail: 'Crossed',
      code: 'registration_threshold',
      date: '2027-01-04',
    });
    expect(toProblem(new DomainError('migrations_pending', 'Not yet'), logger).status).toBe(503);
    expect(new RuleViolation('registration_threshold', 'x').kind).toBe('rule_violation');
    expect(new DomainError('internal_error', 'x').kind).toBe('internal');
  });

  it('refuses, when type-checked, a code it does not hold or a code of another status', () => {
    // `npm run typecheck` fails if any of these lines type-checks.
    // @ts-expect-error an unknown code
    expect(() => new RuleViolation('no_such_code', 'x')).toThrow(TypeError);
    // @ts-expect-error a 422 code is not a conflict
    expect(new ConflictError('registration_threshold', 'x').status).toBe(422);
    // @ts-expect-error a 409 code is not bad input
    expect(new BadRequestError('capacity_exhausted', 'x').status).toBe(409);
  });
});
