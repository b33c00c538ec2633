import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import { BadRequestError, StaleVersionError } from './domain-error';

// ETag is the resource's version; If-Match carries it back so that a stale write is refused with 412.
export function etag(version: number): string {
  return `"${version}"`;
}

export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header) ?? /^\s*(\d{1,9})\s*$/.exec(header);
  if (!match)
    throw new BadRequestError('invalid_if_match', 'If-Match must be an ETag this API issued, such as "3".', [
      { field: 'If-Match', message: 'If-Match is not a valid ETag' },
    ]);
  return Number(match[1]);
}

export const IfMatch = createParamDecorator((_: unknown, ctx: ExecutionContext): number | undefined => {
  const request = ctx.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>();
  const header = request.headers['if-match'];
  return parseIfMatch(Array.isArray(header) ? header[0] : header);
});

export function assertVersion(current: number, expected: number | undefined): void {
  if (expected !== undefined && expected !== current) throw new StaleVersionError(current);
}

// Documents the optional If-Match header on a state-changing route.
export const ApiIfMatch = (description = 'The ETag last read; a stale one is refused with 412.') =>
  ApiHeader({ name: 'If-Match', required: false, description });

export const IF_MATCH_REQUIRED = 'apx:if-match-required';

// A partial update (PATCH) must name the version it was based on: without If-Match it would silently overwrite a
// change made since the caller's read (the lost update). 428 when it is missing (RFC 6585 §3); `*` names no version,
// so it counts as missing. State transitions keep it optional: their own rules refuse a stale transition.
export const RequireIfMatch = () =>
  applyDecorators(
    SetMetadata(IF_MATCH_REQUIRED, true),
    ApiHeader({
      name: 'If-Match',
      required: true,
      description:
        'The ETag last read (such as "3"); a stale one is refused with 412, a missing one with 428.',
    }),
    ApiResponse({
      status: 428,
      description:
        'precondition_required: If-Match is missing (or `*`), so the change could overwrite one not seen.',
    }),
  );

// RFC 9110 §13.1.2: If-None-Match matches when it is `*` or lists the current ETag, compared weakly.
export function noneMatchHits(header: string | undefined, current: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === current);
}
