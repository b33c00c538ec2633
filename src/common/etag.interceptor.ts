import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { Observable, map } from 'rxjs';
import { etag } from './versioning';

// Any single resource with a numeric version gets its ETag header, so no controller has to remember it.
@Injectable()
export class EtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((body: unknown) => {
        if (
          typeof body === 'object' &&
          body !== null &&
          'version' in body &&
          typeof body.version === 'number'
        )
          void context.switchToHttp().getResponse<FastifyReply>().header('etag', etag(body.version));
        return body;
      }),
    );
  }
}
