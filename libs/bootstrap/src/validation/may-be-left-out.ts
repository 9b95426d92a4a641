import { ValidateIf } from 'class-validator';

/**
 * An optional field that cannot be `null`: left out, its validators are skipped; `null` is
 * validated like any other value, and so refused with a 400 naming the field. (`@IsOptional()`
 * lets `null` through, which a service would then ignore or trip over.)
 */
export const MayBeLeftOut = (): PropertyDecorator =>
  ValidateIf((_object: object, value: unknown) => value !== undefined);
