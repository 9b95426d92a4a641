import { LanguageProfile } from './language-profiles';
import { DEFAULT_FEATURES, FeatureSettings, charGrams, contentTokens, tokenTerms } from './label-features';
import { LabelEntry, LabelKind, RankedConcept } from './linker.types';
import { SparseIndex } from './sparse-index';
import { AnalyzedToken, TextAnalyzer } from './text-analyzer';
import { cleanTitle } from './text-cleaning';

export interface LabelIndexSettings extends FeatureSettings {
  charWeight: number;
  /** Alternative and hidden labels are slightly less reliable names than the preferred one. */
  kindFactor: Record<LabelKind, number>;
  conceptPriors: ReadonlyArray<{ pattern: RegExp; factor: number }>;
  secondWeight: number;
  conceptWeight: number;
  expandWeight: number;
  expandTop: number;
  expandMin: number;
  idfPower: number;
  slope: number;
  conceptDf: boolean;
  prefWeight: number;
  sizePower: number;
}

export const DEFAULT_LABEL_INDEX_SETTINGS: LabelIndexSettings = {
  ...DEFAULT_FEATURES,
  charWeight: 0.6,
  kindFactor: { preferred: 1, alternative: 0.95, hidden: 0.9 },
  conceptPriors: [],
  secondWeight: 0,
  conceptWeight: 0,
  expandWeight: 0,
  expandTop: 5,
  expandMin: 0.1,
  idfPower: 1,
  slope: 1,
  conceptDf: false,
  prefWeight: 0,
  sizePower: 0,
};

/**
 * The labels of one language, searchable by a hybrid of character n-gram and word TF-IDF cosine.
 * Both indexes are inverted, so a query only visits labels sharing at least one feature with it.
 */
export class LabelIndex {
  readonly analyzer: TextAnalyzer;
  readonly labels: readonly string[];
  readonly labelTokens: readonly (readonly AnalyzedToken[])[];
  readonly conceptUris: readonly string[];
  readonly labelConcept: Int32Array;
  private readonly labelFactor: Float64Array;
  private readonly chars: SparseIndex;
  private readonly words: SparseIndex;
  private readonly charScores: Float64Array;
  private readonly wordScores: Float64Array;
  private readonly seen: Uint8Array;
  private readonly conceptScore: Float64Array;
  private readonly conceptLabel: Int32Array;
  private readonly conceptSeen: Uint8Array;
  private readonly conceptSecond: Float64Array;
  private readonly conceptChars: SparseIndex;
  private readonly conceptWords: SparseIndex;
  private readonly cChar: Float64Array;
  private readonly cWord: Float64Array;
  private readonly cSeen: Uint8Array;
  private cPref!: Float64Array;
  readonly related = new Map<string, [string, number][]>();
  private readonly isPref: Uint8Array;

