/** EQF levels 1..8, plus 0 for qualifications below EQF 1 (NLQF entry level, VSO/PrO without diploma). */
export type EqfLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export type QualificationCountry = 'NL' | 'DE';

export interface QualificationNames {
  nl: string;
  de: string;
  en: string;
}

export interface Qualification {
  /** `NL:MBO-2`, `DE:AUSBILDUNG-3`: country prefix, then an upper-case key. */
  code: string;
  country: QualificationCountry;
  eqf: EqfLevel;
  /** Level in the national framework (NLQF or DQR) as published, e.g. `4+` for VWO; null below level 1. */
  nationalLevel: string | null;
  names: QualificationNames;
  /** The referencing is disputed or not official; keep it configurable rather than relied upon. */
  unsure?: boolean;
  note?: string;
}

/** Per-qualification EQF overrides, keyed by qualification code (e.g. an MBO-4 referenced to EQF 5). */
export type EqfOverrides = ReadonlyMap<string, number> | Readonly<Record<string, number>>;
