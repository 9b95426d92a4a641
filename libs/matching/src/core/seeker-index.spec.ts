import { dayNumber, ScoringContext } from './candidate-evaluation';
import { explainCandidate } from './explanation';
import { seeker, vacancy } from './matching.fixtures';
import { SeekerForMatching, VacancyForMatching } from './matching.types';
import { prepareVacancy } from './prepared-vacancy';
import { scoreCandidate } from './scorer';
import { SCORING_MODEL } from './scoring-model';
import { RetrievalStats, SeekerIndex } from './seeker-index';
import { better } from './top-k';
import { VacancyIndex } from './vacancy-index';

const ctx: ScoringContext = { model: SCORING_MODEL, today: dayNumber('2026-11-28') };

/** A small deterministic generator: enough variety that every tier and bound is exercised. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const ISCO = ['7212', '7213', '7223', '7231', '8344', '9112', '5321', '2144', '7411', '9329'];
const occupationOf = (isco: string, n: number) => `occ/${isco}/${n}`;

function world(seed: number, seekers: number, vacancies: number) {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)];
  const skills = Array.from({ length: 60 }, (_, i) => `skill/${i}`);
  const place = () => ({ lat: 52.1 + rnd() * 0.4, lon: 6.5 + rnd() * 0.7 });
  const someSkills = (n: number) => [...new Set(Array.from({ length: n }, () => pick(skills)))];
  const ss: SeekerForMatching[] = Array.from({ length: seekers }, (_, i) => {
    const isco = pick(ISCO);
    return seeker({
      id: `s${String(i).padStart(5, '0')}`,
      occupations: [{ uri: occupationOf(isco, Math.floor(rnd() * 3)), isco }],
      experience:
        rnd() < 0.5
          ? [{ uri: occupationOf(pick(ISCO), 0), isco: pick(ISCO), years: Math.floor(rnd() * 8) }]
          : [],
      skills: someSkills(3 + Math.floor(rnd() * 8)),
      eqf: rnd() < 0.2 ? null : Math.floor(rnd() * 7),
      home: rnd() < 0.1 ? null : place(),
      maxTravelKm: pick([10, 20, 30, 50, null]),
      hoursMin: 16 + Math.floor(rnd() * 16),
      hoursMax: 32 + Math.floor(rnd() * 9),
      availableNow: rnd() < 0.5,
      availableFrom: rnd() < 0.5 ? '2027-01-15' : null,
      banenafspraak: rnd() < 0.1,
    });
  });
  const vs: VacancyForMatching[] = Array.from({ length: vacancies }, (_, i) => {
    const isco = pick(ISCO);
    const occupationUri = rnd() < 0.9 ? occupationOf(isco, Math.floor(rnd() * 3)) : null;
    // Near occupations in any ISCO group, the vacancy's own among them now and then (ignored).
    const nearOccupations =
      occupationUri === null
        ? []
        : Array.from({ length: Math.floor(rnd() * 5) }, () => ({
            uri: occupationOf(pick(ISCO), Math.floor(rnd() * 3)),
            similarity: Math.round((0.2 + 0.8 * rnd()) * 1000) / 1000,
            sharedEssential: 3,
            essentialTotal: 7,
          }));
    return vacancy({
      id: `v${i}`,
      occupationUri,
      nearOccupations,
      isco: rnd() < 0.9 ? isco : null,
      essentialSkills: rnd() < 0.1 ? [] : someSkills(2 + Math.floor(rnd() * 4)),
      optionalSkills: someSkills(Math.floor(rnd() * 4)),
      minEqf: rnd() < 0.3 ? null : Math.floor(rnd() * 5),
      location: place(),
      hoursMin: 24,
      hoursMax: 40,
      banenafspraakReserved: rnd() < 0.05,
    });
  });
  return { ss, vs };
}

function bruteForce<T extends { id: string }>(items: T[], scoreOf: (item: T) => number, k: number) {
  return items
    .map((item) => ({ id: item.id, score: scoreOf(item) }))
    .filter((r) => r.score >= SCORING_MODEL.shortlistMinScore)
    .sort((a, b) => (better(a, b) ? -1 : 1))
    .slice(0, k);
}

describe('the fast ranking score', () => {
  it('equals the explained score for every pair', () => {
    const { ss, vs } = world(5, 400, 60);
    let knockedOut = 0;
    for (const v of vs) {
      const p = prepareVacancy(v);
      for (const s of ss) {
        const explained = explainCandidate(p, s, ctx);
        expect(scoreCandidate(p, s, ctx)).toBe(explained.score);
        if (explained.knockOuts.length > 0) knockedOut += 1;
      }
    }
    expect(knockedOut).toBeGreaterThan(0);
  });
});

describe('retrieval indexes give exactly the full-scan result', () => {
  it.each([1, 2, 3])('seeker index, world %i', (seed) => {
    const { ss, vs } = world(seed, 3000, 40);
    const index = new SeekerIndex();
    ss.forEach((s) => index.upsert(s));
    let pruned = 0;
    for (const v of vs) {
      const p = prepareVacancy(v);
      const stats: RetrievalStats = { candidates: 0, tiers: 0, fullScan: false };
      const got = index.topFor(p, ctx, 20, stats);
      expect(got).toEqual(bruteForce(ss, (s) => scoreCandidate(p, s, ctx), 20));
      if (!stats.fullScan) pruned += 1;
    }
    // The point of the index: most vacancies never need a full scan.
    expect(pruned).toBeGreaterThan(vs.length / 2);
  });

  it('finds seekers whose only tie to the vacancy is a near occupation outside its ISCO group', () => {
    const { ss, vs } = world(4, 3000, 40);
    const index = new SeekerIndex();
    ss.forEach((s) => index.upsert(s));
    let nearOnList = 0;
    for (const v of vs) {
      const p = prepareVacancy(v);
      const got = index.topFor(p, ctx, 20);
      expect(got).toEqual(bruteForce(ss, (s) => scoreCandidate(p, s, ctx), 20));
      for (const { id } of got) {
        const e = explainCandidate(p, index.get(id)!, ctx);
        const occupation = e.components.find((c) => c.name === 'occupation')!;
        if (occupation.detail.en.startsWith('Related occupation: shares')) nearOnList += 1;
      }
    }
    // Near credit is what put some of them there: the tiers must not have missed them.
    expect(nearOnList).toBeGreaterThan(0);
  });

  it('stays exact after updates and removals', () => {
    const { ss, vs } = world(7, 2000, 10);
    const index = new SeekerIndex();
    ss.forEach((s) => index.upsert(s));
    const changed = ss.map((s, i) =>
      i % 3 === 0 ? { ...s, skills: [], occupations: [], version: 2 } : s,
    );
    changed.forEach((s, i) => (i % 3 === 0 ? index.upsert(s) : undefined));
    const removed = new Set(changed.filter((_, i) => i % 5 === 1).map((s) => s.id));
    removed.forEach((id) => index.remove(id));
    const live = changed.filter((s) => !removed.has(s.id));
    expect(index.size).toBe(live.length);
    for (const v of vs) {
      const p = prepareVacancy(v);
      expect(index.topFor(p, ctx, 15)).toEqual(
        bruteForce(live, (s) => scoreCandidate(p, s, ctx), 15),
      );
    }
  });

  it('stays exact, and gives the latest profiles back, after many updates compact the store', () => {
    const generated = world(13, 15_000, 12);
    const ss = generated.ss;
    const vs = [
      ...generated.vs,
      // No occupation and no skills: straight to the last tier, every bucket within reach.
      vacancy({
        id: 'v-open',
        occupationUri: null,
        isco: null,
        essentialSkills: [],
        optionalSkills: [],
      }),
      // Far north (Groningen): only seekers without a travel maximum can reach it.
      vacancy({
        id: 'v-far',
        location: { lat: 53.22, lon: 6.57 },
        occupationUri: null,
        isco: '7212',
      }),
    ];
    const index = new SeekerIndex();
    ss.forEach((s) => index.upsert(s));
    // 2,000 removed, then 12,000 replaced: past 10,000 stale slots the store is copied without
    // them and every list renumbered.
    const removed = new Set(ss.slice(13_000).map((s) => s.id));
    removed.forEach((id) => index.remove(id));
    const latest = ss
      .filter((s) => !removed.has(s.id))
      .map((s, i) =>
        i < 12_000 ? { ...s, version: 2, skills: s.skills.slice(1), maxTravelKm: 50 } : s,
      );
    latest.slice(0, 12_000).forEach((s) => index.upsert(s));
    expect(index.size).toBe(latest.length);
    for (const s of [latest[0], latest[11_999], latest[12_000], latest[12_999]])
      expect(index.get(s.id)).toEqual(s);
    expect(index.get(ss[14_999].id)).toBeUndefined();
    // The renumbered lists and buckets equal freshly built ones: the same candidates are scored.
    const fresh = new SeekerIndex();
    latest.forEach((s) => fresh.upsert(s));
    for (const v of vs) {
      const p = prepareVacancy(v);
      const expected = bruteForce(latest, (s) => scoreCandidate(p, s, ctx), 20);
      const stats: RetrievalStats = { candidates: 0, tiers: 0, fullScan: false };
      const freshStats: RetrievalStats = { candidates: 0, tiers: 0, fullScan: false };
      expect(index.topFor(p, ctx, 20, stats)).toEqual(expected);
      expect(fresh.topFor(p, ctx, 20, freshStats)).toEqual(expected);
      expect(stats).toEqual(freshStats);
      if (v.id.startsWith('v-')) expect(expected.length).toBeGreaterThan(0);
    }
    // Still exact for profiles added after the compaction.
    const added = world(14, 500, 0).ss.map((s) => ({ ...s, id: `new-${s.id}` }));
    added.forEach((s) => index.upsert(s));
    for (const v of vs) {
      const p = prepareVacancy(v);
      expect(index.topFor(p, ctx, 20)).toEqual(
        bruteForce([...latest, ...added], (s) => scoreCandidate(p, s, ctx), 20),
      );
    }
  });

  it('vacancy index, for a seeker', () => {
    const { ss, vs } = world(11, 60, 800);
    const index = new VacancyIndex();
    vs.forEach((v) => index.upsert(v));
    const prepared = vs.map((v) => prepareVacancy(v));
    for (const s of ss) {
      const expected = bruteForce(
        prepared.map((p) => ({ id: p.vacancy.id, p })),
        ({ p }) => scoreCandidate(p, s, ctx),
        10,
      );
      expect(index.topFor(s, ctx, 10)).toEqual(expected);
    }
  });
});
