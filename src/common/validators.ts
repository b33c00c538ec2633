import { Transform } from 'class-transformer';
import { IsUUID, Matches, ValidateIf, ValidationOptions, registerDecorator } from 'class-validator';

// Decimal given as a string or number with at most `scale` places, inside [min, max]; kept exact as a string.
export function IsDecimalInRange(
  min: number,
  max: number,
  scale: number,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isDecimalInRange',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `${String(propertyName)} must be a number from ${min} to ${max} with at most ${scale} decimal places`,
        ...options,
      },
      validator: {
        validate(value: unknown) {
          const text = typeof value === 'number' ? String(value) : value;
          if (typeof text !== 'string' || !new RegExp(`^\\d+(\\.\\d{1,${scale}})?$`).test(text)) return false;
          const n = Number(text);
          return n >= min && n <= max;
        },
      },
    });
}

// Pence are whole numbers within the safe integer range; never floats.
export const MAX_PENCE = 1_000_000_000_000;

// £1m: far above any real unit price (a full-time place for a year is ~£25k), and low enough that the largest
// quote a 50-year calendar allows stays an exact integer of pence (hour unit, 10 sessions of 8 hours, every day of
// 50 years: 2.9e13 pence, below 2^53), so pricing never overflows into a 500.
export const MAX_UNIT_PRICE_PENCE = 100_000_000;

// For a field that may be left out but never sent as null, because its column has a default and no null: unlike
// IsOptional, which lets null through to a NOT NULL column (a 500), null here meets the field's other validators.
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_object: unknown, value: unknown) => value !== undefined);
}

// A UUID in either case, kept in lower case (RFC 9562 §4: UUIDs are case-insensitive on input). PostgreSQL reads
// both, but ids also meet as strings in code (scope checks, the top-ranked provider, cached lots), where they must match.
export function IsId(options: { each?: boolean } = {}): PropertyDecorator {
  const lower = Transform(({ value }: { value: unknown }) => lowerCaseIds(value));
  const uuid = IsUUID('all', options);
  return (target: object, propertyName: string | symbol) => {
    lower(target, propertyName);
    uuid(target, propertyName);
  };
}

function lowerCaseIds(value: unknown): unknown {
  if (typeof value === 'string') return value.toLowerCase();
  if (Array.isArray(value))
    return (value as unknown[]).map((item) => (typeof item === 'string' ? item.toLowerCase() : item));
  return value;
}

// A reason, justification or name that is there to be read: whitespace alone says nothing, so it is refused like
// an empty string (what a history records as "why" must say why).
export function IsNotBlank(): PropertyDecorator {
  return Matches(/\S/, { message: ({ property }) => `${property} must not be blank` });
}
