import { eventually } from '@wt/testing';
import { OCC, PRINCIPALS, SKILL } from './job-seekers.fixtures';
import { ids, MatchingHarness } from './matching.helpers';
import { dutchVacancy, EMPLOYER_A, EMPLOYER_B } from './vacancies.helpers';

const today = () => new Date().toISOString().slice(0, 10);
const REMATCH_TIMEOUT_MS = 30_000;
/** The walk takes many steps through both apps; the embedded mode is slower. */
const WALK_TIMEOUT_MS = 180_000;

/**
 * Issue 13 end to end: a vacancy from publication to hire through every role, with a refused
 * introduction, a declined candidate, a consent withdrawn mid-way and a hand-added candidate;
 * the illegal moves; and re-matches that leave every step a person took in place.
 */
describe('match workflow', () => {
  let h: MatchingHarness;
  const adviser = () => h.registry(PRINCIPALS.adviser);
  const employer = () => h.registry(EMPLOYER_A);
  const coach = () => h.profiles(PRINCIPALS.coach1);
  const pair = (v: string, s: string) => `/vacancies/${v}/matches/${s}`;
  const seekerPair = (v: string, s: string) => `/job-seekers/${s}/matches/${v}`;
  const row = async (v: string, s: string) =>
    (
      await h.env.dataSource.query(
        `SELECT status, status_reason, rejected_by, model_version, score, score_at_last_step
           FROM matching.match WHERE vacancy_id = $1 AND seeker_id = $2`,
        [v, s],
      )
    )[0];

  beforeAll(async () => {
    h = await MatchingHarness.start();
    for (const [e, kvkNumber] of [
      [EMPLOYER_A, '12345678'],
      [EMPLOYER_B, '87654321'],
    ] as const) {
      await h
        .registry(e)
        .post('/employers', {
          name: `E2E ${e.organisationId} B.V.`,
          country: 'NL',
          kvkNumber,
          place: 'Hengelo',
        })
        .expect(201);
    }
  });
  afterAll(() => h?.close());

  it(
    'walks a vacancy from publication to hire through every role',
    async () => {
      const hired = await h.seeker({}, true);
      const refuses = await h.seeker({}, true);
      const declined = await h.seeker({}, true);
      const withdraws = await h.seeker({}, true);
      // Wants to clean, not to weld: the engine does not put this one on the list.
      const handAdded = await h.seeker(
        { wantedOccupations: [OCC.cleaner], skills: [], workExperience: [], maxTravelKm: 1 },
        true,
      );
      const vacancyId = await h.vacancy(
        EMPLOYER_A,
        dutchVacancy({ title: 'Lasser (traject)', requiredSkills: [SKILL.mig], positions: 1 }),
      );
      const other = await h.vacancy(
        EMPLOYER_A,
        dutchVacancy({ title: 'Lasser (tweede)', requiredSkills: [SKILL.mig] }),
      );
      for (const s of [hired, refuses, declined, withdraws]) await h.onAdviserList(vacancyId, s);
      await h.onAdviserList(other, hired);

      // Coach shortlists for their own job seeker; the adviser for the others.
      await coach()
        .post(`${seekerPair(vacancyId, hired)}/shortlist`)
        .expect(200);
      await coach()
        .post(`${seekerPair(other, hired)}/shortlist`)
        .expect(200);
      for (const s of [refuses, declined, withdraws]) {
        await adviser()
          .post(`${pair(vacancyId, s)}/shortlist`)
          .expect(200);
      }
      // The hand-added candidate: not suggested, with knock-outs, marked as a human override.
      const added = await adviser()
        .post(`${pair(vacancyId, handAdded)}/shortlist`, { note: 'kent het bedrijf al' })
        .expect(200);
      expect(added.body.status).toBe('shortlisted');
      const onList = (await h.matches(vacancyId)).items.find(
        (i: { seekerId: string }) => i.seekerId === handAdded,
      );
      expect(onList.humanOverride).toMatchObject({ notSuggested: true });
      expect(onList.humanOverride.knockOuts.length).toBeGreaterThan(0);
      const why = await h.explain(vacancyId, handAdded);
      expect(why.humanOverride.knockOuts).toEqual(onList.humanOverride.knockOuts);
      expect(why.status).toBe('shortlisted');

      for (const s of [hired, refuses, declined, withdraws]) {
        await adviser()
          .post(`${pair(vacancyId, s)}/propose`)
          .expect(200);
      }

      // The employer sees proposed candidates only, anonymised.
      const cards = (await h.matches(vacancyId, EMPLOYER_A)).items;
      expect(new Set(ids(cards))).toEqual(new Set([hired, refuses, declined, withdraws]));
      expect(JSON.stringify(cards)).not.toMatch(/Testa|Fictief|example\.org|\+31/);
      expect(cards[0]).toMatchObject({ status: 'proposed', introductionRequested: false });

      await employer()
        .post(`${pair(vacancyId, hired)}/introduction-request`)
        .expect(200);
      await employer()
        .post(`${pair(vacancyId, refuses)}/introduction-request`)
        .expect(200);
      const early = await employer()
        .get(`${pair(vacancyId, hired)}/contact`)
        .expect(409);
      expect(early.body.message).toContain('"proposed"');

      // A refused introduction: the coach records the job seeker's no.
      const no = await coach()
        .post(`${seekerPair(vacancyId, refuses)}/introduction-agreement`, {
          agreed: false,
          date: today(),
        })
        .expect(200);
      expect(no.body).toMatchObject({
        status: 'rejected',
        statusReason: 'not-interested',
        rejectedBy: 'job-seeker',
      });

      // The employer declines a candidate with a reason.
      const declinedBody = await employer()
        .post(`${pair(vacancyId, declined)}/reject`, { reason: 'qualification' })
        .expect(200);
      expect(declinedBody.body).toMatchObject({ status: 'rejected', rejectedBy: 'employer' });

      // Consent withdrawn mid-way: gone from the employer at once, flagged to the adviser.
      await coach()
        .put(`/job-seekers/${withdraws}/consent`, { seeker: { given: false } })
        .expect(200);
      expect(ids((await h.matches(vacancyId, EMPLOYER_A)).items)).not.toContain(withdraws);
      await employer()
        .post(`${pair(vacancyId, withdraws)}/introduction-request`)
        .expect(404);
      const flagged = (await h.matches(vacancyId)).items.find(
        (i: { seekerId: string }) => i.seekerId === withdraws,
      );
      expect(flagged).toMatchObject({ status: 'proposed', consentWithdrawn: true });

      // The job seeker agrees: the employer sees name and contact, and the reveal is audited.
      await coach()
        .post(`${seekerPair(vacancyId, hired)}/introduction-agreement`, {
          agreed: true,
          date: today(),
        })
        .expect(200);
      const contact = await employer()
        .get(`${pair(vacancyId, hired)}/contact`)
        .expect(200);
      expect(contact.body).toMatchObject({
        seekerId: hired,
        givenName: 'Testa',
        email: 'testa.fictief@example.org',
      });
      expect(contact.body).not.toHaveProperty('clientReference');
      const reveals = await h.env.dataSource.query(
        `SELECT actor_subject, result FROM audit.audit_event
        WHERE object_type = 'job-seeker-identity' AND object_id = $1 AND actor_role = 'employer'`,
        [hired],
      );
      expect(reveals).toEqual([{ actor_subject: EMPLOYER_A.subject, result: 'allowed' }]);

      // The hire: a placement, the vacancy filled, the seeker's other open step there closed.
      const hire = await employer()
        .post(`${pair(vacancyId, hired)}/hire`, {
          startDate: '2027-01-04',
          hoursPerWeek: 32,
          contractType: 'permanent',
        })
        .expect(200);
      expect(hire.body.status).toBe('hired');
      const vacancy = await employer().get(`/vacancies/${vacancyId}`).expect(200);
      expect(vacancy.body.status).toBe('filled');
      expect(await row(other, hired)).toMatchObject({
        status: 'rejected',
        status_reason: 'filled',
      });
      const [placement] = await h.env.dataSource.query(
        `SELECT hours_per_week, contract_type, country_of_work, banenafspraak, banen
         FROM matching.placement WHERE vacancy_id = $1 AND seeker_id = $2`,
        [vacancyId, hired],
      );
      expect(placement).toEqual({
        hours_per_week: 32,
        contract_type: 'permanent',
        country_of_work: 'NL',
        banenafspraak: false,
        banen: 0,
      });

      const history = await adviser()
        .get(`${pair(vacancyId, hired)}/history`)
        .expect(200);
      expect(history.body).toMatchObject({ page: 1, pageSize: 20, total: 5 });
      expect(
        history.body.items.map((s: { action: string; actorRole: string; to: string }) => [
          s.action,
          s.actorRole,
          s.to,
        ]),
      ).toEqual([
        ['shortlist', 'coach', 'shortlisted'],
        ['propose', 'adviser', 'proposed'],
        ['request-introduction', 'employer', 'proposed'],
        ['agree-introduction', 'coach', 'introduced'],
        ['hire', 'employer', 'hired'],
      ]);
      const last = await adviser()
        .get(`${pair(vacancyId, hired)}/history`)
        .query({ page: 3, pageSize: 2 })
        .expect(200);
      expect(last.body).toMatchObject({ page: 3, pageSize: 2, total: 5 });
      expect(last.body.items.map((s: { action: string }) => s.action)).toEqual(['hire']);
    },
    WALK_TIMEOUT_MS,
  );

  describe('refuses illegal moves', () => {
    let vacancyId: string;
    let seekerId: string;
    let hidden: string;

    beforeAll(async () => {
      seekerId = await h.seeker({}, true);
      hidden = await h.seeker({}, false);
      vacancyId = await h.vacancy(
        EMPLOYER_A,
        dutchVacancy({ title: 'Lasser (regels)', requiredSkills: [SKILL.mig] }),
      );
      await h.onAdviserList(vacancyId, seekerId);
      await h.onAdviserList(vacancyId, hidden);
    }, WALK_TIMEOUT_MS);

    it('suggested -> hired: 409 naming the step', async () => {
      const res = await adviser()
        .post(`${pair(vacancyId, seekerId)}/hire`, {
          startDate: '2027-01-04',
          hoursPerWeek: 32,
          contractType: 'permanent',
        })
        .expect(409);
      expect(res.body.message).toContain('"suggested"');
    });

    it('an employer proposing: 403 naming the step', async () => {
      const res = await employer()
        .post(`${pair(vacancyId, seekerId)}/propose`)
        .expect(403);
      expect(JSON.stringify(res.body)).toContain('propose');
    });

    it("a coach acting on another coach's job seeker: 404", async () => {
      await h
        .profiles(PRINCIPALS.coach2)
        .post(`${seekerPair(vacancyId, seekerId)}/shortlist`)
        .expect(404);
    });

    it("another employer on this employer's vacancy: 404", async () => {
      await h
        .registry(EMPLOYER_B)
        .post(`${pair(vacancyId, seekerId)}/reject`, {
          reason: 'filled',
        })
        .expect(404);
    });

    it('proposing without double opt-in: 409', async () => {
      await adviser()
        .post(`${pair(vacancyId, hidden)}/shortlist`)
        .expect(200);
      const res = await adviser()
        .post(`${pair(vacancyId, hidden)}/propose`)
        .expect(409);
      expect(res.body.message).toContain('double opt-in');
      expect((await row(vacancyId, hidden)).status).toBe('shortlisted');
    });

    it('a bad reason or a future agreement date: 400 naming the field', async () => {
      const res = await adviser()
        .post(`${pair(vacancyId, seekerId)}/reject`, { reason: 'age' })
        .expect(400);
      expect(JSON.stringify(res.body)).toContain('reason');
      const other = await adviser()
        .post(`${pair(vacancyId, seekerId)}/reject`, { reason: 'other' })
        .expect(400);
      expect(JSON.stringify(other.body)).toContain('note');
      expect((await row(vacancyId, seekerId)).status).toBe('suggested');
    });

    it('an employer cannot see or act on a candidate that was not proposed: 404', async () => {
      await employer()
        .get(`${pair(vacancyId, seekerId)}/contact`)
        .expect(404);
      await employer()
        .post(`${pair(vacancyId, seekerId)}/introduction-request`)
        .expect(404);
    });
  });

  it(
    'a re-match and a model-version rematch-all leave every acted-on step in place',
    async () => {
      const shortlisted = await h.seeker({}, true);
      const proposed = await h.seeker({}, true);
      const rejected = await h.seeker({}, true);
      const vacancyId = await h.vacancy(
        EMPLOYER_A,
        dutchVacancy({ title: 'Lasser (herberekening)', requiredSkills: [SKILL.mig] }),
      );
      for (const s of [shortlisted, proposed, rejected]) await h.onAdviserList(vacancyId, s);
      for (const s of [shortlisted, proposed]) {
        await adviser()
          .post(`${pair(vacancyId, s)}/shortlist`)
          .expect(200);
      }
      await adviser()
        .post(`${pair(vacancyId, proposed)}/propose`)
        .expect(200);
      await adviser()
        .post(`${pair(vacancyId, rejected)}/reject`, { reason: 'hours' })
        .expect(200);
      const before = await row(vacancyId, shortlisted);

      // A profile change re-matches the seeker: the score changes, the step stays.
      await coach()
        .patch(`/job-seekers/${shortlisted}`, { skills: [SKILL.tig] })
        .expect(200);
      const changed = await eventually(async () => {
        const r = await row(vacancyId, shortlisted);
        return r && r.score !== before.score ? r : undefined;
      }, REMATCH_TIMEOUT_MS);
      expect(changed).toMatchObject({ status: 'shortlisted', score_at_last_step: before.score });
      const item = (await h.matches(vacancyId)).items.find(
        (i: { seekerId: string }) => i.seekerId === shortlisted,
      );
      expect(item).toMatchObject({
        status: 'shortlisted',
        scoreAtLastStep: before.score,
        scoreChangedSinceStep: true,
      });

      // A new scoring model: every stored row carries an old version, then rematch-all runs.
      await h.env.dataSource.query(`UPDATE matching.match SET model_version = 'old-model'`);
      const requestedAt = new Date().toISOString();
      await h.producer().enqueue('rematch-all', { reason: 'model-version', requestedAt });
      await eventually(async () => {
        const [r] = await h.env.dataSource.query(
          `SELECT finished_at FROM matching.run WHERE reason = 'model-version' AND finished_at IS NOT NULL`,
        );
        return r;
      }, REMATCH_TIMEOUT_MS);
      expect(await row(vacancyId, shortlisted)).toMatchObject({ status: 'shortlisted' });
      expect(await row(vacancyId, proposed)).toMatchObject({
        status: 'proposed',
        model_version: expect.not.stringMatching('old-model'),
      });
      expect(await row(vacancyId, rejected)).toMatchObject({
        status: 'rejected',
        status_reason: 'hours',
        rejected_by: 'adviser',
      });
    },
    WALK_TIMEOUT_MS,
  );

  it('gives advisers the outcomes report as JSON and CSV, audited; employers never', async () => {
    await h.registry(EMPLOYER_A).get('/insight/outcomes').expect(403);
    const json = await adviser().get('/insight/outcomes').expect(200);
    expect(json.body.groups.map((g: { group: string }) => g.group)).toEqual([
      'banenafspraak',
      'vso-pro',
      'cross-border',
      'rest',
    ]);
    const orgA = json.body.employers.find(
      (e: { organisationId: string }) => e.organisationId === EMPLOYER_A.organisationId,
    );
    expect(orgA).toMatchObject({ placements: 1, banen: 0, crossBorder: 0, erasedPlacements: 0 });
    expect(JSON.stringify(json.body)).not.toMatch(/Testa|Fictief|example\.org/);
    const csv = await adviser().get('/insight/outcomes/csv').expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.split('\n')[0]).toBe('section,key,measure,value');
    const reads = await h.env.dataSource.query(
      `SELECT count(*)::int AS n FROM audit.audit_event
        WHERE object_type = 'outcomes-report' AND actor_subject = $1 AND result = 'allowed'`,
      [PRINCIPALS.adviser.subject],
    );
    expect(reads[0].n).toBe(2);
  });
});
