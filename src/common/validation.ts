import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { ValidationTypes, getMetadataStorage } from 'class-validator';
import { BadRequestError, FieldError } from './domain-error';
import { checkQuery } from './json-guard';

// One message per field: the first rule the DTO declares for it that failed. Decorators register bottom-up, so the
// constraints come in reverse order of the source, where the type check is written first: `abc` for an integer
// from 1 to 10 is "must be an integer", not that and both bounds.
function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const first = Object.values(error.constraints ?? {}).at(-1);
    const own =
      first === undefined
        ? []
        : [{ field, message: first.startsWith('property ') ? `${field} is not an accepted field` : first }];
    return own.concat(flatten(error.children ?? [], field));
  });
}

function refuse(fields: FieldError[]): BadRequestError {
  return new BadRequestError(
    'validation_failed',
    `The request has ${fields.length} invalid field${fields.length === 1 ? '' : 's'}.`,
    fields,
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const PRIMITIVES: unknown[] = [String, Boolean, Number, Array, Object];
const isDtoClass = (metatype: unknown): metatype is new () => object =>
  typeof metatype === 'function' && !PRIMITIVES.includes(metatype);

// A DTO's nested members (its @ValidateNested properties, whether each is an array, and their DTO class), read once
// per class from its decorators' metadata, which is fixed once the class is defined, rather than filtered out of
// every class's metadata on every request (bench/FINDINGS.md, eighth round).
interface NestedMember {
  property: string;
  each: boolean;
  type: unknown;
}
const nestedMembers = new WeakMap<new () => object, NestedMember[]>();
function nestedMembersOf(metatype: new () => object): NestedMember[] {
  let members = nestedMembers.get(metatype);
  if (!members) {
    members = getMetadataStorage()
      .getTargetValidationMetadatas(metatype, '', true, false)
      .filter((m) => m.type === ValidationTypes.NESTED_VALIDATION)
      .map((m) => ({
        property: m.propertyName,
        each: !!m.each,
        type: defaultMetadataStorage.findTypeMetadata(metatype, m.propertyName)?.typeFunction(),
      }));
    nestedMembers.set(metatype, members);
  }
  return members;
}

// class-validator's @ValidateNested validates every element of an array it is given, so an array where an object is
// declared passes (`"plan": []` has no objectives to fail) and class-transformer then builds an array of DTOs. Every
// nested member is checked here from the DTOs' own metadata: an object member must be a JSON object, and each element
// of an array of objects must be one, at any depth.
function nestedShapeErrors(
  metatype: new () => object,
  value: Record<string, unknown>,
  path: string,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const { property, each, type } of nestedMembersOf(metatype)) {
    const member = value[property];
    if (member === undefined || member === null) continue;
    const field = path ? `${path}.${property}` : property;
    const check = (item: unknown, itemField: string) => {
      if (!isRecord(item)) errors.push({ field: itemField, message: `${itemField} must be an object` });
      else if (isDtoClass(type)) errors.push(...nestedShapeErrors(type, item, itemField));
    };
    // An array member declares `each`; its own array type is its @IsArray's to check.
    if (each) {
      if (Array.isArray(member)) member.forEach((item, i) => check(item, `${field}.${i}`));
    } else check(member, field);
  }
  return errors;
}

// A DTO member holding an array whose elements its service checks by hand (a provider's 1,000 attendance marks:
// class-transformer's copy and Nest's walks over them cost more than the write). The pipe checks the member's own
// rules (an array, its size) on a stand-in of the same length, then hands the service the elements as JSON.parse made
// them. The hand check must refuse anything but the fields it expects (so also __proto__ and constructor).
const CHECKED_BY_HAND = Symbol('checkedByHand');
export function CheckedByHand(): PropertyDecorator {
  return (target, property) => {
    const members =
      (Reflect.getOwnMetadata(CHECKED_BY_HAND, target.constructor) as (string | symbol)[] | undefined) ?? [];
    Reflect.defineMetadata(CHECKED_BY_HAND, [...members, property], target.constructor);
  };
}

class ApiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'query') checkQuery(value);
    if (isDtoClass(metadata.metatype) && (metadata.type === 'body' || metadata.type === 'query')) {
      // A body that is there must be a JSON object: `null` would otherwise read as `{}` (a PATCH that changes nothing
      // and answers 200). No body at all stays allowed where every field is optional.
      if (metadata.type === 'body' && value !== undefined && !isRecord(value))
        throw refuse([{ field: '(body)', message: 'The request body must be a JSON object' }]);
      if (isRecord(value)) {
        const shapes = nestedShapeErrors(metadata.metatype, value, '');
        if (shapes.length > 0) throw refuse(shapes);
        const byHand =
          (Reflect.getMetadata(CHECKED_BY_HAND, metadata.metatype) as string[] | undefined) ?? [];
        const kept = byHand.filter((member) => Array.isArray(value[member]));
        if (kept.length > 0) {
          const standIn = { ...value };
          for (const member of kept)
            standIn[member] = new Array((value[member] as unknown[]).length).fill(null);
          const dto = (await super.transform(standIn, metadata)) as Record<string, unknown>;
          for (const member of kept) dto[member] = value[member];
          return dto;
        }
      }
    }
    return super.transform(value, metadata);
  }
}

// class-validator looks up a class's rules afresh each time it validates an object of it (a raise's body is seven):
// it filters the class's own rules and scans every class with rules (every DTO of the API) for the ones it inherits
// from, then groups the result by property. The rules are fixed once the classes are defined, so each look-up and
// its grouping are kept per class and options, and forgotten whenever a rule is added (bench/FINDINGS.md, tenth
// round). Callers only read what they get, as they did before.
type RuleStorage = ReturnType<typeof getMetadataStorage>;
function keepRuleLookups(storage: RuleStorage): void {
  type Lookup = RuleStorage['getTargetValidationMetadatas'];
  type Rules = ReturnType<Lookup>;
  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let kept = new Map<unknown, Map<string, Rules>>();
  let grouped = new WeakMap<Rules, ReturnType<RuleStorage['groupByPropertyName']>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const options = `${schema}|${always}|${strictGroups}|${groups?.join(',') ?? ''}`;
    let byOptions = kept.get(target);
    if (!byOptions) kept.set(target, (byOptions = new Map<string, Rules>()));
    let rules = byOptions.get(options);
    if (!rules) byOptions.set(options, (rules = lookUp(target, schema, always, strictGroups, groups)));
    return rules;
  };
  storage.groupByPropertyName = (rules) => {
    let byProperty = grouped.get(rules);
    if (!byProperty) grouped.set(rules, (byProperty = group(rules)));
    return byProperty;
  };
  storage.addValidationMetadata = (rule) => {
    kept = new Map();
    grouped = new WeakMap();
    add(rule);
  };
}
keepRuleLookups(getMetadataStorage());

// Unknown fields are refused rather than dropped, so an integrator's typo is never silently ignored.
export function validationPipe(): ValidationPipe {
  return new ApiValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => refuse(flatten(errors)),
  });
}
