import {
  ADVISER,
  COACH,
  dutchVacancy,
  EMPLOYER_A,
  EMPLOYER_B,
  ESCO,
  registerEmployer,
  RegistryHarness,
  startRegistry,
} from './vacancies.helpers';

/** Dates a year ahead: within the range a vacancy date may have, and in the future. */
const NEXT_YEAR = new Date().getUTCFullYear() + 1;

describe('vacancy registry: employers and bad input', () => {
  let harness: RegistryHarness;
  let employerA: string;

  beforeAll(async () => {
    harness = await startRegistry();
    employerA = await registerEmployer(harness, EMPLOYER_A, {
      street: 'Hengelosestraat 1',
      postcode: '7514 AA',
      contactPhone: '+31 53 000 0000',
    });
  });

  afterAll(async () => {
    await harness?.close();
  });

  const a = () => harness.as(EMPLOYER_A);
  const count = async (table: string) =>
    Number(
      (await harness.env.dataSource.query(`SELECT count(*) AS n FROM vacancies.${table}`))[0].n,
    );
  const auditOf = (objectId: string) =>
    harness.env.dataSource.query(
      `SELECT actor_subject, action, object_type, result FROM audit.audit_event
        WHERE object_id = $1 ORDER BY seq`,
      [objectId],
    );

  describe('employers', () => {
    it('registers an organisation once, with coordinates, and audits the contact person', async () => {
      const { body } = await a().get(`/employers/${employerA}`).expect(200);
      expect(body).toMatchObject({
        organisationId: 'e2e-org-a',
        kvkNumber: '12345678',
        postcode: '7514 AA',
        place: 'Enschede',
        contactName: 'Test Contactpersoon',
        contactEmail: 'contact@example.invalid',
      });
      expect(body.latitude).toBeCloseTo(52.2, 1);
      const again = await a()
        .post('/employers', {
          name: 'Tweede',
          country: 'NL',
          kvkNumber: '11111111',
          place: 'Hengelo',
        })
        .expect(409);
      expect(again.body.message).toBe('organisation e2e-org-a already has an employer record');
      expect(await auditOf(employerA)).toEqual([
        {
          actor_subject: EMPLOYER_A.subject,
          action: 'create',
          object_type: 'employer',
          result: 'allowed',
        },
        {
          actor_subject: EMPLOYER_A.subject,
          action: 'read',
          object_type: 'employer',
          result: 'allowed',
        },
      ]);
    });

    it('keeps the contact person out of lists and out of vacancies', async () => {
      const list = await harness.as(ADVISER).get('/employers').expect(200);
      expect(list.body.items[0]).not.toHaveProperty('contactName');
      const vacancy = await a().post('/vacancies', dutchVacancy()).expect(201);
      expect(JSON.stringify(vacancy.body)).not.toMatch(/Contactpersoon|example\.invalid/);
    });

    it("answers 404 for another organisation's record and audits the attempt", async () => {
      const employerB = await registerEmployer(harness, EMPLOYER_B, { kvkNumber: '87654321' });
      await harness.as(EMPLOYER_B).get(`/employers/${employerA}`).expect(404);
      await harness
        .as(EMPLOYER_B)
        .patch(`/employers/${employerA}`, { name: 'Overgenomen' })
        .expect(404);
      const trail = await auditOf(employerA);
      expect(trail.slice(-2)).toEqual([
        {
          actor_subject: EMPLOYER_B.subject,
          action: 'read',
          object_type: 'employer',
          result: 'denied',
        },
        {
          actor_subject: EMPLOYER_B.subject,
          action: 'update',
          object_type: 'employer',
          result: 'denied',
        },
      ]);
      const own = await harness.as(EMPLOYER_B).get('/employers').expect(200);
      expect(own.body.items.map((e: { id: string }) => e.id)).toEqual([employerB]);
      await harness.as(COACH).get('/employers').expect(403);
      await harness.as(COACH).get(`/employers/${employerA}`).expect(403);
    });

    it('registers a German employer by its Handelsregister entry', async () => {
      const { body } = await harness
        .as(ADVISER)
        .post('/employers', {
          name: 'E2E Stahlbau GmbH',
          country: 'DE',
          foreignRegistration: 'HRB 1234, Amtsgericht Coesfeld',
          postcode: '48599',
          place: 'Gronau',
          organisationId: 'e2e-org-de',
        })
        .expect(201);
      expect(body).toMatchObject({ country: 'DE', kvkNumber: null, organisationId: 'e2e-org-de' });
      expect(body.longitude).toBeCloseTo(7.02, 1);
      const moved = await harness
        .as(ADVISER)
        .patch(`/employers/${body.id}`, { place: 'Nordhorn', postcode: null })
        .expect(200);
      expect(moved.body.latitude).toBeCloseTo(52.43, 1);
    });

    it('clears an optional employer field with null, and refuses null for name, country and place', async () => {
      for (const field of ['name', 'country', 'place']) {
        const { body } = await a()
          .patch(`/employers/${employerA}`, { [field]: null })
          .expect(400);
        expect(body.message.length).toBeGreaterThan(0);
        for (const message of body.message) expect(message).toMatch(new RegExp(`^${field} `));
      }
      const { body } = await a()
        .patch(`/employers/${employerA}`, { contactPhone: null, street: null })
        .expect(200);
      expect(body).toMatchObject({ name: 'E2E e2e-org-a B.V.', contactPhone: null, street: null });
    });

    it.each([
      [{ country: 'NL', place: 'Enschede' }, 'kvkNumber is required for a Dutch employer'],
      [{ country: 'NL', kvkNumber: '1234567', place: 'Enschede' }, 'kvkNumber must be 8 digits'],
      [
        { country: 'DE', place: 'Gronau' },
        'foreignRegistration is required for a German employer without a KvK number (e.g. HRB 1234, Amtsgericht Coesfeld)',
      ],
      [
        { country: 'NL', kvkNumber: '12345678', place: 'Atlantis' },
        'place Atlantis is not a known place in NL',
      ],
      [
        { country: 'NL', kvkNumber: '12345678', place: 'Almelo', contactEmail: 'geen-mail' },
        'contactEmail must be an email',
      ],
    ])('refuses an employer %j', async (fields, message) => {
      const before = await count('employer');
      const { body } = await harness
        .as(ADVISER)
        .post('/employers', { name: 'Fout B.V.', ...fields })
        .expect(400);
      expect(body.message).toEqual([message]);
      expect(await count('employer')).toBe(before);
    });
  });

  describe('bad vacancy input: 400 naming the field, nothing stored', () => {
    it.each([
      [
        { occupationUri: ESCO.unknownOccupation },
        `occupationUri ${ESCO.unknownOccupation} is not a known ESCO occupation`,
      ],
      [
        { requiredSkills: [ESCO.magWelding, ESCO.unknownSkill] },
        `requiredSkills.1 ${ESCO.unknownSkill} is not a known ESCO skill`,
      ],
      [
        { minimumEqf: 9, minimumQualificationCode: undefined },
        'minimumEqf must be an EQF level from 0 (below level 1) to 8',
      ],
      [
        { minimumEqf: -1, minimumQualificationCode: undefined },
        'minimumEqf must be an EQF level from 0 (below level 1) to 8',
      ],
      [
        { minimumQualificationCode: 'NL:MBO-7' },
        'minimumQualificationCode NL:MBO-7 is not a known qualification (e.g. NL:MBO-2, DE:AUSBILDUNG-3)',
      ],
      [
        { minimumEqf: 4 },
        'minimumEqf 4 does not match NL:MBO-2 (EQF 2); leave it out or clear minimumQualificationCode',
      ],
      [
        { startDate: `${NEXT_YEAR}-03-01`, closingDate: `${NEXT_YEAR}-02-01` },
        `closingDate must not be before startDate (${NEXT_YEAR}-03-01)`,
      ],
      [
        { closingDate: `${NEXT_YEAR - 2}-01-01` },
        expect.stringMatching(
          /^closingDate must not be in the past \(today is \d{4}-\d{2}-\d{2}\)$/,
        ),
      ],
      [{ closingDate: `${NEXT_YEAR}-02-30` }, 'closingDate must be a real calendar date'],
      [{ hoursMin: -8 }, 'hoursMin must not be less than 0'],
      [{ hoursMin: 38, hoursMax: 24 }, 'hoursMax must not be less than hoursMin (38)'],
      [{ hoursMax: 80 }, 'hoursMax must not be greater than 60'],
      [
        { description: 'x'.repeat(25_000) },
        'description must be shorter than or equal to 20000 characters',
      ],
      [{ workPlace: 'Atlantis' }, 'workPlace Atlantis is not a known place in the Netherlands'],
      [{ workPostcode: '0000 AA' }, 'workPostcode must be a Dutch postcode (1234 AB or 1234)'],
      [
        { languages: [{ language: 'de', level: 'B3' }] },
        'languages.0.level must be one of the following values: A1, A2, B1, B2, C1, C2',
      ],
      [
        { drivingLicences: ['Z'] },
        expect.stringMatching(/^each value in drivingLicences must be one of/),
      ],
      [{ salary: 3000 }, 'property salary should not exist'],
      [{ country: 'BE' }, 'country must be one of the following values: NL, DE'],
      [
        { country: 'DE', workPlace: 'Gronau', banenafspraakReserved: true },
        'banenafspraakReserved applies to Dutch vacancies only: the banenafspraak has no standing in Germany',
      ],
      [
        { recognitionRequired: true },
        'recognitionRequired applies to German vacancies only (Anerkennung of a Dutch diploma)',
      ],
    ])('refuses %j', async (change, message) => {
      const before = await count('vacancy');
      const { body } = await a().post('/vacancies', dutchVacancy(change)).expect(400);
      expect(body).toEqual({ statusCode: 400, error: 'Bad Request', message: [message] });
      expect(await count('vacancy')).toBe(before);
    });

    it('answers a 10 MB description with 413 and stores nothing', async () => {
      const before = await count('vacancy');
      const { body } = await a()
        .post('/vacancies', dutchVacancy({ description: 'x'.repeat(10 * 1024 * 1024) }))
        .expect(413);
      expect(body).toEqual({
        statusCode: 413,
        error: 'Payload Too Large',
        message: expect.stringMatching(/too large/i),
      });
      expect(await count('vacancy')).toBe(before);
    });

    it('refuses a change that breaks a rule, and leaves the vacancy as it was', async () => {
      const { body } = await a()
        .post(
          '/vacancies',
          dutchVacancy({ startDate: `${NEXT_YEAR}-03-01`, closingDate: `${NEXT_YEAR}-04-01` }),
        )
        .expect(201);
      const refused = await a()
        .patch(`/vacancies/${body.id}`, { closingDate: `${NEXT_YEAR}-02-01`, hoursMax: 20 })
        .expect(400);
      expect(refused.body.message).toEqual([
        'hoursMax must not be less than hoursMin (32)',
        `closingDate must not be before startDate (${NEXT_YEAR}-03-01)`,
      ]);
      const unchanged = await a().get(`/vacancies/${body.id}`).expect(200);
      expect(unchanged.body).toMatchObject({
        closingDate: `${NEXT_YEAR}-04-01`,
        hoursMax: 38,
        version: 1,
      });
      await a().get('/vacancies/not-a-uuid').expect(400);
      await a().patch(`/vacancies/${body.id}`, { employerId: employerA }).expect(400);
    });

    it('clears an optional field with null, and refuses null for one that cannot be cleared', async () => {
      const { body } = await a()
        .post('/vacancies', dutchVacancy({ closingDate: `${NEXT_YEAR}-04-01`, supervision: 'Ja' }))
        .expect(201);
      const refused = await a()
        .patch(`/vacancies/${body.id}`, { title: null, requiredSkills: null, closingDate: null })
        .expect(400);
      expect(refused.body.message).toEqual([
        'title cannot be cleared; leave it out to keep it, or send its new value',
        'requiredSkills cannot be cleared; leave it out to keep it, or send its new value',
      ]);
      const cleared = await a()
        .patch(`/vacancies/${body.id}`, { closingDate: null, supervision: null, hoursMax: null })
        .expect(200);
      expect(cleared.body).toMatchObject({
        title: 'Lasser MIG/MAG',
        closingDate: null,
        supervision: null,
        hoursMax: null,
        version: 2,
      });
    });
  });
});
