import { Injectable, PipeTransform, ArgumentMetadata } from '@nestjs/common';
import { BadRequestError } from './domain-error';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Path ids are UUIDs; anything else is a 400 naming the parameter, before any query runs.
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && UUID.test(value)) return value.toLowerCase();
    const field = metadata.data ?? 'id';
    throw new BadRequestError('validation_failed', `${field} must be a UUID.`, [
      { field, message: `${field} must be a UUID` },
    ]);
  }
}
