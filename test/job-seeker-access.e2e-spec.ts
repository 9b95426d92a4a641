import { MatchableSeekersService } from '@wt/job-seekers';
import request from 'supertest';
import {
  as,
  auditRowsFor,
  matchSeekerEnqueued,
  fullSeeker,
  useProfileService,
} from './job-seekers.fixtures';

describe('job-seeker access, consent and identity', () => {
  const suite = useProfileService();
  const { coach1, create } = suite;

  describe('who may see what', () => {
    let id: string;
    beforeAll(async () => {
      id = await create();
    });

    it('hides a profile from another coach: 404 on every route, each attempt audited as denied', async () => {
      const coach2 = as(suite.env, suite.app, 'coach2');
      await coach2.get(`/job-seekers/${id}`).expect(404);
      await coach2.get(`/job-seekers/${id}/identity`).expect(404);
      await coach2.patch(`/job-seekers/${id}`).send({ maxTravelKm: 1 }).expect(404);
      await coach2.patch(`/job-seekers/${id}/identity`).send({ givenName: 'X' }).expect(404);
      await coach2
        .put(`/job-seekers/${id}/consent`)
        .send({ coach: { given: true } })
        .expect(404);
      await coach2.post(`/job-seekers/${id}/availability/confirm`).expect(404);
      await coach2
        .post(`/job-seekers/${id}/transfer`)
        .send({ toCoachId: 'demo-coach-2' })
        .expect(404);
      await coach2.delete(`/job-seekers/${id}`).expect(404);
      const denied = (await auditRowsFor(suite.env, id)).filter(
        (r) => r.actor_subject === 'coach-user-2',
      );
      expect(denied).toHaveLength(8);
      expect(denied.every((r) => r.result === 'denied')).toBe(true);
      const res = await coach1().get(`/job-seekers/${id}`).expect(200);
      expect(res.body.maxTravelKm).toBe(40);
    });

    it('refuses employers every profile route (403)', async () => {
      const employer = as(suite.env, suite.app, 'employer');
      await employer.get('/job-seekers').expect(403);
      await employer.post('/job-seekers').send(fullSeeker()).expect(403);
      await employer.get(`/job-seekers/${id}?reason=curious%20employer`).expect(403);
      await employer.get(`/job-seekers/${id}/identity`).expect(403);
      await employer
        .post(`/job-seekers/${id}/introduction-contact`)
        .send({ reason: 'introduction' })
        .expect(403);
      await employer
        .put(`/job-seekers/${id}/consent`)
        .send({ coach: { given: true } })
        .expect(403);
      await employer.delete(`/job-seekers/${id}`).expect(403);
      await employer.get('/caseload').expect(403);
    });

    it('answers 401 without a token', async () => {
      await request(suite.app.getHttpServer()).get(`/job-seekers/${id}`).expect(401);
    });

    it('lets an adviser read a profile only with a reason, and records the reason', async () => {
      const adviser = as(suite.env, suite.app, 'adviser');
      const missing = await adviser.get(`/job-seekers/${id}`).expect(400);
      expect(missing.body.message).toEqual([expect.stringMatching(/^reason is required/)]);
      const res = await adviser
        .get(`/job-seekers/${id}`)
        .query({ reason: 'shortlist vacancy V-17' })
        .expect(200);
      expect(res.body.supportNeeded).toBe('Vaste begintijden.');
      expect((await auditRowsFor(suite.env, id)).at(-1)).toMatchObject({
        actor_subject: 'adviser-user-1',
        action: 'read',
        result: 'allowed',
        origin: 'reason: shortlist vacancy V-17',
      });
      await adviser.get(`/job-seekers/${id}/identity`).expect(403);
      await adviser.patch(`/job-seekers/${id}`).send({ maxTravelKm: 1 }).expect(403);
    });

    it('lets an admin read with a reason, without the support-needed text', async () => {
      const res = await as(suite.env, suite.app, 'admin')
        .get(`/job-seekers/${id}`)
        .query({ reason: 'data quality check' })
        .expect(200);
      expect(res.body).not.toHaveProperty('supportNeeded');
      await as(suite.env, suite.app, 'admin').get(`/job-seekers/${id}/identity`).expect(403);
    });
  });

  describe('double opt-in consent', () => {
    it('shows a profile to employers only with both switches on; a withdrawal hides it at once, without a re-match (visibility is read-time)', async () => {
      const id = await create();
      const visible = suite.app.get(MatchableSeekersService);
      const noDate = await coach1()
        .put(`/job-seekers/${id}/consent`)
        .send({ seeker: { given: true } })
        .expect(400);
      expect(noDate.body.message).toEqual([expect.stringMatching(/^seeker\.date is required/)]);

      const seekerOnly = await coach1()
        .put(`/job-seekers/${id}/consent`)
        .send({ seeker: { given: true, date: new Date().toISOString().slice(0, 10) } })
        .expect(200);
      expect(seekerOnly.body.consent).toMatchObject({
        seeker: { given: true },
        coach: { given: false },
        employerVisible: false,
      });
      expect(await visible.employerVisibleAmong([id])).toEqual(new Set());

      const both = await coach1()
        .put(`/job-seekers/${id}/consent`)
        .send({ coach: { given: true } })
        .expect(200);
      expect(both.body.consent.employerVisible).toBe(true);
      expect(await visible.employerVisibleAmong([id])).toEqual(new Set([id]));
      const versionOn = both.body.version as number;

      const withdrawn = await coach1()
        .put(`/job-seekers/${id}/consent`)
        .send({ seeker: { given: false } })
        .expect(200);
      expect(withdrawn.body.consent).toMatchObject({
        seeker: { given: false },
        employerVisible: false,
      });
      expect(withdrawn.body.version).toBe(versionOn);
      expect(await visible.employerVisibleAmong([id])).toEqual(new Set());
      expect((await visible.findOne(id))?.employerVisible).toBe(false);
      expect(await matchSeekerEnqueued(suite.app, id, versionOn + 1)).toBe(false);
    });

    it('releases contact details to an adviser only after double opt-in, with a reason, audited', async () => {
      const id = await create();
      const adviser = as(suite.env, suite.app, 'adviser');
      const refused = await adviser
        .post(`/job-seekers/${id}/introduction-contact`)
        .send({ reason: 'introduction at employer' })
        .expect(409);
      expect(refused.body.message).toMatch(/^consent: /);
      await adviser.post(`/job-seekers/${id}/introduction-contact`).send({}).expect(400);
      await coach1()
        .put(`/job-seekers/${id}/consent`)
        .send({
          seeker: { given: true, date: new Date().toISOString().slice(0, 10) },
          coach: { given: true },
        })
        .expect(200);
      const res = await adviser
        .post(`/job-seekers/${id}/introduction-contact`)
        .send({ reason: 'introduction at employer', vacancyId: 'V-17' })
        .expect(200);
      expect(res.body).toMatchObject({ seekerId: id, givenName: 'Testa', familyName: 'Fictief' });
      const identityReads = (await auditRowsFor(suite.env, id)).filter(
        (r) => r.object_type === 'job-seeker-identity' && r.actor_subject === 'adviser-user-1',
      );
      expect(identityReads.map((r) => [r.result, r.origin])).toEqual([
        ['denied', 'reason: introduction at employer; no double opt-in'],
        ['allowed', 'reason: introduction at employer; vacancy: V-17'],
      ]);
      await as(suite.env, suite.app, 'coach1')
        .post(`/job-seekers/${id}/introduction-contact`)
        .send({ reason: 'why not' })
        .expect(403);
    });
  });

  describe('identity changes', () => {
    it('corrects contact details without bumping the matching version, and keeps BSNs out', async () => {
      const id = await create();
      const res = await coach1()
        .patch(`/job-seekers/${id}/identity`)
        .send({ email: 'nieuw.adres@example.org', phone: null })
        .expect(200);
      expect(res.body).toMatchObject({ email: 'nieuw.adres@example.org', phone: null });
      const bsn = await coach1()
        .patch(`/job-seekers/${id}/identity`)
        .send({ clientReference: { system: 'uwv', reference: '123456782' } })
        .expect(400);
      expect(bsn.body.message).toEqual([
        expect.stringMatching(/^clientReference\.reference looks like a BSN/),
      ]);
      await coach1().patch(`/job-seekers/${id}/identity`).send({ bsn: '123456782' }).expect(400);
      const profile = await coach1().get(`/job-seekers/${id}`).expect(200);
      expect(profile.body.version).toBe(1);
    });
  });
});
