import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage, ValidationTypes } from 'class-validator';

type Constructor = abstract new (...args: never[]) => unknown;

export interface NestedField {
  property: string;
  /** `@ValidateNested({each: true})`: a list of objects; otherwise one object. */
  list: boolean;
  type: Constructor | undefined;
}

/** The `@ValidateNested` properties of a DTO class (inherited ones included) and their types. */
export function nestedFieldsOf(dto: Constructor): NestedField[] {
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(
    dto as unknown as new () => object,
    '',
    true,
    false,
  );
  const fields = new Map<string, NestedField>();
  for (const metadata of metadatas) {
    if (metadata.type !== ValidationTypes.NESTED_VALIDATION) continue;
    const typeMetadata = defaultMetadataStorage.findTypeMetadata(
      dto as unknown as new () => object,
      metadata.propertyName,
    );
    fields.set(metadata.propertyName, {
      property: metadata.propertyName,
      list: metadata.each === true,
      type: typeMetadata?.typeFunction() as Constructor | undefined,
    });
  }
  return [...fields.values()];
}

/**
 * class-validator validates the items of an array given where one nested object belongs, and
 * class-transformer turns `[[]]` into `[{}]`: both pass, and the service then reads nothing from
 * them. So before either runs, every nested field must have the shape its DTO declares: one plain
 * object, or an array of plain objects. `null` and absent are left to `@IsOptional`.
 */
export function nestedShapeProblems(dto: Constructor, value: unknown, path = ''): string[] {
  if (!isPlainObject(value)) return [];
  const problems: string[] = [];
  for (const field of nestedFieldsOf(dto)) {
    const item = value[field.property];
    if (item === undefined || item === null) continue;
    const name = path ? `${path}.${field.property}` : field.property;
    if (!field.list) {
      if (!isPlainObject(item)) {
        problems.push(`${name} must be an object${Array.isArray(item) ? ', not an array' : ''}`);
      } else if (field.type) {
        problems.push(...nestedShapeProblems(field.type, item, name));
      }
      continue;
    }
    if (!Array.isArray(item)) {
      problems.push(`${name} must be an array of objects`);
      continue;
    }
    item.forEach((element, index) => {
      if (!isPlainObject(element)) {
        problems.push(
          `${name}.${index} must be an object${Array.isArray(element) ? ', not an array' : ''}`,
        );
      } else if (field.type) {
        problems.push(...nestedShapeProblems(field.type, element, `${name}.${index}`));
      }
    });
  }
  return problems;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
