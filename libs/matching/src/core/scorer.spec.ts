import { dayNumber, evaluateCandidate, ScoringContext } from './candidate-evaluation';
import { explainCandidate, explanationLines } from './explanation';
import { OCC, PLACE, seeker, SKILL, vacancy } from './matching.fixtures';
import { KnockOutCode } from './matching.types';
import { prepareVacancy } from './prepared-vacancy';
import { scoreCandidate, scoreOf } from './scorer';
import { SCORING_MODEL } from './scoring-model';

const ctx: ScoringContext = { model: SCORING_MODEL, today: dayNumber('2026-11-28') };
const explain = (v = vacancy(), s = seeker()) => explainCandidate(prepareVacancy(v), s, ctx);
const score = (v = vacancy(), s = seeker()) => scoreCandidate(prepareVacancy(v), s, ctx);

describe('knock-outs, each with its reason', () => {
  const german = vacancy({
    country: 'DE',
    location: PLACE.gronau,
    languages: [{ language: 'de', level: 'B1' }],
    qualification: 'DE:AUSBILDUNG-2',
    minEqf: 3,
  });
  it.each<[string, ReturnType<typeof vacancy>, ReturnType<typeof seeker>, KnockOutCode | null]>([
    ['a perfect welder passes everything', vacancy(), seeker(), null],
    [
      'banenafspraak-reserved vacancy, seeker not in the target group',
      vacancy({ banenafspraakReserved: true }),
      seeker(),
      'reserved-banenafspraak',
    ],
    [
      'banenafspraak-reserved vacancy, seeker in the target group',
      vacancy({ banenafspraakReserved: true }),
      seeker({ banenafspraak: true }),
      null,
    ],
    [
      'VSO leaver with exit profile dagbesteding',
      vacancy(),
      seeker({ schoolLeaver: { type: 'VSO', exitProfile: 'dagbesteding', leavingDate: null } }),
      'not-job-matching',
    ],
    ['level below the minimum', vacancy({ minEqf: 4 }), seeker({ eqf: 3 }), 'level'],
    [
      'level below the minimum on a learning-working place is within tolerance',
      vacancy({ minEqf: 3, learningWorking: true }),
      seeker({ eqf: 1 }),
      null,
    ],
    ['unknown level is no knock-out', vacancy({ minEqf: 4 }), seeker({ eqf: null }), null],
    ['driving licence C missing', vacancy({ drivingLicences: ['C'] }), seeker(), 'driving-licence'],
    [
      'certificate missing',
      vacancy({ certificates: ['Heftruckcertificaat'] }),
      seeker(),
      'certificate',
    ],
    [
      'German B1 needed, seeker has B1',
      german,
      seeker({ willingToWorkInGermany: true, languages: [{ language: 'de', level: 'B1' }] }),
      null,
    ],
    [
      'German B1 needed, seeker has A2',
      german,
      seeker({ willingToWorkInGermany: true, languages: [{ language: 'de', level: 'A2' }] }),
      'language',
    ],
    [
      'German vacancy, seeker unwilling to work in Germany',
      german,
      seeker({ languages: [{ language: 'de', level: 'B2' }] }),
      'germany-unwilling',
    ],
    [
      'Münster is beyond a 30 km maximum from Enschede',
      vacancy({ country: 'DE', location: PLACE.muenster }),
      seeker({ willingToWorkInGermany: true }),
      'distance',
    ],
    [
      'hours do not overlap',
      vacancy({ hoursMin: 8, hoursMax: 16 }),
      seeker({ hoursMin: 32, hoursMax: 40 }),
      'hours',
    ],
    [
      'available long after the start date',
      vacancy({ startDate: '2026-12-01' }),
      seeker({ availableNow: false, availableFrom: '2027-06-01' }),
      'start-date',
    ],
  ])('%s', (_, v, s, expected) => {
    const e = explain(v, s);
    if (expected === null) {
      expect(e.knockOuts).toEqual([]);
      expect(e.score).toBeGreaterThan(0);
    } else {
      expect(e.knockOuts.map((k) => k.code)).toContain(expected);
      expect(e.score).toBe(0);
      expect(e.passed).not.toContain(expected);
      const reason = e.knockOuts.find((k) => k.code === expected)!.reason;
      expect(reason.nl.length).toBeGreaterThan(10);
      expect(reason.en.length).toBeGreaterThan(10);
    }
  });
});

