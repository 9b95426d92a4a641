import { ISCO_GROUP_PRIOR } from './concept-priors';
import { LanguageProfile } from './language-profiles';
import {
  DEFAULT_FEATURES,
  FeatureKey,
  FeatureSettings,
  charGrams,
  contentTokens,
  wordTerms,
} from './label-features';
import { ConceptPrior, LabelEntry, LabelKind, LinkerLanguage, RankedConcept } from './linker.types';
import { SparseIndex, SparseIndexBuilder, TouchedList } from './sparse-index';
import { AnalyzedToken, TextAnalyzer } from './text-analyzer';
import { cleanTitle } from './text-cleaning';

export interface LabelIndexSettings extends FeatureSettings {
  /** Share of the character n-gram cosine; the rest is the word cosine. */
  charWeight: number;
  /** An alternative label is a slightly weaker name for a concept than its preferred label. */
  kindFactor: Record<LabelKind, number>;
  conceptPriors: readonly ConceptPrior[];
  /**
   * Weight of the mean score over all of a concept's labels, added to its best label's score. A
   * concept whose labels all resemble the query is a better link than one with a single stray
   * alternative label that happens to match.
   */
  meanWeight: number;
}

/** N-grams in more labels than this only score labels a rarer feature already made candidates. */
const COMMON_SHARE = 0.03;
const MIN_COMMON_POSTINGS = 500;

export const DEFAULT_LABEL_INDEX_SETTINGS: LabelIndexSettings = {
  ...DEFAULT_FEATURES,
  charWeight: 0.85,
  kindFactor: { preferred: 1, alternative: 0.95, hidden: 0.9 },
  conceptPriors: [ISCO_GROUP_PRIOR],
  meanWeight: 0.15,
};

/**
 * The labels of one language, searchable by a hybrid of character n-gram and word TF-IDF cosine.
 * Both indexes are inverted, so a query only visits labels sharing at least one feature with it.
 * Labels are stored grouped by concept.
 */
export class LabelIndex {
  readonly analyzer: TextAnalyzer;
  private readonly labels: string[] = [];
  private readonly conceptUris: string[] = [];
  private readonly labelConcept: Int32Array;
  private readonly labelFactor: Float64Array;
  private readonly conceptSize: Int32Array;
  private readonly chars: SparseIndex;
  private readonly words: SparseIndex;
  // Scratch space reused by every query; a search runs to completion before the next starts.
  /** Per label: charWeight x n-gram cosine + (1 - charWeight) x word cosine, accumulated. */
  private readonly scores: Float64Array;
  private readonly charFeatures = new Map<FeatureKey, number>();
  private readonly wordFeatures = new Map<FeatureKey, number>();
  private readonly touched = new TouchedList();
  private readonly concepts = new TouchedList();
  private readonly seen: Uint8Array;
  private readonly conceptBest: Float64Array;
  private readonly conceptSum: Float64Array;
  private readonly conceptLabel: Int32Array;
  private readonly conceptSeen: Uint8Array;

  constructor(
    entries: readonly LabelEntry[],
    profile: LanguageProfile,
    private readonly settings: LabelIndexSettings = DEFAULT_LABEL_INDEX_SETTINGS,
  ) {
    const byConcept = new Map<string, LabelEntry[]>();
    for (const entry of entries) {
      const group = byConcept.get(entry.conceptUri);
      if (group) group.push(entry);
      else byConcept.set(entry.conceptUri, [entry]);
    }
    const ordered = [...byConcept.values()].flat();
    const cleaned = ordered.map((entry) => cleanTitle(entry.label, profile));
    const vocabulary = new Set<string>();
    for (const tokens of cleaned) for (const token of tokens) vocabulary.add(token.text);
    this.analyzer = new TextAnalyzer(profile, vocabulary);

    this.labelConcept = new Int32Array(ordered.length);
    this.labelFactor = new Float64Array(ordered.length);
    this.conceptSize = new Int32Array(byConcept.size);
    const chars = new SparseIndexBuilder();
    const words = new SparseIndexBuilder();
    const scratch = new Map<FeatureKey, number>();
    ordered.forEach((entry, i) => {
      if (i === 0 || entry.conceptUri !== ordered[i - 1].conceptUri)
        this.conceptUris.push(entry.conceptUri);
      const concept = this.conceptUris.length - 1;
      this.labels.push(entry.label);
      this.labelConcept[i] = concept;
      this.conceptSize[concept] += 1;
      this.labelFactor[i] =
        settings.kindFactor[entry.kind ?? 'alternative'] * prior(entry.conceptUri, settings);
      const tokens = contentTokens(this.analyzer.analyze(cleaned[i]));
      chars.add(charGrams(tokens, settings, scratch), concept);
      words.add(wordTerms(tokens, settings, scratch), concept);
    });
    this.chars = chars.build();
    this.words = words.build();

    this.scores = new Float64Array(ordered.length);
    this.seen = new Uint8Array(ordered.length);
    this.conceptBest = new Float64Array(this.conceptUris.length);
    this.conceptSum = new Float64Array(this.conceptUris.length);
    this.conceptLabel = new Int32Array(this.conceptUris.length);
    this.conceptSeen = new Uint8Array(this.conceptUris.length);
  }