  constructor(
    entries: readonly LabelEntry[],
    profile: LanguageProfile,
    private readonly settings: LabelIndexSettings = DEFAULT_LABEL_INDEX_SETTINGS,
  ) {
    const cleaned = entries.map((entry) => cleanTitle(entry.label, profile));
    const vocabulary = new Set<string>();
    for (const tokens of cleaned) for (const token of tokens) vocabulary.add(token.text);
    this.analyzer = new TextAnalyzer(profile, vocabulary);

    const conceptIds = new Map<string, number>();
    const uris: string[] = [];
    this.labelConcept = new Int32Array(entries.length);
    this.labelFactor = new Float64Array(entries.length);
    this.isPref = Uint8Array.from(entries, (e) => (e.kind === 'preferred' ? 1 : 0));
    entries.forEach((entry, i) => {
      let id = conceptIds.get(entry.conceptUri);
      if (id === undefined) {
        id = uris.length;
        conceptIds.set(entry.conceptUri, id);
        uris.push(entry.conceptUri);
      }
      this.labelConcept[i] = id;
      this.labelFactor[i] = settings.kindFactor[entry.kind ?? 'alternative'] * prior(entry.conceptUri, settings);
    });
    this.conceptUris = uris;
    if (settings.sizePower > 0) {
      const count = new Int32Array(uris.length);
      for (const c of this.labelConcept) count[c] += 1;
      this.labelConcept.forEach((c, i) => { this.labelFactor[i] *= count[c] ** settings.sizePower; });
    }
    this.labels = entries.map((entry) => entry.label);
    this.labelTokens = cleaned.map((tokens) => contentTokens(this.analyzer.analyze(tokens)));
    const o = { idfPower: settings.idfPower, slope: settings.slope, groups: settings.conceptDf ? this.labelConcept : undefined };
    this.chars = SparseIndex.build(this.labelTokens.map((tokens) => charGrams(tokens, settings)), o);
    this.words = SparseIndex.build(this.labelTokens.map((tokens) => tokenTerms(tokens, settings)), o);

    this.charScores = new Float64Array(entries.length);
    this.wordScores = new Float64Array(entries.length);
    this.seen = new Uint8Array(entries.length);
    this.conceptScore = new Float64Array(uris.length);
    this.conceptLabel = new Int32Array(uris.length);
    this.conceptSeen = new Uint8Array(uris.length);
    this.conceptSecond = new Float64Array(uris.length);
    const cc: Map<string, number>[] = uris.map(() => new Map());
    const cw: Map<string, number>[] = uris.map(() => new Map());
    this.labelTokens.forEach((tokens, i) => {
      const c = this.labelConcept[i];
      for (const [k, v] of charGrams(tokens, settings)) cc[c].set(k, (cc[c].get(k) ?? 0) + v);
      for (const [k, v] of tokenTerms(tokens, settings)) cw[c].set(k, (cw[c].get(k) ?? 0) + v);
    });
    const damp = (m: Map<string, number>) => { for (const [k, v] of m) if (v > 1) m.set(k, 1 + Math.log(v)); return m; };
    this.conceptChars = SparseIndex.build(cc.map(damp));
    this.conceptWords = SparseIndex.build(cw.map(damp));
    this.cChar = new Float64Array(uris.length);
    this.cWord = new Float64Array(uris.length);
    this.cSeen = new Uint8Array(uris.length);
    this.cPref = new Float64Array(uris.length);
    if (settings.expandWeight > 0) this.learnRelated();
  }

  private learnRelated(): void {
    const byConcept: Set<string>[][] = this.conceptUris.map(() => []);
    this.labelTokens.forEach((tokens, i) => byConcept[this.labelConcept[i]].push(new Set(tokenTerms(tokens, this.settings).keys())));
    const pair = new Map<string, number>();
    const single = new Map<string, number>();
    for (const sets of byConcept) {
      if (sets.length < 2 || sets.length > 60) continue;
      for (let i = 0; i < sets.length; i += 1) for (let j = 0; j < sets.length; j += 1) {
        if (i === j) continue;
        for (const x of sets[i]) {
          if (sets[j].has(x)) continue;
          single.set(x, (single.get(x) ?? 0) + 1);
          for (const y of sets[j]) if (!sets[i].has(y)) pair.set(x + '|' + y, (pair.get(x + '|' + y) ?? 0) + 1);
        }
      }
    }
    const lists = new Map<string, [string, number][]>();
    for (const [key, count] of pair) {
      if (count < 2) continue;
      const [x, y] = key.split('|');
      const a = count / Math.sqrt(single.get(x)! * single.get(y)!);
      if (a < this.settings.expandMin) continue;
      const list = lists.get(x) ?? [];
      list.push([y, a]);
      lists.set(x, list);
    }
    for (const [x, list] of lists) this.related.set(x, list.sort((a, b) => b[1] - a[1]).slice(0, this.settings.expandTop));
  }

  private expand(terms: Map<string, number>): Map<string, number> {
    const w = this.settings.expandWeight;
    if (w <= 0) return terms;
    const out = new Map(terms);
    for (const [x, wx] of terms) for (const [y, a] of this.related.get(x) ?? []) {
      if (terms.has(y)) continue;
      const v = w * a * wx;
      if ((out.get(y) ?? 0) < v) out.set(y, v);
    }
    return out;
  }

