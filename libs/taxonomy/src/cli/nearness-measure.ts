/**
 * A measure of the near-occupation table that is no benchmark set: when the linker's first link
 * for a title is wrong, a vacancy coded with that wrong occupation still reaches seekers of the
 * right one if the right one is among its near occupations. Over the queries whose top-1 is wrong:
 * recall (the right occupation is near the top-1) against the cost, the near occupations each
 * concept gets (precision: the share of the listed near occupations that are the right one).
 */
import {
  computeOccupationNearness,
  DEFAULT_NEARNESS_SETTINGS,
  NearnessInput,
  NearnessSettings,
  OccupationNearnessTable,
} from '../nearness';

/** A query whose first link is wrong: what it linked to, and what would have been right. */
export interface Miss {
  top: string;
  relevant: ReadonlySet<string>;
}

export interface NearnessFigures {
  misses: number;
  /** Misses whose right occupation is among the top-1's near occupations. */
  recall: number;
  /** Misses whose right occupation is near but not in the top-1's ISCO unit group. */
  recall_beyond_isco4: number;
  /** Misses whose right occupation shares the top-1's ISCO unit group (credited anyway). */
  same_isco4: number;
  /** Right occupations found / near occupations listed for the misses. */
  precision: number;
  /** Near occupations per occupation with skills. */
  mean_near: number;
}

const round = (value: number): number => Number(value.toFixed(4));

export function nearnessFigures(
  misses: readonly Miss[],
  table: OccupationNearnessTable,
  isco: ReadonlyMap<string, string | null>,
  occupationsWithSkills: number,
): NearnessFigures {
  let near = 0;
  let beyond = 0;
  let sameUnit = 0;
  let listed = 0;
  const unit = (uri: string): string | null => isco.get(uri)?.slice(0, 4) ?? null;
  for (const { top, relevant } of misses) {
    const neighbours = table.neighboursOf(top);
    listed += neighbours.length;
    const found = neighbours.some((n) => relevant.has(n.uri));
    const topUnit = unit(top);
    const same = topUnit !== null && [...relevant].some((uri) => unit(uri) === topUnit);
    if (found) near += 1;
    if (found && !same) beyond += 1;
    if (same) sameUnit += 1;
  }
  const n = Math.max(1, misses.length);
  return {
    misses: misses.length,
    recall: round(near / n),
    recall_beyond_isco4: round(beyond / n),
    same_isco4: round(sameUnit / n),
    precision: round(near / Math.max(1, listed)),
    mean_near: round(table.size / Math.max(1, occupationsWithSkills)),
  };
}

/** Settings tried: how skills are weighed and how much ISCO adds, at the kept list size. */
export const WEIGHING_GRID: NearnessSettings[] = [0.25, 0.5, 0.75].flatMap((optionalWeight) =>
  [0, 0.125, 0.25, 0.5].map((iscoBoost) => ({
    ...DEFAULT_NEARNESS_SETTINGS,
    optionalWeight,
    iscoBoost,
  })),
);

/** List sizes tried at the default weighing: recall bought with longer lists. */
export const SIZE_GRID: NearnessSettings[] = [10, 20, 40].flatMap((topK) =>
  [0.1, 0.2, 0.3].map((floor) => ({ ...DEFAULT_NEARNESS_SETTINGS, topK, floor })),
);

export const settingsName = (s: NearnessSettings): string =>
  `o${s.optionalWeight}-isco${s.iscoBoost}-k${s.topK}-f${s.floor}`;

/** The figures of each setting for each set of misses. */
export function measureNearness(
  input: NearnessInput,
  sets: Record<string, readonly Miss[]>,
  grid: readonly NearnessSettings[],
): Array<{ settings: NearnessSettings; figures: Record<string, NearnessFigures> }> {
  const isco = new Map(input.occupations.map((o) => [o.uri, o.iscoGroup]));
  const withSkills = new Set(input.relations.map((r) => r.occupationUri)).size;
  return grid.map((settings) => {
    const table = new OccupationNearnessTable(computeOccupationNearness(input, settings));
    const figures = Object.fromEntries(
      Object.entries(sets).map(([name, misses]) => [
        name,
        nearnessFigures(misses, table, isco, withSkills),
      ]),
    );
    return { settings, figures };
  });
}
