import { AnalyzedToken } from './text-analyzer';

export interface FeatureSettings {
  /** Character n-gram sizes; 3-5 cover both short stems and compound seams. */
  minGram: number;
  maxGram: number;
  /** Weight of a compound part relative to a whole word in the token vector. */
  partWeight: number;
  /** Weight of a compound part's n-grams, which add word boundaries at the compound's seams. */
  partCharWeight: number;
  /** N-grams over stems (true) or over the whole folded words. */
  charStems: boolean;
}

export const DEFAULT_FEATURES: FeatureSettings = {
  minGram: 3,
  maxGram: 5,
  partWeight: 0.5,
  partCharWeight: 0.5,
  charStems: true,
};

/** Stopwords only count when a text has nothing else (`De Lijn` must still be findable). */
export function contentTokens(tokens: readonly AnalyzedToken[]): readonly AnalyzedToken[] {
  const content = tokens.filter((token) => !token.stopword);
  return content.length > 0 ? content : tokens;
}

/**
 * Character n-grams of each word with word boundaries, plus those of its compound parts at a lower
 * weight, so `maschinenmonteur` also has the ` monteur ` a query `Monteur (Maschinen)` brings.
 * Counts are damped (1 + ln tf).
 */
export function charGrams(tokens: readonly AnalyzedToken[], settings: FeatureSettings): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (text: string, weight: number): void => {
    const padded = ` ${text} `;
    for (let n = settings.minGram; n <= settings.maxGram; n += 1) {
      for (let i = 0; i + n <= padded.length; i += 1) {
        const gram = padded.slice(i, i + n);
        counts.set(gram, (counts.get(gram) ?? 0) + weight);
      }
    }
  };
  if ((settings as any).charJoin) add(tokens.map((t) => (settings.charStems ? t.stem : t.word)).join(' '), 1);
  for (const token of tokens) {
    if (!(settings as any).charJoin) add(settings.charStems ? token.stem : token.word, 1);
    if (settings.partCharWeight > 0) {
      const parts = settings.charStems ? token.partStems : token.parts;
      for (const part of parts) add(part, settings.partCharWeight);
    }
  }
  for (const [gram, count] of counts) if (count > 1) counts.set(gram, 1 + Math.log(count));
  return counts;
}

/** Word stems at full weight and compound part stems at `partWeight`, whichever is higher. */
export function tokenTerms(tokens: readonly AnalyzedToken[], settings: FeatureSettings): Map<string, number> {
  const terms = new Map<string, number>();
  const put = (term: string, weight: number): void => {
    if ((terms.get(term) ?? 0) < weight) terms.set(term, weight);
  };
  for (const token of tokens) {
    put(token.stem, 1);
    for (const part of token.partStems) put(part, settings.partWeight);
  }
  return terms;
}
