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

  constructor(
    readonly profile: LanguageProfile,
    corpusWords: Iterable<string>,
  ) {
    this.vocabulary = new Set<string>();
    for (const word of corpusWords) this.vocabulary.add(word).add(this.rewriteFixed(word));
    this.splitter = new CompoundSplitter({
      known: (word) => this.known(word),
      linkingElements: profile.linkingElements,
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
    result = this.rewriteGender(this.rewriteFixed(word)) ?? this.rewriteFixed(word);
    this.canonicalCache.set(word, result);
    return result;
  }

  stem(word: string): string {
    let result = this.stemCache.get(word);
    if (result === undefined) {
      result = word.length > 3 ? this.profile.stem(word) : word;
      this.stemCache.set(word, result);
    }
    return result;
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
      if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length) + replacement;
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
