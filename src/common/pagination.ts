import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadRequestError } from './domain-error';
import { UUID } from './parse-id.pipe';

export class PageQueryDto {
  @ApiProperty({ required: false, minimum: 1, maximum: 200, default: 50, type: 'integer' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiProperty({ required: false, maxLength: 500, description: 'The nextCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

// Keyset pagination on (created_at, id): every row that existed when listing began is returned exactly once,
// however many rows are inserted meanwhile. created_at is stored to the millisecond so a JS Date round-trips.
export async function paginate<T extends ObjectLiteral & { id: string; createdAt: Date }>(
  query: SelectQueryBuilder<T>,
  page: PageQueryDto,
): Promise<Page<T>> {
  const alias = query.alias;
  const limit = page.limit ?? 50;
  if (page.cursor !== undefined) {
    const [createdAt, id] = decodeCursor(page.cursor);
    query.andWhere(`(${alias}.created_at, ${alias}.id) > (:cursorCreatedAt, :cursorId)`, {
      cursorCreatedAt: createdAt,
      cursorId: id,
    });
  }
  const rows = await query
    .orderBy(`${alias}.created_at`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .take(limit + 1)
    .getMany();
  const data = rows.slice(0, limit);
  const last = data[data.length - 1];
  return { data, nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null };
}

export function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString('base64url');
}

const CURSOR_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      // Exactly what encodeCursor writes: anything looser can reach PostgreSQL as a bad timestamp or uuid.
      // toISOString alone also round-trips year 0, years BC and six-digit years, which PostgreSQL refuses.
      CURSOR_TIMESTAMP.test(value[0]) &&
      !value[0].startsWith('0000') &&
      new Date(value[0]).toISOString() === value[0] &&
      typeof value[1] === 'string' &&
      UUID.test(value[1])
    )
      return [value[0], value[1]];
  } catch {
    // fall through to the problem below
  }
  throw new BadRequestError('invalid_cursor', 'The cursor is not one this API issued.', [
    { field: 'cursor', message: 'cursor is not valid' },
  ]);
}

// The same contract over rows already read in a fixed order that is not (created_at, id), such as a provider's check
// history: the cursor names the last row returned, which must still be there (checks are never deleted), so every row
// that existed when listing began is returned once.
export function pageLoaded<T>(
  rows: T[],
  page: PageQueryDto,
  keyOf: (row: T) => { createdAt: Date; id: string },
): Page<T> {
  const limit = page.limit ?? 50;
  let start = 0;
  if (page.cursor !== undefined) {
    const [, id] = decodeCursor(page.cursor);
    const at = rows.findIndex((row) => keyOf(row).id === id);
    if (at < 0)
      throw new BadRequestError('invalid_cursor', 'The cursor is not one this API issued.', [
        { field: 'cursor', message: 'cursor is not valid' },
      ]);
    start = at + 1;
  }
  const data = rows.slice(start, start + limit);
  const last = data[data.length - 1];
  const more = start + limit < rows.length;
  return { data, nextCursor: more && last ? encodeCursor(keyOf(last).createdAt, keyOf(last).id) : null };
}

export function mapPage<T, R>(page: Page<T>, map: (row: T) => R): Page<R> {
  return { data: page.data.map(map), nextCursor: page.nextCursor };
}
