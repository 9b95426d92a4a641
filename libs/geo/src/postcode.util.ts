import { Country } from './geo.types';

// PostNL never issues SA, SD or SS (historical connotations); a postcode never starts with 0.
const DUTCH_POSTCODE = /^([1-9][0-9]{3}) ?([A-Z]{2})$/;
const DUTCH_PC4 = /^[1-9][0-9]{3}$/;
const FORBIDDEN_LETTERS = new Set(['SA', 'SD', 'SS']);
// German PLZ run from 01001 to 99998; none starts with 00.
const GERMAN_POSTCODE = /^(?!00)[0-9]{5}$/;

const clean = (s: string) => s.trim().toUpperCase();

/** `1234 AB` or `1234AB` (any case, surrounding blanks ignored). */
export function isValidDutchPostcode(s: string): boolean {
  const match = DUTCH_POSTCODE.exec(clean(s));
  return match !== null && !FORBIDDEN_LETTERS.has(match[2]);
}

/** Five digits, `01001`..`99998`. */
export function isValidGermanPostcode(s: string): boolean {
  return GERMAN_POSTCODE.test(s.trim());
}

/** The canonical spelling (`1234 AB`, `48599`) of a valid full postcode; undefined otherwise. */
export function normalisePostcode(s: string, country: Country = 'NL'): string | undefined {
  if (country === 'DE') return isValidGermanPostcode(s) ? s.trim() : undefined;
  if (!isValidDutchPostcode(s)) return undefined;
  const compact = clean(s).replace(' ', '');
  return `${compact.slice(0, 4)} ${compact.slice(4)}`;
}

/**
 * The postcode as a number to look up, with its canonical spelling: a Dutch full postcode or a
 * bare PC4 (`7511`) gives its PC4, a German PLZ itself.
 */
export function parsePostcode(
  s: string,
  country: Country,
): { code: number; canonical: string } | undefined {
  if (country === 'NL' && DUTCH_PC4.test(s.trim())) {
    return { code: Number(s.trim()), canonical: s.trim() };
  }
  const canonical = normalisePostcode(s, country);
  if (!canonical) return undefined;
  return { code: Number(canonical.slice(0, country === 'NL' ? 4 : 5)), canonical };
}
