import { IsInt, IsString, MetadataStorage, getMetadataStorage, validateSync } from 'class-validator';
import { CreateCallOffDto } from '../call-offs/dto/create-call-off.dto';
import './validation';

// src/common/validation.ts keeps class-validator's rule look-ups (keepRuleLookups) once it is loaded.
describe('kept rule look-ups', () => {
  const storage = getMetadataStorage();
  const fresh = (target: object) =>
    MetadataStorage.prototype.getTargetValidationMetadatas.call(storage, target as never, '', false, false);

  it('answers each class with the rules class-validator itself finds, own and inherited', () => {
    class Base {
      @IsString() name!: string;
    }
    class Derived extends Base {
      @IsInt() count!: number;
    }
    for (const target of [CreateCallOffDto, Base, Derived]) {
      const kept = storage.getTargetValidationMetadatas(target, '', false, false);
      expect(kept).toEqual(fresh(target));
      // Kept: the same answer again, and its grouping with it.
      expect(storage.getTargetValidationMetadatas(target, '', false, false)).toBe(kept);
      expect(storage.groupByPropertyName(kept)).toBe(storage.groupByPropertyName(kept));
    }
    expect(Object.keys(storage.groupByPropertyName(fresh(Derived))).sort()).toEqual(['count', 'name']);
  });

  it('forgets what it kept when a rule is added, as a class defined later adds its own', () => {
    class Early {
      @IsString() first!: string;
    }
    const before = storage.getTargetValidationMetadatas(Early, '', false, false);
    expect(before.map((rule) => rule.propertyName)).toEqual(['first']);
    // A decorator applied once the class exists (as a mixin or a later module would).
    IsInt()(Early.prototype, 'second');
    const after = storage.getTargetValidationMetadatas(Early, '', false, false);
    expect(after.map((rule) => rule.propertyName).sort()).toEqual(['first', 'second']);
    expect(
      validateSync(Object.assign(new Early(), { first: 'a', second: 'b' })).map((e) => e.property),
    ).toEqual(['second']);
  });
});
