import { IntKeyMap } from './int-key-map';
import { FeatureKey } from './label-features';

/** A query as parallel arrays of term ids and weights; unknown terms only count towards the norm. */
export interface SparseQuery {
  ids: Int32Array;
  weights: Float64Array;
  /** Terms in use: the arrays may be longer. */
  length: number;
}

/**
 * Terms in more than this share of the groups (`er `, ` ma` in most occupation labels) say next to
 * nothing and cost the most postings to visit, so they are left out, as stopwords are. Small
 * corpora keep them: there a share is a handful of labels.
 */
const STOP_SHARE = 0.3;
const STOP_MIN_DF = 100;

/**
 * Collects documents for a {@link SparseIndex}. Documents of one group (the labels of one concept)
 * must be added one after another: a term's document frequency counts groups, so a word repeated
 * across the labels of a single concept is not mistaken for a common word.
 */
export class SparseIndexBuilder {
  // Packed n-grams and words apart: n-grams in a typed-array table, words in a string map.
  private readonly numberIds = new IntKeyMap(1 << 16);
  private readonly stringIds = new Map<string, number>();
  private readonly df: number[] = [];
  private readonly lastGroup: number[] = [];
  private readonly docStarts: number[] = [0];
  // Growable typed arrays: a corpus has millions of (document, n-gram) pairs.
  private terms = new Int32Array(1 << 16);
  private values = new Float32Array(1 << 16);
  private length = 0;
  private groups = 0;
  private currentGroup = -1;

  /** `features` maps a term to its (already tf-scaled) weight in this document. */
  add(features: ReadonlyMap<FeatureKey, number>, group: number): void {
    if (group !== this.currentGroup) {
      this.currentGroup = group;
      this.groups += 1;
    }
    if (this.length + features.size > this.terms.length) this.grow(this.length + features.size);
    features.forEach((weight, term) => {
      let id =
        typeof term === 'number' ? this.numberIds.get(term) : (this.stringIds.get(term) ?? -1);
      if (id === -1) {
        id = this.df.length;
        if (typeof term === 'number') this.numberIds.set(term, id);
        else this.stringIds.set(term, id);
        this.df.push(0);
        this.lastGroup.push(-1);
      }
      if (this.lastGroup[id] !== group) {
        this.lastGroup[id] = group;
        this.df[id] += 1;
      }
      this.terms[this.length] = id;
      this.values[this.length] = weight;
      this.length += 1;
    });
    this.docStarts.push(this.length);
  }

  private grow(atLeast: number): void {
    let size = this.terms.length * 2;
    while (size < atLeast) size *= 2;
    const terms = new Int32Array(size);
    terms.set(this.terms);
    const values = new Float32Array(size);
    values.set(this.values);
    this.terms = terms;
    this.values = values;
  }

  build(): SparseIndex {
    const termCount = this.df.length;
    const idf = new Float64Array(termCount);
    const stopDf = Math.max(STOP_MIN_DF, STOP_SHARE * this.groups);
    for (let t = 0; t < termCount; t += 1) {
      // An idf of 0 takes the term out of norms and queries alike.
      idf[t] = this.df[t] > stopDf ? 0 : Math.log((this.groups + 1) / (this.df[t] + 1)) + 1;
    }
    const documentCount = this.docStarts.length - 1;
    const offsets = new Int32Array(termCount + 1);
    for (let i = 0; i < this.length; i += 1) offsets[this.terms[i] + 1] += 1;
    for (let t = 0; t < termCount; t += 1) offsets[t + 1] += offsets[t];
    const docs = new Int32Array(this.length);
    const weights = new Float32Array(this.length);
    const fill = offsets.slice(0, termCount);
    for (let doc = 0; doc < documentCount; doc += 1) {
      const start = this.docStarts[doc];
      const end = this.docStarts[doc + 1];
      let norm = 0;
      for (let i = start; i < end; i += 1) norm += (this.values[i] * idf[this.terms[i]]) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let i = start; i < end; i += 1) {
        const id = this.terms[i];
        const slot = fill[id]++;
        docs[slot] = doc;
        weights[slot] = (this.values[i] * idf[id]) / norm;
      }
    }
    const unknownIdf = Math.log(this.groups + 1) + 1;
    return new SparseIndex(this.numberIds, this.stringIds, idf, unknownIdf, offsets, docs, weights);
  }
}

