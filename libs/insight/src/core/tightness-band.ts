/**
 * UWV's bands for its tightness indicator (Spanningsindicator), applied to this registry's own
 * open positions and available job seekers. Each band holds its lower edge; "very tight" starts
 * above 4 (4 itself is tight), as UWV writes "< 0.25" and "> 4":
 * [0, 0.25) very ample, [0.25, 0.67) ample, [0.67, 1.5) balanced, [1.5, 4] tight, (4, inf) very tight.
 */
export const TIGHTNESS_BANDS = ['very-ample', 'ample', 'balanced', 'tight', 'very-tight'] as const;
export type TightnessBand = (typeof TIGHTNESS_BANDS)[number];

export const AMPLE_FROM = 0.25;
export const BALANCED_FROM = 0.67;
export const TIGHT_FROM = 1.5;
export const VERY_TIGHT_ABOVE = 4;

/** Counts of people from 1 to this minus one are never shown (nor stored in a snapshot). */
export const SUPPRESS_BELOW = 5;

/** Said with every figure: it is not UWV's statistic. */
export const SOURCE_NOTE = {
  en: "Computed from this registry's own open vacancies and available job seekers; not UWV's Spanningsindicator.",
  de: 'Berechnet aus den eigenen offenen Stellen und verfügbaren Arbeitsuchenden dieses Registers; nicht der Spanningsindicator des UWV.',
  nl: 'Berekend uit de eigen open vacatures en beschikbare werkzoekenden van dit register; niet de Spanningsindicator van UWV.',
} as const;

/** The band of `positions / seekers`; positions without any seeker are very tight. */
export function tightnessBand(positions: number, seekers: number): TightnessBand | null {
  if (seekers === 0) return positions > 0 ? 'very-tight' : null;
  const ratio = positions / seekers;
  if (ratio < AMPLE_FROM) return 'very-ample';
  if (ratio < BALANCED_FROM) return 'ample';
  if (ratio < TIGHT_FROM) return 'balanced';
  if (ratio <= VERY_TIGHT_ABOVE) return 'tight';
  return 'very-tight';
}

/** A count of people as shown: null when it is from 1 to {@link SUPPRESS_BELOW} - 1. */
export function shownCount(count: number): number | null {
  return count > 0 && count < SUPPRESS_BELOW ? null : count;
}

export function isSuppressed(count: number): boolean {
  return shownCount(count) === null;
}

/** Two decimals, for output only: bands are decided on the exact ratio. */
export function roundRatio(positions: number, seekers: number): number | null {
  return seekers === 0 ? null : Math.round((positions / seekers) * 100) / 100;
}
