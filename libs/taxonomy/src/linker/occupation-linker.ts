import { languageProfile } from './language-profiles';
import { DEFAULT_LABEL_INDEX_SETTINGS, LabelIndex, LabelIndexSettings } from './label-index';
import { LabelEntry, LinkerLanguage, LinkerOptions, RankedConcept } from './linker.types';

/** Longer input is no job title; it is cut rather than allowed to cost a scan of the corpus. */
const MAX_TITLE_LENGTH = 300;

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
  const groups = new Map<LinkerLanguage, LabelEntry[]>();
  for (const entry of entries) {
    if (!entry.label.trim()) continue;
    const group = groups.get(entry.lang);
    if (group) group.push(entry);
    else groups.set(entry.lang, [entry]);
  }
  const indexes = new Map<LinkerLanguage, LabelIndex>();
  for (const [lang, group] of groups) {
    indexes.set(lang, new LabelIndex(group, languageProfile(lang, options.noiseWords), settings));
  }
  return indexes;
}

/**
 * Links a free-text job title to occupation concepts, offline and in process. Build it once from
 * the occupation labels (ESCO preferred, alternative and hidden labels, per language); a query is
 * matched against the labels of its own language.
 */
export class OccupationLinker {
  private readonly indexes: Map<LinkerLanguage, LabelIndex>;

  constructor(
    entries: readonly LabelEntry[],
    options: LinkerOptions = {},
    tuning: Partial<LabelIndexSettings> = {},
  ) {
    this.indexes = indexesByLanguage(entries, options, tuning);
  }

  get languages(): LinkerLanguage[] {
    return [...this.indexes.keys()];
  }

  /**
   * Ranked concepts, one per concept with the label that matched it best. A language without
   * labels falls back to every language there is, each with its own rules, so a title is never
   * silently lost.
   */
  resolveOccupation(text: string, lang: LinkerLanguage, limit = 10): RankedConcept[] {
    const title = text.slice(0, MAX_TITLE_LENGTH);
    const index = this.indexes.get(lang);
    if (index) return index.search(title, limit);
    const merged = new Map<string, RankedConcept>();
    for (const other of this.indexes.values()) {
      for (const hit of other.search(title, limit)) {
        const best = merged.get(hit.uri);
        if (!best || hit.score > best.score) merged.set(hit.uri, hit);
      }
    }
    return [...merged.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }
}
