import { EscoConceptMerger } from './esco-concept.merger';
import { EscoIssueCollector } from './esco-issue.collector';
import { EscoBroaderRelation, EscoOccupationSkillRelation } from './esco.types';

export interface EscoKindsRead {
  occupations: boolean;
  skills: boolean;
  iscoGroups: boolean;
}

/**
 * Cross-file checks, run after the concept files are in. They yield warnings, not errors: the
 * official package mixes versions (v1.1.1 relations, v1.2.0 Dutch labels), so a relation to a concept
 * the chosen languages do not define is expected there, and an importer decides what to do with it.
 * Only kinds that were actually read are checked, or every relation would look dangling.
 */
export class EscoRelationChecker {
  /** occupation URI -> skill URI -> first line, to spot a pair listed twice. */
  private readonly pairs = new Map<string, Map<string, number>>();

  constructor(
    private readonly merger: EscoConceptMerger,
    private readonly issues: EscoIssueCollector,
    private readonly read: EscoKindsRead,
  ) {}

  /** Returns false for a duplicate pair, which is then left out of the package. */
  acceptOccupationSkill(
    relation: EscoOccupationSkillRelation,
    file: string,
    line: number,
  ): boolean {
    const occupation = this.merger.occupations.get(relation.occupationUri);
    const skill = this.merger.skills.get(relation.skillUri);
    // Reusing the concept's URI string keeps 120k relations from holding 240k copies of URIs.
    if (occupation) relation.occupationUri = occupation.uri;
    if (skill) relation.skillUri = skill.uri;

    let skills = this.pairs.get(relation.occupationUri);
    if (!skills) {
      skills = new Map();
      this.pairs.set(relation.occupationUri, skills);
    }
    const firstLine = skills.get(relation.skillUri);
    if (firstLine !== undefined) {
      this.issues.warning(
        file,
        line,
        `occupation-skill pair already listed at line ${firstLine}; keeping the first`,
      );
      return false;
    }
    skills.set(relation.skillUri, line);

    if (this.read.occupations && !occupation) {
      this.issues.warning(
        file,
        line,
        `occupation ${relation.occupationUri} is not in any occupations file read`,
        'occupationUri',
      );
    }
    if (this.read.skills && !skill) {
      this.issues.warning(
        file,
        line,
        `skill ${relation.skillUri} is not in any skills file read`,
        'skillUri',
      );
    }
    return true;
  }

  checkBroader(relation: EscoBroaderRelation, file: string, line: number): void {
    this.checkEnd(relation.conceptType, relation.conceptUri, 'conceptUri', file, line);
    this.checkEnd(relation.broaderType, relation.broaderUri, 'broaderUri', file, line);
  }

  /** After broader relations had their chance to supply a missing ISCO group. */
  checkOccupationIscoGroups(): void {
    const codes = new Set([...this.merger.iscoGroups.values()].map((group) => group.code));
    for (const occupation of this.merger.occupations.values()) {
      const origin = this.merger.occupationOrigin.get(occupation.uri);
      const file = origin?.file ?? 'occupations';
      const line = origin?.line ?? null;
      if (occupation.iscoGroup === null) {
        this.issues.warning(
          file,
          line,
          `occupation ${occupation.uri} has an ISCO group in no file read`,
          'iscoGroup',
        );
      } else if (this.read.iscoGroups && !codes.has(occupation.iscoGroup)) {
        this.issues.warning(
          file,
          line,
          `ISCO group ${occupation.iscoGroup} is not in any ISCOGroups file read`,
          'iscoGroup',
        );
      }
    }
  }

  private checkEnd(type: string, uri: string, column: string, file: string, line: number): void {
    // Skill groups (ISCED-F and ESCO's own) live in files this reader does not take, so they are not checked.
    const known =
      type === 'Occupation'
        ? !this.read.occupations || this.merger.occupations.has(uri)
        : type === 'ISCOGroup'
          ? !this.read.iscoGroups || this.merger.iscoGroups.has(uri)
          : type === 'KnowledgeSkillCompetence'
            ? !this.read.skills || this.merger.skills.has(uri)
            : true;
    if (!known) this.issues.warning(file, line, `${type} ${uri} is not in any file read`, column);
  }
}
