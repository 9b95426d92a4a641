import { iscoCodeFromUri } from './esco-file.constants';
import { EscoIssueCollector } from './esco-issue.collector';
import { EscoIscoGroupRow, EscoOccupationRow, EscoSkillRow } from './esco-row.mapper';
import { EscoBroaderRelation, EscoIscoGroup, EscoOccupation, EscoSkill } from './esco.types';

/** Longest broader-occupation chain followed when looking for an ISCO group; ESCO's are short. */
const MAX_BROADER_DEPTH = 10;

/**
 * Folds the per-language rows into one concept per URI. Language-neutral columns (ISCO group, skill
 * type) are repeated in every language file and can disagree between ESCO versions (v1.1.1 English vs
 * v1.2.0 Dutch moved 14 occupations), so the first language read wins and a disagreement is a warning.
 */
export class EscoConceptMerger {
  readonly occupations = new Map<string, EscoOccupation>();
  readonly skills = new Map<string, EscoSkill>();
  readonly iscoGroups = new Map<string, EscoIscoGroup>();
  /** Where each occupation was first read, to point warnings found after reading at a line. */
  readonly occupationOrigin = new Map<string, { file: string; line: number }>();
  private readonly linesInCurrentFile = new Map<string, number>();

  constructor(private readonly issues: EscoIssueCollector) {}

  /** Duplicates are detected per file; call this before reading the next file. */
  startFile(): void {
    this.linesInCurrentFile.clear();
  }

  addOccupation(row: EscoOccupationRow, file: string, line: number): boolean {
    if (!this.claimUri(row.uri, file, line)) return false;
    const existing = this.occupations.get(row.uri);
    if (!existing) {
      this.occupations.set(row.uri, {
        uri: row.uri,
        iscoGroup: row.iscoGroup,
        labels: [row.labels],
      });
      this.occupationOrigin.set(row.uri, { file, line });
      return true;
    }
    existing.labels.push(row.labels);
    if (existing.iscoGroup === null) {
      existing.iscoGroup = row.iscoGroup;
    } else if (row.iscoGroup !== null && row.iscoGroup !== existing.iscoGroup) {
      const first = this.occupationOrigin.get(row.uri)?.file;
      const message = `iscoGroup ${row.iscoGroup} differs from ${existing.iscoGroup} in ${first}; keeping ${existing.iscoGroup}`;
      this.issues.warning(file, line, message, 'iscoGroup');
    }
    return true;
  }

  addSkill(row: EscoSkillRow, file: string, line: number): boolean {
    if (!this.claimUri(row.uri, file, line)) return false;
    const existing = this.skills.get(row.uri);
    if (!existing) {
      this.skills.set(row.uri, {
        uri: row.uri,
        skillType: row.skillType,
        reuseLevel: row.reuseLevel,
        labels: [row.labels],
      });
      return true;
    }
    existing.labels.push(row.labels);
    existing.skillType ??= row.skillType;
    existing.reuseLevel ??= row.reuseLevel;
    return true;
  }

  addIscoGroup(row: EscoIscoGroupRow, file: string, line: number): boolean {
    if (!this.claimUri(row.uri, file, line)) return false;
    const existing = this.iscoGroups.get(row.uri);
    if (!existing) {
      this.iscoGroups.set(row.uri, { uri: row.uri, code: row.code, labels: [row.labels] });
      return true;
    }
    existing.labels.push(row.labels);
    if (existing.code !== row.code) {
      this.issues.warning(
        file,
        line,
        `code ${row.code} differs from ${existing.code} read earlier`,
        'code',
      );
    }
    return true;
  }

  /**
   * Gives occupations without an ISCO group the one of their broader concept: ESCO hangs narrower
   * occupations under a broader occupation instead of an ISCO group. Returns how many were filled.
   */
  fillIscoGroupsFromBroader(relations: readonly EscoBroaderRelation[]): number {
    const broader = new Map<string, string>();
    for (const relation of relations) {
      if (relation.pillar === 'occupation' && !broader.has(relation.conceptUri)) {
        broader.set(relation.conceptUri, relation.broaderUri);
      }
    }
    let filled = 0;
    for (const occupation of this.occupations.values()) {
      if (occupation.iscoGroup !== null) continue;
      let uri = broader.get(occupation.uri);
      for (let depth = 0; uri !== undefined && depth < MAX_BROADER_DEPTH; depth += 1) {
        const code = iscoCodeFromUri(uri) ?? this.occupations.get(uri)?.iscoGroup ?? null;
        if (code !== null && code.length === 4) {
          occupation.iscoGroup = code;
          filled += 1;
          break;
        }
        uri = broader.get(uri);
      }
    }
    return filled;
  }

  private claimUri(uri: string, file: string, line: number): boolean {
    const firstLine = this.linesInCurrentFile.get(uri);
    if (firstLine !== undefined) {
      this.issues.error(
        file,
        line,
        `duplicate conceptUri ${uri} (first at line ${firstLine})`,
        'conceptUri',
      );
      return false;
    }
    this.linesInCurrentFile.set(uri, line);
    return true;
  }
}
