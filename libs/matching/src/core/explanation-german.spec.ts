import { dayNumber, ScoringContext } from './candidate-evaluation';
import { explainCandidate, explanationLines } from './explanation';
import { OCC, PLACE, seeker, vacancy } from './matching.fixtures';
import { Explanation, KnockOutCode, Text } from './matching.types';
import { prepareVacancy } from './prepared-vacancy';
import { SCORING_MODEL } from './scoring-model';

const ctx: ScoringContext = { model: SCORING_MODEL, today: dayNumber('2026-11-28') };
const explain = (v = vacancy(), s = seeker()) => explainCandidate(prepareVacancy(v), s, ctx);

const germanVacancy = (overrides: Parameters<typeof vacancy>[0] = {}) =>
  vacancy({
    country: 'DE',
    location: PLACE.gronau,
    languages: [{ language: 'de', level: 'B1' }],
    qualification: 'DE:AUSBILDUNG-2',
    minEqf: 3,
    ...overrides,
  });
const crossBorderSeeker = (overrides: Parameters<typeof seeker>[0] = {}) =>
  seeker({
    willingToWorkInGermany: true,
    languages: [{ language: 'de', level: 'B1' }],
    ...overrides,
  });

/** Every text of an explanation: knock-out reasons, component details, notes. */
const textsOf = (e: Explanation): Text[] => [
  ...e.knockOuts.map((k) => k.reason),
  ...e.components.map((c) => c.detail),
  ...e.notes,
];

describe('German explanation texts: one scenario per knock-out', () => {
  it.each<[KnockOutCode, ReturnType<typeof vacancy>, ReturnType<typeof seeker>, RegExp]>([
    [
      'reserved-banenafspraak',
      vacancy({ banenafspraakReserved: true }),
      seeker(),
      /^Die Stelle ist der Zielgruppe der Banenafspraak vorbehalten \(niederländische Vereinbarung .*Arbeitsbeeinträchtigung\)$/,
    ],
    [
      'not-job-matching',
      vacancy(),
      seeker({ schoolLeaver: { type: 'VSO', exitProfile: 'dagbesteding', leavingDate: null } }),
      /^Abgangsprofil Tagesstruktur \(dagbesteding\): keine Vermittlung in Arbeit$/,
    ],
    [
      'level',
      vacancy({ minEqf: 4 }),
      seeker({ eqf: 3 }),
      /^Qualifikationsniveau EQR 3 liegt unter dem Mindestniveau EQR 4/,
    ],
    ['driving-licence', vacancy({ drivingLicences: ['C'] }), seeker(), /^Führerschein fehlt: C$/],
    [
      'certificate',
      vacancy({ certificates: ['Heftruckcertificaat'] }),
      seeker(),
      /^Zertifikat fehlt: Heftruckcertificaat$/,
    ],
    [
      'language',
      germanVacancy(),
      crossBorderSeeker({ languages: [{ language: 'de', level: 'A2' }] }),
      /^Sprachkenntnisse nicht ausreichend: de B1 \(A2\)$/,
    ],
    [
      'germany-unwilling',
      germanVacancy(),
      seeker({ languages: [{ language: 'de', level: 'B2' }] }),
      /^Die arbeitsuchende Person möchte nicht in Deutschland arbeiten$/,
    ],
    [
      'distance',
      vacancy({ country: 'DE', location: PLACE.muenster }),
      seeker({ willingToWorkInGermany: true }),
      /^Entfernung \d+ km überschreitet das Maximum von 30 km$/,
    ],
    [
      'hours',
      vacancy({ hoursMin: 8, hoursMax: 16 }),
      seeker({ hoursMin: 32, hoursMax: 40 }),
      /^Wochenstunden passen nicht: Stelle 8-16, gewünscht 32-40$/,
    ],
    [
      'start-date',
      vacancy({ startDate: '2026-12-01' }),
      seeker({ availableNow: false, availableFrom: '2027-06-01' }),
      /^Verfügbar ab 2027-06-01, \d+ Tage nach dem Arbeitsbeginn 2026-12-01$/,
    ],
  ])('%s', (code, v, s, german) => {
    const reason = explain(v, s).knockOuts.find((k) => k.code === code)?.reason;
    expect(reason?.de).toMatch(german);
    expect(reason?.de).not.toBe(reason?.en);
  });
});

