import { FeatureKey } from './label-features';
import { ConceptText } from './linker.types';
import { SparseIndex, SparseIndexBuilder, TouchedList } from './sparse-index';
import { AnalyzedToken } from './text-analyzer';

/**
 * One document per concept from the text about it rather than its names (the labels of its
 * essential skills, its description), searched by stemmed words. A title naming what the job does
 * (`Heftruck`, `Lager`) finds occupations whose skills say so, in any wording of the title. It is
 * weak evidence, added at a low weight to the label score.
 */
export class ConceptExpansionIndex {
  private readonly index: SparseIndex;
  private readonly conceptUris: string[] = [];
  private readonly scores: Float64Array;
  private readonly seen: Uint8Array;
  // Scratch reused by every query; a search runs to completion before the next starts.
  private readonly query = new Map<FeatureKey, number>();
  private readonly touched = new TouchedList();

  constructor(texts: readonly ConceptText[], analyze: (text: string) => readonly AnalyzedToken[]) {
    const byConcept = new Map<string, string[]>();
    for (const { conceptUri, text } of texts) {
      const group = byConcept.get(conceptUri);
      if (group) group.push(text);
      else byConcept.set(conceptUri, [text]);
    }
    const builder = new SparseIndexBuilder();
    // A skill is essential to many occupations: each text is analysed once.
    const analysed = new Map<string, string[]>();
    const termsOf = (text: string): string[] => {
      let terms = analysed.get(text);
      if (!terms) analysed.set(text, (terms = stemTerms(analyze(text))));
      return terms;
    };
    for (const [uri, parts] of byConcept) {
      const concept = this.conceptUris.length;
      this.conceptUris.push(uri);
      const terms = new Map<FeatureKey, number>();
      for (const part of parts) for (const term of termsOf(part)) countTerm(terms, term);
      terms.forEach((count, term) => terms.set(term, 1 + Math.log(count)));
      builder.add(terms, concept);
    }
    this.index = builder.build();
    this.scores = new Float64Array(this.conceptUris.length);
    this.seen = new Uint8Array(this.conceptUris.length);
  }

  get size(): number {
    return this.conceptUris.length;
  }

  /**
   * Cosine of the query's stems with each concept's document: the best `limit` concepts sharing a
   * stem that is not common (in more than {@link COMMON_SHARE} of the documents).
   */
  search(tokens: readonly AnalyzedToken[], limit: number): Map<string, number> {
    const query = this.query;
    query.clear();
    for (const term of stemTerms(tokens)) query.set(term, 1);
    const list = this.touched;
    list.clear();
    const common = Math.max(MIN_COMMON_POSTINGS, COMMON_SHARE * this.conceptUris.length);
    this.index.accumulate(this.index.query(query), this.scores, this.seen, list, common, false);
    const out = new Map<string, number>();
    if (list.length > limit) {
      for (const concept of topByScore(list, this.scores, limit))
        out.set(this.conceptUris[concept], this.scores[concept]);
    } else {
      for (let i = 0; i < list.length; i++)
        out.set(this.conceptUris[list.ids[i]], this.scores[list.ids[i]]);
    }
    for (let i = 0; i < list.length; i++) {
      this.scores[list.ids[i]] = 0;
      this.seen[list.ids[i]] = 0;
    }
    return out;
  }
}

const COMMON_SHARE = 0.05;
const MIN_COMMON_POSTINGS = 50;

/** The best `limit` ids by score; equal scores keep the order in which the query reached them. */
function topByScore(list: TouchedList, scores: Float64Array, limit: number): number[] {
  return Array.from(list.ids.subarray(0, list.length))
    .sort((a, b) => scores[b] - scores[a])
    .slice(0, limit);
}

/** Stems of words and of compound parts: `heftruckchauffeur` also counts as `heftruck`. */
function stemTerms(tokens: readonly AnalyzedToken[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    if (token.stopword || token.stem.length < 3) continue;
    out.push(token.stem);
    for (const part of token.partStems) if (part.length >= 3) out.push(part);
  }
  return out;
}

function countTerm(terms: Map<FeatureKey, number>, term: string): void {
  terms.set(term, (terms.get(term) ?? 0) + 1);
}
