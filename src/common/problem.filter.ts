import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger, Optional } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnreachable, isPoolTimeout, isTransientDatabaseFailure } from './database-errors';
import { DomainError } from './domain-error';
import { Problem, domainProblem, problem, transportProblem } from './problem';
import { DatabaseOutage } from './database-outage';

export function toProblem(error: unknown, logger: Logger, outage?: DatabaseOutage): Problem {
  if (error instanceof DomainError) return domainProblem(error);
  const transport = transportProblem(error instanceof HttpException ? { status: error.getStatus() } : error);
  if (transport) return transport;
  if (isTransientDatabaseFailure(error)) {
    logger.warn(error instanceof Error ? error.message : String(error));
    return problem(
      503,
      'transient_failure',
      'The request collided with another one and was undone; send it again.',
      {
        retryAfterSeconds: 1,
      },
    );
  }
  // Logged once per outage by DatabaseOutage, not per request; a pool wait that times out during one is the outage.
  if (isDatabaseUnreachable(error) || (outage?.isDown && isPoolTimeout(error))) {
    outage?.noticed(error);
    return problem(
      503,
      'database_unavailable',
      'The database is not answering. Retry later; a write in flight may have taken effect: read it back, or send ' +
        'it again with the same Idempotency-Key.',
      { retryAfterSeconds: 5 },
    );
  }
  if (isPoolTimeout(error)) {
    logger.warn(error instanceof Error ? error.message : String(error));
    return problem(
      503,
      'service_busy',
      'The service was too busy to answer in time, and the request may have taken effect: read it back, or send it ' +
        'again with the same Idempotency-Key.',
      { retryAfterSeconds: 5 },
    );
  }
  logger.error(error instanceof Error ? error : String(error));
  return problem(
    500,
    'internal_error',
    'Something went wrong on our side. Quote the requestId if you contact us.',
  );
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, body: Problem): void {
  if (body.status === 401) void reply.header('www-authenticate', 'Bearer');
  if ((body.status === 429 || body.status === 503) && typeof body.retryAfterSeconds === 'number')
    void reply.header('retry-after', String(body.retryAfterSeconds));
  void reply
    .status(body.status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .send(JSON.stringify({ ...body, requestId: request.id }));
}

// Every error a client can see is an RFC 9457 problem; stacks go to the log only.
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  constructor(@Optional() private readonly outage?: DatabaseOutage) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(
      http.getResponse<FastifyReply>(),
      http.getRequest<FastifyRequest>(),
      toProblem(error, this.logger, this.outage),
    );
  }
}
