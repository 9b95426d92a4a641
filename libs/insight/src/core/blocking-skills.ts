import type { MissingSkillFact } from '@wt/matching';
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

/**
 * Per occupation group, the essential skills missing most often among near misses: the stored
 * candidates of the group's open vacancies (on a shortlist, not rejected) who miss the skill.
 * People are counted once per group and skill, however many of its vacancies they are listed for.
 */
export function blockingSkills(
  picture: InsightPicture,
  facts: readonly MissingSkillFact[],
  level: GroupLevel,
  top: number,
  group?: string,
): BlockingSkillFigures {
  const groupOfVacancy = new Map<string, string>();
  for (const v of picture.vacancies) {
    const g = groupOf(level, v.occupationUri, v.isco);
    if (g && (!group || g.startsWith(group))) groupOfVacancy.set(v.id, g);
  }
  const tally = new Map<string, { seekers: Set<string>; vacancies: Set<string> }>();
  for (const f of facts) {
    const g = groupOfVacancy.get(f.vacancyId);
    if (!g) continue;
    for (const skill of f.missingEssential) {
      const key = `${g}\u0000${skill}`;
      let t = tally.get(key);
      if (!t) tally.set(key, (t = { seekers: new Set(), vacancies: new Set() }));
      t.seekers.add(f.seekerId);
      t.vacancies.add(f.vacancyId);
    }
  }
  let suppressedRows = 0;
  const byGroup = new Map<string, Array<Omit<BlockingSkillRow, 'rank'>>>();
  for (const [key, t] of tally) {
    if (t.seekers.size < SUPPRESS_BELOW) {
      suppressedRows++;
      continue;
    }
    const [g, skill] = key.split('\u0000');
    let list = byGroup.get(g);
    if (!list) byGroup.set(g, (list = []));
    list.push({ group: g, skill, seekers: t.seekers.size, vacancies: t.vacancies.size });
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
