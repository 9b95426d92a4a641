import { DQR_QUALIFICATIONS } from './dqr-qualifications.data';
import { NLQF_QUALIFICATIONS } from './nlqf-qualifications.data';
import { EqfLevel, EqfOverrides, Qualification } from './qualification.types';

/**
 * Shown with any EQF comparison. Equal levels make a Dutch and a German qualification comparable,
 * not interchangeable: the DQR gives no recognition rights and regulated professions need Anerkennung.
 */
export const EQF_EQUIVALENCE_NOTE =
  'Equal EQF level is evidence for an adviser, not a legal equivalence: the DQR gives no recognition ' +
  'rights, and a regulated profession in Germany needs recognition (Anerkennung) of the Dutch diploma.';

export const QUALIFICATIONS: readonly Qualification[] = [
  ...NLQF_QUALIFICATIONS,
  ...DQR_QUALIFICATIONS,
];

const BY_CODE: ReadonlyMap<string, Qualification> = new Map(QUALIFICATIONS.map((q) => [q.code, q]));

/** Codes are matched case-insensitively so `nl:mbo-2` from a form still finds `NL:MBO-2`. */
export function normaliseQualificationCode(code: string): string {
  return code.trim().toUpperCase();
}

export function findQualification(code: string): Qualification | undefined {
  return BY_CODE.get(normaliseQualificationCode(code));
}

export function isValidEqf(level: unknown): level is EqfLevel {
  return typeof level === 'number' && Number.isInteger(level) && level >= 0 && level <= 8;
}

/**
 * The EQF level of a qualification. An override wins over the table, because the referencing of
 * single qualifications differs (some MBO-4 are EQF 5); an override may also name a qualification the
 * table lacks. Throws on an unknown code or an out-of-range override: both are programming errors
 * once input has been validated with `findQualification`.
 */
export function eqfOf(code: string, overrides?: EqfOverrides): EqfLevel {
  const key = normaliseQualificationCode(code);
  const override = overrides === undefined ? undefined : lookupOverride(overrides, key);
  if (override !== undefined) {
    if (!isValidEqf(override))
      throw new RangeError(`EQF override for ${key} must be an integer 0..8, got ${override}`);
    return override;
  }
  const qualification = BY_CODE.get(key);
  if (!qualification) throw new RangeError(`unknown qualification code "${code}"`);
  return qualification.eqf;
}

export type EqfVerdict = 'below' | 'equal' | 'above';

export interface EqfComparison {
  /** seeker minus required: negative means the seeker's level is lower. */
  difference: number;
  verdict: EqfVerdict;
}

/** Compares a job seeker's EQF level with a vacancy's required one. See EQF_EQUIVALENCE_NOTE. */
export function compareEqf(seekerEqf: number, requiredEqf: number): EqfComparison {
  for (const [name, value] of [
    ['seekerEqf', seekerEqf],
    ['requiredEqf', requiredEqf],
  ] as const) {
    if (!isValidEqf(value)) throw new RangeError(`${name} must be an integer 0..8, got ${value}`);
  }
  const difference = seekerEqf - requiredEqf;
  return { difference, verdict: difference < 0 ? 'below' : difference === 0 ? 'equal' : 'above' };
}

function lookupOverride(overrides: EqfOverrides, key: string): number | undefined {
  if (overrides instanceof Map) {
    for (const [code, level] of overrides)
      if (normaliseQualificationCode(code) === key) return level;
    return undefined;
  }
  for (const [code, level] of Object.entries(overrides))
    if (normaliseQualificationCode(code) === key) return level;
  return undefined;
}
