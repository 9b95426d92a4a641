import { ConceptExpansionIndex } from './concept-expansion-index';
import { languageProfile } from './language-profiles';
import { DEFAULT_LABEL_INDEX_SETTINGS, LabelIndex, LabelIndexSettings } from './label-index';
import {
  ConceptText,
  EvidenceWeights,
  LabelEntry,
  LinkerLanguage,
  LinkerOptions,
  RankedConcept,
  ScoreCalibration,
} from './linker.types';

/** Longer input is no job title; it is cut rather than allowed to cost a scan of the corpus. */
const MAX_TITLE_LENGTH = 300;

/** Concepts taken from each label index before the evidence is combined. */
const CANDIDATES_PER_INDEX = 40;

/**
 * Learned on ESCO pseudo-queries (held-out alternative labels in Dutch and German, see
 * `npm run linker:eval -- --tune`), never on the benchmark sets.
 */
export const DEFAULT_EVIDENCE_WEIGHTS: EvidenceWeights = { crossLanguage: 0.6, expansion: 0.5 };

/**
 * The occupation linker's score as the probability that its first link is right, fitted on the
 * same pseudo-queries (`linker:eval`, `calibration`).
 */
export const OCCUPATION_SCORE_CALIBRATION: ScoreCalibration = { slope: 5.946, intercept: -1.902 };

/** What one query found, per kind of evidence, before the weights combine it. */
export interface QueryEvidence {
  /** Against the labels of the query's own language, best first. */
  own: RankedConcept[];
  /** The best hit per concept against the labels of the other languages. */
  cross: Map<string, RankedConcept>;
  /** Against the concepts' expansion texts in the query's language. */
  expansion: Map<string, number>;
}

/**
 * Groups entries per language; each language gets its own analyzer, vocabulary and statistics.
 * `tuning` overrides the ranking settings, for experiments; the defaults are what was evaluated.
 */
export function indexesByLanguage(
  entries: readonly LabelEntry[],
  options: LinkerOptions,
  tuning: Partial<LabelIndexSettings> = {},
): Map<LinkerLanguage, LabelIndex> {
  const settings: LabelIndexSettings = {
    ...DEFAULT_LABEL_INDEX_SETTINGS,
    ...tuning,
    ...(options.charWeight === undefined ? {} : { charWeight: options.charWeight }),
    ...(options.conceptPriors === undefined ? {} : { conceptPriors: options.conceptPriors }),
  };
  const indexes = new Map<LinkerLanguage, LabelIndex>();
  for (const [lang, group] of groupByLanguage(entries.filter((e) => e.label.trim()))) {
    indexes.set(lang, new LabelIndex(group, languageProfile(lang, options.noiseWords), settings));
  }
  return indexes;
}

function groupByLanguage<T extends { lang: LinkerLanguage }>(
  items: readonly T[],
): Map<LinkerLanguage, T[]> {
  const groups = new Map<LinkerLanguage, T[]>();
  for (const item of items) {
    const group = groups.get(item.lang);
    if (group) group.push(item);
    else groups.set(item.lang, [item]);
  }
  return groups;
}

/**
 * Links a free-text job title to occupation concepts, offline and in process. Build it once from
 * the occupation labels (ESCO preferred, alternative and hidden labels, per language). A query is
 * matched against the labels of its own language; the labels of the other languages count too
 * (a concept URI is language-neutral, and `Elektriker` is close to `elektricien` and
 * `electrician`), and so do the concept's expansion texts (its essential skills), each at a
 * lower weight.
 */
export class OccupationLinker {
  private readonly indexes: Map<LinkerLanguage, LabelIndex>;
  private readonly expansions = new Map<LinkerLanguage, ConceptExpansionIndex>();
  readonly weights: EvidenceWeights;
  private readonly calibration?: ScoreCalibration;

  constructor(
    entries: readonly LabelEntry[],
    options: LinkerOptions = {},
    tuning: Partial<LabelIndexSettings> = {},
  ) {
    this.indexes = indexesByLanguage(entries, options, tuning);
    this.weights = options.weights ?? DEFAULT_EVIDENCE_WEIGHTS;
    this.calibration = options.calibration;
    for (const [lang, texts] of groupByLanguage<ConceptText>(options.expansions ?? [])) {
      const index = this.indexes.get(lang);
      if (index)
        this.expansions.set(
          lang,
          new ConceptExpansionIndex(texts, (text) => index.analyzeTitle(text)),
        );
    }
  }

