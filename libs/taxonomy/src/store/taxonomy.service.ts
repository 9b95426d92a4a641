import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readStarterTaxonomy } from '../esco';
import {
  LinkerLanguage,
  OCCUPATION_SCORE_CALIBRATION,
  OccupationLinker,
  RankedConcept,
  SkillExtractor,
  SkillMention,
} from '../linker';
import { NearOccupation, OccupationNearnessTable } from '../nearness';
import { ensureOccupationNearness, importTaxonomy } from './taxonomy-import';
import {
  ConceptLabel,
  OccupationSkill,
  StoredOccupation,
  TaxonomyRepository,
} from './taxonomy.repository';

export type TaxonomyLanguage = 'nl' | 'de' | 'en';

const TAXONOMY_LANGUAGES: readonly TaxonomyLanguage[] = ['nl', 'de', 'en'];

/** A typeahead suggestion: the linker's ranking, named as ESCO names it, in every language. */
export interface OccupationSuggestion {
  uri: string;
  /** The preferred label in the asked language (another language's when it has none). */
  label: string;
  /** The label the text matched (alternative labels included), and its language. */
  matchedLabel: string;
  matchedLang: TaxonomyLanguage | null;
  /** The preferred label per language. */
  labels: Partial<Record<TaxonomyLanguage, string>>;
  score: number;
}

interface Linkers {
  importId: number;
  occupations: OccupationLinker;
  skills: SkillExtractor;
  /** The same label index as occupations use, over skill labels, for the typeahead. */
  skillSearch: OccupationLinker;
}

/** How long a process trusts its in-memory linker before checking for a newer import. */
const FRESHNESS_MS = 30_000;

/**
 * ESCO for the other contexts: concept checks, occupation linking and skill extraction. The
 * linkers are built in memory from the stored labels and rebuilt after a new import.
 */
@Injectable()
export class TaxonomyService implements OnApplicationBootstrap {
  private readonly logger = new Logger(TaxonomyService.name);
  private linkers?: Promise<Linkers>;
  private checkedAt = 0;
  private nearness?: Promise<{ importId: number; table: OccupationNearnessTable }>;
  private nearnessCheckedAt = 0;
  /** Preferred labels read so far, per language, for the import they were read from. */
  private labels?: { importId: number; byLang: Map<TaxonomyLanguage, Map<string, string>> };
  private labelsCheckedAt = 0;

  constructor(
    private readonly repository: TaxonomyRepository,
    private readonly dataSource: DataSource,
  ) {}

  /** A fresh database gets the starter taxonomy, so a new installation links titles at once. */
  async onApplicationBootstrap(): Promise<void> {
    if ((await this.repository.currentImportId()) > 0) return;
    const pkg = await readStarterTaxonomy();
    const result = await importTaxonomy(this.dataSource, pkg, 'starter');
    this.labels = undefined;
    if (result.changed) {
      this.logger.log(
        `No taxonomy imported yet: loaded the starter taxonomy (${result.occupations} occupations, ${result.skills} skills); import ESCO with npm run taxonomy:import`,
      );
    }
  }

  findUnknownConcepts(uris: readonly string[]): Promise<string[]> {
    return this.repository.findUnknown(uris);
  }

  findUnknownOccupations(uris: readonly string[]): Promise<string[]> {
    return this.repository.findUnknown(uris, 'occupation');
  }

  findUnknownSkills(uris: readonly string[]): Promise<string[]> {
    return this.repository.findUnknown(uris, 'skill');
  }

  getOccupation(uri: string): Promise<StoredOccupation | undefined> {
    return this.repository.findOccupation(uri);
  }

  iscoGroupsOf(uris: readonly string[]): Promise<Map<string, string>> {
    return this.repository.iscoGroupsOf(uris);
  }

  /** The essential skills of each occupation (ESCO's occupation-skill relations), by URI. */
  essentialSkillsOf(uris: readonly string[]): Promise<Map<string, string[]>> {
    return uris.length === 0 ? Promise.resolve(new Map()) : this.repository.essentialSkillsOf(uris);
  }

  skillsOfOccupation(uri: string): Promise<OccupationSkill[]> {
    return this.repository.skillsOfOccupation(uri);
  }

  /**
   * The preferred label of each concept in the asked language (English, then any, when it has
   * none). Every list a person reads names its skills, so labels once read are kept in memory for
   * the import they came from (the taxonomy is bounded: a few ten thousand labels), and checked
   * for a newer import as the linkers are; a URI the taxonomy does not know is asked again.
   */
  async preferredLabels(
    uris: readonly string[],
    lang: TaxonomyLanguage,
  ): Promise<Map<string, string>> {
    if (uris.length === 0) return new Map();
    const cache = await this.labelCache();
    let known = cache.byLang.get(lang);
    if (!known) cache.byLang.set(lang, (known = new Map()));
    const missing = [...new Set(uris)].filter((uri) => !known.has(uri));
    if (missing.length > 0) {
      for (const [uri, label] of await this.repository.preferredLabels(missing, lang)) {
        known.set(uri, label);
      }
    }
    const out = new Map<string, string>();
    for (const uri of uris) {
      const label = known.get(uri);
      if (label !== undefined) out.set(uri, label);
    }
    return out;
  }

  private async labelCache(): Promise<{
    importId: number;
    byLang: Map<TaxonomyLanguage, Map<string, string>>;
  }> {
    const now = Date.now();
    if (this.labels && now - this.labelsCheckedAt < FRESHNESS_MS) return this.labels;
    this.labelsCheckedAt = now;
    const importId = await this.repository.currentImportId();
    if (this.labels?.importId !== importId) this.labels = { importId, byLang: new Map() };
    return this.labels;
  }

