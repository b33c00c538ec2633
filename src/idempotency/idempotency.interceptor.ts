import { CallHandler, ExecutionContext, HttpException, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { FastifyReply } from 'fastify';
import { Observable, catchError, from, of, switchMap, throwError } from 'rxjs';
import { AuthenticatedRequest } from '../auth/auth.decorators';
import { AuthError } from '../auth/auth.errors';
import { isTransientDatabaseFailure } from '../common/database-errors';
import { BadRequestError, DomainError } from '../common/domain-error';
import { etag } from '../common/versioning';
import { IdempotencyService, canonicalJson, requestHash } from './idempotency.service';
import { IDEMPOTENT, IdempotentOptions } from './idempotent.decorator';

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

// Errors raised before any work or inside a transaction that was rolled back: refusals by validation, guards and
// domain rules, and the deadlocks and serialization failures PostgreSQL undid.
function leftNothingDone(error: unknown): boolean {
  return (
    error instanceof DomainError ||
    error instanceof AuthError ||
    error instanceof HttpException ||
    isTransientDatabaseFailure(error)
  );
}

@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly idempotency: IdempotencyService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const options = this.reflector.get<IdempotentOptions | undefined>(IDEMPOTENT, context.getHandler());
    if (!options) return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const raw = request.headers['idempotency-key'];
    const key = Array.isArray(raw) ? raw[0] : raw;
    if (key === undefined) {
      if (options.required)
        throw new BadRequestError(
          'idempotency_key_required',
          'This request needs an Idempotency-Key header.',
        );
      return next.handle();
    }
    if (!KEY_PATTERN.test(key))
      throw new BadRequestError(
        'invalid_idempotency_key',
        'Idempotency-Key must be 1–255 visible ASCII characters.',
      );
    const apiKeyId = request.caller?.keyId ?? 'public';
    const route = `${request.method} ${request.routeOptions.url ?? request.url} ${canonicalJson(request.params)}`;
    const hash = requestHash(route, request.body);
    const status =
      this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ??
      (request.method === 'POST' ? 201 : 200);

    return from(this.idempotency.claim(apiKeyId, key, route, hash)).pipe(
      switchMap((claim) => {
        if (claim.kind === 'replay') {
          for (const [name, value] of Object.entries(claim.headers)) void reply.header(name, value);
          void reply.header('idempotent-replayed', 'true');
          return of(claim.body);
        }
        return next.handle().pipe(
          // The request failed. When nothing was done (refused, or rolled back) the key is released, so the corrected
          // request may use it. When the outcome is unknown (an unexpected error, no pool connection in time after
          // the work may have committed) the claim stays: a retry waits, then finds it abandoned, rather than doing
          // the work a second time at once.
          catchError((error: unknown) =>
            (leftNothingDone(error) ? from(this.idempotency.release(apiKeyId, key)) : of(undefined)).pipe(
              switchMap(() => throwError(() => error)),
            ),
          ),
          // Not under the catchError above: if storing the answer fails, the work is done and the key stays claimed.
          switchMap((body: unknown) => {
            const headers: Record<string, string> = {};
            const location = reply.getHeader('location');
            if (typeof location === 'string') headers.location = location;
            if (
              typeof body === 'object' &&
              body !== null &&
              'version' in body &&
              typeof body.version === 'number'
            )
              headers.etag = etag(body.version);
            return from(this.idempotency.complete(apiKeyId, key, status, body, headers)).pipe(
              switchMap(() => of(body)),
            );
          }),
        );
      }),
    );
  }
}
