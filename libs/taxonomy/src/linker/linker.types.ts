/** Languages with their own rules; `und` (undetermined) applies only the language-neutral ones. */
export type LinkerLanguage = 'nl' | 'de' | 'en' | 'und';

export type LabelKind = 'preferred' | 'alternative' | 'hidden';

export interface LabelEntry {
  conceptUri: string;
  label: string;
  lang: LinkerLanguage;
  kind?: LabelKind;
}

export interface RankedConcept {
  uri: string;
  /** The concept's label that matched best. */
  label: string;
  /** In [0, 1]; 1 means the cleaned query equals a label. */
  score: number;
}

export interface SkillMention extends RankedConcept {
  /** The span of the input text the skill was recognised in. */
  matchedText: string;
}

export interface LinkerOptions {
  /**
   * Weight of the character n-gram similarity; the rest goes to the token similarity. Character
   * n-grams carry compounds and spelling variants, tokens carry word order-free exact matches.
   */
  charWeight?: number;
  /** Extra words to drop from titles, e.g. place names from the geo module. Matched after folding. */
  noiseWords?: Iterable<string>;
  /**
   * Multiplier per concept URI pattern, e.g. to prefer occupations over ISCO groups that share the
   * corpus. Applied to the final score, so keep factors close to 1.
   */
  conceptPriors?: ReadonlyArray<{ pattern: RegExp; factor: number }>;
}
