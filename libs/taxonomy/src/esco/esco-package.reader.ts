import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EscoConceptMerger } from './esco-concept.merger';
import { EscoCsvRow, readEscoCsvRows } from './esco-csv-rows.reader';
import {
  ESCO_ALL_KINDS,
  ESCO_COLUMNS,
  ESCO_PER_LANGUAGE_KINDS,
  escoFileCandidates,
} from './esco-file.constants';
import { EscoIssueCollector } from './esco-issue.collector';
import { EscoRelationChecker } from './esco-relation.checker';
import {
  mapBroaderRelationRow,
  mapIscoGroupRow,
  mapOccupationRow,
  mapOccupationSkillRelationRow,
  mapSkillRow,
} from './esco-row.mapper';
import {
  EscoBroaderRelation,
  EscoFileKind,
  EscoFileSummary,
  EscoOccupationSkillRelation,
  EscoPackage,
  EscoReadProgress,
} from './esco.types';

export interface ReadEscoPackageOptions {
  /** ISO 639-1 codes, e.g. `['nl', 'de', 'en']`. On conflicting language-neutral columns the first wins. */
  languages: readonly string[];
  /** Prepended to every file name: `x_` reads `x_occupations_nl.csv` and so on. */
  prefix?: string;
  /** Put before `.csv`: `.starter` reads `occupations_nl.starter.csv` and so on. */
  suffix?: string;
  /** Which files to read; all by default. A requested file that is absent is an error. */
  kinds?: readonly EscoFileKind[];
  onProgress?: (progress: EscoReadProgress) => void;
  progressEvery?: number;
  maxIssuesPerSeverity?: number;
}

/**
 * Reads an ESCO CSV package (the official per-language download, or the project's starter set) from
 * a folder. Never throws on bad data: every problem is in `errors`/`warnings` with file and line, so
 * an importer can show them all and reject the package as a whole when `errorCount > 0`.
 */
export async function readEscoPackage(
  dir: string,
  options: ReadEscoPackageOptions,
): Promise<EscoPackage> {
  const languages = validateLanguages(options.languages);
  const kinds = new Set(options.kinds ?? ESCO_ALL_KINDS);
  const issues = new EscoIssueCollector(options.maxIssuesPerSeverity);
  const merger = new EscoConceptMerger(issues);
  const relations: EscoOccupationSkillRelation[] = [];
  const broaderRelations: EscoBroaderRelation[] = [];
  const files: EscoFileSummary[] = [];
  const result = (): EscoPackage => ({
    languages,
    iscoGroups: [...merger.iscoGroups.values()],
    occupations: [...merger.occupations.values()],
    skills: [...merger.skills.values()],
    occupationSkillRelations: relations,
    broaderRelations,
    files,
    errors: issues.errors,
    warnings: issues.warnings,
    errorCount: issues.errorCount,
    warningCount: issues.warningCount,
  });

  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    issues.error(dir, null, 'ESCO folder not found');
    return result();
  }

  const readKind = async (kind: EscoFileKind, language: string | null, accept: AcceptRow) => {
    const candidates = escoFileCandidates(kind, language, options.prefix, options.suffix);
    const found = candidates.find((candidate) => existsSync(join(dir, candidate.name)));
    if (!found) {
      issues.error(
        candidates[0].name,
        null,
        `missing file (looked for ${candidates.map((c) => c.name).join(', ')})`,
      );
      return;
    }
    const summary: EscoFileSummary = {
      file: found.name,
      kind,
      language,
      partial: found.partial,
      rowsRead: 0,
      rowsAccepted: 0,
    };
    files.push(summary);
    merger.startFile();
    const { rowsRead } = await readEscoCsvRows(join(dir, found.name), {
      spec: ESCO_COLUMNS[kind],
      issues,
      progressEvery: options.progressEvery,
      onRow: (row) => {
        if (accept(row, found.name)) summary.rowsAccepted += 1;
      },
      onProgress: (rows, done) =>
        options.onProgress?.({ file: found.name, kind, language, rowsRead: rows, done }),
    });
    summary.rowsRead = rowsRead;
  };

  for (const kind of ESCO_PER_LANGUAGE_KINDS) {
    if (!kinds.has(kind)) continue;
    for (const language of languages) {
      await readKind(kind, language, (row, file) => {
        const ctx = { issues, file };
        if (kind === 'occupations') {
          const mapped = mapOccupationRow(row, language, ctx);
          return mapped !== null && merger.addOccupation(mapped, file, row.line);
        }
        if (kind === 'skills') {
          const mapped = mapSkillRow(row, language, ctx);
          return mapped !== null && merger.addSkill(mapped, file, row.line);
        }
        const mapped = mapIscoGroupRow(row, language, ctx);
        return mapped !== null && merger.addIscoGroup(mapped, file, row.line);
      });
    }
  }

  const checker = new EscoRelationChecker(merger, issues, {
    occupations: kinds.has('occupations'),
    skills: kinds.has('skills'),
    iscoGroups: kinds.has('iscoGroups'),
  });

  if (kinds.has('occupationSkillRelations')) {
    await readKind('occupationSkillRelations', null, (row, file) => {
      const mapped = mapOccupationSkillRelationRow(row, { issues, file });
      if (mapped === null || !checker.acceptOccupationSkill(mapped, file, row.line)) return false;
      relations.push(mapped);
      return true;
    });
  }
  for (const [kind, pillar] of [
    ['broaderRelationsOccPillar', 'occupation'],
    ['broaderRelationsSkillPillar', 'skill'],
  ] as const) {
    if (!kinds.has(kind)) continue;
    await readKind(kind, null, (row, file) => {
      const mapped = mapBroaderRelationRow(row, pillar, { issues, file });
      if (mapped === null) return false;
      checker.checkBroader(mapped, file, row.line);
      broaderRelations.push(mapped);
      return true;
    });
  }

  merger.fillIscoGroupsFromBroader(broaderRelations);
  if (kinds.has('occupations')) checker.checkOccupationIscoGroups();
  return result();
}

type AcceptRow = (row: EscoCsvRow, file: string) => boolean;

function validateLanguages(languages: readonly string[]): string[] {
  // A wrong language list is a programming error, not bad data, so it throws.
  if (languages.length === 0) throw new RangeError('readEscoPackage: give at least one language');
  for (const language of languages) {
    if (!/^[a-z]{2,3}$/.test(language))
      throw new RangeError(`readEscoPackage: "${language}" is not a language code`);
  }
  return [...new Set(languages)];
}
