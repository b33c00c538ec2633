import { BadRequestError, FieldError } from './domain-error';

// No request the API accepts nests more than a handful of levels; 32 leaves ample room. Anything deeper is refused
// before it reaches code that walks bodies recursively (class-transformer, the validation pipe, idempotency hashing),
// where thousands of levels would overflow the stack and answer 500.
export const MAX_JSON_DEPTH = 32;
// A body full of bad text is refused just the same; naming the first few fields is enough to say why.
const MAX_BAD_FIELDS = 20;

// A UTF-16 surrogate without its partner: JSON lets `\ud800` through, but it is not Unicode text, and PostgreSQL's
// JSON parser and the URI-decoding validators throw on it (RFC 8259 §8.2: such strings are not interoperable).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface Container {
  value: object;
  depth: number;
  parent: Container | undefined;
  key: string | number | undefined;
}

// The field path in the style validation errors use (`lines.0.description`); a NUL or lone surrogate inside a key is
// shown escaped, so the problem body is itself well-formed text.
function pathOf(container: Container | undefined, key: string | number | undefined): string {
  const parts: string[] = [];
  if (key !== undefined) parts.push(String(key));
  for (let c = container; c && c.key !== undefined; c = c.parent) parts.push(String(c.key));
  const path = parts.reverse().map(escapeBad).join('.');
  return path === '' ? '(body)' : path;
}

function escapeBad(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    // A surrogate pair iterates as one two-unit string and is kept; a lone one iterates alone.
    out +=
      code === 0 || (c.length === 1 && code >= 0xd800 && code <= 0xdfff)
        ? `\\u${code.toString(16).padStart(4, '0')}`
        : c;
  }
  return out;
}

// What is wrong with one piece of text, if anything: U+0000 (which PostgreSQL cannot store in text) or ill-formed
// UTF-16 (a lone surrogate).
function badText(text: string, refuseNul: boolean): 'nul' | 'surrogate' | undefined {
  if (refuseNul && text.includes('\u0000')) return 'nul';
  if (LONE_SURROGATE.test(text)) return 'surrogate';
  return undefined;
}

const WHAT = { nul: 'a NUL character (\\u0000)', surrogate: 'ill-formed Unicode (a lone UTF-16 surrogate)' };

// One iterative pass over a parsed JSON body (or a parsed query string), with an explicit stack so no depth of
// nesting can overflow it. Throws 400 malformed_json when the value is nested deeper than MAX_JSON_DEPTH, and
// 400 validation_failed naming each field whose value or name holds U+0000 or a lone surrogate: every string is
// checked here, at the edge, so none reaches a validator or PostgreSQL.
export function checkJsonBody(body: unknown): void {
  checkText(body, true);
}

// A parsed query string: only ill-formed Unicode is refused here. A NUL in a query is each route's to judge (an id or
// enum refuses it anyway, and the directory's in-memory search simply finds nothing).
export function checkQuery(query: unknown): void {
  checkText(query, false);
}

function checkText(body: unknown, refuseNul: boolean): void {
  const bad: FieldError[] = [];
  const check = (
    container: Container | undefined,
    key: string | number | undefined,
    text: string,
    inKey: boolean,
  ) => {
    const problem = badText(text, refuseNul);
    if (!problem || bad.length >= MAX_BAD_FIELDS) return;
    const field = pathOf(container, key);
    bad.push({
      field,
      message: inKey
        ? `${field} is not an accepted field name: it contains ${WHAT[problem]}`
        : `${field} must not contain ${WHAT[problem]}`,
    });
  };

  if (typeof body === 'string') {
    check(undefined, undefined, body, false);
    return finish(bad);
  }
  if (typeof body !== 'object' || body === null) return;
  const stack: Container[] = [{ value: body, depth: 1, parent: undefined, key: undefined }];
  const visit = (container: Container, key: string | number, child: unknown) => {
    if (typeof child === 'string') check(container, key, child, false);
    else if (typeof child === 'object' && child !== null) {
      if (container.depth >= MAX_JSON_DEPTH)
        throw new BadRequestError(
          'malformed_json',
          `The request body nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep.`,
        );
      stack.push({ value: child, depth: container.depth + 1, parent: container, key });
    }
  };
  for (let container = stack.pop(); container; container = stack.pop()) {
    if (Array.isArray(container.value)) {
      const items: unknown[] = container.value;
      for (let i = 0; i < items.length; i++) visit(container, i, items[i]);
    } else {
      const record = container.value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        check(container, key, key, true);
        visit(container, key, record[key]);
      }
    }
  }
  finish(bad);
}

function finish(bad: FieldError[]): void {
  if (bad.length > 0)
    throw new BadRequestError(
      'validation_failed',
      `The request has ${bad.length} invalid field${bad.length === 1 ? '' : 's'}.`,
      bad,
    );
}
