import { ValidationError, ValidationPipe } from '@nestjs/common';
import { BadRequestError, FieldError } from './domain-error';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.startsWith('property ') ? `${field} is not an accepted field` : message,
    }));
    return own.concat(flatten(error.children ?? [], field));
  });
}

// Unknown fields are refused rather than dropped, so an integrator's typo is never silently ignored.
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return new BadRequestError(
        'validation_failed',
        `The request has ${fields.length} invalid field${fields.length === 1 ? '' : 's'}.`,
        fields,
      );
    },
  });
}