describe("counting what stops candidates ('knock-outs' mode)", () => {
  it.each<[string, ReturnType<typeof vacancy>, ReturnType<typeof seeker>]>([
    ['no knock-out', vacancy(), seeker()],
    ['one knock-out', vacancy({ banenafspraakReserved: true }), seeker()],
    [
      'several knock-outs',
      vacancy({ banenafspraakReserved: true, drivingLicences: ['C'], minEqf: 6 }),
      seeker({ drivingLicences: [] }),
    ],
  ])('%s: every knock-out and the same score as in full detail', (_, v, s) => {
    const p = prepareVacancy(v);
    const full = evaluateCandidate(p, s, ctx);
    const counted = evaluateCandidate(p, s, ctx, 'knock-outs');
    expect(counted.knockOuts).toEqual(full.knockOuts);
    expect(scoreOf(counted, ctx)).toBe(scoreOf(full, ctx));
  });
});

describe('soft components', () => {
  it('ranks the same occupation above the same ISCO unit group above another field', () => {
    const same = score(vacancy(), seeker({ experience: [] }));
    const related = score(
      vacancy(),
      seeker({ experience: [], occupations: [{ uri: OCC.metalWorker, isco: '7212' }] }),
    );
    const other = score(
      vacancy(),
      seeker({ experience: [], occupations: [{ uri: OCC.cleaner, isco: '9112' }] }),
    );
    expect(same).toBeGreaterThan(related);
    expect(related).toBeGreaterThan(other);
  });

  it('lists matched and missing skills, essential apart from optional', () => {
    const e = explain(vacancy(), seeker({ skills: [SKILL.mig] }));
    expect(e.skills).toEqual({
      matchedEssential: [SKILL.mig],
      missingEssential: [SKILL.drawings],
      matchedOptional: [],
      missingOptional: [SKILL.tig],
    });
  });

  it('scores over-qualification below an exact level fit, and says so', () => {
    const engineer = explain(vacancy(), seeker({ eqf: 6, qualification: 'NL:HBO-BACHELOR' }));
    const exact = explain(vacancy(), seeker());
    expect(engineer.score).toBeLessThan(exact.score);
    expect(engineer.level.verdict).toBe('above');
    expect(engineer.components.find((c) => c.name === 'level')!.detail.en).toContain(
      'over-qualified',
    );
  });

  it('decays with distance within the maximum', () => {
    expect(score(vacancy({ location: PLACE.enschede }))).toBeGreaterThan(
      score(vacancy({ location: PLACE.hengelo })),
    );
  });

  it('prefers available now over available later', () => {
    expect(score()).toBeGreaterThan(
      score(vacancy(), seeker({ availableNow: false, availableFrom: '2027-01-10' })),
    );
  });

  it('favours supervision and openness for a school leaver, without excluding regular vacancies', () => {
    const leaver = seeker({
      eqf: 1,
      schoolLeaver: { type: 'PrO', exitProfile: 'arbeidsmarkt', leavingDate: '2027-07-01' },
    });
    const supported = score(
      vacancy({ minEqf: 1, openToSchoolLeavers: true, supervision: true }),
      leaver,
    );
    const regular = score(vacancy({ minEqf: 1 }), leaver);
    expect(supported).toBeGreaterThan(regular);
    expect(regular).toBeGreaterThan(0);
  });

  it('points add up to the score', () => {
    const e = explain();
    const sum = e.components.reduce((a, c) => a + c.points, 0);
    expect(Math.abs(sum - e.score)).toBeLessThan(0.01);
  });
});

describe('cross-border explanation', () => {
  it('compares NLQF and DQR through the EQF and notes recognition for a regulated job', () => {
    const e = explain(
      vacancy({
        country: 'DE',
        location: PLACE.gronau,
        minEqf: 3,
        qualification: 'DE:AUSBILDUNG-2',
        regulatedInGermany: true,
        languages: [{ language: 'de', level: 'B1' }],
      }),
      seeker({ willingToWorkInGermany: true, languages: [{ language: 'de', level: 'B1' }] }),
    );
    expect(e.knockOuts).toEqual([]);
    expect(e.level).toMatchObject({
      seekerEqf: 3,
      requiredEqf: 3,
      verdict: 'equal',
      seekerQualification: 'NL:MBO-3',
      requiredQualification: 'DE:AUSBILDUNG-2',
    });
    expect(e.distance.crossBorder).toBe(true);
    expect(e.distance.km).toBeGreaterThan(5);
    expect(e.distance.km).toBeLessThan(15);
    expect(e.languages).toEqual([{ language: 'de', required: 'B1', have: 'B1', ok: true }]);
    expect(e.notes.map((n) => n.en).join(' ')).toMatch(/Anerkennung/);
    expect(explanationLines(e, 'nl').join('\n')).toMatch(
      /EQF 3 \(NL:MBO-3\) tegenover minimum EQF 3 \(DE:AUSBILDUNG-2\): gelijk/,
    );
  });
});

describe('no protected inputs', () => {
  it('gives the same score with or without doelgroepregister membership on a regular vacancy', () => {
    expect(score(vacancy(), seeker({ banenafspraak: true }))).toBe(
      score(vacancy(), seeker({ banenafspraak: false })),
    );
  });
});
