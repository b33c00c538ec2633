import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
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