  get size(): number {
    return this.labels.length;
  }

  analyzeTitle(text: string): readonly AnalyzedToken[] {
    return contentTokens(this.analyzer.analyze(cleanTitle(text, this.analyzer.profile)));
  }

  /**
   * Concepts ranked by their best label's score plus the mean over their labels, best first.
   * `strict` (for text of another language): only n-grams and words rare in this corpus make a
   * label a candidate, so a foreign title does not visit half of it for scores too low to count.
   * `labelLang`, when given, is set on every hit (the language of this index's labels).
   */
  search(text: string, limit = 10, strict = false, labelLang?: LinkerLanguage): RankedConcept[] {
    const tokens = this.analyzeTitle(text);
    if (tokens.length === 0 || limit <= 0) return [];
    const touched = this.touched;
    touched.clear();
    const common = Math.max(MIN_COMMON_POSTINGS, COMMON_SHARE * this.labels.length);
    // One score array for both vectors, each query scaled by its share: half the memory traffic.
    const alpha = this.settings.charWeight;
    this.chars.accumulate(
      this.chars.query(charGrams(tokens, this.settings, this.charFeatures), alpha),
      this.scores,
      this.seen,
      touched,
      common,
      !strict,
    );
    this.words.accumulate(
      this.words.query(wordTerms(tokens, this.settings, this.wordFeatures), 1 - alpha),
      this.scores,
      this.seen,
      touched,
      strict ? common : Infinity,
      !strict,
    );

    const concepts = this.concepts;
    concepts.clear();
    const scores = this.scores;
    for (let i = 0; i < touched.length; i++) {
      const label = touched.ids[i];
      const score = scores[label] * this.labelFactor[label];
      const concept = this.labelConcept[label];
      if (this.conceptSeen[concept] === 0) {
        this.conceptSeen[concept] = 1;
        concepts.push(concept);
      }
      this.conceptSum[concept] += score;
      if (score > this.conceptBest[concept]) {
        this.conceptBest[concept] = score;
        this.conceptLabel[concept] = label;
      }
      scores[label] = 0;
      this.seen[label] = 0;
    }
    // Normalised so an exact match on every label of a concept scores 1.
    const mean = this.settings.meanWeight;
    for (let i = 0; i < concepts.length; i++) {
      const concept = concepts.ids[i];
      const combined =
        this.conceptBest[concept] + (mean * this.conceptSum[concept]) / this.conceptSize[concept];
      this.conceptSum[concept] = combined / (1 + mean);
    }
    const top = selectTop(concepts, this.conceptSum, limit);
    const out: RankedConcept[] = top.map((concept) => ({
      uri: this.conceptUris[concept],
      label: this.labels[this.conceptLabel[concept]],
      score: Math.min(1, Math.max(0, this.conceptSum[concept])),
    }));
    if (labelLang !== undefined) for (const hit of out) hit.labelLang = labelLang;
    for (let i = 0; i < concepts.length; i++) {
      const concept = concepts.ids[i];
      this.conceptBest[concept] = 0;
      this.conceptSum[concept] = 0;
      this.conceptSeen[concept] = 0;
    }
    return out;
  }
}

function prior(uri: string, settings: LabelIndexSettings): number {
  let factor = 1;
  for (const { pattern, factor: f } of settings.conceptPriors) if (pattern.test(uri)) factor *= f;
  return factor;
}

/**
 * Top `limit` ids by score without sorting every candidate: a min-heap of the best `limit` seen so
 * far. Equal scores rank the concept that comes first in the corpus first, so results are stable.
 */
function selectTop(list: TouchedList, scores: Float64Array, limit: number): number[] {
  const heap: number[] = [];
  // `worse(a, b)`: a ranks below b.
  const worse = (a: number, b: number): boolean =>
    scores[a] < scores[b] || (scores[a] === scores[b] && a > b);
  const siftDown = (from: number): void => {
    for (let i = from; ;) {
      const left = 2 * i + 1;
      if (left >= heap.length) return;
      const child = left + 1 < heap.length && worse(heap[left + 1], heap[left]) ? left + 1 : left;
      if (!worse(heap[child], heap[i])) return;
      [heap[i], heap[child]] = [heap[child], heap[i]];
      i = child;
    }
  };
  for (let i = 0; i < list.length; i++) {
    const id = list.ids[i];
    if (scores[id] <= 0) continue;
    if (heap.length < limit) {
      heap.push(id);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i], heap[parent])) break;
        [heap[i], heap[parent]] = [heap[parent], heap[i]];
        i = parent;
      }
    } else if (worse(heap[0], id)) {
      heap[0] = id;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}
