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
  /** The language of that label: a German title may match a concept on its Dutch label. */
  labelLang?: LinkerLanguage;
  /**
   * In [0, 1]: the best label's similarity, blended with how well the concept's other labels
   * match. 1 only when the cleaned title equals every label; an exact match on one label of a
   * concept typically scores 0.85-0.95.
   */
  score: number;
}

export interface SkillMention extends RankedConcept {
  /** The span of the input text the skill was recognised in. */
  matchedText: string;
}

/** Text about a concept other than its names: an essential skill's label, a description. */
export interface ConceptText {
  conceptUri: string;
  lang: LinkerLanguage;
  text: string;
}

/**
 * How the evidence of a query is combined: its score against the labels of its own language
 * counts 1; these weigh the rest.
 */
export interface EvidenceWeights {
  /** The best score against the labels of another language of the same concept (the URI). */
  crossLanguage: number;
  /** The score against the concept's expansion text (essential skill labels). */
  expansion: number;
}

/**
 * Turns a combined score into the probability that the first link is right:
 * `1 / (1 + exp(-(slope * score + intercept)))`, fitted on pseudo-queries.
 */
export interface ScoreCalibration {
  slope: number;
  intercept: number;
}

/** Multiplies the scores of concepts whose URI matches, e.g. to rank ISCO groups below occupations. */
export interface ConceptPrior {
  pattern: RegExp;
  factor: number;
}

export interface LinkerOptions {
  /**
   * Weight of the character n-gram similarity; the rest goes to the token similarity. Character
   * n-grams carry compounds and spelling variants, tokens carry word order-free exact matches.
   */
  charWeight?: number;
  /** Extra words to drop from titles, e.g. place names from the geo module. Matched after folding. */
  noiseWords?: Iterable<string>;
  /** Replaces the default priors (ISCO groups rank below occupations). */
  conceptPriors?: readonly ConceptPrior[];
  /** Expansion texts per concept and language; none by default. */
  expansions?: readonly ConceptText[];
  /** Replaces the default evidence weights (learned on ESCO pseudo-queries). */
  weights?: EvidenceWeights;
  /** Makes `score` a calibrated probability; without it the score is the weighted mean. */
  calibration?: ScoreCalibration;
}
