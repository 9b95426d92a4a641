import { parsePostcode } from '@wt/geo';
import { addYears, DateWindow, isoDateOf, isWithinWindow, looksLikeBsn } from '@wt/job-seekers';
import { findQualification } from '@wt/taxonomy';
import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

/** A YYYY-MM-DD date that exists and lies within `window` of today (1900 is a typo, not a plan). */
export function IsDateWithin(window: DateWindow, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isDateWithin',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && isWithinWindow(value, isoDateOf(new Date()), window),
        defaultMessage: () => {
          const today = isoDateOf(new Date());
          return `$property must be a date (YYYY-MM-DD) between ${addYears(today, -window.yearsBack)} and ${addYears(today, window.yearsAhead)}`;
        },
      },
    });
}

/** Not below a sibling property (hours max vs min). */
export function IsNotLessThan(sibling: string, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isNotLessThan',
      target: target.constructor,
      propertyName,
      constraints: [sibling],
      options,
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const other = (args.object as Record<string, unknown>)[sibling];
          return typeof value !== 'number' || typeof other !== 'number' || value >= other;
        },
        defaultMessage: () => `$property must not be less than ${sibling}`,
      },
    });
}

/** A Dutch postcode (`7511 AB`) or PC4 (`7511`), or a German one, per the sibling `country`. */
export function IsPostcodeOfCountry(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isPostcodeOfCountry',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const country = (args.object as { country?: 'NL' | 'DE' }).country ?? 'NL';
          return typeof value === 'string' && parsePostcode(value, country) !== undefined;
        },
        defaultMessage: (args?: ValidationArguments) =>
          (args?.object as { country?: string })?.country === 'DE'
            ? '$property must be a German postcode of five digits (01001-99998)'
            : '$property must be a Dutch postcode such as 7511 AB (or its four digits); it cannot start with 0 or end in SA, SD or SS',
      },
    });
}

/** A client reference is rejected when it is a BSN: this system never stores one. */
export function IsNotBsn(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isNotBsn',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !looksLikeBsn(value),
        defaultMessage: () =>
          '$property looks like a BSN; this system stores no BSN, use the client number of UWV or the municipality',
      },
    });
}

/** `NL:MBO-3`, `DE:AUSBILDUNG-3`, ...: a qualification the level tables know. */
export function IsKnownQualification(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isKnownQualification',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && findQualification(value) !== undefined,
        defaultMessage: () =>
          '$property must be a known Dutch or German qualification code such as NL:MBO-3, NL:HBO-BACHELOR or DE:AUSBILDUNG-3',
      },
    });
}
