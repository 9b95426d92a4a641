import { LanguageProfile, languageProfile } from './language-profiles';
import { LabelEntry, LinkerLanguage, SkillMention } from './linker.types';
import { AnalyzedToken, TextAnalyzer } from './text-analyzer';
import { cleanDescription, cleanTitle } from './text-cleaning';

export interface SkillExtractorOptions {
  /** Share of a label's weight that must be found close together; below it a mention is noise. */
  threshold?: number;
  /** Extra words allowed between the words of a label (`heftruck ... rijden`). */
  slack?: number;
  noiseWords?: Iterable<string>;
}

interface SkillLabel {
  concept: number;
  text: string;
  /** Content word stems, each once, with its IDF weight. */
  terms: string[];
  weights: number[];
  mass: number;
}

/** A label term found in a text: the token position and which of the label's terms it is. */
interface Occurrence {
  position: number;
  term: number;
}

const DEFAULT_THRESHOLD = 0.75;
/** A vacancy text is a few thousand characters; beyond this the rest is not read. */
const MAX_TEXT_LENGTH = 100_000;
const DEFAULT_SLACK = 3;

/**
 * Finds the skills a free text (a vacancy, a CV) mentions. A skill label is recognised when the
 * stems of its content words occur close together, in any order and possibly inside compounds
 * (`heftruckervaring` has `heftruck`); rare words weigh more than generic verbs like `toepassen`.
 */
export class SkillExtractor {
  private readonly languages = new Map<LinkerLanguage, LanguageSkills>();

  constructor(
    entries: readonly LabelEntry[],
    private readonly options: SkillExtractorOptions = {},
  ) {
    const groups = new Map<LinkerLanguage, LabelEntry[]>();
    for (const entry of entries) {
      if (!entry.label.trim()) continue;
      const group = groups.get(entry.lang) ?? [];
      group.push(entry);
      groups.set(entry.lang, group);
    }
    for (const [lang, group] of groups) {
      this.languages.set(
        lang,
        new LanguageSkills(group, languageProfile(lang, options.noiseWords)),
      );
    }
  }

  /** Skills mentioned in the text, best first, one per concept; empty for an unknown language. */
  extractSkills(text: string, lang: LinkerLanguage, threshold?: number): SkillMention[] {
    const skills = this.languages.get(lang);
    if (!skills) return [];
    return skills.extract(
      text,
      threshold ?? this.options.threshold ?? DEFAULT_THRESHOLD,
      this.options.slack ?? DEFAULT_SLACK,
    );
  }
}

class LanguageSkills {
  private readonly analyzer: TextAnalyzer;
  private readonly labels: SkillLabel[] = [];
  private readonly conceptUris: string[] = [];
  /** term -> ids of the labels containing it. */
  private readonly postings = new Map<string, number[]>();

  constructor(entries: readonly LabelEntry[], profile: LanguageProfile) {
    const cleaned = entries.map((entry) => cleanTitle(entry.label, profile));
    const words = new Set<string>();
    for (const tokens of cleaned) for (const token of tokens) words.add(token.text);
    this.analyzer = new TextAnalyzer(profile, words);

    const conceptIds = new Map<string, number>();
    const termSets = cleaned.map((tokens) => this.contentStems(this.analyzer.analyze(tokens)));
    const df = new Map<string, Set<number>>();
    entries.forEach((entry, i) => {
      let concept = conceptIds.get(entry.conceptUri);
      if (concept === undefined) {
        concept = this.conceptUris.length;
        conceptIds.set(entry.conceptUri, concept);
        this.conceptUris.push(entry.conceptUri);
      }
      for (const term of termSets[i])
        (df.get(term) ?? df.set(term, new Set()).get(term)!).add(concept);
    });
    const n = this.conceptUris.length;
    const seen = new Set<string>();
    entries.forEach((entry, i) => {
      const terms = [...termSets[i]];
      const concept = conceptIds.get(entry.conceptUri)!;
      const key = `${concept}|${[...terms].sort().join(' ')}`;
      if (terms.length === 0 || seen.has(key)) return;
      seen.add(key);
      const weights = terms.map((term) => Math.log((n + 1) / (df.get(term)!.size + 1)) + 1);
      const id = this.labels.length;
      this.labels.push({
        concept,
        text: entry.label,
        terms,
        weights,
        mass: weights.reduce((a, b) => a + b, 0),
      });
      for (const term of terms)
        (this.postings.get(term) ?? this.postings.set(term, []).get(term)!).push(id);
    });
  }

  extract(text: string, threshold: number, slack: number): SkillMention[] {
    const tokens = this.analyzer.analyze(
      cleanDescription(text.slice(0, MAX_TEXT_LENGTH), this.analyzer.profile),
    );
    const positions = new Map<string, number[]>();
    tokens.forEach((token, position) => {
      if (token.stopword) return;
      for (const term of new Set([token.stem, ...token.partStems])) {
        (positions.get(term) ?? positions.set(term, []).get(term)!).push(position);
      }
    });
    // Labels whose words all occur somewhere get a closer look; most labels share no word at all.
    const found = new Map<number, number>();
    for (const term of positions.keys()) {
      for (const id of this.postings.get(term) ?? []) {
        const label = this.labels[id];
        found.set(id, (found.get(id) ?? 0) + label.weights[label.terms.indexOf(term)]);
      }
    }
    const best = new Map<number, SkillMention>();
    for (const [id, weight] of found) {
      const label = this.labels[id];
      if (weight / label.mass < threshold) continue;
      const match = this.closestWindow(label, positions, slack);
      if (!match || match.score < threshold) continue;
      const mention: SkillMention = {
        uri: this.conceptUris[label.concept],
        label: label.text,
        score: Math.min(1, match.score),
        matchedText: text.slice(tokens[match.first].start, tokens[match.last].end),
      };
      const previous = best.get(label.concept);
      if (!previous || mention.score > previous.score) best.set(label.concept, mention);
    }
    return [...best.values()].sort((a, b) => b.score - a.score || a.uri.localeCompare(b.uri));
  }

  /**
   * The stretch of text holding the most of a label's weight, at most label length + slack words
   * wide: `heftruck rijden` matches `rijdt op een heftruck` but not words two paragraphs apart.
   */
  private closestWindow(
    label: SkillLabel,
    positions: Map<string, number[]>,
    slack: number,
  ): { score: number; first: number; last: number } | null {
    const occurrences: Occurrence[] = [];
    label.terms.forEach((term, index) => {
      for (const position of positions.get(term) ?? []) occurrences.push({ position, term: index });
    });
    occurrences.sort((a, b) => a.position - b.position);
    const width = label.terms.length + slack;
    const counts = new Array<number>(label.terms.length).fill(0);
    let covered = 0;
    let best: { score: number; first: number; last: number } | null = null;
    for (let left = 0, right = 0; right < occurrences.length; right += 1) {
      const entering = occurrences[right];
      if (counts[entering.term]++ === 0) covered += label.weights[entering.term];
      while (entering.position - occurrences[left].position >= width) {
        const leaving = occurrences[left++];
        if (--counts[leaving.term] === 0) covered -= label.weights[leaving.term];
      }
      const score = covered / label.mass;
      if (!best || score > best.score + 1e-9) {
        best = { score, first: occurrences[left].position, last: entering.position };
      }
    }
    return best;
  }

  private contentStems(tokens: readonly AnalyzedToken[]): Set<string> {
    return new Set(tokens.filter((token) => !token.stopword).map((token) => token.stem));
  }
}
