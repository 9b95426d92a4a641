import type { MissingSkillTally } from '@wt/matching';
import { GroupLevel, groupOf, InsightPicture } from './insight-picture';
import { SUPPRESS_BELOW } from './tightness-band';

export interface BlockingSkillRow {
  group: string;
  skill: string;
  /** Candidates on the group's shortlists who miss this essential skill (at least 5). */
  seekers: number;
  /** Vacancies of the group where a listed candidate misses it. */
  vacancies: number;
  /** 1 = missing most often in this group. */
  rank: number;
}

export interface BlockingSkillFigures {
  rows: BlockingSkillRow[];
  /** Group-skill pairs left out because fewer than 5 people miss the skill. */
  suppressedRows: number;
}

/** The group of each open vacancy at `level` (those under `group` only, when given). */
export function vacancyGroups(
  picture: InsightPicture,
  level: GroupLevel,
  group?: string,
): Map<string, string> {
  const groupOfVacancy = new Map<string, string>();
  for (const v of picture.vacancies) {
    const g = groupOf(level, v.occupationUri, v.isco);
    if (g && (!group || g.startsWith(group))) groupOfVacancy.set(v.id, g);
  }
  return groupOfVacancy;
}

/**
 * Per occupation group, the essential skills missing most often among near misses: the stored
 * candidates of the group's open vacancies (on a shortlist, not rejected) who miss the skill, as
 * the matching store tallies them per group of {@link vacancyGroups} (people counted once per
 * group and skill, however many of its vacancies they are listed for).
 */
export function blockingSkills(
  tally: readonly MissingSkillTally[],
  top: number,
): BlockingSkillFigures {
  let suppressedRows = 0;
  const byGroup = new Map<string, Array<Omit<BlockingSkillRow, 'rank'>>>();
  for (const t of tally) {
    if (t.seekers < SUPPRESS_BELOW) {
      suppressedRows++;
      continue;
    }
    let list = byGroup.get(t.group);
    if (!list) byGroup.set(t.group, (list = []));
    list.push({ group: t.group, skill: t.skill, seekers: t.seekers, vacancies: t.vacancies });
  }
  const rows = [...byGroup.keys()].sort().flatMap((g) =>
    byGroup
      .get(g)!
      .sort(
        (a, b) =>
          b.seekers - a.seekers || b.vacancies - a.vacancies || a.skill.localeCompare(b.skill),
      )
      .slice(0, top)
      .map((r, i) => ({ ...r, rank: i + 1 })),
  );
  return { rows, suppressedRows };
}