  get languages(): LinkerLanguage[] {
    return [...this.indexes.keys()];
  }

  /**
   * Ranked concepts, one per concept with the label that matched it best. A language without
   * labels falls back to every language there is, each with its own rules, so a title is never
   * silently lost.
   */
  resolveOccupation(
    text: string,
    lang: LinkerLanguage,
    limit = 10,
    weights = this.weights,
  ): RankedConcept[] {
    const evidence = this.evidence(text, lang, limit, weights);
    if (evidence) return combineEvidence(evidence, weights, limit, this.calibration);
    const title = text.slice(0, MAX_TITLE_LENGTH);
    const merged = new Map<string, RankedConcept>();
    for (const other of this.indexes.values()) {
      for (const hit of other.search(title, limit)) {
        const best = merged.get(hit.uri);
        if (!best || hit.score > best.score) merged.set(hit.uri, hit);
      }
    }
    return [...merged.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /**
   * The evidence for a title in a language that has labels (undefined for any other); kinds of
   * evidence with weight 0 are not looked for.
   */
  evidence(
    text: string,
    lang: LinkerLanguage,
    limit = 10,
    weights = this.weights,
  ): QueryEvidence | undefined {
    const own = this.indexes.get(lang);
    if (!own) return undefined;
    const title = text.slice(0, MAX_TITLE_LENGTH);
    // Analysed once: the expansion index is searched with the same tokens.
    const tokens = own.analyzeTitle(title);
    const ownHits = own.searchTokens(tokens, Math.max(limit, CANDIDATES_PER_INDEX), false, lang);
    const cross = new Map<string, RankedConcept>();
    if (weights.crossLanguage > 0) {
      for (const [otherLang, other] of this.indexes) {
        if (otherLang === lang) continue;
        for (const hit of other.search(title, CANDIDATES_PER_INDEX, true, otherLang)) {
          const best = cross.get(hit.uri);
          if (!best || hit.score > best.score) cross.set(hit.uri, hit);
        }
      }
    }
    const expansionIndex = this.expansions.get(lang);
    const expansion =
      expansionIndex && weights.expansion > 0
        ? expansionIndex.search(tokens, CANDIDATES_PER_INDEX)
        : new Map<string, number>();
    return { own: ownHits, cross, expansion };
  }
}

/**
 * Own-language score + weighted cross-language score + weighted expansion score, over the
 * concepts any of them found, divided by the sum of the weights so it stays in [0, 1] (then
 * calibrated, when a calibration is given). A concept found by its expansion text alone has no
 * matched label (`label` is empty).
 */
export function combineEvidence(
  evidence: QueryEvidence,
  weights: EvidenceWeights,
  limit: number,
  calibration?: ScoreCalibration,
): RankedConcept[] {
  const combined = new Map<string, { hit: RankedConcept; sum: number }>();
  for (const hit of evidence.own) combined.set(hit.uri, { hit, sum: hit.score });
  if (weights.crossLanguage > 0) {
    for (const [uri, hit] of evidence.cross) {
      const entry = combined.get(uri);
      if (entry) entry.sum += weights.crossLanguage * hit.score;
      else combined.set(uri, { hit, sum: weights.crossLanguage * hit.score });
    }
  }
  if (weights.expansion > 0) {
    for (const [uri, score] of evidence.expansion) {
      const entry = combined.get(uri);
      if (entry) entry.sum += weights.expansion * score;
      else combined.set(uri, { hit: { uri, label: '', score }, sum: weights.expansion * score });
    }
  }
  const total = 1 + weights.crossLanguage + weights.expansion;
  return [...combined.values()]
    .sort((a, b) => b.sum - a.sum)
    .slice(0, limit)
    .map(({ hit, sum }) => ({ ...hit, score: calibrated(Math.min(1, sum / total), calibration) }));
}

export function calibrated(score: number, calibration?: ScoreCalibration): number {
  if (!calibration) return score;
  return 1 / (1 + Math.exp(-(calibration.slope * score + calibration.intercept)));
}
