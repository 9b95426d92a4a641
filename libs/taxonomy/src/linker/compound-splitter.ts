/**
 * Splits Dutch and German compounds into words the corpus itself uses, so `heftruckchauffeur`
 * meets `chauffeur heftruck` and `Gabelstaplerfahrer` meets `Fahrer Gabelstapler`. No dictionary
 * ships with the linker: whatever words the labels contain are the dictionary, which keeps the
 * splitter right for any language and corpus.
 */
export interface CompoundSplitterOptions {
  /** Returns the corpus form of a word (itself, or e.g. its masculine form), or null if unknown. */
  known: (word: string) => string | null;
  linkingElements: readonly string[];
  /** Function words are no compound modifiers: `aan|koper` is one word. */
  isStopword?: (word: string) => boolean;
  minHead?: number;
  minModifier?: number;
}

export class CompoundSplitter {
  private readonly cache = new Map<string, string[]>();
  private readonly strictCache = new Map<string, string[]>();
  private readonly minHead: number;
  private readonly minModifier: number;

  constructor(private readonly options: CompoundSplitterOptions) {
    this.minHead = options.minHead ?? 4;
    this.minModifier = options.minModifier ?? 3;
  }

  /**
   * The parts of a compound, modifiers first and the head last, plus the compound's own inner
   * compounds (`weinbautechniker` -> wein, bautechniker, bau, techniker). Empty if not a compound.
   */
  split(word: string): string[] {
    return this.cached(this.cache, word, true);
  }

  /** The last part, the word a compound is a kind of: `techniker` for `weinbautechniker`. */
  head(word: string): string | null {
    const parts = this.split(word);
    return parts.length > 0 ? parts[parts.length - 1] : null;
  }

  private cached(cache: Map<string, string[]>, word: string, lenient: boolean): string[] {
    let parts = cache.get(word);
    if (parts === undefined) {
      parts = this.findSplit(word, lenient);
      // Inputs are unbounded; a full cache starts over instead of growing.
      if (cache.size >= 200_000) cache.clear();
      cache.set(word, parts);
    }
    return parts;
  }

  /**
   * Lenient splits may keep an unknown modifier (`trafik|verkaufer`): the head alone is worth
   * matching. Modifiers themselves are only split strictly, into known words.
   */
  private findSplit(word: string, lenient: boolean): string[] {
    if (word.length < this.minHead + this.minModifier) return [];
    let fallback: string[] = [];
    // Longest head first: `gabelstapler|fahrer` is better than `gabel|staplerfahrer` only when
    // `gabel` is not a word; the modifier check decides.
    for (let i = this.minModifier; i <= word.length - this.minHead; i += 1) {
      const head = this.options.known(word.slice(i));
      if (head === null) continue;
      const modifier = word.slice(0, i);
      const modifierParts = this.modifierParts(modifier);
      if (modifierParts !== null) return unique([...modifierParts, ...this.split(head), head]);
      // An unknown modifier stays a part: other labels may share it (`steenbe|werker`).
      const plausible = head.length > this.minHead && !this.options.isStopword?.(modifier);
      if (lenient && fallback.length === 0 && plausible) {
        fallback = [modifier, ...this.split(head), head];
      }
    }
    return unique(fallback);
  }

  private modifierParts(modifier: string): string[] | null {
    if (this.options.isStopword?.(modifier)) return null;
    const whole = this.options.known(modifier);
    if (whole !== null) return [whole];
    for (const element of this.options.linkingElements) {
      if (!modifier.endsWith(element) || modifier.length - element.length < this.minModifier)
        continue;
      const stripped = modifier.slice(0, -element.length);
      const base = this.options.isStopword?.(stripped) ? null : this.options.known(stripped);
      if (base !== null) return [base];
    }
    const inner = this.cached(this.strictCache, modifier, false);
    return inner.length > 0 ? inner : null;
  }
}

function unique(parts: string[]): string[] {
  return [...new Set(parts)];
}
