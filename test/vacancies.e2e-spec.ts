import {
  MatchableVacanciesService,
  OCCUPATION_REVIEW_THRESHOLD,
  VacancyMatchQueue,
} from '@wt/vacancies';
import {
  ADMIN,
  ADVISER,
  COACH,
  dutchVacancy,
  EMPLOYER_A,
  EMPLOYER_B,
  ESCO,
  matchJobVersions,
  registerEmployer,
  RegistryHarness,
  startRegistry,
} from './vacancies.helpers';

describe('vacancy registry: lifecycle, versions, linking and scoping', () => {
  let harness: RegistryHarness;
  let employerA: string;

  beforeAll(async () => {
    harness = await startRegistry();
    employerA = await registerEmployer(harness, EMPLOYER_A);
    await registerEmployer(harness, EMPLOYER_B, { kvkNumber: '87654321', place: 'Almelo' });
  });

  afterAll(async () => {
    await harness?.close();
  });

  const a = () => harness.as(EMPLOYER_A);
  const jobs = (id: string) => matchJobVersions(harness.env, id);

  describe('lifecycle and versions', () => {
    let id: string;

    it('creates a draft with its EQF level, ISCO group and coordinates, and enqueues nothing', async () => {
      const { body } = await a().post('/vacancies', dutchVacancy()).expect(201);
      id = body.id;
      expect(body).toMatchObject({
        status: 'draft',
        version: 1,
        employer: { id: employerA, name: 'E2E e2e-org-a B.V.' },
        occupationUri: ESCO.welder,
        occupationSource: 'given',
        occupationConfidence: null,
        iscoGroup: '7212',
        minimumQualificationCode: 'NL:MBO-2',
        minimumEqf: 2,
        country: 'NL',
        locationLabel: expect.stringMatching(/^Hengelo/),
      });
      expect(body.latitude).toBeCloseTo(52.27, 1);
      expect(body.longitude).toBeCloseTo(6.79, 1);
      expect(await jobs(id)).toEqual([]);
    });

    it('bumps the version of a draft on a matching change but enqueues only once published', async () => {
      const changed = await a().patch(`/vacancies/${id}`, { hoursMax: 40 }).expect(200);
      expect(changed.body).toMatchObject({ version: 2, hoursMax: 40, status: 'draft' });
      expect(await jobs(id)).toEqual([]);

      const published = await a().post(`/vacancies/${id}/publish`).expect(200);
      expect(published.body).toMatchObject({ status: 'published', version: 3 });
      expect(published.body.publishedAt).toEqual(expect.any(String));
      expect(await jobs(id)).toEqual([3]);
    });

    it('keeps the version for a change that does not matter to matching', async () => {
      const { body } = await a()
        .patch(`/vacancies/${id}`, { description: 'Nieuwe tekst zonder andere eisen.' })
        .expect(200);
      expect(body.version).toBe(3);
      expect(await jobs(id)).toEqual([3]);
    });

    it('enqueues every new version once, with a deterministic job id', async () => {
      const { body } = await a()
        .patch(`/vacancies/${id}`, { optionalSkills: [ESCO.migWelding] })
        .expect(200);
      expect(body.version).toBe(4);
      const queue = harness.app.get(VacancyMatchQueue);
      await queue.enqueue([{ id, version: 4 }]);
      await queue.enqueue([{ id, version: 4 }]);
      expect(await jobs(id)).toEqual([3, 4]);
    });

    it('fills a published vacancy without a match job, and refuses changes after that', async () => {
      const { body } = await a().post(`/vacancies/${id}/fill`).expect(200);
      expect(body).toMatchObject({ status: 'filled', version: 5 });
      expect(body.endedAt).toEqual(expect.any(String));
      // The worker's index drops it by its delta sync; the sweep has nothing to re-send.
      expect(await jobs(id)).toEqual([3, 4]);
      const [row] = await harness.env.dataSource.query(
        `SELECT version, enqueued_version FROM vacancies.vacancy WHERE id = $1`,
        [id],
      );
      expect(row).toEqual({ version: 5, enqueued_version: 5 });
      const refused = await a().patch(`/vacancies/${id}`, { hoursMax: 36 }).expect(409);
      expect(refused.body.message).toBe('a filled vacancy cannot be changed');
      await a().post(`/vacancies/${id}/publish`).expect(409);
      await a().post(`/vacancies/${id}/close`).expect(409);
    });

    it('withdraws a draft by closing it, without a job for a vacancy never matched', async () => {
      const { body } = await a().post('/vacancies', dutchVacancy()).expect(201);
      const closed = await a().post(`/vacancies/${body.id}/close`).expect(200);
      expect(closed.body.status).toBe('closed');
      expect(await jobs(body.id)).toEqual([]);
    });

    it('closes a published vacancy without a match job (issue 11, finding 13)', async () => {
      const { body } = await a()
        .post('/vacancies', dutchVacancy({ publish: true }))
        .expect(201);
      const closed = await a().post(`/vacancies/${body.id}/close`).expect(200);
      expect(closed.body).toMatchObject({ status: 'closed', version: 2 });
      expect(await jobs(body.id)).toEqual([1]);
      await harness.as(ADMIN).post('/vacancies/sweep').expect(200);
      expect(await jobs(body.id)).toEqual([1]);
    });

    it('creates and publishes in one step when asked', async () => {
      const { body } = await a()
        .post('/vacancies', dutchVacancy({ publish: true }))
        .expect(201);
      expect(body).toMatchObject({ status: 'published', version: 1 });
      expect(await jobs(body.id)).toEqual([1]);
    });
  });

  describe('occupation linking and skill suggestions', () => {
    it('links the occupation from a Dutch title, with the confidence', async () => {
      const { body } = await a()
        .post('/vacancies', dutchVacancy({ title: 'Heftruckchauffeur', occupationUri: undefined }))
        .expect(201);
      expect(body).toMatchObject({
        occupationUri: ESCO.forklift,
        occupationSource: 'linked',
        iscoGroup: '8344',
      });
      expect(body.occupationConfidence).toBeGreaterThan(0.5);
      expect(body.occupationConfidence).toBeLessThanOrEqual(1);
    });

    it('links from a German title of a German vacancy', async () => {
      const { body } = await harness
        .as(ADVISER)
        .post('/vacancies', {
          employerId: employerA,
          title: 'Schweißer (m/w/d)',
          description: 'Schweißen von Stahlkonstruktionen in Gronau.',
          country: 'DE',
          workPlace: 'Gronau',
          languages: [{ language: 'de', level: 'B1' }],
        })
        .expect(201);
      expect(body).toMatchObject({
        language: 'de',
        occupationUri: ESCO.welder,
        occupationSource: 'linked',
      });
    });

    it('suggests skills from the description until they are confirmed', async () => {
      const { body } = await a()
        .post(
          '/vacancies',
          dutchVacancy({ description: 'Ervaring met MIG-lassen en technische tekeningen lezen.' }),
        )
        .expect(201);
      const suggested = body.skillSuggestions.map((s: { uri: string }) => s.uri);
      expect(suggested).toEqual(expect.arrayContaining([ESCO.migWelding, ESCO.technicalDrawings]));
      expect(body.skillSuggestions[0]).toEqual({
        uri: expect.any(String),
        label: expect.any(String),
        score: expect.any(Number),
        matchedText: expect.any(String),
      });
      const confirmed = await a()
        .patch(`/vacancies/${body.id}`, { optionalSkills: [ESCO.migWelding] })
        .expect(200);
      expect(confirmed.body.optionalSkills).toEqual([ESCO.migWelding]);
      expect(confirmed.body.skillSuggestions.map((s: { uri: string }) => s.uri)).not.toContain(
        ESCO.migWelding,
      );
    });

    it('follows a changed title while linked, and keeps an adviser correction', async () => {
      const created = await a()
        .post(
          '/vacancies',
          dutchVacancy({ title: 'Heftruckchauffeur', occupationUri: undefined, publish: true }),
        )
        .expect(201);
      const id = created.body.id;
      const relinked = await a().patch(`/vacancies/${id}`, { title: 'Lasser' }).expect(200);
      expect(relinked.body).toMatchObject({
        occupationUri: ESCO.welder,
        occupationSource: 'linked',
        version: 2,
      });

      await a().put(`/vacancies/${id}/occupation`, { occupationUri: ESCO.forklift }).expect(403);
      const corrected = await harness
        .as(ADVISER)
        .put(`/vacancies/${id}/occupation`, { occupationUri: ESCO.forklift })
        .expect(200);
      expect(corrected.body).toMatchObject({
        occupationUri: ESCO.forklift,
        occupationSource: 'adviser',
        occupationConfidence: null,
        iscoGroup: '8344',
        version: 3,
      });
      expect(await jobs(id)).toEqual([1, 2, 3]);
      const retitled = await a().patch(`/vacancies/${id}`, { title: 'Lasser TIG' }).expect(200);
      expect(retitled.body).toMatchObject({ occupationUri: ESCO.forklift, version: 3 });

      const unknown = await harness
        .as(ADVISER)
        .put(`/vacancies/${id}/occupation`, { occupationUri: ESCO.unknownOccupation })
        .expect(400);
      expect(unknown.body.message).toEqual([
        `occupationUri ${ESCO.unknownOccupation} is not a known ESCO occupation`,
      ]);
    });
  });

  describe('occupation review', () => {
    const adviser = () => harness.as(ADVISER);
    let vague: string;
    let clear: string;

    it('marks a link below the calibrated threshold for review, with the next five candidates', async () => {
      const { body } = await a()
        .post('/vacancies', dutchVacancy({ title: 'Medewerker', occupationUri: undefined }))
        .expect(201);
      vague = body.id;
      expect(body).toMatchObject({ occupationSource: 'linked', occupationReview: 'needed' });
      expect(body.occupationConfidence).toBeLessThan(OCCUPATION_REVIEW_THRESHOLD);
      expect(body.occupationAlternatives.length).toBeGreaterThan(0);
      expect(body.occupationAlternatives.length).toBeLessThanOrEqual(5);
      for (const alternative of body.occupationAlternatives) {
        expect(alternative).toEqual({
          uri: expect.stringMatching(/^http:\/\/data\.europa\.eu\/esco\/occupation\//),
          label: expect.any(String),
          score: expect.any(Number),
        });
        expect(alternative.uri).not.toBe(body.occupationUri);
        expect(alternative.score).toBeLessThanOrEqual(body.occupationConfidence);
      }

      const sure = await a()
        .post('/vacancies', dutchVacancy({ title: 'Heftruckchauffeur', occupationUri: undefined }))
        .expect(201);
      clear = sure.body.id;
      expect(sure.body).toMatchObject({ occupationReview: null, occupationAlternatives: [] });
      expect(sure.body.occupationConfidence).toBeGreaterThanOrEqual(OCCUPATION_REVIEW_THRESHOLD);
      const given = await a().post('/vacancies', dutchVacancy()).expect(201);
      expect(given.body).toMatchObject({ occupationReview: null, occupationAlternatives: [] });
    });

    it('lists the vacancies needing a review for advisers, and refuses an unknown value', async () => {
      const { body } = await adviser()
        .get('/vacancies')
        .query({ occupationReview: 'needed', pageSize: 100 })
        .expect(200);
      const ids = body.items.map((v: { id: string }) => v.id);
      expect(ids).toContain(vague);
      expect(ids).not.toContain(clear);
      for (const item of body.items) expect(item.occupationReview).toBe('needed');
      const bad = await adviser()
        .get('/vacancies')
        .query({ occupationReview: 'maybe' })
        .expect(400);
      expect(bad.body.message).toEqual(['occupationReview must be needed']);
    });

    it("clears the review with an adviser's choice", async () => {
      const { body } = await adviser()
        .put(`/vacancies/${vague}/occupation`, { occupationUri: ESCO.forklift })
        .expect(200);
      expect(body).toMatchObject({
        occupationUri: ESCO.forklift,
        occupationSource: 'adviser',
        occupationReview: null,
        occupationAlternatives: [],
      });
      const listed = await adviser()
        .get('/vacancies')
        .query({ occupationReview: 'needed', pageSize: 100 })
        .expect(200);
      expect(listed.body.items.map((v: { id: string }) => v.id)).not.toContain(vague);
    });
  });

  describe('scoping', () => {
    let draft: string;
    let published: string;

    beforeAll(async () => {
      draft = (await a().post('/vacancies', dutchVacancy()).expect(201)).body.id;
      published = (
        await a()
          .post('/vacancies', dutchVacancy({ publish: true }))
          .expect(201)
      ).body.id;
    });

    it("answers 404 to an employer for another organisation's vacancy, whatever it tries", async () => {
      const b = harness.as(EMPLOYER_B);
      await b.get(`/vacancies/${published}`).expect(404);
      await b.patch(`/vacancies/${published}`, { hoursMax: 20 }).expect(404);
      await b.post(`/vacancies/${draft}/publish`).expect(404);
      await b.post(`/vacancies/${published}/close`).expect(404);
      await b.post(`/vacancies/${published}/fill`).expect(404);
      const { body } = await a().get(`/vacancies/${published}`).expect(200);
      expect(body).toMatchObject({ status: 'published', hoursMax: 38 });
      const found = await b.get('/vacancies?pageSize=100').expect(200);
      expect(found.body.items.map((v: { id: string }) => v.id)).not.toContain(published);
    });

    it('refuses an employer posting for another organisation', async () => {
      const { body } = await harness
        .as(EMPLOYER_B)
        .post('/vacancies', dutchVacancy({ employerId: employerA }))
        .expect(400);
      expect(body.message).toEqual([`employerId ${employerA} is not an employer you may post for`]);
    });

    it('lets coaches read published vacancies only, and change none', async () => {
      const coach = harness.as(COACH);
      await coach.get(`/vacancies/${published}`).expect(200);
      await coach.get(`/vacancies/${draft}`).expect(404);
      const list = await coach.get('/vacancies?status=draft').expect(200);
      expect(list.body.total).toBe(0);
      await coach.post('/vacancies', dutchVacancy({ employerId: employerA })).expect(403);
      await coach.patch(`/vacancies/${published}`, { hoursMax: 20 }).expect(403);
      await coach.post(`/vacancies/${published}/close`).expect(403);
    });

    it('lets advisers and admins work on every vacancy of the region', async () => {
      await harness.as(ADVISER).get(`/vacancies/${draft}`).expect(200);
      await harness.as(ADMIN).patch(`/vacancies/${draft}`, { positions: 2 }).expect(200);
      const missing = await harness.as(ADVISER).post('/vacancies', dutchVacancy()).expect(400);
      expect(missing.body.message).toEqual(['employerId is required']);
      const posted = await harness
        .as(ADVISER)
        .post('/vacancies', dutchVacancy({ employerId: employerA }))
        .expect(201);
      await a().get(`/vacancies/${posted.body.id}`).expect(200);
    });

    it('asks an employer without an employer record to register first', async () => {
      const newcomer = {
        subject: 'e2e-new',
        role: 'employer' as const,
        organisationId: 'e2e-org-new',
      };
      const { body } = await harness.as(newcomer).post('/vacancies', dutchVacancy()).expect(400);
      expect(body.message).toEqual([
        'employerId your organisation has no employer record yet: create it with POST /employers',
      ]);
    });
  });

  describe('expiry', () => {
    it('reads a published vacancy past its closing date as expired, and the sweep writes it down', async () => {
      const { body } = await a()
        .post('/vacancies', dutchVacancy({ publish: true }))
        .expect(201);
      const id = body.id;
      // Time passes: the closing date is now yesterday.
      await harness.env.dataSource.query(
        `UPDATE vacancies.vacancy SET closing_date = current_date - 1 WHERE id = $1`,
        [id],
      );
      const read = await a().get(`/vacancies/${id}`).expect(200);
      expect(read.body).toMatchObject({ status: 'expired', version: 1 });
      const published = await a().get('/vacancies?status=published&pageSize=100').expect(200);
      expect(published.body.items.map((v: { id: string }) => v.id)).not.toContain(id);
      const expired = await a().get('/vacancies?status=expired&pageSize=100').expect(200);
      expect(expired.body.items.map((v: { id: string }) => v.id)).toContain(id);
      await harness.as(COACH).get(`/vacancies/${id}`).expect(404);
      const refused = await a().patch(`/vacancies/${id}`, { hoursMax: 30 }).expect(409);
      expect(refused.body.message).toBe('an expired vacancy cannot be changed');

      await harness.as(ADVISER).post('/vacancies/sweep').expect(403);
      const sweep = await harness.as(ADMIN).post('/vacancies/sweep').expect(200);
      expect(sweep.body.expired).toBeGreaterThanOrEqual(1);
      const [row] = await harness.env.dataSource.query(
        `SELECT status, version, enqueued_version FROM vacancies.vacancy WHERE id = $1`,
        [id],
      );
      expect(row).toEqual({ status: 'expired', version: 2, enqueued_version: 2 });
      expect(await jobs(id)).toEqual([1, 2]);
      const again = await harness.as(ADMIN).post('/vacancies/sweep').expect(200);
      expect(again.body).toEqual({ expired: 0, resent: 0 });
    });

    it('walks the open vacancies past a chunk expired but not yet swept (matching reads them so)', async () => {
      const matchable = harness.app.get(MatchableVacanciesService, { strict: false });
      const open = async () => {
        const ids: string[] = [];
        for (let after: string | undefined; ;) {
          const chunk = await matchable.openAfter(after, 1);
          if (chunk.length === 0) return ids;
          ids.push(...chunk.map((v) => v.id));
          after = chunk[chunk.length - 1].id;
        }
      };
      for (let i = 0; i < 3; i++) {
        await a()
          .post('/vacancies', dutchVacancy({ publish: true }))
          .expect(201);
      }
      const before = await open();
      expect(before.length).toBeGreaterThanOrEqual(3);
      // The first open vacancy by id passes its closing date; the sweep has not run yet.
      await harness.env.dataSource.query(
        `UPDATE vacancies.vacancy SET closing_date = current_date - 1 WHERE id = $1`,
        [before[0]],
      );
      expect(await open()).toEqual(before.slice(1));
      const summaries = (await matchable.openSummaries()).map((v) => v.id).sort();
      expect(summaries).toEqual([...before.slice(1)].sort());
      await harness.as(ADMIN).post('/vacancies/sweep').expect(200); // writes the expiry down
    });

    it('re-sends a version the queue missed', async () => {
      const { body } = await a()
        .post('/vacancies', dutchVacancy({ publish: true }))
        .expect(201);
      await harness.env.dataSource.query(
        `UPDATE vacancies.vacancy SET enqueued_version = 0 WHERE id = $1`,
        [body.id],
      );
      const sweep = await harness.as(ADMIN).post('/vacancies/sweep').expect(200);
      expect(sweep.body).toEqual({ expired: 0, resent: 1 });
      const [row] = await harness.env.dataSource.query(
        `SELECT enqueued_version FROM vacancies.vacancy WHERE id = $1`,
        [body.id],
      );
      expect(row.enqueued_version).toBe(1);
      expect(await jobs(body.id)).toEqual([1]);
    });
  });
});
