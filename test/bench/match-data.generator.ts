import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  computeOccupationNearness,
  OccupationNearnessTable,
  readEscoPackage,
  readStarterTaxonomy,
  STARTER_LANGUAGES,
} from '@wt/taxonomy';
import type { CefrLevel } from '@wt/taxonomy';
import { GeoPoint, SeekerForMatching, VacancyForMatching } from '@wt/matching';

export const SHARED_DATA = join(__dirname, '..', '..', '..', '..', 'shared', 'data');

export interface BenchTaxonomy {
  source: string;
  occupations: Array<{ uri: string; isco: string; essential: string[]; optional: string[] }>;
  allSkills: string[];
  /** Near occupations by their skills, as the importer computes them. */
  near: OccupationNearnessTable;
}

export interface BenchPlaces {
  source: string;
  twente: GeoPoint[];
  border: GeoPoint[];
  national: GeoPoint[];
}

/** ESCO from ../shared/data/esco when present, else the project's starter taxonomy. */
export async function loadTaxonomy(): Promise<BenchTaxonomy> {
  const dir = join(SHARED_DATA, 'esco');
  const full = existsSync(join(dir, 'occupations_en.csv'));
  const pkg = full
    ? await readEscoPackage(dir, {
        languages: ['en'],
        kinds: ['occupations', 'occupationSkillRelations'],
      })
    : await readStarterTaxonomy({ languages: STARTER_LANGUAGES });
  const skillsOf = new Map<string, { essential: string[]; optional: string[] }>();
  for (const r of pkg.occupationSkillRelations) {
    const entry = skillsOf.get(r.occupationUri) ?? { essential: [], optional: [] };
    entry[r.relationType].push(r.skillUri);
    skillsOf.set(r.occupationUri, entry);
  }
  const occupations = pkg.occupations
    .filter((o) => o.iscoGroup && skillsOf.has(o.uri))
    .map((o) => ({ uri: o.uri, isco: o.iscoGroup!, ...skillsOf.get(o.uri)! }));
  const allSkills = [...new Set(pkg.occupationSkillRelations.map((r) => r.skillUri))];
  return {
    source: full ? 'ESCO (../shared/data/esco)' : 'starter taxonomy',
    occupations,
    allSkills,
    near: new OccupationNearnessTable(
      computeOccupationNearness({
        occupations: pkg.occupations,
        relations: pkg.occupationSkillRelations,
      }),
    ),
  };
}

const TWENTE_FALLBACK: GeoPoint[] = [
  { lat: 52.2215, lon: 6.8937 },
  { lat: 52.2658, lon: 6.7931 },
  { lat: 52.3567, lon: 6.6625 },
  { lat: 52.3093, lon: 6.9286 },
  { lat: 52.2571, lon: 6.7511 },
  { lat: 52.1625, lon: 6.7389 },
  { lat: 52.3667, lon: 6.4667 },
  { lat: 52.2742, lon: 6.4444 },
  { lat: 52.3583, lon: 6.6097 },
];
const BORDER_FALLBACK: GeoPoint[] = [
  { lat: 52.2125, lon: 7.0228 },
  { lat: 52.0758, lon: 7.0131 },
  { lat: 52.4319, lon: 7.0678 },
  { lat: 52.3122, lon: 7.1497 },
  { lat: 52.2799, lon: 7.44 },
  { lat: 51.9607, lon: 7.6261 },
];

/** GeoNames places from ../shared/data/geo when present, else a few built-in Twente and border towns. */
export function loadPlaces(): BenchPlaces {
  const file = join(SHARED_DATA, 'geo', 'twente_and_border_places.csv');
  if (!existsSync(file)) {
    return {
      source: 'built-in',
      twente: TWENTE_FALLBACK,
      border: BORDER_FALLBACK,
      national: [...TWENTE_FALLBACK, ...BORDER_FALLBACK],
    };
  }
  const rows = parse(readFileSync(file), { columns: true }) as Array<Record<string, string>>;
  const point = (r: Record<string, string>) => ({ lat: Number(r.lat), lon: Number(r.lon) });
  const nationalRows = parse(readFileSync(join(SHARED_DATA, 'geo', 'nl_de_places.csv')), {
    columns: true,
  }) as Array<Record<string, string>>;
  return {
    source: 'GeoNames (../shared/data/geo)',
    twente: rows.filter((r) => r.country === 'NL').map(point),
    border: rows.filter((r) => r.country === 'DE').map(point),
    national: nationalRows.filter((r) => r.country === 'NL').map(point),
  };
}

/** A seeded generator, so every run (and the SQL baseline) sees the same data. */
export function rng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    sample: <T>(items: readonly T[], n: number): T[] => {
      const out = new Set<T>();
      for (let i = 0; i < n * 3 && out.size < Math.min(n, items.length); i++)
        out.add(items[Math.floor(next() * items.length)]);
      return [...out];
    },
    chance: (p: number) => next() < p,
  };
}