  /**
   * The labels of occupations and skills by URI, in the asked order, for a page that shows saved
   * concepts; the URIs it does not know come back apart.
   */
  async labelConcepts(
    uris: readonly string[],
    lang: TaxonomyLanguage,
  ): Promise<{ items: ConceptLabel[]; unknown: string[] }> {
    const found = new Map(
      (await this.repository.conceptLabels(uris, lang)).map((c) => [c.uri, c] as const),
    );
    const asked = [...new Set(uris)];
    return {
      items: asked.flatMap((uri) => found.get(uri) ?? []),
      unknown: asked.filter((uri) => !found.has(uri)),
    };
  }

  /**
   * The near occupations of each occupation in `uris` (ESCO skills, computed at import), nearest
   * first. The table is read once per import; `fresh` checks for a newer import now rather than
   * trusting the last check for {@link FRESHNESS_MS}.
   */
  async nearOccupationsOf(
    uris: readonly (string | null)[],
    options: { fresh?: boolean } = {},
  ): Promise<Map<string, NearOccupation[]>> {
    const table = await this.occupationNearness(options.fresh ?? false);
    const out = new Map<string, NearOccupation[]>();
    for (const uri of uris)
      if (uri !== null && !out.has(uri)) out.set(uri, table.neighboursOf(uri));
    return out;
  }

  /** The whole nearness table in memory (typed arrays, a few bytes per pair). */
  async occupationNearness(fresh = false): Promise<OccupationNearnessTable> {
    const now = Date.now();
    if (this.nearness && !fresh && now - this.nearnessCheckedAt < FRESHNESS_MS)
      return (await this.nearness).table;
    this.nearnessCheckedAt = now;
    const importId = await this.repository.currentImportId();
    const held = this.nearness ? await this.nearness.catch(() => undefined) : undefined;
    if (held?.importId === importId) return held.table;
    this.nearness = (async () => {
      // A database imported before nearness existed gets it computed once, by whoever asks first.
      await ensureOccupationNearness(this.dataSource);
      return { importId, table: new OccupationNearnessTable(await this.repository.nearnessRows()) };
    })();
    this.nearness.catch(() => (this.nearness = undefined));
    return (await this.nearness).table;
  }

  async resolveOccupation(
    text: string,
    lang: TaxonomyLanguage,
    limit = 10,
  ): Promise<RankedConcept[]> {
    return (await this.current()).occupations.resolveOccupation(
      text,
      lang as LinkerLanguage,
      limit,
    );
  }

  /** Typeahead over occupations: the same ranking as the vacancy linker. */
  async suggestOccupations(
    text: string,
    lang: TaxonomyLanguage,
    limit = 10,
  ): Promise<OccupationSuggestion[]> {
    const ranked = await this.resolveOccupation(text, lang, limit);
    const uris = ranked.map((hit) => hit.uri);
    const perLanguage = await Promise.all(
      TAXONOMY_LANGUAGES.map(
        async (l) => [l, await this.repository.exactPreferredLabels(uris, l)] as const,
      ),
    );
    return ranked.map((hit) => {
      const labels: Partial<Record<TaxonomyLanguage, string>> = {};
      for (const [l, found] of perLanguage) {
        const label = found.get(hit.uri);
        if (label !== undefined) labels[l] = label;
      }
      const preferred =
        labels[lang] ?? TAXONOMY_LANGUAGES.map((l) => labels[l]).find(Boolean) ?? hit.label;
      return {
        uri: hit.uri,
        label: preferred,
        matchedLabel: hit.label || preferred,
        matchedLang: (hit.label ? hit.labelLang : lang) as TaxonomyLanguage | null,
        labels,
        score: hit.score,
      };
    });
  }

  async extractSkills(text: string, lang: TaxonomyLanguage): Promise<SkillMention[]> {
    return (await this.current()).skills.extractSkills(text, lang as LinkerLanguage);
  }

  /** Typeahead over skill labels. */
  async searchSkills(text: string, lang: TaxonomyLanguage, limit = 10): Promise<RankedConcept[]> {
    return (await this.current()).skillSearch.resolveOccupation(
      text,
      lang as LinkerLanguage,
      limit,
    );
  }

  /**
   * Builds the linker index in the background, so the first title or typeahead request does not
   * wait for it. For the HTTP apps; the worker never links text.
   */
  warmUp(): void {
    this.current().catch((error: unknown) =>
      this.logger.warn(
        `Linker index not built ahead (${error instanceof Error ? error.message : String(error)}); built on first use`,
      ),
    );
  }

  private async current(): Promise<Linkers> {
    const now = Date.now();
    if (this.linkers && now - this.checkedAt < FRESHNESS_MS) return this.linkers;
    this.checkedAt = now;
    const importId = await this.repository.currentImportId();
    const built = this.linkers ? await this.linkers.catch(() => undefined) : undefined;
    if (built?.importId === importId) return built;
    this.linkers = this.build(importId);
    this.linkers.catch(() => (this.linkers = undefined));
    return this.linkers;
  }

  private async build(importId: number): Promise<Linkers> {
    const started = Date.now();
    const [occupationLabels, skillLabels, expansions] = [
      await this.repository.labelsOf('occupation'),
      await this.repository.labelsOf('skill'),
      await this.repository.essentialSkillTexts(),
    ];
    const linkers = {
      importId,
      occupations: new OccupationLinker(occupationLabels, {
        expansions,
        calibration: OCCUPATION_SCORE_CALIBRATION,
      }),
      skills: new SkillExtractor(skillLabels),
      skillSearch: new OccupationLinker(skillLabels),
    };
    this.logger.log(
      `Linker index built from ${occupationLabels.length} occupation and ${skillLabels.length} skill labels in ${Date.now() - started} ms`,
    );
    return linkers;
  }
}
