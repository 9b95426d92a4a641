import { EscoFileKind } from './esco.types';

export interface EscoColumnSpec {
  required: readonly string[];
  /** Read when present; the German reassembled files, for example, have no hiddenLabels. */
  optional: readonly string[];
}

/**
 * Only the columns the engine uses. The official files carry more (status, description, inScheme...)
 * and the versions differ in which extras they have, so extra columns are ignored rather than checked.
 */
export const ESCO_COLUMNS: Record<EscoFileKind, EscoColumnSpec> = {
  iscoGroups: {
    required: ['conceptUri', 'code', 'preferredLabel'],
    optional: ['altLabels', 'hiddenLabels'],
  },
  occupations: {
    required: ['conceptUri', 'iscoGroup', 'preferredLabel', 'altLabels'],
    optional: ['hiddenLabels'],
  },
  skills: {
    required: ['conceptUri', 'skillType', 'reuseLevel', 'preferredLabel', 'altLabels'],
    optional: ['hiddenLabels'],
  },
  occupationSkillRelations: {
    required: ['occupationUri', 'relationType', 'skillUri'],
    optional: ['skillType'],
  },
  broaderRelationsOccPillar: {
    required: ['conceptUri', 'broaderUri'],
    optional: ['conceptType', 'broaderType'],
  },
  broaderRelationsSkillPillar: {
    required: ['conceptUri', 'broaderUri'],
    optional: ['conceptType', 'broaderType'],
  },
};

export const ESCO_PER_LANGUAGE_KINDS: readonly EscoFileKind[] = [
  'iscoGroups',
  'occupations',
  'skills',
];
export const ESCO_NEUTRAL_KINDS: readonly EscoFileKind[] = [
  'occupationSkillRelations',
  'broaderRelationsOccPillar',
  'broaderRelationsSkillPillar',
];
export const ESCO_ALL_KINDS: readonly EscoFileKind[] = [
  ...ESCO_PER_LANGUAGE_KINDS,
  ...ESCO_NEUTRAL_KINDS,
];

const BASE_NAMES: Record<EscoFileKind, string> = {
  iscoGroups: 'ISCOGroups',
  occupations: 'occupations',
  skills: 'skills',
  occupationSkillRelations: 'occupationSkillRelations',
  broaderRelationsOccPillar: 'broaderRelationsOccPillar',
  broaderRelationsSkillPillar: 'broaderRelationsSkillPillar',
};

/**
 * File names to try, best first. The official package names skills `skills_<lang>.csv`; a partial
 * label set (only some skills translated) is accepted as `skills_<lang>_partial.csv`.
 */
export function escoFileCandidates(
  kind: EscoFileKind,
  language: string | null,
  prefix = '',
  suffix = '',
): { name: string; partial: boolean }[] {
  const base = `${prefix}${BASE_NAMES[kind]}`;
  if (language === null) return [{ name: `${base}${suffix}.csv`, partial: false }];
  const full = { name: `${base}_${language}${suffix}.csv`, partial: false };
  return kind === 'skills'
    ? [full, { name: `${base}_${language}_partial${suffix}.csv`, partial: true }]
    : [full];
}

export const ESCO_URI_PATTERNS = {
  occupation: /^https?:\/\/data\.europa\.eu\/esco\/occupation\/\S+$/,
  skill: /^https?:\/\/data\.europa\.eu\/esco\/skill\/\S+$/,
  isco: /^https?:\/\/data\.europa\.eu\/esco\/isco\/C\d{1,4}$/,
  /** Broader relations also point at ISCED-F skill groups, so any absolute URI is accepted there. */
  any: /^https?:\/\/\S+$/,
} as const;

/** ESCO writes the ISCO group of a broader relation as a URI (`.../isco/C8121`), occupations as a code. */
export function iscoCodeFromUri(uri: string): string | null {
  const match = /\/isco\/C(\d{1,4})$/.exec(uri);
  return match ? match[1] : null;
}