  get size(): number {
    return this.labels.length;
  }

  analyzeTitle(text: string): readonly AnalyzedToken[] {
    return contentTokens(this.analyzer.analyze(cleanTitle(text, this.analyzer.profile)));
  }

  /** Concepts ranked by their best label's score, best first. */
  search(text: string, limit = 10): RankedConcept[] {
    const tokens = this.analyzeTitle(text);
    if (tokens.length === 0 || limit <= 0) return [];
    const touched: number[] = [];
    const qc = charGrams(tokens, this.settings);
    if (this.settings.expandWeight > 0 && (this.settings as any).expandChars) {
      for (const t of tokens) for (const [y, a] of this.related.get(t.stem) ?? []) {
        const g = charGrams([{ word: y, stem: y, parts: [], partStems: [], stopword: false, start: 0, end: 0 }], this.settings);
        for (const [k, v] of g) if (!qc.has(k)) qc.set(k, Math.max(qc.get(k) ?? 0, v * a * this.settings.expandWeight * (this.settings as any).expandChars));
      }
    }
    const qw = this.expand(tokenTerms(tokens, this.settings));
    this.chars.accumulate(this.chars.query(qc), this.charScores, this.seen, touched);
    this.words.accumulate(this.words.query(qw), this.wordScores, this.seen, touched);

    const alpha = this.settings.charWeight;
    const concepts: number[] = [];
    for (const label of touched) {
      const score = (alpha * this.charScores[label] + (1 - alpha) * this.wordScores[label]) * this.labelFactor[label];
      const concept = this.labelConcept[label];
      if (this.conceptSeen[concept] === 0) {
        this.conceptSeen[concept] = 1;
        concepts.push(concept);
      }
      if (score > this.conceptScore[concept]) {
        this.conceptSecond[concept] = this.conceptScore[concept];
        this.conceptScore[concept] = score;
        this.conceptLabel[concept] = label;
      } else if (score > this.conceptSecond[concept]) this.conceptSecond[concept] = score;
      if (this.isPref[label]) this.cPref[concept] = score;
      this.charScores[label] = 0;
      this.wordScores[label] = 0;
      this.seen[label] = 0;
    }
    const sw = this.settings.secondWeight;
    const cwt = this.settings.conceptWeight;
    if (cwt > 0) {
      const ct: number[] = [];
      this.conceptChars.accumulate(this.conceptChars.query(qc), this.cChar, this.cSeen, ct);
      this.conceptWords.accumulate(this.conceptWords.query(qw), this.cWord, this.cSeen, ct);
    }
    for (const c of concepts) {
      let v = this.conceptScore[c] + sw * this.conceptSecond[c] + this.settings.prefWeight * this.cPref[c];
      this.cPref[c] = 0;
      if (cwt > 0) v = (1 - cwt) * v + cwt * (alpha * this.cChar[c] + (1 - alpha) * this.cWord[c]);
      this.conceptScore[c] = v;
    }
    if (cwt > 0) { this.cChar.fill(0); this.cWord.fill(0); this.cSeen.fill(0); }
    const top = selectTop(concepts, this.conceptScore, limit);
    const out = top.map((concept) => ({
      uri: this.conceptUris[concept],
      label: this.labels[this.conceptLabel[concept]],
      score: Math.min(1, Math.max(0, this.conceptScore[concept])),
    }));
    for (const concept of concepts) {
      this.conceptScore[concept] = 0;
      this.conceptSecond[concept] = 0;
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

/** Top `limit` ids by score without sorting every candidate: limits are small, candidates are not. */
function selectTop(ids: readonly number[], scores: Float64Array, limit: number): number[] {
  const top: number[] = [];
  for (const id of ids) {
    const score = scores[id];
    if (score <= 0) continue;
    if (top.length === limit && score <= scores[top[limit - 1]]) continue;
    let at = top.length < limit ? top.length : limit - 1;
    while (at > 0 && scores[top[at - 1]] < score) {
      if (at < limit) top[at] = top[at - 1];
      at -= 1;
    }
    top[at] = id;
  }
  return top;
}
