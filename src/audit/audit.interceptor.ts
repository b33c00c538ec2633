import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FastifyReply } from 'fastify';
import { Observable, concatMap, from, map } from 'rxjs';
import { AuthenticatedRequest } from '../auth/auth.decorators';
import { Caller, Role } from '../auth/role';
import { AuditRequestState, auditContext } from './audit-context';
import { RECORDS_READS } from './audit.decorators';
import { subjectOf } from './audit-record';
import { AuditService } from './audit.service';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// POSTs that change nothing (a priced quote has no side effects): not an action to account for.
const WITHOUT_SIDE_EFFECTS = new Set(['createQuote']);
// Admin and auditor may read records holding child data they have no part in; their reads are the ones recorded.
const READS_RECORDED_FOR = new Set<Role>([Role.Admin, Role.Auditor]);

function idsIn(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return [];
  if ('data' in body && Array.isArray(body.data))
    return (body.data as unknown[]).flatMap((item) => idsIn(item));
  return 'id' in body && typeof body.id === 'string' ? [body.id] : [];
}

// Every mutating request that succeeds is recorded: by its writer inside its own transaction when the writer does so
// (AuditService.record), otherwise here, once the handler has answered (the change has committed by then). Reads of
// routes marked @RecordsReads are recorded here for admin and auditor, before the answer is sent: a read that cannot
// be recorded is not answered.
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger(AuditInterceptor.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.audit.enabled || context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const handler = context.getHandler();
    const readsOf = this.reflector.get<string | undefined>(RECORDS_READS, handler);
    const caller = request.caller;
    const mutating = MUTATING.has(request.method) && !WITHOUT_SIDE_EFFECTS.has(handler.name);
    const readRecorded = readsOf !== undefined && caller !== undefined && READS_RECORDED_FOR.has(caller.role);
    if (!mutating && !readRecorded) return next.handle();

    const routePattern = request.routeOptions.url ?? request.url;
    const state: AuditRequestState = {
      requestId: String(request.id),
      route: `${request.method} ${routePattern}`,
      caller: caller ?? null,
      action: handler.name,
      input: request.body,
      recordedByWriter: false,
    };
    const handled = new Observable<unknown>((subscriber) =>
      auditContext.run(state, () => next.handle().subscribe(subscriber)),
    );
    return handled.pipe(
      concatMap((body) =>
        auditContext.run(state, () =>
          from(
            readRecorded
              ? this.audit.recordReads(caller, handler.name, readsOf, idsIn(body))
              : this.afterChange(context, state, caller ?? null, handler.name, routePattern, body),
          ).pipe(map(() => body)),
        ),
      ),
    );
  }

  private async afterChange(
    context: ExecutionContext,
    state: AuditRequestState,
    caller: Caller | null,
    action: string,
    routePattern: string,
    body: unknown,
  ): Promise<void> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    // A replayed idempotent answer repeats an action already recorded; a writer that recorded in its transaction
    // has recorded this one.
    if (state.recordedByWriter) return this.audit.sealSoon();
    if (reply.getHeader('idempotent-replayed') === 'true') return;
    try {
      await this.audit.recordRequest({
        caller,
        action,
        subject: subjectOf(routePattern, request.params as Record<string, string | undefined>, body),
        input: request.body,
      });
    } catch (error) {
      // The change has committed and its answer must reach the client (a retry would repeat it); the gap is logged.
      this.logger.error(
        `audit entry not recorded for ${state.route} (request ${state.requestId}): ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