const LEVELS: CefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const jitter = (r: ReturnType<typeof rng>, p: GeoPoint): GeoPoint => ({
  lat: p.lat + (r.next() - 0.5) * 0.04,
  lon: p.lon + (r.next() - 0.5) * 0.06,
});

export function generateSeekers(
  tax: BenchTaxonomy,
  homes: GeoPoint[],
  count: number,
  seed: number,
  firstId = 0,
): SeekerForMatching[] {
  const r = rng(seed);
  const seekers: SeekerForMatching[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const wanted = r.sample(tax.occupations, r.chance(0.6) ? 1 : 2);
    const experience = r.chance(0.6) ? [r.chance(0.7) ? wanted[0] : r.pick(tax.occupations)] : [];
    const skillPool = wanted.flatMap((o) => [...o.essential, ...o.optional]);
    const skills = [
      ...new Set([...r.sample(skillPool, r.int(3, 14)), ...r.sample(tax.allSkills, r.int(0, 3))]),
    ];
    const schoolLeaver = r.chance(0.03);
    seekers[i] = {
      id: `seeker-${String(firstId + i).padStart(7, '0')}`,
      version: 1,
      occupations: wanted.map((o) => ({ uri: o.uri, isco: o.isco })),
      experience: experience.map((o) => ({ uri: o.uri, isco: o.isco, years: r.int(0, 12) })),
      skills,
      eqf: r.chance(0.15) ? null : schoolLeaver ? r.int(0, 1) : r.int(1, 7),
      qualification: null,
      home: r.chance(0.05) ? null : jitter(r, r.pick(homes)),
      maxTravelKm: r.pick([10, 15, 20, 25, 30, 40, 50, 75]),
      hoursMin: r.pick([8, 16, 24, 32]),
      hoursMax: r.pick([24, 32, 36, 40]),
      availableNow: r.chance(0.4),
      availableFrom: r.chance(0.5) ? `2027-0${r.int(1, 6)}-15` : null,
      languages: [
        { language: 'nl', level: r.pick(LEVELS.slice(2)) },
        ...(r.chance(0.25) ? [{ language: 'de', level: r.pick(LEVELS) }] : []),
      ],
      drivingLicences: r.chance(0.7) ? ['B'] : [],
      certificates: r.chance(0.2) ? ['VCA'] : [],
      willingToWorkInGermany: r.chance(0.2),
      banenafspraak: r.chance(0.05),
      schoolLeaver: schoolLeaver
        ? {
            type: r.chance(0.5) ? 'VSO' : 'PrO',
            exitProfile: r.chance(0.9) ? 'arbeidsmarkt' : 'dagbesteding',
            leavingDate: '2027-07-01',
          }
        : null,
    };
    if (seekers[i].hoursMin! > seekers[i].hoursMax!) seekers[i].hoursMin = seekers[i].hoursMax;
  }
  return seekers;
}

export function generateVacancies(
  tax: BenchTaxonomy,
  places: BenchPlaces,
  count: number,
  seed: number,
): VacancyForMatching[] {
  const r = rng(seed);
  return Array.from({ length: count }, (_, i) => {
    const o = r.pick(tax.occupations);
    const german = r.chance(0.15);
    const hoursMin = r.pick([16, 24, 32, 36]);
    return {
      id: `vacancy-${String(i).padStart(6, '0')}`,
      version: 1,
      occupationUri: o.uri,
      isco: o.isco,
      nearOccupations: tax.near.neighboursOf(o.uri),
      essentialSkills: r.sample(o.essential, r.int(3, 8)),
      optionalSkills: r.sample(o.optional, r.int(0, 4)),
      skillsFromOccupation: false,
      minEqf: r.chance(0.2) ? null : r.int(1, 6),
      qualification: null,
      country: german ? 'DE' : 'NL',
      location: jitter(r, r.pick(german ? places.border : places.twente)),
      hoursMin,
      hoursMax: Math.max(hoursMin, r.pick([32, 36, 40])),
      startDate: r.chance(0.5) ? `2027-0${r.int(1, 4)}-01` : null,
      languages: german
        ? [{ language: 'de', level: r.pick(['A2', 'B1', 'B2'] as CefrLevel[]) }]
        : [],
      drivingLicences: r.chance(0.1) ? ['B'] : [],
      certificates: r.chance(0.05) ? ['VCA'] : [],
      banenafspraakSuitable: r.chance(0.1),
      banenafspraakReserved: r.chance(0.02),
      jobcarving: r.chance(0.02),
      supervision: r.chance(0.1),
      openToSchoolLeavers: r.chance(0.08),
      learningWorking: r.chance(0.05),
      regulatedInGermany: german && r.chance(0.2),
    };
  });
}
