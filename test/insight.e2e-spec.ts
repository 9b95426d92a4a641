import { INestApplication } from '@nestjs/common';
import { ProfileServiceModule } from '@apps/profile-service/src/profile-service.module';
import { VacancyRegistryModule } from '@apps/vacancy-registry/src/vacancy-registry.module';
import { Principal } from '@wt/auth';
import { InsightMarketService, InsightSnapshotService } from '@wt/insight';
import { ExplanationFacts, MatchRepository } from '@wt/matching';
import { TaxonomyService } from '@wt/taxonomy';
import { createTestApp, startTestEnvironment, TestEnvironment, tokenFor } from '@wt/testing';
import request from 'supertest';
import { auditRowsFor, fullSeeker, PRINCIPALS } from './job-seekers.fixtures';
import { dutchVacancy, ESCO } from './vacancies.helpers';

const OCC = 'http://data.europa.eu/esco/occupation/';
const OCCUPATIONS = {
  welder: ESCO.welder,
  sheetMetal: `${OCC}572c9810-e1ee-4f7a-a71f-820f17c0c25b`,
  warehouse: `${OCC}bea705fe-06ac-4147-b8e0-6e8ac1208d8f`,
  cleaner: `${OCC}303a1e34-cb16-4054-b323-81e5eec17397`,
  packer: `${OCC}f5cb9901-86fc-48d0-9cde-667fbe8cef3a`,
  productionWorker: `${OCC}245be6d1-fe9a-4ac8-9f81-122a687e4724`,
};
const SKILL_X = 'http://data.europa.eu/esco/skill/f015c5d5-6a1c-4f63-9012-a05f4f34105e';
const SKILL_Y = 'http://data.europa.eu/esco/skill/a51adea8-bf02-488a-a0d8-b0961caca5b0';
const POSTCODE = { enschede: '7511 AB', hengelo: '7551 AB', oldenzaal: '7571 AB' };
const EMPLOYER: Principal = {
  subject: 'insight-employer',
  role: 'employer',
  organisationId: 'insight-org',
};
const DAY_MS = 24 * 3600 * 1000;

interface OpenApiProperty {
  type?: string;
  $ref?: string;
  allOf?: Array<{ $ref?: string }>;
  items?: { $ref?: string };
  properties?: object;
  additionalProperties?: unknown;
}
interface OpenApiDoc {
  components: { schemas: Record<string, { properties?: Record<string, OpenApiProperty> }> };
}
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/**
 * A generated data set with known answers (minor ISCO groups, per municipality):
 * - welders (721) in Hengelo: vacancies A (6 positions) and B (4, BBL, licence C): 10 positions;
 *   5 seekers available now (one also wants sheet metal work, 721 too: counted once), 1 in two
 *   months, 1 in 200 days: ratio now 10/5 = 2 (tight), soon 10/6 = 1.67 (tight);
 * - warehouse (933) in Enschede: 1 position, 8 seekers now: 0.125, very ample;
 * - cleaners (911) in Enschede: 4 positions, 6 seekers: 0.666.. is below 0.67, so ample (shown 0.67);
 * - packers (932) in Oldenzaal: 3 positions, 2 seekers: suppressed;
 * - packers and production workers (932) in Enschede: no position, 5 VSO school leavers and 1 PrO
 *   leaver (and 2 more leavers not counted as such) available within 3 months, and one person
 *   available now (the bridge seeker): 1 now is suppressed, 9 soon are shown.
 */
