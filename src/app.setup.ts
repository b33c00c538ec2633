import compress from '@fastify/compress';
import cors from '@fastify/cors';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyReply, FastifyRequest } from 'fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger as NestPinoLogger, PinoLogger } from 'nestjs-pino';
import helmet from 'helmet';
import { Logger } from 'pino';
import { randomUUID } from 'node:crypto';
import { AppModule } from './app.module';
import { Clock } from './common/clock';
import { BadRequestError, UnsupportedMediaTypeError } from './common/domain-error';
import { checkJsonBody } from './common/json-guard';
import { replyText } from './common/json-text';
import { createLogger } from './common/logging';
import { problem, transportProblem } from './common/problem';
import { sendProblem } from './common/problem.filter';
import { validationPipe } from './common/validation';
import { AppConfig } from './config/config';
import { buildOpenApiDocument } from './openapi/openapi';

// The charset parameter of a Content-Type, lower-cased, quotes removed (RFC 9110 §8.3); undefined when there is none.
function charsetOf(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? '');
  return match ? (match[1] ?? match[2]).toLowerCase() : undefined;
}

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
export const BODY_LIMIT_BYTES = 1024 * 1024;
export const CSV_BODY_LIMIT_BYTES = 8 * 1024 * 1024;

export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  options: { clock?: Clock; logger?: Logger; connect?: boolean } = {},
): Promise<NestFastifyApplication> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    // Accept a caller's X-Request-Id only when it is short and plain, so logs cannot be forged or flooded.
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
    },
    // Fastify refuses a path that is not valid percent-encoding before any hook runs (helmet's included): answer it
    // as a problem too, with the request id and nosniff, which is what matters for a JSON error.
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) => {
      void reply.header('x-request-id', request.id).header('x-content-type-options', 'nosniff');
      sendProblem(
        reply,
        request,
        transportProblem(error) ?? problem(400, 'bad_request', 'The request could not be read.'),
      );
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, databaseUrl, options.clock, options.connect ?? true, logger),
    adapter,
    {
      // Nest's own lines (start-up, and the Logger the problem filter uses) go through the same pino logger.
      logger: new NestPinoLogger(new PinoLogger({ pinoHttp: { logger } }), {}),
      bodyParser: false,
      // A failure while the modules start is thrown to main(), which names it in one line; Nest would abort() instead.
      abortOnError: false,
    },
  );
  const fastify = app.getHttpAdapter().getInstance();
  // An answer whose text was already written (a raise's, stored for its Idempotency-Key) is sent as that text.
  fastify.setReplySerializer((payload) => replyText(payload));

  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    // The request context and the request logger (src/common/logging.ts) run as middleware on the raw request.
    (request.raw as { id?: string }).id = request.id;
    done();
  });
  // A known path with a method it does not take is 405 with Allow (RFC 9110 §15.5.6), not 404: Fastify only knows
  // that no route matched, so the routes' patterns are kept as they are registered and the path is tried on them.
  const routes: { pattern: RegExp; methods: string[] }[] = [];
  fastify.addHook('onRoute', (route) => {
    const methods = [route.method].flat();
    const source = route.url
      .split('/')
      .map((part) =>
        part.startsWith(':') ? '[^/]+' : part === '*' ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('/');
    routes.push({ pattern: new RegExp(`^${source}$`), methods });
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    if (!request.is404) return done();
    const path = request.url.split('?')[0];
    const allowed = new Set(routes.filter((r) => r.pattern.test(path)).flatMap((r) => r.methods));
    if (allowed.size === 0) return done();
    if (allowed.has('GET')) allowed.add('HEAD');
    void reply.header('allow', [...allowed].sort().join(', '));
    sendProblem(
      reply,
      request,
      problem(
        405,
        'method_not_allowed',
        `This address does not accept ${request.method}; it accepts ${[...allowed].sort().join(', ')}.`,
      ),
    );
  });
  // Only JSON bodies are accepted; anything else is 415. Fastify's parser (which refuses __proto__ poisoning)
  // is wrapped so that a bad body becomes a malformed_json problem rather than a generic 400, and a body nested
  // too deeply (malformed_json) or holding a NUL character (validation_failed) is refused before any route sees it.
  fastify.removeContentTypeParser(['text/plain', 'application/json']);
  const jsonParser = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    // JSON is UTF-8 (RFC 8259 §8.1) and the body is decoded as such: a body declared in another charset would be
    // misread, so it is refused rather than guessed at.
    const charset = charsetOf(request.headers['content-type']);
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')
      return done(
        new UnsupportedMediaTypeError(
          `The request body is declared as charset=${charset.replace(/[^a-z0-9._:-]/g, '').slice(0, 40)}; send application/json in UTF-8 (charset=utf-8 or none).`,
        ),
        undefined,
      );
    if (body === '' || (typeof body === 'string' && body.trim() === ''))
      return done(
        new BadRequestError('malformed_json', 'The request says it has a JSON body but the body is empty.'),
        undefined,
      );
    void jsonParser(request, body.toString(), (error: Error | null, value?: unknown) => {
      if (error)
        return done(new BadRequestError('malformed_json', 'The request body is not valid JSON.'), undefined);
      // Every route's body passes here: refuse what would otherwise be a 500 further in (deep nesting, NUL in text).
      try {
        checkJsonBody(value);
      } catch (refusal) {
        return done(refusal as Error, undefined);
      }
      done(null, value);
    });
  });

  // Spend imports take a finance system's CSV export as it is (RFC 4180 text/csv), kept as bytes so that its SHA-256
  // digest names the file exactly; UTF-8 only, and a larger limit than JSON bodies (a year of ledger lines).
  fastify.addContentTypeParser(
    'text/csv',
    { parseAs: 'buffer', bodyLimit: CSV_BODY_LIMIT_BYTES },
    (request, body, done) => {
      const charset = charsetOf(request.headers['content-type']);
      if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')
        return done(
          new UnsupportedMediaTypeError(
            `The CSV is declared as charset=${charset.replace(/[^a-z0-9._:-]/g, '').slice(0, 40)}; send it in UTF-8.`,
          ),
          undefined,
        );
      done(null, body);
    },
  );

  // Responses are compressed when the client asks (Accept-Encoding) and the body is over 1 KB; an ETag is the
  // resource's version, not a hash of the bytes, so it stays the same whatever the encoding. Request bodies are
  // not decompressed: no client needs it, and it would let a small body expand past the body limit's intent.
  await app.register(compress, { global: true, globalDecompression: false });
  // Security headers (CSP, nosniff, HSTS and the rest) from helmet, built once: Fastify's helmet plugin built the
  // middleware again for every request, re-reading these directives each time (~0.07 ms a request, bench/FINDINGS.md).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        // Local and intranet deployments serve plain HTTP; TLS is the proxy's job.
        upgradeInsecureRequests: null,
      },
    },
  });
  fastify.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error) => done(error instanceof Error ? error : undefined)),
  );
  if (config.corsOrigins.length > 0) await app.register(cors, { origin: config.corsOrigins });

  app.useGlobalPipes(validationPipe());

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json', raw: ['json'] });
  return app;
}
