import { AnalyzedToken } from './text-analyzer';

export interface FeatureSettings {
  /** Character n-gram sizes; 3-5 cover both short stems and compound seams. */
  minGram: number;
  maxGram: number;
  /** Weight of a compound part relative to a whole word in the word vector. */
  partWeight: number;
  /** Weight of a compound part's n-grams, which add word boundaries at the compound's seams. */
  partCharWeight: number;
}

export const DEFAULT_FEATURES: FeatureSettings = {
  minGram: 3,
  maxGram: 5,
  partWeight: 0.5,
  partCharWeight: 0.3,
};

/** Stopwords only count when a text has nothing else (`De Lijn` must still be findable). */
export function contentTokens(tokens: readonly AnalyzedToken[]): readonly AnalyzedToken[] {
  const content = tokens.filter((token) => !token.stopword);
  return content.length > 0 ? content : tokens;
}

/** A feature: a word, or an n-gram, packed into a number when it only has a-z and spaces. */
export type FeatureKey = string | number;

// Five bits per character (space = 1, a-z = 2..27) keep a 5-gram under 2^25 and distinct from
// every shorter gram, and spare the index a string per gram: building is dominated by them.
const MAX_PACKED_GRAM = 5;
const packCodes = new Int8Array(128);
/** Scratch for one word's character codes, grown when a word is longer. */
let codes = new Int8Array(64);
packCodes[32] = 1;
for (let c = 97; c <= 122; c += 1) packCodes[c] = c - 95;

/**
 * Character n-grams of each stem with word boundaries, plus those of its compound parts at a lower
 * weight, so `maschinenmonteur` also has the ` monteur ` a query `Monteur (Maschinen)` brings.
 * Counts are damped (1 + ln tf). Stems, not words: n-grams already tolerate spelling, and stems
 * make inflected forms meet.
 */
export function charGrams(
  tokens: readonly AnalyzedToken[],
  settings: FeatureSettings,
  into = new Map<FeatureKey, number>(),
): Map<FeatureKey, number> {
  into.clear();
  const add = (text: string, weight: number): void => {
    const padded = ` ${text} `;
    if (padded.length > codes.length) codes = new Int8Array(2 * padded.length);
    for (let i = 0; i < padded.length; i += 1) {
      const c = padded.charCodeAt(i);
      codes[i] = c < 128 ? packCodes[c] : 0;
    }
    for (let n = settings.minGram; n <= settings.maxGram; n += 1) {
      for (let i = 0; i + n <= padded.length; i += 1) {
        let key: FeatureKey = 0;
        for (let j = i; j < i + n && key !== -1; j += 1)
          key = codes[j] === 0 ? -1 : key * 32 + codes[j];
        if (key === -1 || n > MAX_PACKED_GRAM) key = padded.slice(i, i + n);
        into.set(key, (into.get(key) ?? 0) + weight);
      }
    }
  };
  for (const token of tokens) {
    add(token.stem, 1);
    if (settings.partCharWeight > 0)
      for (const part of token.partStems) add(part, settings.partCharWeight);
  }
  into.forEach((count, gram) => {
    if (count > 1) into.set(gram, 1 + Math.log(count));
  });
  return into;
}

/**
 * Whole words at full weight and compound parts at `partWeight`. Unlike the n-grams these are not
 * stemmed: an exact word is the evidence the n-grams lack (`Statist` is no `Statistiker`).
 */
export function wordTerms(
  tokens: readonly AnalyzedToken[],
  settings: FeatureSettings,
  into = new Map<FeatureKey, number>(),
): Map<FeatureKey, number> {
  into.clear();
  const put = (term: FeatureKey, weight: number): void => {
    if ((into.get(term) ?? 0) < weight) into.set(term, weight);
  };
  for (const token of tokens) {
    put(token.word, 1);
    for (const part of token.parts) put(part, settings.partWeight);
  }
  return into;
}
