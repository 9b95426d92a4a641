import { CompoundSplitter } from './compound-splitter';
import { LanguageProfile } from './language-profiles';
import { CleanToken } from './text-cleaning';

export interface AnalyzedToken {
  /** Folded word in the corpus's form: masculine where the corpus has it, truncations completed. */
  word: string;
  stem: string;
  /** The compound's parts in corpus form, head last; empty for simple words. */
  parts: string[];
  /** Their stems. */
  partStems: string[];
  stopword: boolean;
  start: number;
  end: number;
}

/**
 * Turns cleaned words into the forms both sides of a match are compared in. The vocabulary of the
 * indexed labels decides which gender rewrites and compound splits are taken, so a rule can only
 * ever map a word onto a word the corpus uses.
 */
export class TextAnalyzer {
  readonly splitter: CompoundSplitter;
  private readonly canonicalCache = new Map<string, string>();
  private readonly stemCache = new Map<string, string>();

  private readonly vocabulary: Set<string>;
  private readonly stems = new Set<string>();

  constructor(
    readonly profile: LanguageProfile,
    corpusWords: Iterable<string>,
  ) {
    this.vocabulary = new Set<string>();
    for (const word of corpusWords) this.vocabulary.add(word).add(this.rewriteFixed(word));
    for (const word of this.vocabulary) this.stems.add(this.stem(word));
    this.splitter = new CompoundSplitter({
      known: (word) => this.known(word),
      linkingElements: profile.linkingElements,
      isStopword: (word) => profile.stopwords.has(word),
    });
  }

  /** The corpus form of a word, or null when neither it nor a gender rewrite of it is known. */
  known(word: string): string | null {
    const canonical = this.canonical(word);
    return this.vocabulary.has(canonical) ? canonical : null;
  }

  /** `verkoopster` -> `verkoper`, `schweisserin` -> `schweisser` when the corpus knows the result. */
  canonical(word: string): string {
    let result = this.canonicalCache.get(word);
    if (result !== undefined) return result;
    const fixed = this.rewriteFixed(word);
    result = this.rewriteGender(fixed) ?? fixed;
    remember(this.canonicalCache, word, result);
    return result;
  }

  /**
   * The stemmers leave verb endings such as Dutch `rijdt` or German `arbeitet`; those are cut when
   * what remains is a stem the corpus has (`rijd` from `rijden`).
   */
  stem(word: string): string {
    let result = this.stemCache.get(word);
    if (result === undefined) {
      result = word.length > 3 ? this.profile.stem(word) : word;
      if (this.stems.size > 0 && !this.stems.has(result)) result = this.cutVerbEnding(result);
      remember(this.stemCache, word, result);
    }
    return result;
  }

  /** `rijdt` -> `rijd`; `last` -> `las` -> `lass`, as the stemmer leaves `lassen` doubled. */
  private cutVerbEnding(stem: string): string {
    for (const ending of this.profile.verbEndings) {
      if (!stem.endsWith(ending) || stem.length - ending.length < 2) continue;
      const cut = stem.slice(0, -ending.length);
      for (const candidate of [cut, cut + cut[cut.length - 1]])
        if (this.stems.has(candidate)) return candidate;
    }
    return stem;
  }

  analyze(tokens: readonly CleanToken[]): AnalyzedToken[] {
    const words = tokens.map((token) => this.canonical(token.text));
    const out: AnalyzedToken[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      let word = words[i];
      if (tokens[i].truncated) word = this.completeTruncation(word, words.slice(i + 1)) ?? word;
      const parts = this.splitter.split(word);
      out.push({
        word,
        stem: this.stem(word),
        parts,
        partStems: parts.map((part) => this.stem(part)),
        stopword: this.profile.stopwords.has(word),
        start: tokens[i].start,
        end: tokens[i].end,
      });
    }
    return out;
  }

  /** `chemiebetriebs-` before `verfahrenstechniker` is `chemiebetriebstechniker`. */
  private completeTruncation(modifier: string, following: string[]): string | null {
    const next = following.find((word) => !this.profile.stopwords.has(word));
    if (!next) return null;
    const head = this.splitter.head(next);
    return head ? modifier + head : null;
  }

  /** Endings that are feminine whatever the corpus says: `...erin` is always `...er` in German. */
  private rewriteFixed(word: string): string {
    for (const [suffix, replacement] of this.profile.fixedRules) {
      if (word.endsWith(suffix) && word.length - suffix.length >= 3)
        return word.slice(0, -suffix.length) + replacement;
    }
    return word;
  }

  private rewriteGender(word: string): string | null {
    if (word.length < 5) return null;
    for (const [suffix, replacements] of this.profile.genderRules) {
      if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
      const base = word.slice(0, -suffix.length);
      for (const replacement of replacements) {
        for (const candidate of [base, ...this.profile.respell(base)]) {
          const rewritten = candidate + replacement;
          if (rewritten !== word && this.vocabulary.has(rewritten)) return rewritten;
        }
      }
    }
    return null;
  }
}

/** Caches fill with whatever users type; past this size they start over rather than grow. */
const CACHE_LIMIT = 200_000;

export function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}