/** The documents a query reached, in order: kept by each index and reused, so a query allocates none. */
export class TouchedList {
  ids = new Int32Array(1024);
  length = 0;

  /** Room for `size` ids without growing. */
  reserve(size: number): void {
    if (size > this.ids.length) {
      const grown = new Int32Array(Math.max(size, 2 * this.ids.length));
      grown.set(this.ids.subarray(0, this.length));
      this.ids = grown;
    }
  }

  push(id: number): void {
    if (this.length === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.length++] = id;
  }

  clear(): void {
    this.length = 0;
  }
}

/**
 * TF-IDF vectors of short documents in an inverted index (compressed rows, typed arrays), scored by
 * cosine. Only the postings of the query's terms are visited, so a query never scans the corpus.
 */
export class SparseIndex {
  constructor(
    private readonly numberIds: IntKeyMap,
    private readonly stringIds: ReadonlyMap<string, number>,
    private readonly idf: Float64Array,
    private readonly unknownIdf: number,
    private readonly offsets: Int32Array,
    private readonly docs: Int32Array,
    private readonly weights: Float32Array,
  ) {}

  // The last query's vector, reused by the next: a query is used up before another is made.
  private queryIds = new Int32Array(64);
  private queryWeights = new Float64Array(64);

  /**
   * Normalised TF-IDF query vector (times `scale`, the share of this index in a combined score);
   * terms the corpus lacks lower every score alike. The vector lives in scratch space of this
   * index: it is valid until the next call of `query`.
   */
  query(terms: ReadonlyMap<FeatureKey, number>, scale = 1): SparseQuery {
    if (terms.size > this.queryIds.length) {
      this.queryIds = new Int32Array(2 * terms.size);
      this.queryWeights = new Float64Array(2 * terms.size);
    }
    const ids = this.queryIds;
    const weights = this.queryWeights;
    let length = 0;
    let norm = 0;
    // forEach, not for-of: an entry array per term would be most of what a query allocates.
    terms.forEach((weight, term) => {
      const id =
        typeof term === 'number' ? this.numberIds.get(term) : (this.stringIds.get(term) ?? -1);
      const value = weight * (id === -1 ? this.unknownIdf : this.idf[id]);
      norm += value * value;
      if (id === -1 || value === 0) return;
      ids[length] = id;
      weights[length++] = value;
    });
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < length; i++) weights[i] = (scale * weights[i]) / norm;
    return { ids, weights, length };
  }

  /**
   * Adds each document's cosine with the query to `scores`, and appends documents seen for the
   * first time (per `seen`) to `touched` so the caller can reset just those afterwards.
   *
   * Terms in more than `commonPostings` documents (`er `, ` ma`) do not make a document a
   * candidate: they only add to documents a rarer term already brought in. Without that, half the
   * corpus becomes a candidate for any query, for scores too low to ever rank. A query with only
   * common terms then uses them after all, unless `commonOnlyFinds` is false: then it finds nothing.
   */
  accumulate(
    query: SparseQuery,
    scores: Float64Array,
    seen: Uint8Array,
    touched: TouchedList,
    commonPostings = Infinity,
    commonOnlyFinds = true,
  ): void {
    const { offsets, docs, weights } = this;
    let selective = 0;
    for (let q = 0; q < query.length; q += 1) {
      const id = query.ids[q];
      if (offsets[id + 1] - offsets[id] <= commonPostings) selective += 1;
    }
    if (selective === 0 && !commonOnlyFinds) return;
    const limit = selective === 0 ? Infinity : commonPostings;
    for (let pass = 0; pass < 2; pass += 1) {
      for (let q = 0; q < query.length; q += 1) {
        const id = query.ids[q];
        const common = offsets[id + 1] - offsets[id] > limit;
        if (common !== (pass === 1)) continue;
        const weight = query.weights[q];
        for (let p = offsets[id], end = offsets[id + 1]; p < end; p += 1) {
          const doc = docs[p];
          if (seen[doc] === 0) {
            if (common) continue;
            seen[doc] = 1;
            touched.push(doc);
          }
          scores[doc] += weight * weights[p];
        }
      }
    }
  }
}
