/**
 * Typed records for the official ESCO CSV package. Concept URIs are language-neutral: a Dutch
 * profile and a German vacancy meet on the same URI, so every concept carries its labels per
 * language rather than one record per language.
 */

export const ESCO_RELATION_TYPES = ['essential', 'optional'] as const;
export type EscoRelationType = (typeof ESCO_RELATION_TYPES)[number];

export const ESCO_SKILL_TYPES = ['skill/competence', 'knowledge'] as const;
export type EscoSkillType = (typeof ESCO_SKILL_TYPES)[number];

export const ESCO_REUSE_LEVELS = [
  'transversal',
  'cross-sector',
  'sector-specific',
  'occupation-specific',
] as const;
export type EscoReuseLevel = (typeof ESCO_REUSE_LEVELS)[number];

export interface EscoLabels {
  /** ISO 639-1 code taken from the file name (`occupations_nl.csv` -> `nl`). */
  lang: string;
  preferred: string;
  alt: string[];
  hidden: string[];
}

export interface EscoOccupation {
  uri: string;
  /**
   * ISCO-08 unit group (4 digits). Null only when no file of the package supplies one, not even
   * through a broader occupation; the reader then also reports a warning.
   */
  iscoGroup: string | null;
  labels: EscoLabels[];
}

export interface EscoSkill {
  uri: string;
  skillType: EscoSkillType | null;
  reuseLevel: EscoReuseLevel | null;
  labels: EscoLabels[];
}

export interface EscoIscoGroup {
  uri: string;
  /** 1 to 4 digits: major, sub-major, minor or unit group. */
  code: string;
  labels: EscoLabels[];
}

export interface EscoOccupationSkillRelation {
  occupationUri: string;
  skillUri: string;
  relationType: EscoRelationType;
  skillType: EscoSkillType | null;
}

export type EscoPillar = 'occupation' | 'skill';

export interface EscoBroaderRelation {
  pillar: EscoPillar;
  /** e.g. `Occupation`, `ISCOGroup`, `KnowledgeSkillCompetence`, `SkillGroup`; empty if the file has no such column. */
  conceptType: string;
  conceptUri: string;
  broaderType: string;
  broaderUri: string;
}

export type EscoFileKind =
  | 'iscoGroups'
  | 'occupations'
  | 'skills'
  | 'occupationSkillRelations'
  | 'broaderRelationsOccPillar'
  | 'broaderRelationsSkillPillar';

export type EscoIssueSeverity = 'error' | 'warning';

/**
 * Errors are bad input (missing file or column, malformed row): an importer should reject the whole
 * package. Warnings are cross-file inconsistencies the package can live with (two language files
 * disagreeing on an ISCO group, a relation to a concept no file defines).
 */
export interface EscoReadIssue {
  severity: EscoIssueSeverity;
  /** File name as found in the folder (no directory), so messages stay short and path-free. */
  file: string;
  /** 1-based line where the CSV record starts (header is line 1); null for file-level issues. */
  line: number | null;
  column?: string;
  message: string;
}

export interface EscoReadProgress {
  file: string;
  kind: EscoFileKind;
  language: string | null;
  rowsRead: number;
  done: boolean;
}

export interface EscoFileSummary {
  file: string;
  kind: EscoFileKind;
  language: string | null;
  /** True for `skills_<lang>_partial.csv`: labels exist for only part of the skills. */
  partial: boolean;
  rowsRead: number;
  rowsAccepted: number;
}

export interface EscoPackage {
  languages: string[];
  iscoGroups: EscoIscoGroup[];
  occupations: EscoOccupation[];
  skills: EscoSkill[];
  occupationSkillRelations: EscoOccupationSkillRelation[];
  broaderRelations: EscoBroaderRelation[];
  files: EscoFileSummary[];
  errors: EscoReadIssue[];
  warnings: EscoReadIssue[];
  /** Totals including issues dropped after the per-severity cap. */
  errorCount: number;
  warningCount: number;
}
