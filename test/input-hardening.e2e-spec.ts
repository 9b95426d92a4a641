import { INestApplication } from '@nestjs/common';
import { ProfileServiceModule } from '@apps/profile-service/src/profile-service.module';
import { VacancyRegistryModule } from '@apps/vacancy-registry/src/vacancy-registry.module';
import { verifyAuditChain } from '@wt/audit';
import { Principal } from '@wt/auth';
import { createTestApp, startTestEnvironment, TestEnvironment, tokenFor } from '@wt/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { fullSeeker, matchSeekerEnqueued, OCC, PRINCIPALS, SKILL } from './job-seekers.fixtures';
import { dutchVacancy, EMPLOYER_A, ESCO } from './vacancies.helpers';

const ADVISER: Principal = { subject: 'hardening-adviser', role: 'adviser' };
const JOBSUCHE = JSON.parse(
  readFileSync(join(__dirname, 'fixtures/jobsuche/jobdetails-schweisser-gronau.json'), 'utf8'),
) as Record<string, unknown>;
const YEAR = new Date().getUTCFullYear();

/** `{"a":[[[...]]]}` nested `depth` deep, as raw JSON (too deep to build as an object and send). */
function deeplyNested(field: string, depth: number, base: object): string {
  const body = JSON.stringify(base);
  return `${body.slice(0, -1)},"${field}":${'['.repeat(depth)}${']'.repeat(depth)}}`;
}

