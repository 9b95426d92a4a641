import { SeekerErasureHooks } from '@wt/job-seekers';
import request from 'supertest';
import {
  as,
  auditRowsFor,
  fullSeeker,
  matchSeekerEnqueued,
  OCC,
  SKILL,
  useProfileService,
} from './job-seekers.fixtures';

describe('job-seeker profiles (/job-seekers)', () => {
  const suite = useProfileService();
  const { coach1, create } = suite;

  describe('create and read', () => {
    it('stores a profile under a pseudonymous id, identity apart, and enqueues match-seeker v1', async () => {
      const res = await coach1().post('/job-seekers').send(fullSeeker()).expect(201);
      const body = res.body;
      expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(body).toMatchObject({
        version: 1,
        coachId: 'demo-coach-1',
        wantedOccupations: [{ uri: OCC.welder, label: 'lasser', source: 'coach' }],
        skills: [{ uri: SKILL.mig }, { uri: SKILL.tig }],
        workExperience: [{ occupation: { uri: OCC.welder }, years: 4 }],
        highestQualification: { code: 'NL:MBO-3', eqf: 3 },
        homeLocation: { postcode: '7511', country: 'NL', label: 'Enschede' },
        hoursPerWeek: { min: 32, max: 40 },
        availableNow: true,
        availability: 'now',
        languages: [
          { language: 'nl', level: 'C2' },
          { language: 'de', level: 'B1' },
        ],
        willingToWorkInGermany: true,
        targetGroups: { banenafspraak: false, benefit: 'ww' },
        supportNeeded: 'Vaste begintijden.',
        consent: { employerVisible: false },
        completeness: { score: 100, band: 'complete', missing: [], stale: [] },
      });
      expect(body.homeLocation.lat).toBeCloseTo(52.22, 1);
      // Nothing that names the person travels with the profile.
      const text = JSON.stringify(body);
      for (const personal of ['Testa', 'Fictief', 'example.org', 'TEST-ENS', '+31']) {
        expect(text).not.toContain(personal);
      }
      expect(await matchSeekerEnqueued(suite.app, body.id, 1)).toBe(true);
      const [stored] = await suite.env.dataSource.query(
        `SELECT home_postcode, qualification_eqf, enqueued_version FROM job_seekers.profile WHERE id = $1`,
        [body.id],
      );
      expect(stored).toEqual({ home_postcode: '7511', qualification_eqf: 3, enqueued_version: 1 });
      expect(await auditRowsFor(suite.env, body.id)).toEqual([
        expect.objectContaining({ action: 'create', object_type: 'job-seeker', result: 'allowed' }),
      ]);
    });

    it('gives the coach the identity from its own endpoint, audited', async () => {
      const id = await create();
      const res = await coach1().get(`/job-seekers/${id}/identity`).expect(200);
      expect(res.body).toEqual({
        seekerId: id,
        givenName: 'Testa',
        familyName: 'Fictief',
        email: 'testa.fictief@example.org',
        phone: '+31 6 00000000',
        clientReference: { system: 'enschede', reference: expect.stringMatching(/^TEST-ENS-/) },
      });
      const rows = await auditRowsFor(suite.env, id);
      expect(rows.at(-1)).toMatchObject({
        action: 'read',
        object_type: 'job-seeker-identity',
        actor_subject: 'coach-user-1',
        result: 'allowed',
      });
      // The trail holds ids and field names only.
      expect(JSON.stringify(rows)).not.toMatch(/Testa|Fictief|example\.org/);
    });

    it('links free text to an ESCO occupation through the taxonomy', async () => {
      const res = await coach1()
        .post('/job-seekers')
        .send(fullSeeker({ wantedOccupations: [OCC.cleaner], wantedOccupationText: 'lasser' }))
        .expect(201);
      expect(res.body.wantedOccupations).toEqual([
        expect.objectContaining({ uri: OCC.cleaner, source: 'coach' }),
        expect.objectContaining({ uri: OCC.welder, source: 'linked' }),
      ]);
      expect(res.body.wantedOccupationText).toBe('lasser');
    });

    it('accepts a school leaver with a place instead of a postcode, and a German home', async () => {
      const vso = await coach1()
        .post('/job-seekers')
        .send(
          fullSeeker({
            highestQualification: { code: 'NL:VSO-NO-DIPLOMA' },
            schoolLeaver: {
              schoolType: 'VSO',
              exitProfile: 'arbeidsmarkt',
              expectedLeavingDate: `${new Date().getUTCFullYear() + 1}-07-01`,
              certificates: ['branchecertificaat schoonmaak'],
            },
            homeLocation: { place: 'Hengelo' },
            targetGroups: { banenafspraak: true, benefit: 'none' },
          }),
        )
        .expect(201);
      expect(vso.body).toMatchObject({
        highestQualification: { code: 'NL:VSO-NO-DIPLOMA', eqf: 0 },
        schoolLeaver: { schoolType: 'VSO', exitProfile: 'arbeidsmarkt' },
        homeLocation: {
          postcode: null,
          place: 'Hengelo',
          label: expect.stringContaining('Hengelo'),
        },
        targetGroups: { banenafspraak: true },
      });
      const german = await coach1()
        .post('/job-seekers')
        .send(fullSeeker({ homeLocation: { postcode: '48599', country: 'DE' } }))
        .expect(201);
      expect(german.body.homeLocation).toMatchObject({ postcode: '48599', country: 'DE' });
    });
  });

  describe('changes and the version', () => {
    it('bumps the version and enqueues a re-match when a matching field changes, not otherwise', async () => {
      const id = await create();
      const changed = await coach1()
        .patch(`/job-seekers/${id}`)
        .send({ maxTravelKm: 15, languages: [{ language: 'de', level: 'B2' }] })
        .expect(200);
      expect(changed.body).toMatchObject({ version: 2, maxTravelKm: 15 });
      expect(await matchSeekerEnqueued(suite.app, id, 2)).toBe(true);

      const sameAgain = await coach1()
        .patch(`/job-seekers/${id}`)
        .send({
          maxTravelKm: 15,
          languages: [{ language: 'de', level: 'B2' }],
          supportNeeded: 'Rustige werkplek.',
        })
        .expect(200);
      expect(sameAgain.body).toMatchObject({ version: 2, supportNeeded: 'Rustige werkplek.' });
      expect(await matchSeekerEnqueued(suite.app, id, 3)).toBe(false);

      const cleared = await coach1()
        .patch(`/job-seekers/${id}`)
        .send({ highestQualification: null, hoursPerWeek: null })
        .expect(200);
      expect(cleared.body).toMatchObject({
        version: 3,
        highestQualification: null,
        hoursPerWeek: null,
      });
      expect(cleared.body.completeness.missing).toEqual(['highestQualification', 'hoursPerWeek']);
      expect(await matchSeekerEnqueued(suite.app, id, 3)).toBe(true);
    });
  });

  describe('erasure', () => {
    it('removes identity, profile and matches for good, and keeps the audit trail (ids only)', async () => {
      const id = await create();
      await coach1().get(`/job-seekers/${id}/identity`).expect(200);
      const erasedInTransaction: string[] = [];
      suite.app.get(SeekerErasureHooks).register('test-matching', async (seekerId, manager) => {
        const [{ active }] = await manager.query(
          `SELECT count(*)::int AS active FROM job_seekers.profile WHERE id = $1`,
          [seekerId],
        );
        expect(active).toBe(1);
        erasedInTransaction.push(seekerId);
      });
      await coach1().delete(`/job-seekers/${id}`).expect(204);
      expect(erasedInTransaction).toEqual([id]);
      await coach1().get(`/job-seekers/${id}`).expect(404);
      await coach1().delete(`/job-seekers/${id}`).expect(404);
      const left = await suite.env.dataSource.query(
        `SELECT (SELECT count(*)::int FROM job_seekers.profile WHERE id = $1) AS profiles,
                (SELECT count(*)::int FROM job_seekers.identity WHERE seeker_id = $1) AS identities`,
        [id],
      );
      expect(left).toEqual([{ profiles: 0, identities: 0 }]);
      const trail = await auditRowsFor(suite.env, id);
      expect(trail.map((r) => [r.action, r.result])).toEqual(
        expect.arrayContaining([
          ['create', 'allowed'],
          ['read', 'allowed'],
          ['delete', 'allowed'],
          ['delete', 'denied'],
        ]),
      );
      expect(JSON.stringify(trail)).not.toMatch(/Testa|Fictief|example\.org|TEST-ENS/);
      suite.app.get(SeekerErasureHooks).register('test-matching', async () => undefined);
    });

    it('erases nothing when a context cannot remove its part', async () => {
      const id = await create();
      suite.app.get(SeekerErasureHooks).register('test-matching', async () => {
        throw new Error('matching store unavailable');
      });
      await coach1().delete(`/job-seekers/${id}`).expect(500);
      suite.app.get(SeekerErasureHooks).register('test-matching', async () => undefined);
      await coach1().get(`/job-seekers/${id}/identity`).expect(200);
    });

    it('lets an admin erase any profile, but not an adviser', async () => {
      const id = await create();
      await as(suite.env, suite.app, 'adviser').delete(`/job-seekers/${id}`).expect(403);
      await as(suite.env, suite.app, 'admin').delete(`/job-seekers/${id}`).expect(204);
      await coach1().get(`/job-seekers/${id}`).expect(404);
    });
  });

  describe('OpenAPI', () => {
    it('serves the description at /docs-json and the UI at /docs, without a token', async () => {
      const json = await request(suite.app.getHttpServer()).get('/docs-json').expect(200);
      expect(Object.keys(json.body.paths)).toEqual(
        expect.arrayContaining([
          '/job-seekers',
          '/job-seekers/{id}',
          '/job-seekers/{id}/consent',
          '/job-seekers/{id}/identity',
          '/job-seekers/{id}/introduction-contact',
          '/caseload',
          '/caseload/retention-sweep',
        ]),
      );
      const schemas = json.body.components.schemas;
      expect(schemas.CreateJobSeekerDto.properties).not.toHaveProperty('bsn');
      expect(schemas.LanguageDto.properties.level.enum).toEqual([
        'A1',
        'A2',
        'B1',
        'B2',
        'C1',
        'C2',
      ]);
      const ui = await request(suite.app.getHttpServer()).get('/docs').redirects(1).expect(200);
      expect(ui.text).toContain('swagger');
    });
  });
});
