import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { FastifyReply } from 'fastify';
import { Observable, catchError, from, map, of, switchMap, throwError } from 'rxjs';
import { AuthenticatedRequest } from '../auth/auth.decorators';
import { BadRequestError } from '../common/domain-error';
import {
  DurableKey,
  IdempotencyService,
  StoredAnswer,
  answerHeaders,
  canonicalJson,
  keepDurableKey,
  requestHash,
} from './idempotency.service';
import { IDEMPOTENT, IdempotentOptions } from './idempotent.decorator';

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

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

    if (options.durable)
      return this.durable(reply, next, { apiKeyId, key, route, hash, status, answered: false }, request);

    return from(this.idempotency.claim(apiKeyId, key, route, hash)).pipe(
      switchMap((claim) => {
        if (claim.kind === 'replay') {
          for (const [name, value] of Object.entries(claim.headers)) void reply.header(name, value);
          void reply.header('idempotent-replayed', 'true');
          return of(claim.body);
        }
        return next.handle().pipe(
          // The handler failed: there is no answer to keep, so the key is released and a retry runs at once (after a
          // refusal, a rolled-back deadlock, or service_busy).
          catchError((error: unknown) =>
            from(this.idempotency.release(apiKeyId, key)).pipe(switchMap(() => throwError(() => error))),
          ),
          // Not under the catchError above: the work is done, so if its answer cannot be stored the claim stays,
          // and a retry waits for it rather than doing the work again.
          switchMap((body: unknown) =>
            from(
              this.idempotency.complete(
                { apiKeyId, key },
                status,
                body,
                answerHeaders(body, reply.getHeader('location')),
              ),
            ).pipe(switchMap(() => of(body))),
          ),
        );
      }),
    );
  }

  // No claim before the work (one key, one call-off is held by the work itself): the handler stores its answer in its
  // own transaction, or replays the one stored (StoredAnswer). An answer the handler did not store (it answered a
  // repeat from what the key already created) is stored here, so this API key's next repeat replays it.
  private durable(
    reply: FastifyReply,
    next: CallHandler,
    durable: DurableKey,
    request: object,
  ): Observable<unknown> {
    keepDurableKey(request, durable);
    let replayed = false;
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (!(error instanceof StoredAnswer)) return throwError(() => error);
        replayed = true;
        for (const [name, value] of Object.entries(error.headers)) void reply.header(name, value);
        void reply.header('idempotent-replayed', 'true');
        return of(error.body);
      }),
      switchMap((body: unknown) =>
        replayed || durable.answered
          ? of(body)
          : from(
              this.idempotency.complete(
                { apiKeyId: durable.apiKeyId, key: durable.key, durable },
                durable.status,
                body,
                answerHeaders(body, reply.getHeader('location')),
              ),
            ).pipe(map(() => body)),
      ),
    );
  }
}
