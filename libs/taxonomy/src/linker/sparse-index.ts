/** A query as parallel arrays of term ids and weights; unknown terms only count towards the norm. */
export interface SparseQuery {
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * TF-IDF vectors of short documents in an inverted index (compressed rows, typed arrays), scored by
 * cosine. Only the postings of the query's terms are visited, so a query never scans the corpus.
 */
export class SparseIndex {
  private constructor(
    private readonly termIds: ReadonlyMap<string, number>,
    private readonly idf: Float64Array,
    private readonly unknownIdf: number,
    private readonly offsets: Int32Array,
    private readonly docs: Int32Array,
    private readonly weights: Float32Array,
    readonly documentCount: number,
  ) {}

  /** `documents[i]` maps a term to its (already tf-scaled) weight in document i. */
  static build(documents: readonly ReadonlyMap<string, number>[], opts: { idfPower?: number; slope?: number; groups?: Int32Array } = {}): SparseIndex {
    const groups = opts.groups;
    const idfPower = opts.idfPower ?? 1;
    const slope = opts.slope ?? 1;
    const termIds = new Map<string, number>();
    const df: number[] = [];
    const postings: number[] = [];
    const lastGroup: number[] = [];
    documents.forEach((document, doc) => {
      const group = groups ? groups[doc] : doc;
      for (const term of document.keys()) {
        let id = termIds.get(term);
        if (id === undefined) {
          id = df.length;
          termIds.set(term, id);
          df.push(0);
          postings.push(0);
          lastGroup.push(-1);
        }
        postings[id] += 1;
        if (lastGroup[id] !== group) {
          lastGroup[id] = group;
          df[id] += 1;
        }
      }
    });
    const n = groups ? new Set(groups).size : documents.length;
    const idf = new Float64Array(df.length);
    for (let t = 0; t < df.length; t += 1) idf[t] = (Math.log((n + 1) / (df[t] + 1)) + 1) ** idfPower;
    const offsets = new Int32Array(df.length + 1);
    for (let t = 0; t < df.length; t += 1) offsets[t + 1] = offsets[t] + postings[t];
    const docs = new Int32Array(offsets[df.length]);
    const weights = new Float32Array(offsets[df.length]);
    const fill = offsets.slice(0, df.length);
    const norms = documents.map((document) => {
      let norm = 0;
      for (const [term, weight] of document) norm += (weight * idf[termIds.get(term)!]) ** 2;
      return Math.sqrt(norm) || 1;
    });
    const avg = norms.reduce((a, b) => a + b, 0) / Math.max(1, n);
    documents.forEach((document, doc) => {
      const norm = slope === 1 ? norms[doc] : (1 - slope) * avg + slope * norms[doc];
      for (const [term, weight] of document) {
        const id = termIds.get(term)!;
        const slot = fill[id]++;
        docs[slot] = doc;
        weights[slot] = (weight * idf[id]) / norm;
      }
    });
    return new SparseIndex(termIds, idf, (Math.log(n + 1) + 1) ** idfPower, offsets, docs, weights, n);
  }

  /** Normalised TF-IDF query vector; terms the corpus lacks lower every score alike. */
  query(terms: ReadonlyMap<string, number>): SparseQuery {
    const ids: number[] = [];
    const raw: number[] = [];
    let norm = 0;
    for (const [term, weight] of terms) {
      const id = this.termIds.get(term);
      const value = weight * (id === undefined ? this.unknownIdf : this.idf[id]);
      norm += value * value;
      if (id === undefined) continue;
      ids.push(id);
      raw.push(value);
    }
    norm = Math.sqrt(norm) || 1;
    return { ids: Int32Array.from(ids), weights: Float64Array.from(raw, (value) => value / norm) };
  }

  /**
   * Adds each document's cosine with the query to `scores` and lists newly touched documents in
   * `touched` (a document is new while `scores` holds 0 for it and `seen` does not mark it).
   */
  accumulate(query: SparseQuery, scores: Float64Array, seen: Uint8Array, touched: number[]): void {
    const { offsets, docs, weights } = this;
    for (let q = 0; q < query.ids.length; q += 1) {
      const id = query.ids[q];
      const weight = query.weights[q];
      for (let p = offsets[id], end = offsets[id + 1]; p < end; p += 1) {
        const doc = docs[p];
        if (seen[doc] === 0) {
          seen[doc] = 1;
          touched.push(doc);
        }
        scores[doc] += weight * weights[p];
      }
    }
  }

  postingCount(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.offsets[id + 1] - this.offsets[id];
  }
}