describe('German explanation texts: components and notes', () => {
  it('explains a cross-border match with the German domain terms', () => {
    const e = explain(germanVacancy({ regulatedInGermany: true }), crossBorderSeeker());
    const lines = explanationLines(e, 'de').join('\n');
    expect(lines).toMatch(/occupation: [\d.]+ — Gleicher Beruf/);
    expect(lines).toMatch(
      /skills: [\d.]+ — \d+\/\d+ essenzielle und \d+\/\d+ optionale Fähigkeiten/,
    );
    expect(lines).toMatch(
      /level: [\d.]+ — Qualifikationsniveau EQR 3 \(NL:MBO-3\) gegenüber dem Mindestniveau EQR 3 \(DE:AUSBILDUNG-2\): gleich/,
    );
    expect(lines).toMatch(
      /distance: [\d.]+ — Entfernung \d+ km von höchstens 30 km, grenzüberschreitend/,
    );
    expect(lines).toMatch(
      /• Grenzüberschreitend: .*EQR .*\(NLQF und DQR\).*keine rechtliche Gleichwertigkeit/,
    );
    expect(lines).toMatch(/• Arbeit in Deutschland: .*VO \(EG\) Nr\. 883\/2004/);
    expect(lines).toMatch(/• Reglementierter Beruf in Deutschland: .*\(Anerkennung\)/);
  });

  it('keeps banenafspraak as the Dutch term and says what it is', () => {
    const e = explain(
      vacancy({ banenafspraakSuitable: true, jobcarving: true, supervision: true }),
    );
    const note = e.notes.find((n) => n.nl.startsWith('Banenafspraak'))!;
    expect(note.de).toBe(
      'Banenafspraak (niederländische Vereinbarung über zusätzliche Arbeitsplätze für Menschen mit Arbeitsbeeinträchtigung): für die Zielgruppe geeignet, durch Jobcarving entstanden, mit Begleitung',
    );
  });

  it.each<[string, ReturnType<typeof seeker>, RegExp]>([
    [
      'the same ISCO unit group',
      seeker({ occupations: [{ uri: OCC.metalWorker, isco: '7212' }], experience: [] }),
      /^Verwandter Beruf \(gleiche ISCO-Berufsgattung 7212\)$/,
    ],
    [
      'the same ISCO minor group',
      seeker({ occupations: [{ uri: OCC.metalWorker, isco: '7214' }], experience: [] }),
      /^Beruf in derselben ISCO-Berufsuntergruppe 721$/,
    ],
    [
      'from work experience',
      seeker({ occupations: [], experience: [{ uri: OCC.welder, isco: '7212', years: 4 }] }),
      /^Gleicher Beruf \(aus der Berufserfahrung\)$/,
    ],
    [
      'another field',
      seeker({ occupations: [{ uri: OCC.cleaner, isco: '9112' }], experience: [] }),
      /^Kein gewünschter oder früherer Beruf in dieser Richtung$/,
    ],
  ])('names the occupation fit in German: %s', (_, s, german) => {
    expect(
      explain(vacancy(), s).components.find((c) => c.name === 'occupation')!.detail.de,
    ).toMatch(german);
  });

  it.each<[string, ReturnType<typeof vacancy>, ReturnType<typeof seeker>]>([
    ['a Dutch welder', vacancy(), seeker()],
    ['a cross-border match', germanVacancy({ regulatedInGermany: true }), crossBorderSeeker()],
    ['a knock-out on level and hours', vacancy({ minEqf: 5, hoursMin: 8, hoursMax: 12 }), seeker()],
    [
      'a school leaver on a learning-working place',
      vacancy({ learningWorking: true, openToSchoolLeavers: true, supervision: true }),
      seeker({
        schoolLeaver: { type: 'PrO', exitProfile: 'arbeidsmarkt', leavingDate: '2027-07-01' },
        eqf: null,
        availableNow: false,
        availableFrom: null,
      }),
    ],
  ])('has a German text, not the English one, for every line of %s', (_, v, s) => {
    const texts = textsOf(explain(v, s));
    expect(texts.length).toBeGreaterThan(5);
    for (const t of texts) {
      expect(t.de.length).toBeGreaterThan(2);
      expect(t.de).not.toBe(t.en);
    }
  });
});
