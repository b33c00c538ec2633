import { IncomingMessage, ServerResponse } from 'node:http';
import { ClsModule, ClsServiceManager } from 'nestjs-cls';
import { LoggerModule } from 'nestjs-pino';
import pino, { DestinationStream, Logger } from 'pino';
import { LogLevel } from '../config/config';

// Credentials: the Authorization header and any field that holds an API key. The Idempotency-Key is redacted too:
// callers choose it freely and may build it from a childRef, and it is no help in a log without the body.
const SECRET_FIELDS = [
  'authorization',
  'cookie',
  'idempotency-key',
  'key',
  'apiKey',
  'adminApiKey',
  'keyHash',
];

// Children's special-category data and what reveals it by inference (DESIGN §1 Call-offs: only the commissioner
// and the addressed provider see it): the child, its flags and needs, free text about it, its plan and location,
// the statutory basis (s19_illness is health data) and the dates that imply an exclusion or an EHC plan.
const CHILD_FIELDS = [
  'child',
  'childRef',
  'childYearGroup',
  'childEhcp',
  'childLookedAfter',
  'childNeedsSummary',
  'ehcp',
  'lookedAfter',
  'needs',
  'needsSummary',
  'notes',
  'note',
  'reason',
  'reasons',
  'primaryReason',
  'justification',
  'plan',
  'objectives',
  'reintegrationCriteria',
  'location',
  'statutoryBasis',
  'exclusionDate',
  'sendCaseworkerNotifiedAt',
];

const REDACTED = new Set([...SECRET_FIELDS, ...CHILD_FIELDS]);
const MAX_DEPTH = 8;

// Every field of those names is redacted at any depth of a logged object. pino's own path redaction needs a
// wildcard path per depth and costs about 40 times a plain line at three levels; this walk costs about as much as
// the line. Errors keep their name, message, code and stack only: a failed query's parameters or a driver's
// detail can quote a child's data.
export function redact(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (value instanceof Error) {
    const { code } = value as { code?: unknown };
    // No prototype, so pino's error serializer reports the original class by name.
    return Object.assign(Object.create(null) as object, {
      name: value.name,
      message: value.message,
      ...(code === undefined ? {} : { code }),
      stack: value.stack,
    });
  }
  if (value instanceof Date || ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value))
    copy[key] = REDACTED.has(key) ? '[redacted]' : redact(item, depth + 1);
  return copy;
}

// pino-http's raw request and response are left whole to their serializers below, which keep method, path and status.
function redactLine(line: Record<string, unknown>): Record<string, unknown> {
  const { req, res, ...rest } = line;
  const copy = redact(rest) as Record<string, unknown>;
  if (req !== undefined) copy.req = req instanceof IncomingMessage ? req : redact(req, 1);
  if (res !== undefined) copy.res = res instanceof ServerResponse ? res : redact(res, 1);
  return copy;
}

// JSON lines: ISO time, the level by name, and the request id (from the request context) on every line written
// while a request runs, by whichever logger writes it.
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const context = ClsServiceManager.getClsService();
  return pino(
    {
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: redactLine,
      },
      base: undefined,
      mixin: () => {
        const requestId = context.getId();
        return requestId ? { requestId } : {};
      },
    },
    destination,
  );
}

type RawRequest = IncomingMessage & { id?: string };

// Request context (nestjs-cls, which holds the request id Fastify accepted or generated in app.setup.ts and copied
// onto the raw request) and logging (nestjs-pino over pino-http: a request logger, and a line when each completes).
export function loggingModules(logger: Logger) {
  return [
    ClsModule.forRoot({
      global: true,
      middleware: { mount: true, generateId: true, idGenerator: (req: RawRequest) => req.id ?? '' },
    }),
    LoggerModule.forRoot({
      pinoHttp: {
        logger,
        customSuccessMessage: () => 'request completed',
        customErrorMessage: () => 'request completed',
        // Method, path and status only: never headers, bodies or query strings (they can carry keys or child data).
        serializers: {
          req: (req: { method: string; url: string }) => ({
            method: req.method,
            path: req.url.split('?')[0],
          }),
          res: (res: { statusCode: number }) => ({ status: res.statusCode }),
          // pino-http invents an error (with a stack) for every 5xx; the problem filter has already logged any real
          // one once, so the completed line keeps only the status.
          err: (err: Error) =>
            err.message.startsWith('failed with status code')
              ? undefined
              : { name: err.name, message: err.message },
        },
        // A 503 is an answer the client retries (an outage or a busy pool, each logged once where it is noticed),
        // not an error of this request.
        customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
          res.statusCode === 503 ? 'warn' : error || res.statusCode >= 500 ? 'error' : 'info',
      },
    }),
  ];
}