describe('input hardening (issue 11): every bad request a 400 naming its field, nothing stored', () => {
  let env: TestEnvironment;
  let profiles: INestApplication;
  let registry: INestApplication;

  beforeAll(async () => {
    env = await startTestEnvironment({ VACANCY_SWEEP_MINUTES: '0' });
    profiles = await createTestApp(ProfileServiceModule.register(env.config));
    registry = await createTestApp(VacancyRegistryModule.register(env.config));
    await call(registry, EMPLOYER_A, 'post', '/employers')
      .send({ name: 'Hardening B.V.', country: 'NL', kvkNumber: '12345678', place: 'Enschede' })
      .expect(201);
  });

  afterAll(async () => {
    await profiles?.close();
    await registry?.close();
    await env?.close();
  });

  function call(
    app: INestApplication,
    who: Principal,
    method: 'post' | 'put' | 'patch' | 'get',
    url: string,
  ) {
    return request(app.getHttpServer())
      [method](url)
      .set('Authorization', `Bearer ${tokenFor(env.config, who)}`);
  }

  async function rowCounts(): Promise<Record<string, number>> {
    const [row] = await env.dataSource.query(
      `SELECT (SELECT count(*) FROM job_seekers.profile)::int AS profiles,
              (SELECT count(*) FROM job_seekers.identity)::int AS identities,
              (SELECT count(*) FROM vacancies.vacancy)::int AS vacancies,
              (SELECT count(*) FROM vacancies.employer)::int AS employers`,
    );
    return row;
  }

  async function expectRefused(test: request.Test, field: RegExp): Promise<void> {
    const before = await rowCounts();
    const res = await test;
    expect({ status: res.status, body: res.body }).toMatchObject({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request' },
    });
    expect((res.body.message as string[]).join('; ')).toMatch(field);
    expect(await rowCounts()).toEqual(before);
  }

  describe('finding 2: an array where an object belongs is a 400, never silently ignored', () => {
    let seekerId: string;
    beforeAll(async () => {
      const res = await call(profiles, PRINCIPALS.coach1, 'post', '/job-seekers')
        .send(fullSeeker())
        .expect(201);
      seekerId = res.body.id;
      await call(profiles, PRINCIPALS.coach1, 'put', `/job-seekers/${seekerId}/consent`)
        .send({
          seeker: {
            given: true,
            date: `${YEAR}-01-01`.replace(`${YEAR}-01-01`, new Date().toISOString().slice(0, 10)),
          },
          coach: { given: true },
        })
        .expect(200);
    });

    it('keeps the consent on and says why when the withdrawal comes as an array', async () => {
      await expectRefused(
        call(profiles, PRINCIPALS.coach1, 'put', `/job-seekers/${seekerId}/consent`).send({
          seeker: [{ given: false }],
        }),
        /^seeker must be an object, not an array$/,
      );
      const { body } = await call(
        profiles,
        PRINCIPALS.coach1,
        'get',
        `/job-seekers/${seekerId}`,
      ).expect(200);
      expect(body.consent).toMatchObject({ seeker: { given: true }, employerVisible: true });
    });

    it.each([
      ['schoolLeaver', [{ schoolType: 'PrO' }]],
      ['hoursPerWeek', [{ min: 8, max: 16 }]],
      ['targetGroups', [{ banenafspraak: true, benefit: 'wajong' }]],
      ['highestQualification', [{ code: 'NL:MBO-3' }]],
      ['homeLocation', [{ postcode: '7511 AB' }]],
    ])('refuses %s as an array on a change', async (field, value) => {
      await expectRefused(
        call(profiles, PRINCIPALS.coach1, 'patch', `/job-seekers/${seekerId}`).send({
          [field]: value,
        }),
        new RegExp(`^${field} must be an object, not an array$`),
      );
    });

    it('refuses a nested object given as an array inside identity', async () => {
      const identity = {
        ...(fullSeeker().identity as Record<string, unknown>),
        clientReference: [{ system: 'uwv', reference: 'X-1' }],
      };
      await expectRefused(
        call(profiles, PRINCIPALS.coach1, 'post', '/job-seekers').send(fullSeeker({ identity })),
        /identity\.clientReference must be an object, not an array/,
      );
    });
  });

  describe('finding 3: lists of objects hold objects', () => {
    it('refuses "languages": [[]] for a job seeker', async () => {
      await expectRefused(
        call(profiles, PRINCIPALS.coach1, 'post', '/job-seekers').send(
          fullSeeker({ languages: [[]] }),
        ),
        /^languages\.0 must be an object, not an array$/,
      );
    });

    it('refuses "workExperience": [[{...}]] for a job seeker', async () => {
      await expectRefused(
        call(profiles, PRINCIPALS.coach1, 'post', '/job-seekers').send(
          fullSeeker({ workExperience: [[{ occupationUri: OCC.welder, years: 2 }]] }),
        ),
        /^workExperience\.0 must be an object, not an array$/,
      );
    });

    it('refuses "languages": [[]] for a vacancy', async () => {
      await expectRefused(
        call(registry, EMPLOYER_A, 'post', '/vacancies').send(dutchVacancy({ languages: [[]] })),
        /^languages\.0 must be an object, not an array$/,
      );
    });
  });

  describe('finding 6: bad input that answered 500', () => {
    it.each<[string, object, RegExp]>([
      [
        'NUL in a vacancy title',
        { title: 'Lasser\u0000' },
        /^title must not contain control characters/,
      ],
      [
        'NUL in a description',
        { description: 'Tekst\u0000tekst' },
        /^description must not contain control/,
      ],
      [
        'a lone surrogate in a title',
        { title: 'Lasser \ud800' },
        /^title must be valid Unicode text/,
      ],
      ['hoursMin 5e-324', { hoursMin: 5e-324 }, /^hoursMin must be 0 or at least 0\.000001/],
      ['positions past 2^31', { positions: 2 ** 31 }, /^positions must be a number between/],
      [
        'a date that does not exist',
        { startDate: `${YEAR + 1}-04-31` },
        /^startDate must be a real calendar date/,
      ],
    ])('vacancy: %s', async (_name, overrides, field) => {
      await expectRefused(
        call(registry, EMPLOYER_A, 'post', '/vacancies').send(dutchVacancy(overrides)),
        field,
      );
    });

    it('vacancy: 1.8e308 (Infinity once parsed)', async () => {
      const raw = JSON.stringify(dutchVacancy()).replace('"hoursMin":32', '"hoursMin":1.8e308');
      await expectRefused(
        call(registry, EMPLOYER_A, 'post', '/vacancies')
          .set('Content-Type', 'application/json')
          .send(raw),
        /^hoursMin must be a number between/,
      );
    });

    it('vacancy and job seeker: JSON nested 5,000 deep', async () => {
      await expectRefused(
        call(registry, EMPLOYER_A, 'post', '/vacancies')
          .set('Content-Type', 'application/json')
          .send(deeplyNested('certificates', 5_000, dutchVacancy())),
        /certificates(\.0)+ is nested too deeply/,
      );
      await expectRefused(
        call(profiles, PRINCIPALS.coach1, 'post', '/job-seekers')
          .set('Content-Type', 'application/json')
          .send(deeplyNested('skills', 5_000, fullSeeker())),
        /skills(\.0)+ is nested too deeply/,
      );
    });

    it.each<[string, object, RegExp]>([
      [
        'NUL in a given name',
        {
          identity: {
            ...(fullSeeker().identity as Record<string, unknown>),
            givenName: 'Te\u0000sta',
          },
        },
        /^identity\.givenName must not contain control/,
      ],
      [
        'NUL in support needed',
        { supportNeeded: 'a\u0000b' },
        /^supportNeeded must not contain control/,
      ],
      ['maxTravelKm 1e300', { maxTravelKm: 1e300 }, /^maxTravelKm must be a number between/],
      [
        'a date that does not exist',
        { availableFrom: `${YEAR}-02-30` },
        /^availableFrom must be a date/,
      ],
    ])('job seeker: %s', async (_name, overrides, field) => {
      await expectRefused(
        call(profiles, PRINCIPALS.coach1, 'post', '/job-seekers').send(
          fullSeeker(overrides as Record<string, unknown>),
        ),
        field,
      );
    });

    it('employer: NUL in the name, an organisation id past a btree row', async () => {
      await expectRefused(
        call(registry, ADVISER, 'post', '/employers').send({
          name: 'Bad\u0000 B.V.',
          country: 'NL',
          place: 'Hengelo',
        }),
        /^name must not contain control characters/,
      );
      await expectRefused(
        call(registry, ADVISER, 'post', '/employers').send({
          name: 'Long B.V.',
          country: 'NL',
          place: 'Hengelo',
          organisationId: 'x'.repeat(5_000),
        }),
        /^organisationId must be 1-100/,
      );
    });

    it('a NUL in an audited reason is a 400, not a 500', async () => {
      const res = await call(profiles, PRINCIPALS.coach1, 'post', '/job-seekers')
        .send(fullSeeker())
        .expect(201);
      await expectRefused(
        call(
          profiles,
          ADVISER,
          'get',
          `/job-seekers/${res.body.id}?reason=${encodeURIComponent('shortlist\u0000check')}`,
        ),
        /^reason must not contain control characters/,
      );
    });
  });

  describe('finding 6 and 7: Jobsuche documents are checked by schema before they are mapped', () => {
    const importing = (documents: unknown[]) =>
      call(registry, ADVISER, 'post', '/vacancies/jobsuche/bulk').send({ documents });
    const doc = (overrides: Record<string, unknown>) => ({
      ...JOBSUCHE,
      referenznummer: `10000-${Math.floor(Math.random() * 1e9)}-S`,
      ...overrides,
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['fertigkeiten as a string', { fertigkeiten: 'Schweißen' }, 'fertigkeiten'],
      ['arbeitszeitmodelle as an object', { arbeitszeitmodelle: { a: 1 } }, 'arbeitszeitmodelle'],
      ['arbeitsorte as a string', { arbeitsorte: 'Gronau' }, 'arbeitsorte'],
      ['land as a number', { arbeitsorte: [{ land: 7, ort: 'Gronau' }] }, 'arbeitsorte.0.land'],
      ['a null workplace', { arbeitsorte: [null] }, 'arbeitsorte.0'],
      ['a null address', { arbeitgeberAdresse: null, arbeitgeberHashId: 5 }, 'arbeitgeberHashId'],
      ['a refnr past a btree row', { referenznummer: 'R'.repeat(3_000) }, 'referenznummer'],
      [
        'an employer id past a btree row',
        { arbeitgeberHashId: 'H'.repeat(3_000) },
        'arbeitgeberHashId',
      ],
      [
        'auspraegungen of numbers',
        { fertigkeiten: [{ auspraegungen: { X: [1] } }] },
        'fertigkeiten.0.auspraegungen.X.0',
      ],
    ])('%s: reported, and nothing written', async (_name, overrides, field) => {
      const before = await rowCounts();
      const res = await importing([doc(overrides)]).expect(201);
      expect(res.body.created).toEqual([]);
      expect(res.body.errors).toEqual([expect.objectContaining({ document: 1, field })]);
      expect(await rowCounts()).toEqual(before);
    });

    it('ten concurrent imports naming one new employer: one employer, no 500', async () => {
      const employer = {
        arbeitgeberHashId: `fiktiv-race-${Date.now()}`,
        arbeitgeber: 'Race GmbH (fiktiv)',
      };
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => importing([doc(employer)])),
      );
      expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
      expect(answers.flatMap((a) => a.body.created)).toHaveLength(10);
      const [row] = await env.dataSource.query(
        `SELECT count(*)::int AS n FROM vacancies.employer WHERE external_ref = $1`,
        [`ba-jobsuche:employer:${employer.arbeitgeberHashId}`],
      );
      expect(row.n).toBe(1);
    });
  });

  describe('finding 7: accepted what should be refused', () => {
    it.each<[string, object, RegExp]>([
      ['latitude 91', { latitude: 91, longitude: 6.8 }, /^latitude must not be greater than 90/],
      [
        'latitude -90.0001',
        { latitude: -90.0001, longitude: 6.8 },
        /^latitude must not be less than -90/,
      ],
      [
        'latitude without longitude',
        { latitude: 52.2 },
        /^longitude and latitude must be given together/,
      ],
      [
        'longitude without latitude',
        { longitude: 6.8 },
        /^longitude and latitude must be given together/,
      ],
      [
        'an occupation as a skill',
        { requiredSkills: [ESCO.welder] },
        /^requiredSkills\.0 .* is not a known ESCO skill/,
      ],
      [
        'a skill as the occupation',
        { occupationUri: ESCO.migWelding },
        /^occupationUri .* is not a known ESCO occupation/,
      ],
      [
        'a skill twice',
        { requiredSkills: [ESCO.magWelding, ESCO.magWelding] },
        /^requiredSkills must not name a skill twice/,
      ],
      [
        'a closing date in 9999',
        { closingDate: '9999-12-31' },
        /^closingDate must be a date between/,
      ],
      ['a start date in 1900', { startDate: '1900-01-01' }, /^startDate must be a date between/],
      [
        'postcode 9999ZZ',
        { workPostcode: '9999ZZ' },
        /^workPostcode 9999ZZ is not a known postcode in the Netherlands/,
      ],
      ['an empty postcode', { workPostcode: '' }, /^workPostcode must not be empty/],
    ])('vacancy: %s', async (_name, overrides, field) => {
      await expectRefused(
        call(registry, EMPLOYER_A, 'post', '/vacancies').send(dutchVacancy(overrides)),
        field,
      );
    });

    it.each<[string, object, RegExp]>([
      ['latitude 91', { latitude: 91, longitude: 6.8 }, /^latitude must not be greater than 90/],
      ['latitude only', { latitude: 52.2 }, /^longitude and latitude must be given together/],
      ['postcode 9999ZZ', { postcode: '9999ZZ' }, /^postcode/],
      ['an empty postcode', { postcode: '' }, /^postcode/],
    ])('employer: %s', async (_name, overrides, field) => {
      await expectRefused(
        call(registry, ADVISER, 'post', '/employers').send({
          name: 'Grens B.V.',
          kvkNumber: '12345678',
          country: 'NL',
          place: 'Hengelo',
          ...overrides,
        }),
        field,
      );
    });

    it.each<[string, object, RegExp]>([
      [
        'an occupation as a skill',
        { skills: [OCC.welder] },
        /^each value in skills must be an ESCO skill URI/,
      ],
      [
        'a skill as a wanted occupation',
        { wantedOccupations: [SKILL.mig] },
        /^each value in wantedOccupations must be an ESCO occupation URI/,
      ],
      ['a skill twice', { skills: [SKILL.mig, SKILL.mig] }, /skills's elements must be unique/],
      ['postcode 9999ZZ', { homeLocation: { postcode: '9999ZZ' } }, /^homeLocation\.postcode/],
      ['an empty postcode', { homeLocation: { postcode: '' } }, /^homeLocation\.postcode/],
    ])('job seeker: %s', async (_name, overrides, field) => {
      await expectRefused(
        call(profiles, PRINCIPALS.coach1, 'post', '/job-seekers').send(
          fullSeeker(overrides as Record<string, unknown>),
        ),
        field,
      );
    });
  });

  describe('finding 11: a BSN anywhere in a client reference, whatever separates its digits', () => {
    it.each([
      'BSN: 111222333',
      'BSN111222333',
      'ENS-111222333',
      '111/222/333',
      '111_222_333',
      '111 222 333',
      'nr 1112.22.333 (bsn)',
    ])('refuses %s', async (reference) => {
      const identity = {
        ...(fullSeeker().identity as Record<string, unknown>),
        clientReference: { system: 'enschede', reference },
      };
      await expectRefused(
        call(profiles, PRINCIPALS.coach1, 'post', '/job-seekers').send(fullSeeker({ identity })),
        /^identity\.clientReference\.reference looks like a BSN/,
      );
    });

    it('keeps client numbers that hold no BSN', async () => {
      for (const reference of ['ENS-2024-00417', 'UWV-111222334', 'ENS-1112223330']) {
        const identity = {
          ...(fullSeeker().identity as Record<string, unknown>),
          clientReference: { system: 'enschede', reference },
        };
        await call(profiles, PRINCIPALS.coach1, 'post', '/job-seekers')
          .send(fullSeeker({ identity }))
          .expect(201);
      }
    });
  });

  describe('finding 13: one match job per real change', () => {
    it('a new job seeker costs one match job: the consent that follows is checked at read time', async () => {
      const created = await call(profiles, PRINCIPALS.coach1, 'post', '/job-seekers')
        .send(fullSeeker())
        .expect(201);
      expect(await matchSeekerEnqueued(profiles, created.body.id, 1)).toBe(true);
      const today = new Date().toISOString().slice(0, 10);
      const consented = await call(
        profiles,
        PRINCIPALS.coach1,
        'put',
        `/job-seekers/${created.body.id}/consent`,
      )
        .send({ seeker: { given: true, date: today }, coach: { given: true } })
        .expect(200);
      expect(consented.body).toMatchObject({ version: 1, consent: { employerVisible: true } });
      expect(await matchSeekerEnqueued(profiles, created.body.id, 2)).toBe(false);
    });
  });

  it('leaves the audit chain intact after all of it', async () => {
    const report = await verifyAuditChain(env.dataSource);
    expect(report.broken).toBeUndefined();
    expect(report.rows).toBeGreaterThan(0);
  });
});
