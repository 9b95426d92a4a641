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
  private readonly top = new TouchedList();
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
    return this.searchTokens(this.analyzeTitle(text), limit, strict, labelLang);
  }

  /** {@link search} for a title already analysed by {@link analyzeTitle} of this index. */
  searchTokens(
    tokens: readonly AnalyzedToken[],
    limit = 10,
    strict = false,
    labelLang?: LinkerLanguage,
  ): RankedConcept[] {
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
    const count = selectTop(concepts, this.conceptSum, limit, this.top);
    const out: RankedConcept[] = new Array<RankedConcept>(count);
    for (let i = 0; i < count; i++) {
      const concept = this.top.ids[i];
      const hit: RankedConcept = {
        uri: this.conceptUris[concept],
        label: this.labels[this.conceptLabel[concept]],
        score: Math.min(1, Math.max(0, this.conceptSum[concept])),
      };
      if (labelLang !== undefined) hit.labelLang = labelLang;
      out[i] = hit;
    }
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
 * far, kept in `heap` (scratch reused by every query; swaps by hand, as a destructuring swap
 * allocates an array per swap). Equal scores rank the concept that comes first in the corpus
 * first, so results are stable. Returns the number of ids written to `heap`, best first.
 */
export function selectTop(
  list: TouchedList,
  scores: Float64Array,
  limit: number,
  heap: TouchedList,
): number {
  heap.clear();
  heap.reserve(Math.min(limit, list.length));
  const ids = heap.ids;
  let size = 0;
  for (let i = 0; i < list.length; i++) {
    const id = list.ids[i];
    const score = scores[id];
    if (score <= 0) continue;
    if (size < limit) {
      // Sift up.
      let at = size++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        const up = ids[parent];
        if (!worse(id, up, scores)) break;
        ids[at] = up;
        at = parent;
      }
      ids[at] = id;
    } else if (worse(ids[0], id, scores)) {
      siftDown(ids, size, id, scores);
    }
  }
  // Heapsort in place: the worst goes last each round, leaving the best first.
  for (let end = size - 1; end > 0; end--) {
    const last = ids[end];
    ids[end] = ids[0];
    siftDown(ids, end, last, scores);
  }
  heap.length = size;
  return size;
}

/** `a` ranks below `b`: a lower score, or the same score later in the corpus. */
function worse(a: number, b: number, scores: Float64Array): boolean {
  return scores[a] < scores[b] || (scores[a] === scores[b] && a > b);
}

/** Puts `id` at the root of the min-heap `ids[0, size)` and sifts it down. */
function siftDown(ids: Int32Array, size: number, id: number, scores: Float64Array): void {
  let at = 0;
  for (;;) {
    const left = 2 * at + 1;
    if (left >= size) break;
    const child = left + 1 < size && worse(ids[left + 1], ids[left], scores) ? left + 1 : left;
    if (!worse(ids[child], id, scores)) break;
    ids[at] = ids[child];
    at = child;
  }
  ids[at] = id;
}
