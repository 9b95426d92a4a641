import { InsightPicture, InsightVacancy } from './insight-picture';
import { roundRatio, shownCount, tightnessBand, TightnessBand } from './tightness-band';

/** Share of an occupation's essential skills a person must already have for it to be shown. */
export const MIN_TRANSITION_OVERLAP = 0.5;
export const MAX_TRANSITIONS = 10;

export interface TransitionInput {
  /** Skills the person has, and the essential skills of the occupations they did. */
  skills: ReadonlySet<string>;
  /** Occupations the person already wants or did (or the occupation asked about): not a transition. */
  exclude: ReadonlySet<string>;
  /** Candidate occupations (those with open vacancies) -> their essential skills in ESCO. */
  essentialSkills: ReadonlyMap<string, readonly string[]>;
}

export interface RegionTightness {
  openPositions: number;
  seekersAvailableNow: number | null;
  ratioNow: number | null;
  bandNow: TightnessBand | null;
}

export interface Transition {
  occupation: string;
  isco: string | null;
  /** Shared essential skills / the occupation's essential skills, two decimals. */
  overlap: number;
  sharedEssential: number;
  essentialTotal: number;
  missingSkills: string[];
  /** Tightness of the occupation's ISCO unit group over all areas. */
  tightness: RegionTightness;
  /** Open learning-working places (BBL, leerwerk, Ausbildung) in the occupation or its unit group. */
  learningWorkingPlaces: Array<{ vacancyId: string; title: string; municipality: string | null }>;
}

/**
 * ESCO occupations with a high overlap of essential skills with what a person has and did, ranked
 * by overlap, then by how tight their unit group is in the region (tighter first).
 */
export function transitionOccupations(
  picture: InsightPicture,
  unitTightness: UnitTightness,
  input: TransitionInput,
): Transition[] {
  const found: Array<Transition & { exact: number }> = [];
  for (const [occupation, essential] of input.essentialSkills) {
    if (input.exclude.has(occupation) || essential.length === 0) continue;
    const shared = essential.filter((s) => input.skills.has(s));
    const exact = shared.length / essential.length;
    if (exact < MIN_TRANSITION_OVERLAP) continue;
    const isco = picture.isco.get(occupation) ?? null;
    const t = (isco && unitTightness.get(isco)) || { positions: 0, now: 0 };
    found.push({
      occupation,
      isco,
      exact,
      overlap: Math.round(exact * 100) / 100,
      sharedEssential: shared.length,
      essentialTotal: essential.length,
      missingSkills: essential.filter((s) => !input.skills.has(s)),
      tightness: {
        openPositions: t.positions,
        seekersAvailableNow: shownCount(t.now),
        ratioNow: shownCount(t.now) === null ? null : roundRatio(t.positions, t.now),
        bandNow: shownCount(t.now) === null ? null : tightnessBand(t.positions, t.now),
      },
      learningWorkingPlaces: picture.vacancies
        .filter((v) => v.learningWorking && sameOccupationOrUnit(v, occupation, isco))
        .map((v) => ({ vacancyId: v.id, title: v.title, municipality: v.area })),
    });
  }
  return found
    .sort(
      (a, b) =>
        b.exact - a.exact ||
        unitRatio(unitTightness, b.isco) - unitRatio(unitTightness, a.isco) ||
        b.tightness.openPositions - a.tightness.openPositions ||
        a.occupation.localeCompare(b.occupation),
    )
    .slice(0, MAX_TRANSITIONS)
    .map(({ exact: _exact, ...t }) => t);
}

function sameOccupationOrUnit(v: InsightVacancy, occupation: string, isco: string | null): boolean {
  return v.occupationUri === occupation || (isco !== null && v.isco === isco);
}

/** Open positions and job seekers available now per ISCO unit group, over all areas. */
export type UnitTightness = ReadonlyMap<string, { positions: number; now: number }>;

/** People available now with the same area and wanted occupations, counted (a lean read). */
export interface AvailableNowGroup {
  area: string | null;
  /** ISCO unit groups of the wanted occupations (null: not known). */
  units: ReadonlyArray<string | null>;
  count: number;
}

/**
 * Open positions and people available now per ISCO unit group over all areas: a person is counted
 * once in each unit group they want an occupation of, and only when they live in an area.
 */
export function regionTightnessByUnit(
  vacancies: readonly InsightVacancy[],
  availableNow: Iterable<AvailableNowGroup>,
): UnitTightness {
  const byUnit = new Map<string, { positions: number; now: number }>();
  const at = (isco: string) => {
    let t = byUnit.get(isco);
    if (!t) byUnit.set(isco, (t = { positions: 0, now: 0 }));
    return t;
  };
  for (const v of vacancies) if (v.isco && v.area) at(v.isco).positions += v.positions;
  for (const g of availableNow) {
    if (!g.area) continue;
    for (const isco of new Set(g.units)) if (isco) at(isco).now += g.count;
  }
  return byUnit;
}

/** The exact ratio used for ranking only (never shown): positions without seekers rank first. */
function unitRatio(byUnit: UnitTightness, isco: string | null): number {
  const t = isco ? byUnit.get(isco) : undefined;
  if (!t || t.positions === 0) return 0;
  return t.now === 0 ? Number.MAX_VALUE : t.positions / t.now;
}
