import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConceptText, LabelEntry, LinkerLanguage } from '../linker';
import { NearnessRows } from '../nearness';

export type ConceptKind = 'occupation' | 'skill' | 'isco_group';

export interface StoredOccupation {
  uri: string;
  iscoGroup: string | null;
  labels: Array<{ lang: string; kind: string; label: string }>;
}

export interface ConceptLabel {
  uri: string;
  kind: 'occupation' | 'skill';
  label: string;
  lang: string;
}

export interface OccupationSkill {
  skillUri: string;
  relationType: 'essential' | 'optional';
}

/** Reads the stored taxonomy (written only by the importer). */
@Injectable()
export class TaxonomyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The id of the latest import; 0 when nothing was ever imported. */
  async currentImportId(): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT coalesce(max(id), 0)::int AS id FROM taxonomy.import`,
    );
    return row.id;
  }

  async findUnknown(uris: readonly string[], kind?: ConceptKind): Promise<string[]> {
    const unique = [...new Set(uris)];
    if (unique.length === 0) return [];
    const rows: Array<{ uri: string }> = await this.dataSource.query(
      `SELECT uri FROM taxonomy.concept WHERE uri = ANY($1::text[]) AND ($2::text IS NULL OR kind = $2)`,
      [unique, kind ?? null],
    );
    const known = new Set(rows.map((r) => r.uri));
    return unique.filter((uri) => !known.has(uri));
  }

  async findOccupation(uri: string): Promise<StoredOccupation | undefined> {
    const [concept] = await this.dataSource.query(
      `SELECT uri, code FROM taxonomy.concept WHERE uri = $1 AND kind = 'occupation'`,
      [uri],
    );
    if (!concept) return undefined;
    const labels = await this.dataSource.query(
      `SELECT lang, kind, label FROM taxonomy.label WHERE concept_uri = $1 ORDER BY lang, kind, label`,
      [uri],
    );
    return { uri: concept.uri, iscoGroup: concept.code, labels };
  }

  /** ISCO-08 unit group per occupation, for every occupation in `uris` that has one. */
  async iscoGroupsOf(uris: readonly string[]): Promise<Map<string, string>> {
    if (uris.length === 0) return new Map();
    const rows: Array<{ uri: string; code: string }> = await this.dataSource.query(
      `SELECT uri, code FROM taxonomy.concept WHERE kind = 'occupation' AND uri = ANY($1::text[]) AND code IS NOT NULL`,
      [[...new Set(uris)]],
    );
    return new Map(rows.map((r) => [r.uri, r.code]));
  }

  async skillsOfOccupation(uri: string): Promise<OccupationSkill[]> {
    const rows = await this.dataSource.query(
      `SELECT skill_uri AS "skillUri", relation_type AS "relationType"
         FROM taxonomy.occupation_skill WHERE occupation_uri = $1 ORDER BY relation_type, skill_uri`,
      [uri],
    );
    return rows;
  }

  /** The essential skills of each occupation, by occupation URI. */
  async essentialSkillsOf(uris: readonly string[]): Promise<Map<string, string[]>> {
    const rows: Array<{ occupation: string; skill: string }> = await this.dataSource.query(
      `SELECT occupation_uri AS occupation, skill_uri AS skill FROM taxonomy.occupation_skill
        WHERE occupation_uri = ANY($1) AND relation_type = 'essential'
        ORDER BY occupation_uri, skill_uri`,
      [[...new Set(uris)]],
    );
    const skills = new Map<string, string[]>();
    for (const { occupation, skill } of rows) {
      const list = skills.get(occupation);
      if (list) list.push(skill);
      else skills.set(occupation, [skill]);
    }
    return skills;
  }

  /** The stored near occupations, grouped by occupation, nearest first. */
  async nearnessRows(): Promise<NearnessRows> {
    const rows: Array<{ o: string; n: string; s: number; sh: number; e: number }> =
      await this.dataSource.query(
        `SELECT occupation_uri AS o, near_uri AS n, similarity AS s, shared_essential AS sh, essential AS e
           FROM taxonomy.occupation_near ORDER BY occupation_uri, similarity DESC, near_uri`,
      );
    return {
      occupation: rows.map((r) => r.o),
      near: rows.map((r) => r.n),
      similarity: rows.map((r) => Number(r.s)),
      sharedEssential: rows.map((r) => Number(r.sh)),
      essential: rows.map((r) => Number(r.e)),
    };
  }

  /** Every label of one kind of concept, for building the linker's index. */
  async labelsOf(kind: ConceptKind): Promise<LabelEntry[]> {
    const rows: Array<{ uri: string; lang: string; kind: LabelEntry['kind']; label: string }> =
      await this.dataSource.query(
        `SELECT l.concept_uri AS uri, l.lang, l.kind, l.label
           FROM taxonomy.label l JOIN taxonomy.concept c ON c.uri = l.concept_uri
          WHERE c.kind = $1`,
        [kind],
      );
    return rows.map((r) => ({
      conceptUri: r.uri,
      label: r.label,
      lang: r.lang as LinkerLanguage,
      kind: r.kind,
    }));
  }

  /** Each occupation's essential skills by their preferred labels, the linker's expansion texts. */
  async essentialSkillTexts(): Promise<ConceptText[]> {
    const rows: Array<{ uri: string; lang: string; label: string }> = await this.dataSource.query(
      `SELECT os.occupation_uri AS uri, l.lang, l.label
         FROM taxonomy.occupation_skill os
         JOIN taxonomy.label l ON l.concept_uri = os.skill_uri AND l.kind = 'preferred'
        WHERE os.relation_type = 'essential'`,
    );
    return rows.map((r) => ({ conceptUri: r.uri, lang: r.lang as LinkerLanguage, text: r.label }));
  }

  /** Preferred labels in exactly this language; concepts without one are left out. */
  async exactPreferredLabels(uris: readonly string[], lang: string): Promise<Map<string, string>> {
    if (uris.length === 0) return new Map();
    const rows: Array<{ uri: string; label: string }> = await this.dataSource.query(
      `SELECT concept_uri AS uri, min(label) AS label FROM taxonomy.label
        WHERE concept_uri = ANY($1::text[]) AND kind = 'preferred' AND lang = $2
        GROUP BY concept_uri`,
      [[...new Set(uris)], lang],
    );
    return new Map(rows.map((r) => [r.uri, r.label]));
  }

  /**
   * The kind and preferred label of each occupation or skill in `uris`: in `lang`, else English,
   * else any language it has.
   */
  async conceptLabels(uris: readonly string[], lang: string): Promise<ConceptLabel[]> {
    if (uris.length === 0) return [];
    return this.dataSource.query(
      `SELECT DISTINCT ON (c.uri) c.uri, c.kind, l.label, l.lang FROM taxonomy.concept c
         JOIN taxonomy.label l ON l.concept_uri = c.uri AND l.kind = 'preferred'
        WHERE c.uri = ANY($1::text[]) AND c.kind IN ('occupation', 'skill')
        ORDER BY c.uri, (l.lang = $2) DESC, (l.lang = 'en') DESC, l.lang, l.label`,
      [[...new Set(uris)], lang],
    );
  }

  async preferredLabels(uris: readonly string[], lang: string): Promise<Map<string, string>> {
    if (uris.length === 0) return new Map();
    const rows: Array<{ uri: string; label: string; lang: string }> = await this.dataSource.query(
      `SELECT DISTINCT ON (concept_uri) concept_uri AS uri, label, lang FROM taxonomy.label
        WHERE concept_uri = ANY($1::text[]) AND kind = 'preferred'
        ORDER BY concept_uri, (lang = $2) DESC, (lang = 'en') DESC, lang`,
      [[...new Set(uris)], lang],
    );
    return new Map(rows.map((r) => [r.uri, r.label]));
  }
}
