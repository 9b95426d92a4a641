/** Pure checks on profile input, shared by the HTTP DTOs and the service. */

export const ESCO_OCCUPATION_URI =
  /^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const ESCO_SKILL_URI =
  /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** ISO 639-1: two lower-case letters. */
export const LANGUAGE_CODE = /^[a-z]{2}$/;

/** A calendar date written as YYYY-MM-DD that exists (no 2025-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function addYears(isoDate: string, years: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
}

export function isoDateOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

export interface DateWindow {
  /** Years before today that are still plausible. */
  yearsBack: number;
  /** Years after today that are still plausible. */
  yearsAhead: number;
}

/** A school leaving date or an availability date a decade off is a typo, not a plan. */
export const LEAVING_DATE_WINDOW: DateWindow = { yearsBack: 10, yearsAhead: 6 };
/** A course in progress ends soon or ended lately; its end date is refreshed when it is done. */
export const EDUCATION_END_WINDOW: DateWindow = { yearsBack: 1, yearsAhead: 6 };
export const AVAILABLE_FROM_WINDOW: DateWindow = { yearsBack: 10, yearsAhead: 2 };
export const CONSENT_DATE_WINDOW: DateWindow = { yearsBack: 10, yearsAhead: 0 };

export function isWithinWindow(isoDate: string, today: string, window: DateWindow): boolean {
  return (
    isIsoDate(isoDate) &&
    isoDate >= addYears(today, -window.yearsBack) &&
    isoDate <= addYears(today, window.yearsAhead)
  );
}

/** Only the PC4 area is kept: distances need no more, and a full postcode narrows a person down. */
export function toPostcodeArea(value: string, country: 'NL' | 'DE'): string {
  const trimmed = value.trim();
  return country === 'NL' ? trimmed.slice(0, 4) : trimmed;
}

/**
 * True for what could hold a BSN: anywhere in the text, 8 or 9 digits in a row, or in groups
 * split by anything at all (`BSN: 111222333`, `111/222/333`, `ENS-111222333`), passing the eleven
 * test. A client reference must never carry one: this system stores no BSN. A longer run of
 * digits (ten or more) is a number of its own, not a BSN.
 */
export function looksLikeBsn(value: string): boolean {
  const groups = value.match(/\d+/g) ?? [];
  for (let start = 0; start < groups.length; start += 1) {
    let digits = '';
    for (let end = start; end < groups.length && digits.length < 9; end += 1) {
      digits += groups[end];
      if ((digits.length === 8 || digits.length === 9) && passesElevenTest(digits)) return true;
    }
  }
  return false;
}

function passesElevenTest(digits: string): boolean {
  const padded = digits.padStart(9, '0');
  if (padded === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(padded[i]) * (9 - i);
  sum -= Number(padded[8]);
  return sum % 11 === 0;
}

/** The first value that occurs twice, if any (languages, URIs). */
export function firstDuplicate<T>(values: readonly T[]): T | undefined {
  const seen = new Set<T>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return undefined;
}
