import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

// What an audit entry may say about a request, and how entries are chained. Pure: no framework, no database.

export type JsonScalar = string | number | boolean | null;
export type JsonValue = JsonScalar | JsonValue[];

// One field of a request: its path, and its value only when the value is neither child data nor free text.
export interface AuditChange {
  field: string;
  value?: JsonValue;
}

// Children's data (DESIGN §1 "Child data is minimised"; UK GDPR art. 9 for EHC plans, looked-after status and
// needs) is never recorded, not even the field's name: an optional field's presence alone can tell (a SEND
// caseworker notification date means an EHC plan; a needs summary means needs).
const CHILD_DATA = new Set([
  'child',
  'childRef',
  'ehcp',
  'lookedAfter',
  'needs',
  'needsSummary',
  'plan',
  'primaryReason',
  'exclusionDate',
  'sendCaseworkerNotifiedAt',
  // Where the child is measured from (a home or school): personal data, not the provider's own address.
  'location',
]);

// Free text can repeat anything about a child (a variation reason, a response note): name only, never the value.
const FREE_TEXT = new Set([
  'reason',
  'note',
  'responseNote',
  'justification',
  'decisionReason',
  'upliftOverrideReason',
  'statusReason',
  'conditions',
  'description',
]);

// Values recorded as they are: identifiers, dates, timestamps, numbers written as text, and lower-case codes
// (statuses, kinds, reason codes). Any other string is treated as free text.
const TOKEN = [
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/,
  /^-?\d{1,15}(\.\d{1,6})?$/,
  /^[a-z][a-z0-9_]{0,63}$/,
];

const MAX_FIELDS = 200;
const MAX_ARRAY_VALUES = 50;

function isScalarToken(value: unknown): value is JsonScalar {
  if (value === null || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && TOKEN.some((pattern) => pattern.test(value));
}

// The fields of a request body as the audit log keeps them (the rule above), in body order, at most 200.
export function describeInput(input: unknown): AuditChange[] {
  const changes: AuditChange[] = [];
  const visit = (value: unknown, path: string, key: string): void => {
    if (changes.length >= MAX_FIELDS || CHILD_DATA.has(key)) return;
    if (FREE_TEXT.has(key)) {
      changes.push({ field: path });
      return;
    }
    if (Array.isArray(value)) {
      if (value.length <= MAX_ARRAY_VALUES && value.every(isScalarToken)) {
        changes.push({ field: path, value });
        return;
      }
      if (value.some((item) => typeof item === 'object' && item !== null && !Array.isArray(item)))
        value.forEach((item, index) => visit(item, `${path}[${index}]`, key));
      else changes.push({ field: path });
      return;
    }
    if (typeof value === 'object' && value !== null) {
      for (const [name, inner] of Object.entries(value)) visit(inner, path ? `${path}.${name}` : name, name);
      return;
    }
    if (path === '') return;
    changes.push(isScalarToken(value) ? { field: path, value } : { field: path });
  };
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) visit(input, '', '');
  return changes;
}

export interface AuditSubject {
  type: string;
  id: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function singular(segment: string): string {
  const name = segment.replace(/-/g, '_');
  return /[^su]s$/.test(name) ? name.slice(0, -1) : name;
}

// What a request acted on, from its route and answer: the resource whose id the answer carries (a created or changed
// record), else the last resource named in the path ("PUT /v1/organisations/:id/calendar" → that organisation).
export function subjectOf(
  routePattern: string,
  params: Record<string, string | undefined>,
  body: unknown,
): AuditSubject {
  const segments = routePattern.split('/').filter((s) => s !== '' && s !== 'v1');
  const resources: { name: string; id: string | null }[] = [];
  for (const segment of segments) {
    if (segment.startsWith(':')) {
      const last = resources[resources.length - 1];
      const value = params[segment.slice(1)];
      if (last) last.id = typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : null;
    } else resources.push({ name: segment, id: null });
  }
  const answered =
    typeof body === 'object' &&
    body !== null &&
    'id' in body &&
    typeof body.id === 'string' &&
    UUID.test(body.id)
      ? body.id.toLowerCase()
      : null;
  if (answered) {
    const named = resources.find((r) => r.id === answered);
    const collection = named ?? [...resources].reverse().find((r) => r.id === null) ?? resources[0];
    return { type: singular(collection?.name ?? 'unknown'), id: answered };
  }
  const lastWithId = [...resources].reverse().find((r) => r.id !== null);
  const subject = lastWithId ?? resources[resources.length - 1];
  return { type: singular(subject?.name ?? 'unknown'), id: subject?.id ?? null };
}

// The part of an entry its hash covers: everything but the seal columns' own hashes.
export interface ChainedEntry {
  seq: number;
  id: number;
  recordedAt: string;
  kind: string;
  requestId: string | null;
  actor: {
    keyId: string | null;
    role: string | null;
    organisationId: string | null;
    providerId: string | null;
  };
  action: string;
  route: string | null;
  subject: AuditSubject;
  changes: AuditChange[];
}

export const GENESIS_HASH = '0'.repeat(64);

// RFC 8785 (JSON Canonicalization Scheme): the same entry always gives the same bytes, in any language.
export function canonicalEntry(entry: ChainedEntry): string {
  const text = canonicalize(entry);
  if (text === undefined) throw new Error('audit entry cannot be canonicalised');
  return text;
}

// hash(n) = SHA-256(hash(n−1) as 32 raw bytes ‖ UTF-8 of the canonical entry n); hash(0) is 32 zero bytes. Changing,
// removing or reordering any entry changes every hash after it, so a head hash kept elsewhere proves the whole log.
export function chainHash(prevHash: string, entry: ChainedEntry): string {
  return createHash('sha256')
    .update(Buffer.from(prevHash, 'hex'))
    .update(canonicalEntry(entry), 'utf8')
    .digest('hex');
}
