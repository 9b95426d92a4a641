import type { CefrLevel } from '@wt/taxonomy/levels';
import { dayNumber, ScoringContext } from './candidate-evaluation';
import { explainCandidate } from './explanation';
import { OCC, PLACE, seeker, SKILL, vacancy } from './matching.fixtures';
import { SeekerForMatching, VacancyForMatching } from './matching.types';
import { prepareVacancy } from './prepared-vacancy';
import { SCORING_MODEL } from './scoring-model';
import { SeekerStore } from './seeker-store';
import { VacancyProbe } from './vacancy-probe';

const ctx: ScoringContext = { model: SCORING_MODEL, today: dayNumber('2026-11-28') };

function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  return {
    next,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}

const OCCUPATIONS = [
  { uri: OCC.welder, isco: '7212' },
  { uri: OCC.metalWorker, isco: '7211' },
  { uri: OCC.forklift, isco: '8344' },
  { uri: OCC.cleaner, isco: '9112' },
  { uri: OCC.engineer, isco: '2144' },
  { uri: 'occ/unclassified', isco: null },
  { uri: 'occ/sheet-metal', isco: '7213' },
  { uri: 'occ/blacksmith', isco: '7221' },
];
const SKILLS = [...Object.values(SKILL), 'skill/a', 'skill/b', 'skill/c', 'skill/d'];
const LEVELS: CefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const PLACES = Object.values(PLACE);
const DATES = ['2026-10-01', '2026-12-01', '2027-01-15', '2027-03-01', '2027-06-30'];

/** Seekers and vacancies covering every field the scorer reads, including the edge values. */
function world(seed: number, seekers: number, vacancies: number) {
  const r = random(seed);
  const some = <T>(items: readonly T[], max: number) =>
    Array.from({ length: Math.floor(r.next() * (max + 1)) }, () => r.pick(items));
  const ss: SeekerForMatching[] = Array.from({ length: seekers }, (_, i) => {
    const hoursMin = r.chance(0.1) ? null : r.pick([0, 8, 16, 24, 32]);
    return seeker({
      id: `s${String(i).padStart(4, '0')}`,
      version: 1 + Math.floor(r.next() * 5),
      occupations: some(OCCUPATIONS, 2),
      experience: some(OCCUPATIONS, 2).map((o) => ({ ...o, years: r.pick([0, 1, 2.5, 3, 10]) })),
      // Duplicates on purpose: the scorer counts what it is given.
      skills: some(SKILLS, 7),
      eqf: r.chance(0.15) ? null : Math.floor(r.next() * 9),
      qualification: r.chance(0.5) ? null : 'NL:MBO-3',
      home: r.chance(0.1) ? null : { lat: r.pick(PLACES).lat + r.next() * 0.3, lon: 6.9 },
      maxTravelKm: r.pick([0, 5, 20, 30, 60, 250, null]),
      hoursMin,
      hoursMax: hoursMin === null ? null : hoursMin + r.pick([0, 8, 16]),
      availableNow: r.chance(0.4),
      availableFrom: r.chance(0.3) ? null : r.pick(DATES),
      languages: some(['nl', 'de', 'DE', 'en'], 3).map((language) => ({
        language,
        level: r.pick(LEVELS),
      })),
      drivingLicences: some(['B', 'C', 'be', 'C1E'], 2),
      certificates: some(['VCA', 'vca-vol', 'BHV'], 2),
      willingToWorkInGermany: r.chance(0.5),
      banenafspraak: r.chance(0.2),
      schoolLeaver: r.chance(0.2)
        ? {
            type: r.chance(0.5) ? 'VSO' : 'PrO',
            exitProfile: r.pick(['arbeidsmarkt', 'dagbesteding', 'vervolgonderwijs'] as const),
            leavingDate: r.chance(0.5) ? null : '2027-07-01',
          }
        : null,
    });
  });
  const vs: VacancyForMatching[] = Array.from({ length: vacancies }, (_, i) => {
    const o = r.pick(OCCUPATIONS);
    const german = r.chance(0.3);
    const hoursMin = r.chance(0.1) ? null : r.pick([8, 24, 32]);
    return vacancy({
      id: `v${i}`,
      occupationUri: r.chance(0.1) ? null : o.uri,
      isco: r.chance(0.1) ? null : o.isco,
      essentialSkills: some([...SKILLS, 'skill/nobody-has-it'], 4),
      optionalSkills: some(SKILLS, 3),
      minEqf: r.chance(0.25) ? null : Math.floor(r.next() * 7),
      country: german ? 'DE' : 'NL',
      location: r.chance(0.05) ? null : r.pick(PLACES),
      hoursMin,
      hoursMax: hoursMin === null ? null : hoursMin + r.pick([0, 8, 16]),
      startDate: r.chance(0.5) ? null : r.pick(DATES),
      languages: some(['de', 'nl', 'fr'], 2).map((language) => ({
        language,
        level: r.pick(LEVELS),
      })),
      drivingLicences: some(['B', 'BE', 'c'], 1),
      certificates: some(['VCA', 'VCA VOL'], 1),
      banenafspraakReserved: r.chance(0.1),
      supervision: r.chance(0.3),
      openToSchoolLeavers: r.chance(0.3),
      learningWorking: r.chance(0.2),
    });
  });
  return { ss, vs };
}

describe('the columnar seeker store', () => {
  it('gives every profile back exactly as it was added', () => {
    const { ss } = world(3, 500, 0);
    const store = new SeekerStore();
    const slots = ss.map((s) => store.add(s));
    ss.forEach((s, i) => expect(store.materialize(slots[i])).toEqual(s));
  });

  it('refuses a slot that was removed, and knows which slots are live', () => {
    const store = new SeekerStore();
    const a = store.add(seeker({ id: 'a' }));
    const b = store.add(seeker({ id: 'b' }));
    store.remove(a);
    expect(store.isLive(a)).toBe(false);
    expect(store.isLive(b)).toBe(true);
    expect(() => store.materialize(a)).toThrow(/holds no seeker/);
  });

  it('refuses an EQF level that is not a small whole number', () => {
    expect(() => new SeekerStore().add(seeker({ eqf: 2.5 }))).toThrow(/eqf/);
  });
});

describe('the columnar scorer', () => {
  it.each([1, 2, 3])('gives the explained score for every pair, world %i', (seed) => {
    const { ss, vs } = world(seed, 300, 80);
    const store = new SeekerStore();
    const slots = ss.map((s) => store.add(s));
    const outcomes = { knockedOut: 0, scored: 0 };
    for (const v of vs) {
      const p = prepareVacancy(v);
      const probe = new VacancyProbe(store, p, ctx);
      ss.forEach((s, i) => {
        const explained = explainCandidate(p, s, ctx);
        expect({ pair: `${v.id}/${s.id}`, score: probe.score(slots[i]) }).toEqual({
          pair: `${v.id}/${s.id}`,
          score: explained.score,
        });
        outcomes[explained.knockOuts.length > 0 ? 'knockedOut' : 'scored'] += 1;
      });
    }
    // Both sides of every check are exercised, not only knock-outs.
    expect(outcomes.knockedOut).toBeGreaterThan(1000);
    expect(outcomes.scored).toBeGreaterThan(500);
  });

  it('scores a skill it has never seen in any profile as missing', () => {
    const store = new SeekerStore();
    const slot = store.add(seeker());
    const p = prepareVacancy(vacancy({ essentialSkills: ['skill/new'], optionalSkills: [] }));
    expect(new VacancyProbe(store, p, ctx).score(slot)).toBe(
      explainCandidate(p, seeker(), ctx).score,
    );
  });
});
