import { InsightVacancy } from './insight-picture';

/** At most this many missing essential skills make a vacancy "one skill away". */
export const MAX_SKILLS_AWAY = 2;

/** Vacancies listed at most. */
export const MAX_SKILLS_AWAY_ROWS = 50;

export interface SkillsAwayVerdict {
  vacancy: InsightVacancy;
  knockOuts: readonly string[];
  missingEssential: readonly string[];
  score: number;
  /** The score the same person would have with the missing essential skills. */
  scoreWithSkills: number;
}

export interface OneSkillAwayRow {
  vacancyId: string;
  title: string;
  municipality: string | null;
  missingSkills: string[];
  score: number;
  scoreWithSkills: number;
  /** With the skills the score reaches the shortlist threshold, which it does not now. */
  opens: boolean;
}

/** Vacancies a person passes every knock-out for and misses one or two essential skills of. */
export function oneSkillAway(
  verdicts: readonly SkillsAwayVerdict[],
  minScore: number,
): OneSkillAwayRow[] {
  return verdicts
    .filter(
      (v) =>
        v.knockOuts.length === 0 &&
        v.missingEssential.length > 0 &&
        v.missingEssential.length <= MAX_SKILLS_AWAY,
    )
    .map((v) => ({
      vacancyId: v.vacancy.id,
      title: v.vacancy.title,
      municipality: v.vacancy.area,
      missingSkills: [...v.missingEssential],
      score: v.score,
      scoreWithSkills: v.scoreWithSkills,
      opens: v.score < minScore && v.scoreWithSkills >= minScore,
    }))
    .sort(
      (a, b) =>
        Number(b.opens) - Number(a.opens) ||
        a.missingSkills.length - b.missingSkills.length ||
        b.scoreWithSkills - a.scoreWithSkills ||
        a.vacancyId.localeCompare(b.vacancyId),
    )
    .slice(0, MAX_SKILLS_AWAY_ROWS);
}
