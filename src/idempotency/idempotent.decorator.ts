import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';

export const IDEMPOTENT = 'apx:idempotent';

export interface IdempotentOptions {
  required: boolean;
  // The handler keeps the key with what it creates and answers a repeat itself (call-offs): no claim is taken before
  // the work, whose transaction stores the answer (DurableKey in idempotency.service.ts).
  durable?: boolean;
}

// Honours Idempotency-Key on a creating POST; `required` refuses the request without one.
export const Idempotent = (options: IdempotentOptions = { required: false }) =>
  applyDecorators(
    SetMetadata(IDEMPOTENT, options),
    ApiHeader({
      name: 'Idempotency-Key',
      required: options.required,
      description: options.durable
        ? 'A unique key per intended request. The same key with the same body replays the first response for 24 hours; with another body it is refused with 409. A call-off keeps its key for good, for every API key of the organisation: the same request later is answered with that call-off, another with 409.'
        : 'A unique key per intended request. The same key with the same body replays the first response for 24 hours; with another body it is refused with 409.',
      schema: { type: 'string', maxLength: 255 },
    }),
  );
