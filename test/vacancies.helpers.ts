import { INestApplication } from '@nestjs/common';
import { VacancyRegistryModule } from '@apps/vacancy-registry/src/vacancy-registry.module';
import { DEMO_PRINCIPALS, Principal } from '@wt/auth';
import { inProcessQueue, MATCHING_QUEUE } from '@wt/queue';
import { createTestApp, startTestEnvironment, TestEnvironment, tokenFor } from '@wt/testing';
import { Queue } from 'bullmq';
import request from 'supertest';

export const ADVISER = DEMO_PRINCIPALS.adviser;
export const ADMIN = DEMO_PRINCIPALS.admin;
export const COACH = DEMO_PRINCIPALS.coach;
export const EMPLOYER_A: Principal = {
  subject: 'e2e-employer-a',
  role: 'employer',
  organisationId: 'e2e-org-a',
};
export const EMPLOYER_B: Principal = {
  subject: 'e2e-employer-b',
  role: 'employer',
  organisationId: 'e2e-org-b',
};

export const ESCO = {
  welder: 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b',
  forklift: 'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755',
  nurse: 'http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50',
  migWelding: 'http://data.europa.eu/esco/skill/f015c5d5-6a1c-4f63-9012-a05f4f34105e',
  magWelding: 'http://data.europa.eu/esco/skill/60ff3eac-7d4d-4e51-87b8-74c3b5d62498',
  technicalDrawings: 'http://data.europa.eu/esco/skill/dfce2aba-783e-4e17-9c17-e74aca505ec2',
  unknownOccupation: 'http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000000',
  unknownSkill: 'http://data.europa.eu/esco/skill/00000000-0000-4000-8000-000000000000',
};

export interface RegistryHarness {
  env: TestEnvironment;
  app: INestApplication;
  as(principal: Principal): Caller;
  close(): Promise<void>;
}

export interface Caller {
  get(path: string): request.Test;
  post(path: string, body?: string | object): request.Test;
  patch(path: string, body: object): request.Test;
  put(path: string, body: object): request.Test;
}

/** A registry app on a database and queue of the suite's own, without the periodic sweep. */
export async function startRegistry(overrides: NodeJS.ProcessEnv = {}): Promise<RegistryHarness> {
  const env = await startTestEnvironment({ VACANCY_SWEEP_MINUTES: '0', ...overrides });
  const app = await createTestApp(VacancyRegistryModule.register(env.config));
  const server = app.getHttpServer();
  return {
    env,
    app,
    as(principal) {
      const auth = `Bearer ${tokenFor(env.config, principal)}`;
      return {
        get: (path) => request(server).get(path).set('Authorization', auth),
        post: (path, body) => {
          const call = request(server).post(path).set('Authorization', auth);
          return body === undefined ? call : call.send(body);
        },
        patch: (path, body) => request(server).patch(path).set('Authorization', auth).send(body),
        put: (path, body) => request(server).put(path).set('Authorization', auth).send(body),
      };
    },
    async close() {
      await app.close();
      await env.close();
    },
  };
}

/** An employer organisation of `principal` (an employer user), registered through the API. */
export async function registerEmployer(
  harness: RegistryHarness,
  principal: Principal,
  overrides: object = {},
): Promise<string> {
  const response = await harness
    .as(principal)
    .post('/employers', {
      name: `E2E ${principal.organisationId} B.V.`,
      country: 'NL',
      kvkNumber: '12345678',
      place: 'Enschede',
      contactName: 'Test Contactpersoon',
      contactEmail: 'contact@example.invalid',
      ...overrides,
    })
    .expect(201);
  return response.body.id;
}

/**
 * The versions of `match-vacancy` jobs waiting for this vacancy: read from BullMQ in Redis when
 * REDIS_URL is set, from the in-process queue otherwise (no worker is attached in these suites).
 */
export async function matchJobVersions(env: TestEnvironment, vacancyId: string): Promise<number[]> {
  const prefix = `match-vacancy.${vacancyId}.v`;
  let ids: string[];
  if (env.config.queue.redisUrl) {
    const queue = new Queue(MATCHING_QUEUE, {
      connection: { url: env.config.queue.redisUrl },
      prefix: env.config.queue.prefix,
    });
    try {
      const jobs = await queue.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed']);
      for (const job of jobs) {
        if (job.id?.startsWith(prefix)) {
          expect(job.name).toBe('match-vacancy');
          expect(job.data).toEqual({ vacancyId, version: Number(job.id.slice(prefix.length)) });
        }
      }
      ids = jobs.map((job) => job.id ?? '');
    } finally {
      await queue.close();
    }
  } else {
    ids = inProcessQueue().waitingIds();
  }
  return ids
    .filter((id) => id.startsWith(prefix))
    .map((id) => Number(id.slice(prefix.length)))
    .sort((a, b) => a - b);
}

/** The body of a valid Dutch vacancy, to vary per test. */
export function dutchVacancy(overrides: object = {}): Record<string, unknown> {
  return {
    title: 'Lasser MIG/MAG',
    description: 'Je last constructies volgens tekening in onze werkplaats in Hengelo.',
    occupationUri: ESCO.welder,
    country: 'NL',
    workPlace: 'Hengelo',
    hoursMin: 32,
    hoursMax: 38,
    contractType: 'permanent',
    minimumQualificationCode: 'NL:MBO-2',
    requiredSkills: [ESCO.magWelding],
    languages: [{ language: 'nl', level: 'B1' }],
    ...overrides,
  };
}
