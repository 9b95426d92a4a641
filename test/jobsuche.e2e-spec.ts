import { INestApplication } from '@nestjs/common';
import { VacancyRegistryModule } from '@apps/vacancy-registry/src/vacancy-registry.module';
import { createTestApp, tokenFor } from '@wt/testing';
import { readFileSync } from 'node:fs';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import request from 'supertest';
import {
  ADMIN,
  ADVISER,
  COACH,
  EMPLOYER_A,
  ESCO,
  matchJobVersions,
  RegistryHarness,
  startRegistry,
} from './vacancies.helpers';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(__dirname, 'fixtures', 'jobsuche', `${name}.json`), 'utf8'));

/** A stand-in for the Jobsuche API on 127.0.0.1 that notes every request. */
async function serveJobsuche(): Promise<{
  server: Server;
  base: string;
  calls: Array<{ at: number; url: string; headers: IncomingHttpHeaders }>;
}> {
  const calls: Array<{ at: number; url: string; headers: IncomingHttpHeaders }> = [];
  const details = [
    fixture('jobdetails-schweisser-gronau'),
    fixture('jobdetails-pflege-bad-bentheim'),
  ];
  const server = createServer((req, res) => {
    calls.push({ at: Date.now(), url: req.url ?? '', headers: req.headers });
    const json = (body: unknown) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (req.url?.startsWith('/pc/v4/jobs?')) return json(fixture('jobsuche-search-gronau'));
    const code = /^\/pc\/v4\/jobdetails\/([^/?]+)$/.exec(req.url ?? '')?.[1];
    const refnr = code && Buffer.from(decodeURIComponent(code), 'base64').toString();
    const found = details.find((d) => (d.referenznummer ?? d.refnr) === refnr);
    if (found) return json(found);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls };
}

describe('German vacancies from the Bundesagentur Jobsuche API', () => {
  let harness: RegistryHarness;
  const jobs = (id: string) => matchJobVersions(harness.env, id);

  beforeAll(async () => {
    harness = await startRegistry();
  });

  afterAll(async () => {
    await harness?.close();
  });

  describe('live fetching', () => {
    let api: Awaited<ReturnType<typeof serveJobsuche>>;
    let live: INestApplication;

    beforeAll(async () => {
      api = await serveJobsuche();
      const { config } = harness.env;
      live = await createTestApp(
        VacancyRegistryModule.register({
          ...config,
          vacancies: {
            ...config.vacancies,
            jobsuche: {
              ...config.vacancies.jobsuche,
              liveEnabled: true,
              baseUrl: api.base,
              minIntervalMs: 300,
              maxDetailsPerRun: 5,
            },
          },
        }),
      );
    });

    afterAll(async () => {
      await live?.close();
      await new Promise((resolve) => api?.server.close(resolve));
    });

    it('is off by default: 409, and no request leaves the registry', async () => {
      const { body } = await harness
        .as(ADVISER)
        .post('/vacancies/jobsuche/fetch', { was: 'Schweißer', wo: 'Gronau' })
        .expect(409);
      expect(body.message).toMatch(
        /^Live fetching from the Bundesagentur Jobsuche API is off \(set JOBSUCHE_LIVE=true/,
      );
      expect(api.calls).toEqual([]);
    });

    it('when switched on, searches and fetches the details politely, one request at a time', async () => {
      const { body } = await request(live.getHttpServer())
        .post('/vacancies/jobsuche/fetch')
        .set('Authorization', `Bearer ${tokenFor(harness.env.config, ADMIN)}`)
        .send({ was: 'Schweißer', wo: 'Gronau', umkreis: 25 })
        .expect(201);
      expect(body.created.map((c: { externalRef: string }) => c.externalRef)).toEqual([
        'ba-jobsuche:10000-9999000001-S',
        'ba-jobsuche:10000-9999000003-S',
      ]);
      expect(body.errors).toEqual([]);
      expect(api.calls.map((c) => c.url)).toEqual([
        '/pc/v4/jobs?was=Schwei%C3%9Fer&wo=Gronau&umkreis=25&size=5',
        `/pc/v4/jobdetails/${Buffer.from('10000-9999000001-S').toString('base64')}`,
        `/pc/v4/jobdetails/${Buffer.from('10000-9999000003-S').toString('base64')}`,
      ]);
      expect(api.calls.every((c) => c.headers['x-api-key'] === 'jobboerse-jobsuche')).toBe(true);
      for (let i = 1; i < api.calls.length; i++) {
        expect(api.calls[i].at - api.calls[i - 1].at).toBeGreaterThanOrEqual(299);
      }
    });
  });

  describe('importing job-details documents', () => {
    let report: {
      created: Array<{ document: number; id: string; externalRef: string }>;
      errors: unknown[];
      updated: unknown[];
    };
    const idOf = (document: number) => report.created.find((c) => c.document === document)!.id;

    beforeAll(async () => {
      const documents = [
        'jobdetails-schweisser-gronau',
        'jobdetails-ausbildung-nordhorn',
        'jobdetails-pflege-bad-bentheim',
        'jobdetails-incomplete',
      ].map(fixture);
      report = (
        await harness.as(ADVISER).post('/vacancies/jobsuche/bulk', { documents }).expect(201)
      ).body;
    });

    it('reports each document: new, updated (imported before) or what is missing', () => {
      expect(report.errors).toEqual([
        { document: 4, field: 'refnr', message: 'is missing' },
        { document: 4, field: 'arbeitsorte', message: 'names no place of work' },
      ]);
      expect(report.created.map((c) => c.document)).toEqual([2]);
      expect(report.updated).toEqual([
        { document: 1, id: expect.any(String), externalRef: 'ba-jobsuche:10000-9999000001-S' },
        { document: 3, id: expect.any(String), externalRef: 'ba-jobsuche:10000-9999000003-S' },
      ]);
    });

    it('turns a listing into a published German vacancy with place, employer, hours and occupation', async () => {
      const id = (report.updated[0] as { id: string }).id;
      const { body } = await harness.as(ADVISER).get(`/vacancies/${id}`).expect(200);
      expect(body).toMatchObject({
        status: 'published',
        source: 'ba-jobsuche',
        country: 'DE',
        language: 'de',
        title: 'Schweißer (m/w/d)',
        workPlace: 'Gronau (Westfalen)',
        workPostcode: '48599',
        latitude: 52.2124,
        longitude: 7.0412,
        hoursMin: 35,
        hoursMax: 40,
        contractType: 'permanent',
        startDate: '2026-02-01',
        positions: 2,
        languages: [{ language: 'de', level: 'B1' }],
        occupationUri: ESCO.welder,
        occupationSource: 'linked',
        iscoGroup: '7212',
        recognitionRequired: false,
        employer: { name: 'Beispiel Stahlbau Gronau GmbH (fiktiv)' },
      });
      expect(body.occupationConfidence).toBeGreaterThan(0.5);
      expect(body.skillSuggestions.map((s: { uri: string }) => s.uri)).toEqual(
        expect.arrayContaining([ESCO.magWelding, ESCO.migWelding]),
      );
      const employer = await harness.as(ADVISER).get(`/employers/${body.employer.id}`).expect(200);
      expect(employer.body).toMatchObject({
        country: 'DE',
        organisationId: 'ba-jobsuche:employer:fiktiv-AG-stahlbau-gronau-0001',
        postcode: '48599',
        contactName: null,
      });
      expect(employer.body.longitude).toBeCloseTo(7.0, 1);
    });

    it('locates a listing without coordinates and marks an Ausbildung as a learning-working place', async () => {
      const { body } = await harness
        .as(COACH)
        .get(`/vacancies/${idOf(2)}`)
        .expect(200);
      expect(body).toMatchObject({
        workPlace: 'Nordhorn',
        contractType: 'apprenticeship',
        learningWorking: 'ausbildung',
        openToSchoolLeavers: true,
        hoursMin: 35,
        hoursMax: 40,
        positions: 3,
      });
      expect(body.latitude).toBeCloseTo(52.43, 1);
      expect(body.longitude).toBeCloseTo(7.07, 1);
      expect(await jobs(idOf(2))).toEqual([1]);
    });

    it('marks a regulated occupation (nursing) as needing recognition', async () => {
      const id = (report.updated[1] as { id: string }).id;
      const { body } = await harness.as(ADVISER).get(`/vacancies/${id}`).expect(200);
      expect(body).toMatchObject({
        occupationUri: ESCO.nurse,
        iscoGroup: '2221',
        recognitionRequired: true,
      });
    });

    it('updates a listing imported again, keeping an adviser correction, and skips one closed here', async () => {
      const id = (report.updated[0] as { id: string }).id;
      const before = (await harness.as(ADVISER).get(`/vacancies/${id}`)).body;
      await harness
        .as(ADVISER)
        .patch(`/vacancies/${id}`, { languages: [{ language: 'de', level: 'B2' }] })
        .expect(200);
      const changed = {
        ...fixture('jobdetails-schweisser-gronau'),
        arbeitszeitmodelle: ['TEILZEIT'],
      };
      const again = await harness
        .as(ADVISER)
        .post('/vacancies/jobsuche/bulk', { documents: [changed] })
        .expect(201);
      expect(again.body.updated).toEqual([
        { document: 1, id, externalRef: 'ba-jobsuche:10000-9999000001-S' },
      ]);
      const { body } = await harness.as(ADVISER).get(`/vacancies/${id}`).expect(200);
      expect(body).toMatchObject({
        hoursMin: 15,
        hoursMax: 30,
        languages: [{ language: 'de', level: 'B2' }],
        version: before.version + 2,
      });
      expect((await jobs(id)).slice(-1)).toEqual([before.version + 2]);

      await harness.as(ADVISER).post(`/vacancies/${id}/close`).expect(200);
      const closed = await harness
        .as(ADVISER)
        .post('/vacancies/jobsuche/bulk', { documents: [changed] })
        .expect(201);
      expect(closed.body.skipped).toEqual([{ document: 1, id, reason: 'closed here' }]);
    });

    it('is for advisers and admins, and checks the upload', async () => {
      const documents = [fixture('jobdetails-schweisser-gronau')];
      await harness.as(EMPLOYER_A).post('/vacancies/jobsuche/bulk', { documents }).expect(403);
      await harness.as(COACH).post('/vacancies/jobsuche/bulk', { documents }).expect(403);
      const { body } = await harness
        .as(ADMIN)
        .post('/vacancies/jobsuche/bulk', { documents: ['kein Dokument'] })
        .expect(400);
      expect(body.message).toEqual(['each of documents must be a job-details object']);
      await harness.as(ADMIN).post('/vacancies/jobsuche/bulk', { documents: [] }).expect(400);
    });
  });
});