describe('regional insight (/insight, /job-seekers/:id/transitions)', () => {
  let env: TestEnvironment;
  let registry: INestApplication;
  let profiles: INestApplication;
  const seekers: Record<string, string[]> = {};
  let vacancyA: string;
  let vacancyB: string;
  let bridgeSeeker: string;
  let welderEssentials: string[];
  let employerId: string;
  /** The market transitions are answered from, refreshed behind requests (stale-while-revalidate). */
  const refreshed = (app: INestApplication) =>
    app.get(InsightMarketService, { strict: false }).refreshed();

  const call = (app: INestApplication, principal: Principal) => {
    const auth = `Bearer ${tokenFor(env.config, principal)}`;
    return {
      get: (path: string) => request(app.getHttpServer()).get(path).set('Authorization', auth),
      post: (path: string, body: object) =>
        request(app.getHttpServer()).post(path).set('Authorization', auth).send(body),
      delete: (path: string) =>
        request(app.getHttpServer()).delete(path).set('Authorization', auth),
    };
  };
  const adviser = () => call(registry, PRINCIPALS.adviser);

  async function seeker(group: string, overrides: Record<string, unknown>): Promise<string> {
    const { body } = await call(profiles, PRINCIPALS.coach1)
      .post('/job-seekers', fullSeeker(overrides))
      .expect(201);
    (seekers[group] ??= []).push(body.id);
    return body.id;
  }

  async function vacancy(employerId: string, overrides: Record<string, unknown>): Promise<string> {
    const { body } = await call(registry, EMPLOYER)
      .post('/vacancies', dutchVacancy({ employerId, publish: true, ...overrides }))
      .expect(201);
    return body.id;
  }

  beforeAll(async () => {
    env = await startTestEnvironment({ VACANCY_SWEEP_MINUTES: '0' });
    registry = await createTestApp(VacancyRegistryModule.register(env.config));
    profiles = await createTestApp(ProfileServiceModule.register(env.config));
    const taxonomy = registry.get(TaxonomyService, { strict: false });
    welderEssentials = (await taxonomy.essentialSkillsOf([OCCUPATIONS.welder])).get(
      OCCUPATIONS.welder,
    )!;

    const { body: employer } = await call(registry, EMPLOYER)
      .post('/employers', {
        name: 'Insight Test B.V.',
        country: 'NL',
        kvkNumber: '12345678',
        place: 'Enschede',
        contactName: 'Test Contactpersoon',
        contactEmail: 'contact@example.invalid',
      })
      .expect(201);
    employerId = employer.id;
    const welderVacancy = { occupationUri: OCCUPATIONS.welder, workPlace: 'Hengelo' };
    vacancyA = await vacancy(employer.id, { ...welderVacancy, positions: 6 });
    vacancyB = await vacancy(employer.id, {
      ...welderVacancy,
      title: 'Leerling-lasser BBL',
      positions: 4,
      learningWorking: 'bbl',
      drivingLicences: ['C'],
    });
    await vacancy(employer.id, {
      title: 'Magazijnmedewerker',
      occupationUri: OCCUPATIONS.warehouse,
      workPlace: 'Enschede',
      requiredSkills: [],
    });
    await vacancy(employer.id, {
      title: 'Schoonmaker',
      occupationUri: OCCUPATIONS.cleaner,
      workPlace: 'Enschede',
      positions: 4,
      requiredSkills: [],
    });
    await vacancy(employer.id, {
      title: 'Inpakker',
      occupationUri: OCCUPATIONS.packer,
      workPlace: 'Oldenzaal',
      positions: 3,
      requiredSkills: [],
    });

    const home = (postcode: string) => ({ homeLocation: { postcode } });
    for (let i = 0; i < 5; i++) {
      await seeker('welder', {
        ...home(POSTCODE.hengelo),
        wantedOccupations:
          i === 0 ? [OCCUPATIONS.welder, OCCUPATIONS.sheetMetal] : [OCCUPATIONS.welder],
      });
    }
    await seeker('welder', {
      ...home(POSTCODE.hengelo),
      availableNow: false,
      availableFrom: inDays(60),
    });
    await seeker('welder', {
      ...home(POSTCODE.hengelo),
      availableNow: false,
      availableFrom: inDays(200),
    });
    const elsewhere = { workExperience: [], drivingLicences: [] };
    for (let i = 0; i < 8; i++) {
      await seeker('warehouse', {
        ...elsewhere,
        ...home(POSTCODE.enschede),
        wantedOccupations: [OCCUPATIONS.warehouse],
      });
    }
    for (let i = 0; i < 6; i++) {
      await seeker('cleaner', {
        ...elsewhere,
        ...home(POSTCODE.enschede),
        wantedOccupations: [OCCUPATIONS.cleaner],
      });
    }
    for (let i = 0; i < 2; i++) {
      await seeker('packer', {
        ...elsewhere,
        ...home(POSTCODE.oldenzaal),
        wantedOccupations: [OCCUPATIONS.packer],
      });
    }
    const leaver = (schoolType: string, exitProfile: string, leaving: string) => ({
      ...elsewhere,
      ...home(POSTCODE.enschede),
      wantedOccupations: [OCCUPATIONS.packer],
      availableNow: false,
      availableFrom: inDays(80),
      schoolLeaver: { schoolType, exitProfile, expectedLeavingDate: leaving },
    });
    for (let i = 0; i < 5; i++) await seeker('leaver', leaver('VSO', 'arbeidsmarkt', inDays(80)));
    await seeker('leaver', leaver('PrO', 'arbeidsmarkt', inDays(80)));
    await seeker('leaver-out', leaver('VSO', 'dagbesteding', inDays(80)));
    await seeker('leaver-out', leaver('VSO', 'arbeidsmarkt', inDays(400)));
    // MBO students in Oldenzaal, no occupation chosen yet (no tightness cell moves): five finish within
    // 12 months, one later; a VSO pupil with next year's MBO course entered is counted once, as VSO.
    const student = (ends: string) => ({
      ...elsewhere,
      ...home(POSTCODE.oldenzaal),
      wantedOccupations: [],
      availableNow: false,
      availableFrom: inDays(500),
      currentEducation: { code: 'NL:MBO-3', expectedEndDate: ends },
    });
    for (let i = 0; i < 5; i++) await seeker('mbo', student(inDays(150)));
    await seeker('mbo-out', student(inDays(500)));
    await seeker('mbo-vso', {
      ...student(inDays(150)),
      schoolLeaver: {
        schoolType: 'VSO',
        exitProfile: 'arbeidsmarkt',
        expectedLeavingDate: inDays(80),
      },
    });
    // Has all but one of a welder's essential skills, wants production work: a bridge to welding.
    bridgeSeeker = await seeker('bridge', {
      ...home(POSTCODE.enschede),
      wantedOccupations: [OCCUPATIONS.productionWorker],
      workExperience: [],
      skills: welderEssentials.filter((skill) => skill !== ESCO.magWelding),
    });

    // Stored matches of vacancy A (score 60): 5 miss X, 2 miss Y; vacancy B only below 45.
    const welders = seekers.welder;
    const fact = (missingEssential: string[]) =>
      ({
        skills: {
          missingEssential,
          matchedEssential: [],
          matchedOptional: [],
          missingOptional: [],
        },
      }) as unknown as ExplanationFacts;
    const store = new MatchRepository(env.dataSource);
    const stored = (vacancyId: string, seekerId: string, score: number, missing: string[]) => ({
      vacancyId,
      seekerId,
      score,
      vacancyVersion: 1,
      seekerVersion: 1,
      crossBorder: false,
      explanation: fact(missing),
    });
    // No worker runs in this suite: these are the two vacancies' stored lists.
    await store.replaceForVacancies(
      [vacancyA, vacancyB],
      [
        ...welders
          .slice(0, 5)
          .map((s, i) => stored(vacancyA, s, 60, i < 2 ? [SKILL_X, SKILL_Y] : [SKILL_X])),
        stored(vacancyA, welders[5], 60, []),
        stored(vacancyB, welders[0], 40, [SKILL_X]),
      ],
      await store.now(),
    );
    // Both apps built their market at start, before the data set: the first answers come after it.
    await Promise.all([refreshed(registry), refreshed(profiles)]);
  });

  afterAll(async () => {
    await registry?.close();
    await profiles?.close();
    await env?.close();
  });

  const cellOf = (
    rows: Array<Record<string, unknown>>,
    group: string,
    municipality: string | null,
  ) => rows.find((r) => r.group === group && r.municipality === municipality);

  describe('tightness', () => {
    let rows: Array<Record<string, unknown>>;

    beforeAll(async () => {
      const { body } = await adviser().get('/insight/tightness').expect(200);
      expect(body.source.en).toMatch(/this registry's own .* not UWV/);
      expect(body.level).toBe('minor');
      rows = body.rows;
    });

    it('counts positions and people available now and within 3 months, and bands them', () => {
      expect(cellOf(rows, '721', 'GM0164')).toEqual(
        expect.objectContaining({
          groupLabel: expect.any(String),
          municipalityName: 'Hengelo',
          openVacancies: 2,
          openPositions: 10,
          seekersAvailableNow: 5,
          seekersAvailableSoon: 6,
          ratioNow: 2,
          bandNow: 'tight',
          ratioSoon: 1.67,
          bandSoon: 'tight',
          suppressed: false,
        }),
      );
      expect(cellOf(rows, '933', 'GM0153')).toEqual(
        expect.objectContaining({
          openPositions: 1,
          seekersAvailableNow: 8,
          ratioNow: 0.13,
          bandNow: 'very-ample',
        }),
      );
    });

    it('decides the band on the exact ratio: 4/6 = 0.666.. is ample, though shown as 0.67', () => {
      expect(cellOf(rows, '911', 'GM0153')).toEqual(
        expect.objectContaining({
          openPositions: 4,
          seekersAvailableNow: 6,
          ratioNow: 0.67,
          bandNow: 'ample',
        }),
      );
    });

    it('suppresses a cell of fewer than 5 people, ratio and band included', () => {
      expect(cellOf(rows, '932', 'GM0173')).toEqual(
        expect.objectContaining({
          openPositions: 3,
          seekersAvailableNow: null,
          seekersAvailableSoon: null,
          ratioNow: null,
          bandNow: null,
          suppressed: true,
        }),
      );
      expect(cellOf(rows, '932', 'GM0153')).toEqual(
        expect.objectContaining({
          groupLabel: '932',
          openPositions: 0,
          seekersAvailableNow: null,
          seekersAvailableSoon: 9,
          ratioSoon: 0,
          bandSoon: 'very-ample',
          suppressed: true,
        }),
      );
    });

    it('groups by ISCO unit group and over the whole region', async () => {
      const { body } = await adviser()
        .get('/insight/tightness?level=unit&byMunicipality=false&group=721')
        .expect(200);
      expect(body.rows.map((r: { group: string }) => r.group)).toEqual(['7212', '7213']);
      expect(cellOf(body.rows, '7212', null)).toEqual(
        expect.objectContaining({ openPositions: 10, seekersAvailableNow: 5 }),
      );
      expect(cellOf(body.rows, '7213', null)).toEqual(
        expect.objectContaining({ openPositions: 0, seekersAvailableNow: null, suppressed: true }),
      );
    });

    it('answers CSV with suppressed counts as <5', async () => {
      const res = await adviser().get('/insight/tightness?format=csv').expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      const [header, ...lines] = res.text.trim().split('\r\n');
      expect(header.split(',')).toEqual(
        expect.arrayContaining([
          'group',
          'municipality',
          'openPositions',
          'seekersAvailableNow',
          'bandNow',
        ]),
      );
      const columns = header.split(',');
      const packers = lines
        .map((l) => l.split(','))
        .find((c) => c[0] === '932' && c[columns.indexOf('municipality')] === 'GM0173')!;
      expect(packers[columns.indexOf('seekersAvailableNow')]).toBe('<5');
    });

    it('refuses a bad level or municipality with a 400 naming the field', async () => {
      const bad = await adviser()
        .get('/insight/tightness?level=isco9&municipality=GM9999')
        .expect(400);
      expect(bad.body.message).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^level must be one of/),
          expect.stringMatching(/^municipality must be/),
        ]),
      );
    });

    it('says its note in nl, de and en and labels the groups in the language asked', async () => {
      const at = (lang: string) => `/insight/tightness?level=occupation&lang=${lang}`;
      const de = (await adviser().get(at('de')).expect(200)).body;
      const en = (await adviser().get(at('en')).expect(200)).body;
      expect(de.source).toEqual({
        nl: expect.stringMatching(/^Berekend uit .* niet de Spanningsindicator van UWV\.$/),
        de: expect.stringMatching(/^Berechnet aus .* nicht der Spanningsindicator des UWV\.$/),
        en: expect.stringMatching(/^Computed from .* not UWV's Spanningsindicator\.$/),
      });
      const labels = (body: { rows: Array<{ group: string; groupLabel: string }> }) =>
        new Map(body.rows.map((r) => [r.group, r.groupLabel]));
      const [deLabels, enLabels] = [labels(de), labels(en)];
      expect([...deLabels.keys()]).toEqual([...enLabels.keys()]);
      expect([...deLabels].some(([group, label]) => label !== enLabels.get(group))).toBe(true);
      const fr = await adviser().get('/insight/tightness?lang=fr').expect(400);
      expect(fr.body.message).toEqual([expect.stringMatching(/^lang must be one of nl, de, en/)]);
    });

    it('is for advisers and admins only, and recorded in the audit trail', async () => {
      await call(registry, PRINCIPALS.coach1).get('/insight/tightness').expect(403);
      await call(registry, PRINCIPALS.employer).get('/insight/tightness').expect(403);
      await call(registry, PRINCIPALS.admin).get('/insight/tightness?format=csv').expect(200);
      const audit = await auditRowsFor(env, 'tightness');
      expect(audit).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            actor_subject: PRINCIPALS.adviser.subject,
            action: 'read',
            object_type: 'insight',
          }),
          expect.objectContaining({
            actor_subject: PRINCIPALS.admin.subject,
            action: 'export',
            object_type: 'insight',
          }),
        ]),
      );
    });
  });

  describe('unserved vacancies', () => {
    it('lists open vacancies without a candidate at the threshold, with what stops the near candidates', async () => {
      const { body } = await adviser().get('/insight/unserved-vacancies').expect(200);
      const ids = body.rows.map((r: { vacancyId: string }) => r.vacancyId);
      expect(ids).not.toContain(vacancyA);
      const b = body.rows.find((r: { vacancyId: string }) => r.vacancyId === vacancyB);
      expect(b).toEqual(
        expect.objectContaining({
          openPositions: 4,
          municipality: 'GM0164',
          daysOpen: 0,
          nearCandidates: 7,
        }),
      );
      // Every near candidate has licence B only; the BBL place wants C.
      expect(b.obstacles['driving-licence']).toBe(7);
      expect(b.obstacles.distance).toBe(0);
      expect(b.obstacles['low-score']).toBe(0);
      expect(ids).toHaveLength(4);
    });

    it('takes a lower threshold: B has a candidate at 40', async () => {
      const { body } = await adviser().get('/insight/unserved-vacancies?minScore=30').expect(200);
      expect(body.rows.map((r: { vacancyId: string }) => r.vacancyId)).not.toContain(vacancyB);
      await adviser().get('/insight/unserved-vacancies?minScore=101').expect(400);
    });
  });

  describe('blocking skills', () => {
    it('counts people missing an essential skill on the group shortlists, suppressing fewer than 5', async () => {
      const { body } = await adviser().get('/insight/blocking-skills?group=721').expect(200);
      expect(body.rows).toEqual([
        expect.objectContaining({
          group: '721',
          skill: SKILL_X,
          seekers: 5,
          vacancies: 2,
          rank: 1,
          skillLabel: expect.any(String),
        }),
      ]);
      expect(body.suppressedRows).toBe(1); // skill Y: 2 people
    });
  });

  describe('school leavers', () => {
    it('counts VSO/PrO and MBO leavers of the next 12 months (not dagbesteding) against places per municipality', async () => {
      const { body } = await adviser().get('/insight/school-leavers').expect(200);
      expect(body.rows).toHaveLength(21);
      const enschede = body.rows.find((r: { municipality: string }) => r.municipality === 'GM0153');
      expect(enschede).toEqual(
        expect.objectContaining({
          leaversVso: 5,
          leaversPro: null,
          leaversMbo: 0,
          leaversTotal: 6,
        }),
      );
      const oldenzaal = body.rows.find(
        (r: { municipality: string }) => r.municipality === 'GM0173',
      );
      expect(oldenzaal).toEqual(
        expect.objectContaining({ leaversVso: null, leaversMbo: 5, leaversTotal: 6 }),
      );
      const hengelo = body.rows.find((r: { municipality: string }) => r.municipality === 'GM0164');
      expect(hengelo).toEqual(
        expect.objectContaining({
          leaversTotal: 0,
          learningWorkingPositions: 4,
          technicalPositions: 10,
          technicalLearningWorkingPositions: 4,
        }),
      );
    });
  });

  describe('a job seeker: transitions and one skill away', () => {
    it('shows the coach transition occupations with missing skills, tightness and BBL places', async () => {
      const { body } = await call(profiles, PRINCIPALS.coach1)
        .get(`/job-seekers/${bridgeSeeker}/transitions?lang=en`)
        .expect(200);
      const welder = body.rows.find(
        (r: { occupation: string }) => r.occupation === OCCUPATIONS.welder,
      );
      const n = welderEssentials.length;
      expect(welder).toEqual(
        expect.objectContaining({
          isco: '7212',
          overlap: Math.round(((n - 1) / n) * 100) / 100,
          sharedEssential: n - 1,
          essentialTotal: n,
          missingSkills: [expect.objectContaining({ uri: ESCO.magWelding })],
          tightness: { openPositions: 10, seekersAvailableNow: 5, ratioNow: 2, bandNow: 'tight' },
          learningWorkingPlaces: [
            expect.objectContaining({ vacancyId: vacancyB, municipality: 'GM0164' }),
          ],
        }),
      );
      const overlaps = body.rows.map((r: { overlap: number }) => r.overlap);
      expect(overlaps).toEqual([...overlaps].sort((a, b) => b - a));
      expect(body.rows.every((r: { overlap: number }) => r.overlap >= 0.5)).toBe(true);
    });

    it('lists the vacancies one or two essential skills away, not those a knock-out stops', async () => {
      const { body } = await call(profiles, PRINCIPALS.coach1)
        .get(`/job-seekers/${bridgeSeeker}/one-skill-away`)
        .expect(200);
      const ids = body.rows.map((r: { vacancyId: string }) => r.vacancyId);
      expect(ids).not.toContain(vacancyB); // licence C
      // Vacancy A lists one essential skill (MAG welding), the one the bridge seeker lacks.
      expect(body.rows.find((r: { vacancyId: string }) => r.vacancyId === vacancyA)).toEqual(
        expect.objectContaining({
          missingSkills: [expect.objectContaining({ uri: ESCO.magWelding })],
        }),
      );
      for (const r of body.rows) {
        expect(r.missingSkills.length).toBeGreaterThanOrEqual(1);
        expect(r.missingSkills.length).toBeLessThanOrEqual(2);
        expect(r.scoreWithSkills).toBeGreaterThan(r.score);
        expect(r.opens).toBe(r.score < 45 && r.scoreWithSkills >= 45);
      }
    });

    it("is the coach's own seekers only; advisers with a reason; recorded", async () => {
      await call(profiles, PRINCIPALS.coach2)
        .get(`/job-seekers/${bridgeSeeker}/transitions`)
        .expect(404);
      await call(profiles, PRINCIPALS.employer)
        .get(`/job-seekers/${bridgeSeeker}/transitions`)
        .expect(403);
      await call(profiles, PRINCIPALS.adviser)
        .get(`/job-seekers/${bridgeSeeker}/transitions`)
        .expect(400);
      await call(profiles, PRINCIPALS.adviser)
        .get(`/job-seekers/${bridgeSeeker}/transitions?reason=bemiddeling`)
        .expect(200);
      const audit = await auditRowsFor(env, bridgeSeeker);
      expect(audit).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            actor_subject: PRINCIPALS.coach1.subject,
            object_type: 'job-seeker-transitions',
            result: 'allowed',
          }),
          expect.objectContaining({
            actor_subject: PRINCIPALS.coach1.subject,
            object_type: 'job-seeker-one-skill-away',
          }),
          expect.objectContaining({
            actor_subject: PRINCIPALS.adviser.subject,
            object_type: 'job-seeker-transitions',
            origin: expect.stringContaining('bemiddeling'),
          }),
          expect.objectContaining({ object_type: 'job-seeker-transitions', result: 'denied' }),
        ]),
      );
    });

    it('takes transitions for an occupation (advisers)', async () => {
      const { body } = await adviser()
        .get(`/insight/transitions?occupation=${encodeURIComponent(OCCUPATIONS.sheetMetal)}`)
        .expect(200);
      expect(body.rows.map((r: { occupation: string }) => r.occupation)).not.toContain(
        OCCUPATIONS.sheetMetal,
      );
      await adviser()
        .get(`/insight/transitions?occupation=${encodeURIComponent(ESCO.unknownOccupation)}`)
        .expect(400);
    });
  });

  describe('daily snapshots and the trend', () => {
    it('takes a day once, with counts only and small cells null', async () => {
      const snapshots = registry.get(InsightSnapshotService, { strict: false });
      const taken = await snapshots.takeIfDue();
      expect(taken?.cells).toBeGreaterThan(0);
      expect(await snapshots.takeIfDue()).toBeUndefined();
      const [packers] = await env.dataSource.query(
        `SELECT counts FROM insight.daily_snapshot WHERE figure = 'tightness' AND dimensions = $1::jsonb`,
        [JSON.stringify({ group: '932', municipality: 'GM0173' })],
      );
      expect(packers.counts).toEqual({
        openVacancies: 1,
        openPositions: 3,
        seekersAvailableNow: null,
        seekersAvailableSoon: null,
      });
      const everyId = Object.values(seekers).flat();
      const [leak] = await env.dataSource.query(
        `SELECT count(*)::int AS n FROM insight.daily_snapshot WHERE dimensions::text ~ $1 OR counts::text ~ $1`,
        [everyId.join('|')],
      );
      expect(leak.n).toBe(0);
    });

    it('serves a figure over time', async () => {
      const { body } = await adviser()
        .get('/insight/trend?figure=tightness&group=721&municipality=GM0164')
        .expect(200);
      expect(body.rows).toEqual([
        expect.objectContaining({
          group: '721',
          municipality: 'GM0164',
          openPositions: 10,
          seekersAvailableNow: 5,
          bandNow: 'tight',
        }),
      ]);
      // A cell of fewer than 5 people stays suppressed over time: counts, ratios and bands null.
      const packers = await adviser()
        .get('/insight/trend?figure=tightness&group=932&municipality=GM0173')
        .expect(200);
      expect(packers.body.suppressBelow).toBe(5);
      expect(packers.body.rows).toEqual([
        expect.objectContaining({
          openPositions: 3,
          seekersAvailableNow: null,
          seekersAvailableSoon: null,
          ratioNow: null,
          bandNow: null,
          ratioSoon: null,
          bandSoon: null,
        }),
      ]);
      const leavers = await adviser()
        .get('/insight/trend?figure=school-leavers&municipality=GM0153')
        .expect(200);
      expect(leavers.body.rows).toEqual([
        expect.objectContaining({ leaversVso: 5, leaversPro: null, leaversTotal: 6 }),
      ]);
      const csv = await adviser()
        .get('/insight/trend?figure=tightness&group=932&municipality=GM0173&format=csv')
        .expect(200);
      const [header, line] = csv.text.trim().split('\r\n');
      const cell = Object.fromEntries(header.split(',').map((c, i) => [c, line.split(',')[i]]));
      expect(cell).toEqual(
        expect.objectContaining({ openPositions: '3', seekersAvailableNow: '<5' }),
      );
      const bad = await adviser().get('/insight/trend?from=2026-13-01').expect(400);
      expect(bad.body.message).toEqual([expect.stringMatching(/^from must be a date/)]);
    });
  });

  describe('OpenAPI', () => {
    /** Properties typed `object` without a shape: what a nullable scalar becomes without `type`. */
    function shapelessIn(doc: OpenApiDoc, name: string, seen = new Set<string>()): string[] {
      if (seen.has(name)) return [];
      seen.add(name);
      return Object.entries(doc.components.schemas[name].properties ?? {}).flatMap(([p, v]) => {
        const bad =
          (v.type === 'object' && !v.properties && !v.additionalProperties) ||
          (!v.type && !v.$ref && !v.allOf)
            ? [`${name}.${p}`]
            : [];
        const ref = v.$ref ?? v.items?.$ref ?? v.allOf?.[0]?.$ref;
        return ref ? [...bad, ...shapelessIn(doc, ref.split('/').pop()!, seen)] : bad;
      });
    }

    it.each([
      [
        'registry',
        () => registry,
        [
          '/insight/tightness',
          '/insight/unserved-vacancies',
          '/insight/blocking-skills',
          '/insight/school-leavers',
          '/insight/transitions',
          '/insight/trend',
        ],
      ],
      [
        'profile service',
        () => profiles,
        ['/job-seekers/{id}/transitions', '/job-seekers/{id}/one-skill-away'],
      ],
    ])(
      '%s: every insight answer has real types (no scalar typed object)',
      async (_, app, paths) => {
        const { body: doc } = await request(app().getHttpServer()).get('/docs-json').expect(200);
        for (const path of paths) {
          const content = doc.paths[path].get.responses['200'].content;
          const ref: string = content['application/json'].schema.$ref;
          expect([path, shapelessIn(doc, ref.split('/').pop()!)]).toEqual([path, []]);
          if (path.startsWith('/insight/')) {
            expect(content['text/csv'].schema).toEqual(expect.objectContaining({ type: 'string' }));
          }
        }
      },
    );

    it('describes the outcomes report with a real JSON schema, and answers by it', async () => {
      const { body: doc } = await request(registry.getHttpServer()).get('/docs-json').expect(200);
      const content = doc.paths['/insight/outcomes'].get.responses['200'].content;
      const ref: string = content['application/json'].schema.$ref;
      expect(ref).toBe('#/components/schemas/OutcomesReportDto');
      expect(shapelessIn(doc, 'OutcomesReportDto')).toEqual([]);
      // The contract check validates this answer against that schema (objects closed).
      const { body } = await adviser().get('/insight/outcomes').expect(200);
      expect(Object.keys(body).sort()).toEqual(
        Object.keys(doc.components.schemas.OutcomesReportDto.properties).sort(),
      );
    });

    it('types a suppressed count as a nullable integer', async () => {
      const { body: doc } = await request(registry.getHttpServer()).get('/docs-json').expect(200);
      const row = doc.components.schemas.TightnessRowDto.properties;
      expect(row.seekersAvailableNow).toEqual(
        expect.objectContaining({ type: 'integer', nullable: true }),
      );
      expect(row.ratioNow).toEqual(expect.objectContaining({ type: 'number', nullable: true }));
      expect(row.municipality).toEqual(expect.objectContaining({ type: 'string', nullable: true }));
    });
  });

  it('forgets an erased job seeker at once', async () => {
    const erased = seekers.warehouse[0];
    await call(profiles, PRINCIPALS.coach1).delete(`/job-seekers/${erased}`).expect(204);
    const { body } = await adviser().get('/insight/tightness?group=933').expect(200);
    expect(cellOf(body.rows, '933', 'GM0153')).toEqual(
      expect.objectContaining({ seekersAvailableNow: 7 }),
    );
  });

  it('takes a newly published and a closed BBL vacancy into transitions once the market is refreshed', async () => {
    const welder = async () => {
      const { body } = await call(profiles, PRINCIPALS.coach1)
        .get(`/job-seekers/${bridgeSeeker}/transitions`)
        .expect(200);
      const row = body.rows.find(
        (r: { occupation: string }) => r.occupation === OCCUPATIONS.welder,
      );
      return {
        openPositions: row.tightness.openPositions,
        places: row.learningWorkingPlaces.map((p: { vacancyId: string }) => p.vacancyId).sort(),
      };
    };
    const oneSkillAway = async () => {
      const { body } = await call(profiles, PRINCIPALS.coach1)
        .get(`/job-seekers/${bridgeSeeker}/one-skill-away`)
        .expect(200);
      return body.rows.map((r: { vacancyId: string }) => r.vacancyId);
    };
    await refreshed(profiles);
    expect(await welder()).toEqual({ openPositions: 10, places: [vacancyB] });
    expect(await oneSkillAway()).toContain(vacancyA);

    const bbl = await vacancy(employerId, {
      occupationUri: OCCUPATIONS.welder,
      workPlace: 'Enschede',
      title: 'Leerling-lasser BBL Enschede',
      positions: 2,
      learningWorking: 'bbl',
    });
    // The answer right after may come from the market before it; the one after the refresh not.
    await welder();
    await refreshed(profiles);
    expect(await welder()).toEqual({ openPositions: 12, places: [vacancyB, bbl].sort() });
    // "One skill away" was asked before: the refreshed market comes with the new one prepared.
    expect(await oneSkillAway()).toContain(bbl);

    await call(registry, EMPLOYER).post(`/vacancies/${bbl}/close`, {}).expect(200);
    await refreshed(profiles);
    expect(await welder()).toEqual({ openPositions: 10, places: [vacancyB] });
    expect(await oneSkillAway()).not.toContain(bbl);
  });
});
