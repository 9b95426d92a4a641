import { SCORING_MODEL } from '@wt/matching';
import { OCC, PRINCIPALS, SKILL } from './job-seekers.fixtures';
import { codes, ids, MatchingHarness } from './matching.helpers';
import { dutchVacancy, EMPLOYER_A, EMPLOYER_B, ESCO } from './vacancies.helpers';

/**
 * Issue 7 end to end: vacancies and profiles through their HTTP APIs, the worker matching them
 * from the queue, and the shortlists, explanations and candidate cards read back over HTTP.
 * Every seeker lives in Enschede (7511 AB) unless a scenario says otherwise.
 */
const vacancyIds = (items: Array<{ vacancyId: string }>) => items.map((item) => item.vacancyId);

describe('matching scenarios', () => {
  let h: MatchingHarness;
  let germanEmployer: string;

  beforeAll(async () => {
    h = await MatchingHarness.start();
    for (const [employer, kvkNumber] of [
      [EMPLOYER_A, '12345678'],
      [EMPLOYER_B, '87654321'],
    ] as const) {
      await h
        .registry(employer)
        .post('/employers', {
          name: `E2E ${employer.organisationId} B.V.`,
          country: 'NL',
          kvkNumber,
          place: 'Hengelo',
        })
        .expect(201);
    }
    const german = await h
      .registry(PRINCIPALS.adviser)
      .post('/employers', {
        name: 'E2E Grenzstahl GmbH',
        country: 'DE',
        foreignRegistration: 'HRB 7, Amtsgericht Coesfeld',
        place: 'Gronau',
      })
      .expect(201);
    germanEmployer = german.body.id;
  });

  afterAll(async () => {
    await h?.close();
  });

  /** A German welding vacancy of the German employer, posted by an adviser. */
  const schweisser = (overrides: Record<string, unknown>) =>
    h.vacancy(PRINCIPALS.adviser, {
      employerId: germanEmployer,
      title: 'Schweißer (m/w/d)',
      description: 'MAG-Schweißen von Stahlkonstruktionen nach Zeichnung.',
      occupationUri: ESCO.welder,
      country: 'DE',
      hoursMin: 35,
      hoursMax: 40,
      requiredSkills: [SKILL.mig],
      ...overrides,
    });

  it('keeps a banenafspraak-reserved vacancy for the target group, and never tells the employer', async () => {
    const outside = await h.seeker({}, true);
    const inGroup = await h.seeker(
      { targetGroups: { banenafspraak: true, benefit: 'wajong' } },
      true,
    );
    const vacancyId = await h.vacancy(
      EMPLOYER_A,
      dutchVacancy({
        title: 'Lasser (banenafspraak)',
        requiredSkills: [SKILL.mig],
        banenafspraakReserved: true,
        supervisionOffered: true,
      }),
    );

    const item = await h.onAdviserList(vacancyId, inGroup);
    expect(item.explanation.knockOuts).toEqual([]);
    expect(item.explanation.passed).toContain('reserved-banenafspraak');
    expect(item.score).toBeGreaterThanOrEqual(SCORING_MODEL.shortlistMinScore);
    const list = await h.matches(vacancyId);
    expect(ids(list.items)).not.toContain(outside);
    expect(
      ids((await h.matches(vacancyId, PRINCIPALS.adviser, '?banenafspraak=true')).items),
    ).toEqual([inGroup]);

    const why = await h.explain(vacancyId, outside);
    expect(why).toMatchObject({ onShortlist: false, rank: null, status: null });
    expect(codes(why.explanation)).toEqual(['reserved-banenafspraak']);
    expect(why.verdict.nl).toContain('gereserveerd voor de banenafspraak-doelgroep');
    expect(why.verdict.en).toContain('reserved for the banenafspraak target group');

    const card = await h.onEmployerList(vacancyId, inGroup, EMPLOYER_A);
    expect(card).toMatchObject({ candidateId: inGroup, educationEqf: 3, availableNow: true });
    const employerView = await h.matches(vacancyId, EMPLOYER_A);
    expect(ids(employerView.items)).not.toContain(outside);
    expect(JSON.stringify(employerView)).not.toMatch(
      /banenafspraak|doelgroep|target.?group|wajong/i,
    );
    expect(card).not.toHaveProperty('explanation');
    await h
      .registry(EMPLOYER_A)
      .get(`/vacancies/${vacancyId}/matches?banenafspraak=true`)
      .expect(400);
  });

  it("pages a shortlist and a job seeker's matches in the database, counting only what is offered", async () => {
    const seekers = [await h.seeker({}, true), await h.seeker({}, true), await h.seeker({}, true)];
    const welding = dutchVacancy({ title: 'Lasser (pagina)', requiredSkills: [SKILL.mig] });
    const vacancyId = await h.vacancy(EMPLOYER_A, welding);
    for (const id of seekers) await h.onAdviserList(vacancyId, id);

    const all = await h.matches(vacancyId, PRINCIPALS.adviser, '?pageSize=100');
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBeGreaterThanOrEqual(3);
    const second = await h.matches(vacancyId, PRINCIPALS.adviser, '?page=2&pageSize=1');
    expect(second).toMatchObject({ total: all.total, page: 2, pageSize: 1, offered: true });
    expect(ids(second.items)).toEqual([ids(all.items)[1]]);
    const past = await h.matches(
      vacancyId,
      PRINCIPALS.adviser,
      `?page=${all.total + 1}&pageSize=1`,
    );
    expect(past).toMatchObject({ total: all.total, items: [] });

    // A closed vacancy leaves the seeker's matches and their count at once.
    const closing = await h.vacancy(EMPLOYER_A, { ...welding, title: 'Lasser (sluit)' });
    await h.onSeekerList(seekers[0], closing);
    const before = await h.seekerMatches(seekers[0]);
    expect(vacancyIds(before.items)).toEqual(expect.arrayContaining([vacancyId, closing]));
    await h.registry(EMPLOYER_A).post(`/vacancies/${closing}/close`).expect(200);
    const after = await h.seekerMatches(seekers[0]);
    expect(after.total).toBe(before.total - 1);
    expect(vacancyIds(after.items)).not.toContain(closing);
    expect(after.items).toHaveLength(after.total);
  });

  it('offers a learning-working place to a VSO leaver heading for work, not to one heading for day activities', async () => {
    const vso = (exitProfile: string) => ({
      wantedOccupations: [OCC.cleaner],
      skills: [],
      workExperience: [],
      highestQualification: { code: 'NL:VSO-NO-DIPLOMA' },
      schoolLeaver: { schoolType: 'VSO', exitProfile },
      languages: [{ language: 'nl', level: 'B1' }],
      willingToWorkInGermany: false,
    });
    const working = await h.seeker(vso('arbeidsmarkt'));
    const dayActivities = await h.seeker(vso('dagbesteding'));
    const vacancyId = await h.vacancy(
      EMPLOYER_A,
      dutchVacancy({
        title: 'Leerwerkplek schoonmaak (BBL)',
        description:
          'Je leert het vak in onze schoonmaakploeg in Hengelo, met een vaste begeleider.',
        occupationUri: OCC.cleaner,
        requiredSkills: [],
        minimumQualificationCode: undefined,
        minimumEqf: 1,
        learningWorking: 'bbl',
        supervisionOffered: true,
        openToSchoolLeavers: true,
        languages: [{ language: 'nl', level: 'A2' }],
      }),
    );

    const { explanation } = await h.onAdviserList(vacancyId, working);
    // EQF 0 against a minimum of 1 passes only through the learning-working tolerance.
    expect(explanation.level).toMatchObject({ seekerEqf: 0, requiredEqf: 1, verdict: 'below' });
    expect(explanation.passed).toEqual(expect.arrayContaining(['level', 'not-job-matching']));
    const support = explanation.components.find((c: { name: string }) => c.name === 'support');
    expect(support.value).toBe(1);
    expect(support.detail.nl).toContain('leerwerkplek aanwezig');
    expect(support.detail.en).toContain('learning-working place offered');
    expect(explanation.notes).toContainEqual({
      nl: 'Leerwerkplek (BBL/leerwerk/Ausbildung)',
      de: 'Lernarbeitsplatz (BBL/leerwerk/Ausbildung)',
      en: 'Learning-working place (BBL/leerwerk/Ausbildung)',
    });

    expect(ids((await h.matches(vacancyId)).items)).not.toContain(dayActivities);
    const why = await h.explain(vacancyId, dayActivities);
    expect(why.onShortlist).toBe(false);
    expect(codes(why.explanation)).toEqual(['not-job-matching']);
    expect(why.verdict.en).toContain('Exit profile day activities: not matched to jobs');
  });

  it('matches an MBO-3 welder to a German Schweißer vacancy across the border through the EQF', async () => {
    const fluent = await h.seeker();
    const basic = await h.seeker({
      languages: [
        { language: 'nl', level: 'C2' },
        { language: 'de', level: 'A2' },
      ],
    });
    const vacancyId = await schweisser({
      workPlace: 'Gronau',
      minimumQualificationCode: 'DE:AUSBILDUNG-2',
      languages: [{ language: 'de', level: 'B1' }],
    });

    const item = await h.onAdviserList(vacancyId, fluent);
    expect(item.crossBorder).toBe(true);
    const { level, distance, languages, notes, components } = item.explanation;
    expect(level).toEqual({
      seekerEqf: 3,
      requiredEqf: 3,
      seekerQualification: 'NL:MBO-3',
      requiredQualification: 'DE:AUSBILDUNG-2',
      verdict: 'equal',
    });
    expect(distance.crossBorder).toBe(true);
    expect(distance.km).toBeGreaterThan(5);
    expect(distance.km).toBeLessThan(distance.maxKm);
    expect(languages).toEqual([{ language: 'de', required: 'B1', have: 'B1', ok: true }]);
    expect(notes.map((n: { en: string }) => n.en)).toContainEqual(
      expect.stringContaining('levels compared through the EQF (NLQF and DQR)'),
    );
    expect(components.find((c: { name: string }) => c.name === 'level').detail.en).toBe(
      'EQF 3 (NL:MBO-3) against minimum EQF 3 (DE:AUSBILDUNG-2): equal',
    );
    // Asked in German: the same stored facts, German texts and German skill labels.
    const german = await h.matches(vacancyId, PRINCIPALS.adviser, '?lang=de');
    const inGerman = german.items.find((m: { seekerId: string }) => m.seekerId === fluent);
    expect(
      inGerman.explanation.components.find((c: { name: string }) => c.name === 'level').detail.de,
    ).toBe(
      'Qualifikationsniveau EQR 3 (NL:MBO-3) gegenüber dem Mindestniveau EQR 3 (DE:AUSBILDUNG-2): gleich',
    );
    expect(inGerman.explanation.notes.map((n: { de: string }) => n.de)).toContainEqual(
      expect.stringMatching(/^Arbeit in Deutschland: .*883\/2004/),
    );
    expect(inGerman.score).toBe(item.score);
    expect(inGerman.matchedSkills.length).toBeGreaterThan(0);
    expect(inGerman.matchedSkills.map((k: { label: string }) => k.label)).toContain(
      'MIG-Schweißen',
    );
    const crossBorder = await h
      .profiles(PRINCIPALS.coach1)
      .get(`/job-seekers/${fluent}/matches?crossBorder=true`)
      .expect(200);
    expect(crossBorder.body.items.map((m: { vacancyId: string }) => m.vacancyId)).toContain(
      vacancyId,
    );
    expect(crossBorder.body.items.every((m: { crossBorder: boolean }) => m.crossBorder)).toBe(true);

    expect(ids((await h.matches(vacancyId)).items)).not.toContain(basic);
    const why = await h.explain(vacancyId, basic);
    expect(why.onShortlist).toBe(false);
    expect(why.explanation.knockOuts).toEqual([
      {
        code: 'language',
        reason: {
          nl: 'Taalniveau onvoldoende: de B1 (A2)',
          de: 'Sprachkenntnisse nicht ausreichend: de B1 (A2)',
          en: 'Language level not met: de B1 (A2)',
        },
      },
    ]);
  });

  it('ranks an over-qualified HBO engineer below an equally placed MBO-3 welder', async () => {
    const welder = await h.seeker();
    const engineer = await h.seeker({ highestQualification: { code: 'NL:HBO-BACHELOR' } });
    const vacancyId = await h.vacancy(
      EMPLOYER_A,
      dutchVacancy({
        title: 'Lasser MBO-3',
        minimumQualificationCode: 'NL:MBO-3',
        requiredSkills: [SKILL.mig],
      }),
    );

    const welderItem = await h.onAdviserList(vacancyId, welder);
    const engineerItem = await h.onAdviserList(vacancyId, engineer);
    expect(engineerItem.explanation.level).toMatchObject({
      seekerEqf: 6,
      requiredEqf: 3,
      verdict: 'above',
    });
    expect(welderItem.explanation.level).toMatchObject({ seekerEqf: 3, verdict: 'equal' });
    expect(engineerItem.score).toBeLessThan(welderItem.score);
    const points = (item: {
      explanation: { components: Array<{ name: string; value: number }> };
    }) => Object.fromEntries(item.explanation.components.map((c) => [c.name, c.value]));
    // Placed alike: only the level tells them apart.
    expect({ ...points(engineerItem), level: 0 }).toEqual({ ...points(welderItem), level: 0 });
    expect(points(engineerItem).level).toBeLessThan(points(welderItem).level);
    const order = ids((await h.matches(vacancyId)).items);
    expect(order.indexOf(welder)).toBeLessThan(order.indexOf(engineer));
  });

  it("compares a vacancy that lists no skills on its occupation's essential skills in ESCO", async () => {
    const welder = await h.seeker();
    const vacancyId = await h.vacancy(
      EMPLOYER_A,
      dutchVacancy({ title: 'Lasser', requiredSkills: [], optionalSkills: [] }),
    );

    const item = await h.onAdviserList(vacancyId, welder);
    const essential = [
      ...item.explanation.skills.matchedEssential,
      ...item.explanation.skills.missingEssential,
    ];
    // The starter taxonomy's welder has seven essential skills; MIG welding is one the seeker has.
    expect(essential).toHaveLength(7);
    expect(item.explanation.skills.matchedEssential).toEqual([SKILL.mig]);
    expect(item.explanation.notes).toContainEqual({
      nl: 'De vacature noemt geen vaardigheden: vergeleken met de essentiële vaardigheden van het beroep in ESCO',
      de: 'Die Stelle nennt keine Fähigkeiten: verglichen mit den essenziellen Fähigkeiten des Berufs in ESCO',
      en: "The vacancy lists no skills: compared with the occupation's essential skills in ESCO",
    });
    const skills = item.explanation.components.find((c: { name: string }) => c.name === 'skills');
    expect(skills.value).toBeCloseTo(1 / 7, 3);
    // The pair explanation reads the vacancy the same way.
    const explained = await h.explain(vacancyId, welder);
    expect(explained.explanation.skills).toEqual(item.explanation.skills);
  });

  it('gives a kitchen assistant credit for a cook vacancy: near by their ESCO skills, though in another ISCO group', async () => {
    const COOK = 'http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e';
    const KITCHEN_ASSISTANT =
      'http://data.europa.eu/esco/occupation/e1cf6897-158d-4b48-a39e-2a3a8cac216c';
    // Two of the essential skills the cook (ISCO 5120) and the kitchen assistant (9412) share.
    const skills = [
      'http://data.europa.eu/esco/skill/0ff99f51-40d9-42f1-a1ec-377b2bb5e15f',
      'http://data.europa.eu/esco/skill/4b15a965-9bb4-42f1-8e44-1024aeb0b08c',
    ];
    const profile = { skills, workExperience: [], certificates: [] };
    const kitchenAssistant = await h.seeker({ ...profile, wantedOccupations: [KITCHEN_ASSISTANT] });
    const cleaner = await h.seeker({ ...profile, wantedOccupations: [OCC.cleaner] });
    const vacancyId = await h.vacancy(
      EMPLOYER_A,
      dutchVacancy({ title: 'Kok', occupationUri: COOK, requiredSkills: skills }),
    );

    const item = await h.onAdviserList(vacancyId, kitchenAssistant);
    expect(item.explanation.modelVersion).toBe(SCORING_MODEL.version);
    const occupation = item.explanation.components.find(
      (c: { name: string }) => c.name === 'occupation',
    );
    expect(occupation.detail).toEqual({
      nl: 'Verwant beroep: deelt 4 van de 7 essentiële vaardigheden (ESCO)',
      de: 'Verwandter Beruf: teilt 4 von 7 essenziellen Fähigkeiten (ESCO)',
      en: 'Related occupation: shares 4 of 7 essential skills (ESCO)',
    });
    expect(occupation.value).toBeCloseTo(0.429 * SCORING_MODEL.nearOccupationCredit, 3);
    // The pair explanation, computed now, says the same.
    const explained = await h.explain(vacancyId, kitchenAssistant);
    expect(explained.explanation.components).toContainEqual(occupation);
    // The same profile wanting an occupation that is not near scores the occupation points lower.
    const other = await h.explain(vacancyId, cleaner);
    const otherOccupation = other.explanation.components.find(
      (c: { name: string }) => c.name === 'occupation',
    );
    expect(otherOccupation.value).toBe(0);
    const weights = Object.values(SCORING_MODEL.weights).reduce((a, b) => a + b, 0);
    expect(explained.explanation.score - other.explanation.score).toBeCloseTo(
      (100 * SCORING_MODEL.weights.occupation * 0.429 * SCORING_MODEL.nearOccupationCredit) /
        weights,
      3,
    );
    // And the kitchen assistant's own matches (the vacancy side of the index) hold the vacancy.
    const seekerItem = await h.onSeekerList(kitchenAssistant, vacancyId);
    expect(seekerItem.score).toBeCloseTo(item.score, 3);
  });

  it('knocks out a German vacancy beyond the travel distance of a seeker in Enschede', async () => {
    const seekerId = await h.seeker({ maxTravelKm: 15 });
    const vacancyId = await schweisser({
      workPlace: 'Münster',
      minimumQualificationCode: 'DE:AUSBILDUNG-2',
    });

    const why = await h.explain(vacancyId, seekerId);
    expect(why.onShortlist).toBe(false);
    expect(codes(why.explanation)).toEqual(['distance']);
    const { km, maxKm, crossBorder } = why.explanation.distance;
    expect({ maxKm, crossBorder }).toEqual({ maxKm: 15, crossBorder: true });
    expect(km).toBeGreaterThan(40);
    expect(why.explanation.knockOuts[0].reason).toEqual({
      nl: `Reisafstand ${Math.round(km)} km is meer dan de maximale 15 km`,
      de: `Entfernung ${Math.round(km)} km überschreitet das Maximum von 15 km`,
      en: `Travel distance ${Math.round(km)} km exceeds the maximum of 15 km`,
    });
    expect(why.verdict.en).toBe(
      `Not on the list: Travel distance ${Math.round(km)} km exceeds the maximum of 15 km`,
    );
    const { items } = await h.seekerMatches(seekerId);
    expect(items.map((m: { vacancyId: string }) => m.vacancyId)).not.toContain(vacancyId);
  });

  it('hides a seeker from the employer at once when their consent is withdrawn; the adviser keeps the match', async () => {
    const seekerId = await h.seeker({}, true);
    const vacancyId = await h.vacancy(
      EMPLOYER_A,
      dutchVacancy({ title: 'Lasser (toestemming)', requiredSkills: [SKILL.mig] }),
    );
    await h.onEmployerList(vacancyId, seekerId, EMPLOYER_A);
    const before = await h.onAdviserList(vacancyId, seekerId);

    await h
      .profiles(PRINCIPALS.coach1)
      .put(`/job-seekers/${seekerId}/consent`, { seeker: { given: false } })
      .expect(200);
    // The very next request: consent is checked when reading, before any re-match.
    const employerView = await h.matches(vacancyId, EMPLOYER_A);
    expect(ids(employerView.items)).not.toContain(seekerId);
    expect(ids((await h.matches(vacancyId)).items)).toContain(seekerId);

    // Consent is not a matching input, so it costs no re-match: the adviser keeps the same match.
    const after = await h.onAdviserList(vacancyId, seekerId);
    expect(after.score).toBe(before.score);
    expect(ids((await h.matches(vacancyId, EMPLOYER_A)).items)).not.toContain(seekerId);
  });

  it('erases a job seeker together with their matches', async () => {
    const seekerId = await h.seeker({}, true);
    const vacancyId = await h.vacancy(
      EMPLOYER_A,
      dutchVacancy({ title: 'Lasser (wissen)', requiredSkills: [SKILL.mig] }),
    );
    await h.onAdviserList(vacancyId, seekerId);
    const stored = () =>
      h.env.dataSource
        .query(`SELECT count(*)::int AS n FROM matching.match WHERE seeker_id = $1`, [seekerId])
        .then((rows: Array<{ n: number }>) => rows[0].n);
    expect(await stored()).toBeGreaterThan(0);

    await h.profiles(PRINCIPALS.coach1).delete(`/job-seekers/${seekerId}`).expect(204);
    expect(await stored()).toBe(0);
    expect(ids((await h.matches(vacancyId)).items)).not.toContain(seekerId);
  });

  it('stops offering the matches of a closed vacancy to adviser, employer and coach', async () => {
    const seekerId = await h.seeker({}, true);
    const vacancyId = await h.vacancy(
      EMPLOYER_A,
      dutchVacancy({ title: 'Lasser (sluit)', requiredSkills: [SKILL.mig] }),
    );
    await h.onAdviserList(vacancyId, seekerId);
    await h.onEmployerList(vacancyId, seekerId, EMPLOYER_A);
    expect((await h.onSeekerList(seekerId, vacancyId)).vacancyTitle).toBe('Lasser (sluit)');

    await h.registry(EMPLOYER_A).post(`/vacancies/${vacancyId}/close`).expect(200);
    const closed = { items: [], total: 0, offered: false };
    expect(await h.matches(vacancyId)).toMatchObject(closed);
    expect(await h.matches(vacancyId, EMPLOYER_A)).toMatchObject(closed);
    const { items } = await h.seekerMatches(seekerId);
    expect(items.map((m: { vacancyId: string }) => m.vacancyId)).not.toContain(vacancyId);
    const why = await h.explain(vacancyId, seekerId);
    expect(why.onShortlist).toBe(false);
    expect(why.verdict.en).toBe('Vacancy is not open (closed): no matches offered');
  });

  it("answers 404 for another coach's seeker and another organisation's vacancy", async () => {
    const seekerId = await h.seeker();
    const vacancyId = await h.vacancy(EMPLOYER_A, dutchVacancy({ title: 'Lasser (toegang)' }));
    await h.onSeekerList(seekerId, vacancyId);

    await h.profiles(PRINCIPALS.coach2).get(`/job-seekers/${seekerId}/matches`).expect(404);
    await h.registry(EMPLOYER_B).get(`/vacancies/${vacancyId}/matches`).expect(404);
    await h.registry(EMPLOYER_A).get(`/vacancies/${vacancyId}/matches`).expect(200);
    await h
      .registry(EMPLOYER_A)
      .get(`/vacancies/${vacancyId}/matches/${seekerId}/explain`)
      .expect(403);
  });
});
