import { as, countRows, fullSeeker, OCC, SKILL, useProfileService } from './job-seekers.fixtures';

describe('job-seeker input: 400 naming the field, nothing stored', () => {
  const suite = useProfileService();
  const { coach1, create } = suite;

  describe('bad input: 400 naming the field, nothing stored', () => {
    const future = `${new Date().getUTCFullYear() + 1}-01-01`;
    it.each<[string, Record<string, unknown>, RegExp]>([
      ['a bsn field', { bsn: '111222333' }, /property bsn should not exist/],
      [
        'a bsn inside identity',
        { identity: { ...(fullSeeker().identity as object), bsn: '111222333' } },
        /identity\.property bsn should not exist/,
      ],
      [
        'a BSN as client reference',
        {
          identity: {
            ...(fullSeeker().identity as object),
            clientReference: { system: 'uwv', reference: '111222333' },
          },
        },
        /identity\.clientReference\.reference looks like a BSN/,
      ],
      [
        'an impossible postcode',
        { homeLocation: { postcode: '0123 AB' } },
        /homeLocation\.postcode must be a Dutch postcode/,
      ],
      [
        'a postcode ending in SS',
        { homeLocation: { postcode: '7511 SS' } },
        /homeLocation\.postcode must be a Dutch postcode/,
      ],
      [
        'a postcode area that does not exist',
        { homeLocation: { postcode: '9999' } },
        /homeLocation\.postcode "9999" is not a known NL postcode area/,
      ],
      [
        'an unknown place',
        { homeLocation: { place: 'Atlantis' } },
        /homeLocation\.place "Atlantis" is not a known place/,
      ],
      [
        'a CEFR level B3',
        { languages: [{ language: 'de', level: 'B3' }] },
        /languages\.0\.level must be one of the following values: A1, A2, B1, B2, C1, C2/,
      ],
      [
        'a language twice',
        {
          languages: [
            { language: 'de', level: 'B1' },
            { language: 'de', level: 'B2' },
          ],
        },
        /languages lists a language twice/,
      ],
      [
        'a leaving date in 1900',
        { schoolLeaver: { schoolType: 'PrO', expectedLeavingDate: '1900-07-01' } },
        /schoolLeaver\.expectedLeavingDate must be a date \(YYYY-MM-DD\) between/,
      ],
      [
        'a VSO leaver without exit profile',
        { schoolLeaver: { schoolType: 'VSO' } },
        /schoolLeaver\.exitProfile must be one of/,
      ],
      ['travel distance -5', { maxTravelKm: -5 }, /maxTravelKm must not be less than 0/],
      [
        'hours min above max',
        { hoursPerWeek: { min: 32, max: 20 } },
        /hoursPerWeek\.max must not be less than min/,
      ],
      [
        'an unknown ESCO occupation',
        { wantedOccupations: [OCC.unknown] },
        /wantedOccupations contains unknown ESCO occupation\(s\): http:\/\/data\.europa\.eu\/esco\/occupation\/00000000/,
      ],
      [
        'a skill URI as occupation',
        { wantedOccupations: [SKILL.mig] },
        /each value in wantedOccupations must be an ESCO occupation URI/,
      ],
      [
        'an unknown ESCO skill',
        { skills: [SKILL.unknown] },
        /skills contains unknown ESCO skill\(s\)/,
      ],
      [
        'an unknown experience occupation',
        { workExperience: [{ occupationUri: OCC.unknown, years: 2 }] },
        /workExperience\.0\.occupationUri is not a known ESCO occupation/,
      ],
      [
        'an unknown qualification',
        { highestQualification: { code: 'NL:MBO-9' } },
        /highestQualification\.code must be a known Dutch or German qualification code/,
      ],
      [
        'available now from a future date',
        { availableNow: true, availableFrom: future },
        /availableFrom .* lies in the future while availableNow is true/,
      ],
      [
        'an unknown driving licence',
        { drivingLicences: ['Z'] },
        /each value in drivingLicences must be one of the following values/,
      ],
      [
        'an unknown benefit',
        { targetGroups: { banenafspraak: false, benefit: 'bijstand' } },
        /targetGroups\.benefit must be one of the following values: participatiewet, ww, wajong, none/,
      ],
      [
        'an MBO course of an unknown level',
        { currentEducation: { code: 'NL:HBO-6', expectedEndDate: future } },
        /currentEducation\.code must be one of the following values: NL:MBO-1, NL:MBO-2, NL:MBO-3, NL:MBO-4/,
      ],
      [
        'an MBO course without its end date',
        { currentEducation: { code: 'NL:MBO-2' } },
        /currentEducation\.expectedEndDate/,
      ],
      [
        'an MBO course that ended years ago',
        { currentEducation: { code: 'NL:MBO-2', expectedEndDate: '2019-07-01' } },
        /currentEducation\.expectedEndDate/,
      ],
      ['no identity', { identity: undefined }, /identity should not be null or undefined/],
      [
        'an e-mail that is not one',
        { identity: { ...(fullSeeker().identity as object), email: 'nope' } },
        /identity\.email must be an email/,
      ],
    ])('refuses %s', async (_, overrides, message) => {
      const before = [
        await countRows(suite.env, 'profile'),
        await countRows(suite.env, 'identity'),
      ];
      const res = await coach1().post('/job-seekers').send(fullSeeker(overrides)).expect(400);
      expect(res.body.message).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
      expect([
        await countRows(suite.env, 'profile'),
        await countRows(suite.env, 'identity'),
      ]).toEqual(before);
    });

    it('refuses a second profile for the same client record, and stores neither half', async () => {
      const body = fullSeeker();
      await coach1().post('/job-seekers').send(body).expect(201);
      const before = [
        await countRows(suite.env, 'profile'),
        await countRows(suite.env, 'identity'),
      ];
      const res = await as(suite.env, suite.app, 'coach2')
        .post('/job-seekers')
        .send(body)
        .expect(409);
      expect(res.body.message).toMatch(/identity\.clientReference already belongs/);
      expect([
        await countRows(suite.env, 'profile'),
        await countRows(suite.env, 'identity'),
      ]).toEqual(before);
    });

    it('stores one profile when the same client record is sent five times at once', async () => {
      const body = fullSeeker();
      const before = [
        await countRows(suite.env, 'profile'),
        await countRows(suite.env, 'identity'),
      ];
      const statuses = await Promise.all(
        [1, 2, 3, 4, 5].map(async () => (await coach1().post('/job-seekers').send(body)).status),
      );
      expect(statuses.sort()).toEqual([201, 409, 409, 409, 409]);
      expect([
        await countRows(suite.env, 'profile'),
        await countRows(suite.env, 'identity'),
      ]).toEqual([before[0] + 1, before[1] + 1]);
    });

    it('leaves a profile untouched when a change is refused', async () => {
      const id = await create();
      await coach1()
        .patch(`/job-seekers/${id}`)
        .send({ maxTravelKm: 10, skills: [SKILL.unknown] })
        .expect(400);
      await coach1().patch(`/job-seekers/${id}`).send({ bsn: '111222333' }).expect(400);
      await coach1().patch(`/job-seekers/${id}`).send({ availableFrom: future }).expect(400);
      const res = await coach1().get(`/job-seekers/${id}`).expect(200);
      expect(res.body).toMatchObject({ version: 1, maxTravelKm: 40, availableFrom: null });
    });

    it('keeps the MBO course a job seeker follows, clears it with null, and re-matches for neither', async () => {
      const id = await create();
      const course = { code: 'NL:MBO-3', expectedEndDate: future };
      await coach1().patch(`/job-seekers/${id}`).send({ currentEducation: course }).expect(200);
      let res = await coach1().get(`/job-seekers/${id}`).expect(200);
      // The course is not a matching fact: the version (and so the re-match) does not move.
      expect(res.body).toMatchObject({ version: 1, currentEducation: course, schoolLeaver: null });
      await coach1().patch(`/job-seekers/${id}`).send({ currentEducation: null }).expect(200);
      res = await coach1().get(`/job-seekers/${id}`).expect(200);
      expect(res.body.currentEducation).toBeNull();
    });

    it('refuses null for an identity field that cannot be cleared, and clears e-mail and phone', async () => {
      const id = await create();
      const identity = `/job-seekers/${id}/identity`;
      for (const field of ['givenName', 'familyName', 'clientReference']) {
        const res = await coach1()
          .patch(identity)
          .send({ [field]: null })
          .expect(400);
        expect(res.body.message.length).toBeGreaterThan(0);
        for (const message of res.body.message) expect(message).toMatch(new RegExp(`\\b${field} `));
      }
      const cleared = await coach1().patch(identity).send({ email: null, phone: null }).expect(200);
      expect(cleared.body).toMatchObject({ givenName: 'Testa', email: null, phone: null });
    });

    it('refuses an id that is not a uuid', async () => {
      const res = await coach1().get('/job-seekers/42').expect(400);
      expect(res.body.message).toMatch(/uuid/);
    });
  });
});
