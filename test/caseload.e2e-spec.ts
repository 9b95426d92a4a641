import { INestApplication } from '@nestjs/common';
import { ProfileServiceModule } from '@apps/profile-service/src/profile-service.module';
import { jobSeekersDemoSeeder, SeekerMatchQueue } from '@wt/job-seekers';
import { createTestApp, startTestEnvironment, TestEnvironment } from '@wt/testing';
import { as, auditRowsFor, fullSeeker, matchSeekerEnqueued, SKILL } from './job-seekers.fixtures';

const DAY_MS = 24 * 3600 * 1000;

describe('caseloads (/caseload), completeness, transfer and retention', () => {
  let env: TestEnvironment;
  let app: INestApplication;
  const coach = (n: 1 | 2) => as(env, app, n === 1 ? 'coach1' : 'coach2');

  beforeAll(async () => {
    // Availability counts as stale after 30 days here; inactivity is reviewed after 90.
    env = await startTestEnvironment({
      SEEKER_AVAILABILITY_STALE_DAYS: '30',
      SEEKER_INACTIVE_REVIEW_DAYS: '90',
    });
    app = await createTestApp(ProfileServiceModule.register(env.config));
  });

  afterAll(async () => {
    await app?.close();
    await env?.close();
  });

  async function create(n: 1 | 2, body: Record<string, unknown>): Promise<string> {
    return (await coach(n).post('/job-seekers').send(body).expect(201)).body.id;
  }

  const backdate = (id: string, column: string, days: number) =>
    env.dataSource.query(`UPDATE job_seekers.profile SET ${column} = $2 WHERE id = $1`, [
      id,
      new Date(Date.now() - days * DAY_MS),
    ]);

  describe('completeness', () => {
    it.each<[string, Record<string, unknown>, number, string[]]>([
      ['a full profile', {}, 100, []],
      // 19 points: education level, availability and occupations weigh 3 each
      ['no education level', { highestQualification: undefined }, 84, ['highestQualification']],
      ['unknown availability', { availableNow: undefined }, 84, ['availability']],
      [
        'no skills, languages nor distance',
        { skills: undefined, languages: undefined, maxTravelKm: undefined },
        79,
        ['skills', 'maxTravelKm', 'languages'],
      ],
      [
        'a VSO leaver without leaving date',
        { schoolLeaver: { schoolType: 'VSO', exitProfile: 'arbeidsmarkt' } },
        95,
        ['schoolLeaver.expectedLeavingDate'],
      ],
      [
        'only an identity',
        Object.fromEntries(
          Object.keys(fullSeeker())
            .filter((k) => k !== 'identity')
            .map((k) => [k, undefined]),
        ),
        0,
        [
          'highestQualification',
          'availability',
          'wantedOccupations',
          'skills',
          'homeLocation',
          'hoursPerWeek',
          'maxTravelKm',
          'languages',
          'travelsIndependently',
          'willingToWorkInGermany',
        ],
      ],
    ])('scores %s', async (_, overrides, score, missing) => {
      const res = await coach(2).post('/job-seekers').send(fullSeeker(overrides)).expect(201);
      expect(res.body.completeness).toEqual({
        score,
        band: score === 100 ? 'complete' : score >= 75 ? 'high' : score >= 40 ? 'medium' : 'low',
        missing,
        stale: [],
      });
    });

    it('reports an availability nobody confirmed within the configured days as stale, until confirmed', async () => {
      const id = await create(1, fullSeeker());
      await backdate(id, 'availability_confirmed_at', 31);
      const stale = await coach(1).get(`/job-seekers/${id}`).expect(200);
      expect(stale.body.completeness).toEqual({
        score: 84,
        band: 'high',
        missing: [],
        stale: ['availability'],
      });
      const confirmed = await coach(1).post(`/job-seekers/${id}/availability/confirm`).expect(200);
      expect(confirmed.body.completeness).toMatchObject({ score: 100, stale: [] });
      expect(confirmed.body.version).toBe(1);
    });
  });

  describe('caseload overview', () => {
    let ownIds: string[];
    beforeAll(async () => {
      // A caseload of its own, for exact numbers.
      const post = (body: Record<string, unknown>) =>
        as(env, app, 'coach3').post('/job-seekers').send(body).expect(201);
      const future = new Date(Date.now() + 60 * DAY_MS).toISOString().slice(0, 10);
      ownIds = [
        (await post(fullSeeker())).body.id,
        (await post(fullSeeker())).body.id,
        (await post(fullSeeker({ availableNow: false, availableFrom: future }))).body.id,
        (await post(fullSeeker({ highestQualification: undefined, skills: undefined }))).body.id,
        (await post({ identity: fullSeeker().identity })).body.id,
      ];
      await backdate(ownIds[1], 'availability_confirmed_at', 45);
    });

    it('counts a caseload by completeness band and availability, for its coach or an admin', async () => {
      const expected = {
        coachId: 'overview-coach',
        total: 5,
        byCompleteness: { complete: 2, high: 1, medium: 1, low: 1 },
        byAvailability: { now: 3, later: 1, unknown: 1 },
        availabilityStale: 1,
        employerVisible: 0,
        flaggedForReview: 0,
        mostMissing: [
          { field: 'highestQualification', count: 2 },
          { field: 'skills', count: 2 },
          { field: 'availability', count: 1 },
          { field: 'homeLocation', count: 1 },
          { field: 'hoursPerWeek', count: 1 },
        ],
      };
      const admin = await as(env, app, 'admin')
        .get('/caseload')
        .query({ coachId: 'overview-coach' })
        .expect(200);
      expect(admin.body).toEqual(expected);
      expect((await as(env, app, 'admin').get('/caseload').expect(400)).body.message).toEqual([
        'coachId is required for an admin',
      ]);
      await as(env, app, 'adviser').get('/caseload').expect(403);
      await as(env, app, 'employer').get('/caseload').expect(403);
      await coach(1).get('/caseload').query({ coachId: 'overview-coach' }).expect(403);
      const own = await coach(2).get('/caseload').expect(200);
      expect(own.body.coachId).toBe('demo-coach-2');
      expect(own.body.total).toBeGreaterThanOrEqual(6);
    });

    it('lists a coach’s own caseload, pseudonymous, in pages like every list', async () => {
      for (let i = 0; i < 4; i += 1) await create(1, fullSeeker());
      const first = await coach(1).get('/job-seekers').query({ pageSize: 2 }).expect(200);
      expect(first.body).toEqual({
        items: expect.any(Array),
        page: 1,
        pageSize: 2,
        total: expect.any(Number),
      });
      expect(first.body.total).toBeGreaterThan(2);
      expect(first.body.items).toHaveLength(2);
      const all = await coach(1).get('/job-seekers').query({ pageSize: 100 }).expect(200);
      expect(all.body.total).toBe(first.body.total);
      expect(all.body.items.slice(0, 2)).toEqual(first.body.items);
      const second = await coach(1).get('/job-seekers').query({ page: 2, pageSize: 2 }).expect(200);
      expect(second.body.items).toEqual(all.body.items.slice(2, 4));
      const items = all.body.items as Array<{ id: string }>;
      expect(items.some((entry) => ownIds.includes(entry.id))).toBe(false);
      expect(items[0]).toEqual({
        id: expect.any(String),
        version: expect.any(Number),
        completenessScore: expect.any(Number),
        completenessBand: expect.any(String),
        missing: expect.any(Array),
        stale: expect.any(Array),
        availability: expect.any(String),
        employerVisible: expect.any(Boolean),
        reviewFlaggedAt: null,
        lastActivityAt: expect.any(String),
      });
      expect(JSON.stringify(all.body)).not.toMatch(/Testa|Fictief/);
      const refused = await coach(1).get('/job-seekers').query({ pageSize: 101 }).expect(400);
      expect(refused.body.message).toEqual(['pageSize must not be greater than 100']);
    });
  });

  describe('transfer between coaches', () => {
    it('moves the job seeker, resets the coach’s consent (no re-match: consent is read-time) and audits', async () => {
      const id = await create(1, fullSeeker());
      const today = new Date().toISOString().slice(0, 10);
      const on = await coach(1)
        .put(`/job-seekers/${id}/consent`)
        .send({ seeker: { given: true, date: today }, coach: { given: true } })
        .expect(200);
      expect(on.body.consent.employerVisible).toBe(true);
      const res = await coach(1)
        .post(`/job-seekers/${id}/transfer`)
        .send({ toCoachId: 'demo-coach-2' })
        .expect(200);
      expect(res.body).toMatchObject({
        id,
        fromCoachId: 'demo-coach-1',
        toCoachId: 'demo-coach-2',
        version: on.body.version,
        consent: { seeker: { given: true }, coach: { given: false }, employerVisible: false },
      });
      expect(await matchSeekerEnqueued(app, id, on.body.version + 1)).toBe(false);
      await coach(1).get(`/job-seekers/${id}`).expect(404);
      await coach(2).get(`/job-seekers/${id}/identity`).expect(200);
      expect((await auditRowsFor(env, id)).map((r) => r.origin)).toContain(
        'transfer from coach demo-coach-1 to coach demo-coach-2',
      );
      const same = await coach(2)
        .post(`/job-seekers/${id}/transfer`)
        .send({ toCoachId: 'demo-coach-2' })
        .expect(400);
      expect(same.body.message).toEqual(['toCoachId demo-coach-2 already holds this job seeker']);
      await as(env, app, 'adviser')
        .post(`/job-seekers/${id}/transfer`)
        .send({ toCoachId: 'demo-coach-1' })
        .expect(403);
      const bad = await as(env, app, 'admin')
        .post(`/job-seekers/${id}/transfer`)
        .send({ toCoachId: 'no spaces' })
        .expect(400);
      expect(bad.body.message).toEqual(['toCoachId must be a coach id (letters, digits, . _ -)']);
      await as(env, app, 'admin')
        .post(`/job-seekers/${id}/transfer`)
        .send({ toCoachId: 'demo-coach-1' })
        .expect(200);
      await coach(1).get(`/job-seekers/${id}`).expect(200);
    });
  });

  describe('retention', () => {
    it('flags profiles inactive beyond the configured days for review; activity clears the flag', async () => {
      const idle = await create(1, fullSeeker());
      const busy = await create(1, fullSeeker());
      await backdate(idle, 'last_activity_at', 91);
      await backdate(busy, 'last_activity_at', 89);
      await coach(1).post('/caseload/retention-sweep').expect(403);
      const sweep = await as(env, app, 'admin').post('/caseload/retention-sweep').expect(200);
      expect(sweep.body).toMatchObject({ inactiveDays: 90, flagged: 1, seekerIds: [idle] });
      const again = await as(env, app, 'admin').post('/caseload/retention-sweep').expect(200);
      expect(again.body.flagged).toBe(0);
      const review = await coach(1).get('/caseload/review').expect(200);
      expect(review.body).toMatchObject({ page: 1, pageSize: 20, total: 1 });
      expect(review.body.items.map((e: { id: string }) => e.id)).toEqual([idle]);
      expect((await coach(2).get('/caseload/review').expect(200)).body).toEqual({
        items: [],
        page: 1,
        pageSize: 20,
        total: 0,
      });
      expect((await coach(1).get('/caseload').expect(200)).body.flaggedForReview).toBe(1);
      expect((await auditRowsFor(env, idle)).at(-1)).toMatchObject({
        actor_subject: 'admin-user-1',
        origin: 'flagged for retention review',
      });
      await coach(1)
        .patch(`/job-seekers/${idle}`)
        .send({ skills: [SKILL.mig] })
        .expect(200);
      expect((await coach(1).get('/caseload/review').expect(200)).body.total).toBe(0);
    });

    it('pages the review list like every list endpoint, longest inactive first', async () => {
      const flagged = [];
      for (const days of [200, 150, 120]) {
        const id = await create(2, fullSeeker());
        await backdate(id, 'last_activity_at', days);
        flagged.push(id);
      }
      await as(env, app, 'admin').post('/caseload/retention-sweep').expect(200);
      const first = await coach(2).get('/caseload/review').query({ pageSize: 2 }).expect(200);
      expect(first.body).toMatchObject({ page: 1, pageSize: 2, total: 3 });
      expect(first.body.items.map((e: { id: string }) => e.id)).toEqual(flagged.slice(0, 2));
      const second = await coach(2)
        .get('/caseload/review')
        .query({ page: 2, pageSize: 2 })
        .expect(200);
      expect(second.body.items.map((e: { id: string }) => e.id)).toEqual(flagged.slice(2));
      const refused = await coach(2).get('/caseload/review').query({ pageSize: 101 }).expect(400);
      expect(JSON.stringify(refused.body.message)).toContain('pageSize');
    });
  });

  describe('demo data', () => {
    it('seeds every kind of job seeker once, and the sweep enqueues their matches', async () => {
      const first = await jobSeekersDemoSeeder.seed(env.dataSource);
      await jobSeekersDemoSeeder.seed(env.dataSource);
      expect(first).toMatch(/^20 demo job seekers in 3 caseloads/);
      const rows: Array<{ coach_id: string; n: number }> = await env.dataSource.query(
        `SELECT coach_id, count(*)::int AS n FROM job_seekers.profile WHERE id::text LIKE '5ee4e700-%' GROUP BY coach_id ORDER BY coach_id`,
      );
      expect(rows).toEqual([
        { coach_id: 'demo-coach-1', n: 6 },
        { coach_id: 'demo-coach-2', n: 3 },
        // The regional-insight picture (issue 15): welders and warehouse staff.
        { coach_id: 'demo-coach-3', n: 11 },
      ]);
      expect(await app.get(SeekerMatchQueue).retryMissed()).toBeGreaterThanOrEqual(8);
      expect(await matchSeekerEnqueued(app, '5ee4e700-0000-4000-8000-000000000004', 1)).toBe(true);

      const welder = await coach(1)
        .get('/job-seekers/5ee4e700-0000-4000-8000-000000000004')
        .expect(200);
      expect(welder.body).toMatchObject({
        highestQualification: { code: 'NL:MBO-3', eqf: 3 },
        willingToWorkInGermany: true,
        languages: expect.arrayContaining([{ language: 'de', level: 'B1' }]),
        consent: { employerVisible: true },
        completeness: { score: 100 },
      });
      const leaver = await coach(1)
        .get('/job-seekers/5ee4e700-0000-4000-8000-000000000002')
        .expect(200);
      expect(leaver.body.schoolLeaver).toMatchObject({
        schoolType: 'VSO',
        exitProfile: 'arbeidsmarkt',
      });
      const pro = await coach(2)
        .get('/job-seekers/5ee4e700-0000-4000-8000-000000000003')
        .expect(200);
      expect(pro.body.schoolLeaver).toMatchObject({ schoolType: 'PrO' });
      const banen = await coach(1)
        .get('/job-seekers/5ee4e700-0000-4000-8000-000000000001')
        .expect(200);
      expect(banen.body.targetGroups).toEqual({ banenafspraak: true, benefit: 'participatiewet' });
      const engineer = await coach(2)
        .get('/job-seekers/5ee4e700-0000-4000-8000-000000000005')
        .expect(200);
      expect(engineer.body.highestQualification).toEqual({ code: 'NL:HBO-BACHELOR', eqf: 6 });
      const stale = await coach(2)
        .get('/job-seekers/5ee4e700-0000-4000-8000-000000000008')
        .expect(200);
      expect(stale.body.completeness.stale).toEqual(['availability']);
      const incomplete = await coach(1)
        .get('/job-seekers/5ee4e700-0000-4000-8000-000000000007')
        .expect(200);
      expect(incomplete.body.completeness.band).toBe('low');
    });
  });
});
