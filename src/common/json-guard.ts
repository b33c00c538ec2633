import { BadRequestError, FieldError } from './domain-error';

// No request the API accepts nests more than a handful of levels; 32 leaves ample room. Anything deeper is refused
// before it reaches code that walks bodies recursively (class-transformer, the validation pipe, idempotency hashing),
// where thousands of levels would overflow the stack and answer 500.
export const MAX_JSON_DEPTH = 32;
// A body full of NULs is refused just the same; naming the first few fields is enough to say why.
const MAX_NUL_FIELDS = 20;

interface Container {
  value: object;
  depth: number;
  parent: Container | undefined;
  key: string | number | undefined;
}

// The field path in the style validation errors use (`lines.0.description`); a NUL inside a key is shown escaped.
function pathOf(container: Container | undefined, key: string | number | undefined): string {
  const parts: string[] = [];
  if (key !== undefined) parts.push(String(key));
  for (let c = container; c && c.key !== undefined; c = c.parent) parts.push(String(c.key));
  const path = parts
    .reverse()
    .map((part) => part.replaceAll('\u0000', '\\u0000'))
    .join('.');
  return path === '' ? '(body)' : path;
}

// One iterative pass over a parsed JSON body, with an explicit stack so no depth of nesting can overflow it.
// Throws 400 malformed_json when the body is nested deeper than MAX_JSON_DEPTH, and 400 validation_failed naming
// each field whose value or name holds U+0000, which PostgreSQL cannot store in text.
export function checkJsonBody(body: unknown): void {
  const nul: FieldError[] = [];
  const refuseNul = (container: Container | undefined, key: string | number | undefined, inKey: boolean) => {
    if (nul.length >= MAX_NUL_FIELDS) return;
    const field = pathOf(container, key);
    nul.push({
      field,
      message: inKey
        ? `${field} is not an accepted field name: it contains a NUL character (\\u0000)`
        : `${field} must not contain a NUL character (\\u0000)`,
    });
  };

  if (typeof body === 'string') {
    if (body.includes('\u0000')) refuseNul(undefined, undefined, false);
    return finish(nul);
  }
  if (typeof body !== 'object' || body === null) return;
  const stack: Container[] = [{ value: body, depth: 1, parent: undefined, key: undefined }];
  const visit = (container: Container, key: string | number, child: unknown) => {
    if (typeof child === 'string') {
      if (child.includes('\u0000')) refuseNul(container, key, false);
    } else if (typeof child === 'object' && child !== null) {
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
        if (key.includes('\u0000')) refuseNul(container, key, true);
        visit(container, key, record[key]);
      }
    }
  }
  finish(nul);
}

function finish(nul: FieldError[]): void {
  if (nul.length > 0)
    throw new BadRequestError(
      'validation_failed',
      `The request has ${nul.length} invalid field${nul.length === 1 ? '' : 's'}.`,
      nul,
    );
}
