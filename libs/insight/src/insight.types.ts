import { SOURCE_NOTE } from './core/tightness-band';

/** Every figure answers this shape: flat rows (one per cell, bar or point), ready for a chart. */
export interface InsightTable<R> {
  figure: string;
  /** This registry's own data, not UWV's statistic. */
  source: typeof SOURCE_NOTE;
  /** The day the figure describes (Europe/Amsterdam). */
  asOf: string;
  /** Counts of people from 1 to 4 are null (suppressed). */
  suppressBelow: number;
  rows: R[];
}

/** The languages of labels and notes in an answer (the portal's three). */
export const INSIGHT_LANGUAGES = ['nl', 'de', 'en'] as const;
export type InsightLanguage = (typeof INSIGHT_LANGUAGES)[number];
