import { findQualification, isValidEqf } from '@wt/taxonomy';
import type { FieldError, VacancyChanges } from '../vacancy.types';
import type { VacancyFields } from './vacancy-fields.util';

/** The Dutch Working Hours Act allows at most 60 hours in a single week. */
export const MAX_HOURS_PER_WEEK = 60;
export const MAX_TITLE_LENGTH = 200;
/** About ten pages of text: longer is a pasted document, not a vacancy text. */
export const MAX_DESCRIPTION_LENGTH = 20_000;

/** A start or closing date set now lies within this many years of today (1900 and 9999 are typos). */
export const VACANCY_DATE_WINDOW_YEARS = 3;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DUTCH_POSTCODE = /^[1-9][0-9]{3}( ?[A-Z]{2})?$/;
const GERMAN_POSTCODE = /^(?!00)[0-9]{5}$/;

export interface RuleContext {
  /** Today in the region (YYYY-MM-DD). */
  today: string;
  /** Only a closing date being set now must lie ahead; an old one just makes the vacancy expire. */
  closingDateChanged: boolean;
  /** Likewise, only a start date being set now must lie within the window. */
  startDateChanged?: boolean;
}

/** The rules that span fields; each broken rule names the field to fix. */
export function checkVacancyFields(f: VacancyFields, context: RuleContext): FieldError[] {
  return [
    ...checkHours(f),
    ...checkDates(f, context),
    ...checkLocation(f),
    ...checkCountrySpecific(f),
    ...checkLists(f),
  ];
}

function checkHours(f: VacancyFields): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of ['hoursMin', 'hoursMax'] as const) {
    const value = f[field];
    if (value !== null && (value < 0 || value > MAX_HOURS_PER_WEEK)) {
      errors.push({ field, message: `must be between 0 and ${MAX_HOURS_PER_WEEK} hours per week` });
    }
  }
  if (f.hoursMin !== null && f.hoursMax !== null && f.hoursMin > f.hoursMax) {
    errors.push({ field: 'hoursMax', message: `must not be less than hoursMin (${f.hoursMin})` });
  }
  return errors;
}

function checkDates(f: VacancyFields, context: RuleContext): FieldError[] {
  const { today, closingDateChanged, startDateChanged = false } = context;
  const errors: FieldError[] = [];
  const changed = { startDate: startDateChanged, closingDate: closingDateChanged };
  for (const field of ['startDate', 'closingDate'] as const) {
    const value = f[field];
    if (value === null) continue;
    if (!isCalendarDate(value)) {
      errors.push({ field, message: 'must be a real calendar date (YYYY-MM-DD)' });
    } else if (changed[field] && !withinYears(value, today, VACANCY_DATE_WINDOW_YEARS)) {
      const from = shiftYears(today, -VACANCY_DATE_WINDOW_YEARS);
      const to = shiftYears(today, VACANCY_DATE_WINDOW_YEARS);
      errors.push({ field, message: `must be a date between ${from} and ${to}` });
    }
  }
  if (errors.length > 0) return errors;
  if (f.startDate && f.closingDate && f.closingDate < f.startDate) {
    errors.push({
      field: 'closingDate',
      message: `must not be before startDate (${f.startDate})`,
    });
  } else if (closingDateChanged && f.closingDate && f.closingDate < today) {
    errors.push({ field: 'closingDate', message: `must not be in the past (today is ${today})` });
  }
  return errors;
}

