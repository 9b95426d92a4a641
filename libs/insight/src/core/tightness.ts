import { INSIGHT_AREAS } from './areas';
import { GroupLevel, groupOf, InsightPicture } from './insight-picture';
import { roundRatio, shownCount, tightnessBand, TightnessBand } from './tightness-band';

export interface TightnessOptions {
  level: GroupLevel;
  byMunicipality: boolean;
  byEqf: boolean;
  municipality?: string;
  /** Only groups whose key starts with this (an ISCO code prefix or an occupation URI). */
  group?: string;
}

/** One cell: a group, optionally x municipality x EQF level. People counts below 5 are null. */
export interface TightnessRow {
  group: string;
  municipality: string | null;
  eqf: number | null;
  openVacancies: number;
  openPositions: number;
  seekersAvailableNow: number | null;
  seekersAvailableSoon: number | null;
  ratioNow: number | null;
  bandNow: TightnessBand | null;
  ratioSoon: number | null;
  bandSoon: TightnessBand | null;
  suppressed: boolean;
}

export interface TightnessFigures {
  rows: TightnessRow[];
  /** Open vacancies and job seekers left out: no ISCO group known, or located outside the areas. */
  leftOut: { vacancies: number | null; seekers: number | null };
}

interface Cell {
  group: string;
  area: string | null;
  eqf: number | null;
  vacancies: number;
  positions: number;
  now: number;
  soon: number;
}

const ALL = 'all';
const areaOrder = new Map(INSIGHT_AREAS.map((a, i) => [a.code, i]));

/** Open positions against available job seekers per cell, with UWV's bands. */
export function tightness(picture: InsightPicture, o: TightnessOptions): TightnessFigures {
  const cells = new Map<string, Cell>();
  const cell = (group: string, area: string, eqf: number | null): Cell => {
    const a = o.byMunicipality ? area : null;
    const e = o.byEqf ? eqf : null;
    const key = `${group}|${a ?? ALL}|${e ?? ''}`;
    let c = cells.get(key);
    if (!c)
      cells.set(key, (c = { group, area: a, eqf: e, vacancies: 0, positions: 0, now: 0, soon: 0 }));
    return c;
  };
  let leftOutVacancies = 0;
  let leftOutSeekers = 0;
  for (const v of picture.vacancies) {
    const group = groupOf(o.level, v.occupationUri, v.isco);
    if (!group || !v.area) {
      leftOutVacancies++;
      continue;
    }
    const c = cell(group, v.area, v.minEqf);
    c.vacancies++;
    c.positions += v.positions;
  }
  for (const s of picture.seekers) {
    const groups = new Set(s.occupations.map((x) => groupOf(o.level, x.uri, x.isco)));
    groups.delete(null);
    if (groups.size === 0 || !s.area) {
      leftOutSeekers++;
      continue;
    }
    for (const group of groups as Set<string>) {
      const c = cell(group, s.area, s.eqf);
      if (s.availableNow) c.now++;
      if (s.availableSoon) c.soon++;
    }
  }
  const rows = [...cells.values()]
    .filter(
      (c) =>
        (!o.group || c.group.startsWith(o.group)) && (!o.municipality || c.area === o.municipality),
    )
    .sort(
      (a, b) =>
        a.group.localeCompare(b.group) ||
        (areaOrder.get(a.area ?? '') ?? -1) - (areaOrder.get(b.area ?? '') ?? -1) ||
        (a.eqf ?? -1) - (b.eqf ?? -1),
    )
    .map(rowOf);
  return {
    rows,
    leftOut: { vacancies: leftOutVacancies, seekers: shownCount(leftOutSeekers) },
  };
}

function rowOf(c: Cell): TightnessRow {
  const now = shownCount(c.now);
  const soon = shownCount(c.soon);
  const suppressed = now === null || soon === null;
  return {
    group: c.group,
    municipality: c.area,
    eqf: c.eqf,
    openVacancies: c.vacancies,
    openPositions: c.positions,
    seekersAvailableNow: now,
    seekersAvailableSoon: soon,
    ratioNow: now === null ? null : roundRatio(c.positions, c.now),
    bandNow: now === null ? null : tightnessBand(c.positions, c.now),
    ratioSoon: soon === null ? null : roundRatio(c.positions, c.soon),
    bandSoon: soon === null ? null : tightnessBand(c.positions, c.soon),
    suppressed,
  };
}
