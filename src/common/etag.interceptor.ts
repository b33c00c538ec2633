import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Observable, map } from 'rxjs';
import { PreconditionRequiredError } from './domain-error';
import { IF_MATCH_REQUIRED, etag, noneMatchHits, parseIfMatch } from './versioning';

const headerOf = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

// Conditional requests for every route, so no controller has to remember them: a single resource with a numeric
// version gets its ETag; a GET whose If-None-Match names it is answered 304 with no body; a route marked
// @RequireIfMatch() is refused with 428 before its body is even validated when If-Match names no version.
@Injectable()
export class EtagInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    if (
      this.reflector.get<boolean>(IF_MATCH_REQUIRED, context.getHandler()) &&
      parseIfMatch(headerOf(request, 'if-match')) === undefined
    )
      throw new PreconditionRequiredError();
    return next.handle().pipe(
      map((body: unknown) => {
        if (
          typeof body !== 'object' ||
          body === null ||
          !('version' in body) ||
          typeof body.version !== 'number'
        )
          return body;
        const tag = etag(body.version);
        void reply.header('etag', tag);
        // RFC 9110 §15.4.5: the 304 carries the ETag and the other headers a 200 would, but no body.
        if (
          (request.method === 'GET' || request.method === 'HEAD') &&
          noneMatchHits(headerOf(request, 'if-none-match'), tag)
        ) {
          void reply.status(304);
          return undefined;
        }
        return body;
      }),
    );
  }
}