/** `2026-04-31` is not a date, though every part of it is in range. */
export function isCalendarDate(value: string): boolean {
  const parts = ISO_DATE.exec(value);
  if (!parts) return false;
  const [year, month, day] = parts.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

function shiftYears(isoDate: string, years: number): string {
  return `${String(Number(isoDate.slice(0, 4)) + years).padStart(4, '0')}${isoDate.slice(4)}`;
}

function withinYears(isoDate: string, today: string, years: number): boolean {
  return isoDate >= shiftYears(today, -years) && isoDate <= shiftYears(today, years);
}

function checkLocation(f: VacancyFields): FieldError[] {
  const errors: FieldError[] = [];
  const hasCoordinates = f.latitude !== null && f.longitude !== null;
  if (!f.workPlace && !f.workPostcode && !hasCoordinates) {
    errors.push({ field: 'workPlace', message: 'or workPostcode is required' });
  }
  if ((f.latitude === null) !== (f.longitude === null)) {
    errors.push({ field: 'longitude', message: 'and latitude must be given together' });
  }
  if (f.workPostcode) {
    const pattern = f.country === 'DE' ? GERMAN_POSTCODE : DUTCH_POSTCODE;
    if (!pattern.test(f.workPostcode)) {
      errors.push({
        field: 'workPostcode',
        message:
          f.country === 'DE'
            ? 'must be a German postcode of five digits'
            : 'must be a Dutch postcode (1234 AB or 1234)',
      });
    }
  }
  return errors;
}

function checkCountrySpecific(f: VacancyFields): FieldError[] {
  const errors: FieldError[] = [];
  if (f.country === 'DE') {
    for (const field of ['banenafspraakReserved', 'jobcarving'] as const) {
      if (f[field]) {
        errors.push({
          field,
          message: 'applies to Dutch vacancies only: the banenafspraak has no standing in Germany',
        });
      }
    }
  }
  if (f.recognitionRequired && f.country !== 'DE') {
    errors.push({
      field: 'recognitionRequired',
      message: 'applies to German vacancies only (Anerkennung of a Dutch diploma)',
    });
  }
  if (f.learningWorking === 'ausbildung' && f.country !== 'DE') {
    errors.push({
      field: 'learningWorking',
      message: 'ausbildung is a German place; use bbl or leerwerk',
    });
  }
  if ((f.learningWorking === 'bbl' || f.learningWorking === 'leerwerk') && f.country !== 'NL') {
    errors.push({
      field: 'learningWorking',
      message: `${f.learningWorking} is a Dutch trajectory; use ausbildung for a German place`,
    });
  }
  return errors;
}

function checkLists(f: VacancyFields): FieldError[] {
  const errors: FieldError[] = [];
  const required = new Set(f.requiredSkills);
  f.optionalSkills.forEach((uri, index) => {
    if (required.has(uri)) {
      errors.push({ field: `optionalSkills.${index}`, message: `repeats required skill ${uri}` });
    }
  });
  const seen = new Set<string>();
  f.languages.forEach(({ language }, index) => {
    if (seen.has(language)) {
      errors.push({ field: `languages.${index}.language`, message: `names ${language} twice` });
    }
    seen.add(language);
  });
  return errors;
}

export interface MinimumQualification {
  code: string | null;
  eqf: number | null;
}

/**
 * The minimum qualification after a change: a qualification code brings its EQF level (a level
 * given alongside must agree), a bare EQF level stands alone, and clearing the code clears its
 * level unless a level is given.
 */
export function resolveMinimumQualification(
  current: MinimumQualification,
  changes: Pick<VacancyChanges, 'minimumQualificationCode' | 'minimumEqf'>,
): MinimumQualification | FieldError[] {
  const codeGiven = changes.minimumQualificationCode !== undefined;
  const eqfGiven = changes.minimumEqf !== undefined;
  if (changes.minimumEqf != null && !isValidEqf(changes.minimumEqf)) {
    return [{ field: 'minimumEqf', message: 'must be an EQF level from 0 (below 1) to 8' }];
  }
  const code = codeGiven ? changes.minimumQualificationCode : current.code;
  if (code) {
    const qualification = findQualification(code);
    if (!qualification) {
      return [
        {
          field: 'minimumQualificationCode',
          message: `${code} is not a known qualification (e.g. NL:MBO-2, DE:AUSBILDUNG-3)`,
        },
      ];
    }
    if (eqfGiven && changes.minimumEqf != null && changes.minimumEqf !== qualification.eqf) {
      return [
        {
          field: 'minimumEqf',
          message: `${changes.minimumEqf} does not match ${qualification.code} (EQF ${qualification.eqf}); leave it out or clear minimumQualificationCode`,
        },
      ];
    }
    return { code: qualification.code, eqf: qualification.eqf };
  }
  if (eqfGiven) return { code: null, eqf: changes.minimumEqf ?? null };
  return { code: null, eqf: codeGiven ? null : current.eqf };
}

/** `closingDate must not be before startDate (...)`: the ValidationPipe's way of saying it. */
export function describeFieldErrors(errors: readonly FieldError[]): string[] {
  return errors.map(({ field, message }) => `${field} ${message}`);
}
