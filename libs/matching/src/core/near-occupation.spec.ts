import { dayNumber, ScoringContext } from './candidate-evaluation';
import { explainCandidate, explanationLines } from './explanation';
import { seeker, vacancy } from './matching.fixtures';
import { NearOccupation } from './matching.types';
import { prepareVacancy } from './prepared-vacancy';
import { scoreCandidate } from './scorer';
import { SCORING_MODEL } from './scoring-model';

const ctx: ScoringContext = { model: SCORING_MODEL, today: dayNumber('2026-11-28') };

/** A sewing worker (ISCO 7533) and a computer stitcher (8153): near in ESCO, apart in ISCO. */
const SEWING = 'http://data.europa.eu/esco/occupation/sewing-worker';
const STITCHER = 'http://data.europa.eu/esco/occupation/computer-stitcher';
const near = (overrides: Partial<NearOccupation> = {}): NearOccupation => ({
  uri: SEWING,
  similarity: 0.76,
  sharedEssential: 11,
  essentialTotal: 12,
  ...overrides,
});
const stitcherVacancy = (nearOccupations: NearOccupation[] = [near()]) =>
  vacancy({ occupationUri: STITCHER, isco: '8153', nearOccupations });
const sewingSeeker = (overrides = {}) =>
  seeker({ occupations: [{ uri: SEWING, isco: '7533' }], experience: [], ...overrides });
const occupationOf = (e: ReturnType<typeof explainCandidate>) =>
  e.components.find((c) => c.name === 'occupation')!;

describe('occupation credit for a near occupation', () => {
  it.each<[string, ReturnType<typeof vacancy>, ReturnType<typeof seeker>, number, string]>([
    [
      'a near occupation outside the ISCO group earns similarity x the near credit',
      stitcherVacancy(),
      sewingSeeker(),
      0.76 * SCORING_MODEL.nearOccupationCredit,
      'near',
    ],
    [
      'without the nearness it earns nothing (the ISCO groups differ)',
      stitcherVacancy([]),
      sewingSeeker(),
      0,
      'none',
    ],
    [
      'a near occupation only in the work experience, at the experience discount',
      stitcherVacancy(),
      seeker({ occupations: [], experience: [{ uri: SEWING, isco: '7533', years: 2 }] }),
      0.76 * SCORING_MODEL.nearOccupationCredit * 0.9,
      'near',
    ],
    [
      'the same ISCO unit group beats a weaker near credit',
      stitcherVacancy([near({ similarity: 0.5 })]),
      sewingSeeker({ occupations: [{ uri: SEWING, isco: '8153' }] }),
      0.7,
      'isco4',
    ],
    [
      'a strong near occupation beats the same minor group',
      stitcherVacancy(),
      sewingSeeker({ occupations: [{ uri: SEWING, isco: '8159' }] }),
      0.76 * SCORING_MODEL.nearOccupationCredit,
      'near',
    ],
    [
      "the vacancy's own occupation in its near list changes nothing: exact stays exact",
      stitcherVacancy([near({ uri: STITCHER, similarity: 0.3 })]),
      sewingSeeker({ occupations: [{ uri: STITCHER, isco: '8153' }] }),
      1,
      'exact',
    ],
  ])('%s', (_, v, s, value, via) => {
    const e = explainCandidate(prepareVacancy(v), s, ctx);
    expect(occupationOf(e).value).toBeCloseTo(value, 3);
    expect(e.components).toHaveLength(8);
    expect(scoreCandidate(prepareVacancy(v), s, ctx)).toBe(e.score);
    const facts = prepareVacancy(v);
    expect(facts.near.has(STITCHER)).toBe(false);
    expect(via === 'near').toBe(occupationOf(e).detail.en.startsWith('Related occupation: shares'));
  });

  it('lifts a seeker of a near occupation onto the shortlist', () => {
    // Skills that do not overlap, so the occupation decides.
    const s = sewingSeeker({ skills: [] });
    const without = scoreCandidate(prepareVacancy(stitcherVacancy([])), s, ctx);
    const withNear = scoreCandidate(prepareVacancy(stitcherVacancy()), s, ctx);
    expect(without).toBeLessThan(SCORING_MODEL.shortlistMinScore);
    expect(withNear).toBeGreaterThanOrEqual(SCORING_MODEL.shortlistMinScore);
    expect(withNear - without).toBeCloseTo((100 * 30 * 0.76 * 0.7) / 100, 3);
  });

  it('explains why in Dutch, German and English: how many essential skills the occupations share', () => {
    const e = explainCandidate(prepareVacancy(stitcherVacancy()), sewingSeeker(), ctx);
    expect(occupationOf(e).detail).toEqual({
      nl: 'Verwant beroep: deelt 11 van de 12 essentiële vaardigheden (ESCO)',
      de: 'Verwandter Beruf: teilt 11 von 12 essenziellen Fähigkeiten (ESCO)',
      en: 'Related occupation: shares 11 of 12 essential skills (ESCO)',
    });
    expect(explanationLines(e, 'nl')).toContainEqual(
      expect.stringMatching(/^occupation: \d+\.\d — Verwant beroep: deelt 11 van de 12 essentiële/),
    );
    const fromExperience = explainCandidate(
      prepareVacancy(stitcherVacancy([near({ sharedEssential: 14, essentialTotal: 20 })])),
      seeker({ occupations: [], experience: [{ uri: SEWING, isco: '7533', years: 1 }] }),
      ctx,
    );
    expect(occupationOf(fromExperience).detail).toEqual({
      nl: 'Verwant beroep: deelt 14 van de 20 essentiële vaardigheden (ESCO) (uit werkervaring)',
      de: 'Verwandter Beruf: teilt 14 von 20 essenziellen Fähigkeiten (ESCO) (aus der Berufserfahrung)',
      en: 'Related occupation: shares 14 of 20 essential skills (ESCO) (from work experience)',
    });
  });

  it('gives no experience credit for a near occupation: experience counts the same occupation or unit group', () => {
    const e = explainCandidate(
      prepareVacancy(stitcherVacancy()),
      sewingSeeker({ experience: [{ uri: SEWING, isco: '7533', years: 5 }] }),
      ctx,
    );
    expect(e.components.find((c) => c.name === 'experience')!.value).toBe(0);
  });

  it('is part of a new scoring model, so stored matches are re-computed', () => {
    expect(SCORING_MODEL.version).toBe('2026.12-1');
  });
});
