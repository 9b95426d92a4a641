import { KNOCK_OUT_CODES, KnockOutCode } from '@wt/matching/core';
import { InsightPicture, InsightSeeker, InsightVacancy } from './insight-picture';
import { shownCount } from './tightness-band';

/** The calendar day in the region, as YYYY-MM-DD: `today` is one too. */
const REGION_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/** What stands in the way of a near candidate: a knock-out, or a score below the threshold. */
export const OBSTACLES = [...KNOCK_OUT_CODES, 'low-score'] as const;
export type Obstacle = (typeof OBSTACLES)[number];

/** A near candidate's verdict, as the matching model computes it now. */
export interface Verdict {
  knockOuts: readonly KnockOutCode[];
  score: number;
}

export type Evaluate = (vacancy: InsightVacancy, seekers: InsightSeeker[]) => Verdict[];

export interface UnservedRow {
  vacancyId: string;
  title: string;
  isco: string | null;
  municipality: string | null;
  openPositions: number;
  publishedAt: string | null;
  daysOpen: number | null;
  /** Near candidates: job seekers who want or did an occupation of the same ISCO minor group. */
  nearCandidates: number | null;
  /** Per obstacle, the near candidates it stops (one candidate may count under several). */
  obstacles: Record<Obstacle, number | null>;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * Open vacancies not `served` (no stored candidate at or above `minScore`), and what stands in
 * the way of their near candidates.
 */
export function unservedVacancies(
  picture: InsightPicture,
  served: ReadonlySet<string>,
  minScore: number,
  evaluate: Evaluate,
  near: ReadonlyMap<string, InsightSeeker[]> = nearIndex(picture),
): UnservedRow[] {
  const todayMs = Date.parse(`${picture.today}T00:00:00Z`);
  return picture.vacancies
    .filter((v) => !served.has(v.id))
    .map((v) => {
      const candidates = v.isco ? (near.get(v.isco.slice(0, 3)) ?? []) : [];
      const counts = Object.fromEntries(OBSTACLES.map((o) => [o, 0])) as Record<Obstacle, number>;
      for (const verdict of evaluate(v, candidates)) {
        for (const code of new Set(verdict.knockOuts)) counts[code]++;
        if (verdict.knockOuts.length === 0 && verdict.score < minScore) counts['low-score']++;
      }
      const published = v.publishedAt ? new Date(v.publishedAt) : null;
      return {
        vacancyId: v.id,
        title: v.title,
        isco: v.isco,
        municipality: v.area,
        openPositions: v.positions,
        publishedAt: published?.toISOString() ?? null,
        daysOpen: published
          ? Math.max(0, Math.floor((todayMs - Date.parse(REGION_DAY.format(published))) / DAY_MS))
          : null,
        nearCandidates: shownCount(candidates.length),
        obstacles: Object.fromEntries(OBSTACLES.map((o) => [o, shownCount(counts[o])])) as Record<
          Obstacle,
          number | null
        >,
      };
    })
    .sort(
      (a, b) => (b.daysOpen ?? -1) - (a.daysOpen ?? -1) || a.vacancyId.localeCompare(b.vacancyId),
    );
}

/** Job seekers by the ISCO minor groups (3 digits) of what they want and did. */
export function nearIndex(picture: InsightPicture): Map<string, InsightSeeker[]> {
  const index = new Map<string, InsightSeeker[]>();
  for (const s of picture.seekers) {
    const groups = new Set<string>();
    for (const o of s.occupations) if (o.isco) groups.add(o.isco.slice(0, 3));
    for (const uri of s.worked) {
      const isco = picture.isco.get(uri);
      if (isco) groups.add(isco.slice(0, 3));
    }
    for (const g of groups) {
      let list = index.get(g);
      if (!list) index.set(g, (list = []));
      list.push(s);
    }
  }
  return index;
}
