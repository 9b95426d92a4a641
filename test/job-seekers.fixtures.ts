import { INestApplication } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Principal } from '@wt/auth';
import { inProcessQueue, MATCHING_QUEUE } from '@wt/queue';
import { ProfileServiceModule } from '@apps/profile-service/src/profile-service.module';
import { createTestApp, startTestEnvironment, tokenFor, TestEnvironment } from '@wt/testing';
import { Queue } from 'bullmq';
import request from 'supertest';

/** Callers of the job-seeker suites (the demo ids, plus a second coach and employer). */
export const PRINCIPALS = {
  coach1: { subject: 'coach-user-1', role: 'coach', coachId: 'demo-coach-1' },
  coach2: { subject: 'coach-user-2', role: 'coach', coachId: 'demo-coach-2' },
  coach3: { subject: 'coach-user-3', role: 'coach', coachId: 'overview-coach' },
  adviser: { subject: 'adviser-user-1', role: 'adviser' },
  admin: { subject: 'admin-user-1', role: 'admin' },
  employer: { subject: 'employer-user-1', role: 'employer', organisationId: 'org-1' },
} satisfies Record<string, Principal>;

export type Caller = keyof typeof PRINCIPALS;

export const OCC = {
  welder: 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b',
  engineer: 'http://data.europa.eu/esco/occupation/579254cf-6d69-4889-9000-9c79dc568644',
  cleaner: 'http://data.europa.eu/esco/occupation/303a1e34-cb16-4054-b323-81e5eec17397',
  unknown: 'http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000000',
};

export const SKILL = {
  mig: 'http://data.europa.eu/esco/skill/f015c5d5-6a1c-4f63-9012-a05f4f34105e',
  tig: 'http://data.europa.eu/esco/skill/a51adea8-bf02-488a-a0d8-b0961caca5b0',
  unknown: 'http://data.europa.eu/esco/skill/00000000-0000-4000-8000-000000000000',
};

let clientNumber = 0;

/** A complete profile body; every call gets a client reference of its own. */
export function fullSeeker(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  clientNumber += 1;
  return {
    identity: {
      givenName: 'Testa',
      familyName: 'Fictief',
      email: 'testa.fictief@example.org',
      phone: '+31 6 00000000',
      clientReference: { system: 'enschede', reference: `TEST-ENS-${clientNumber}` },
    },
    wantedOccupations: [OCC.welder],
    skills: [SKILL.mig, SKILL.tig],
    workExperience: [{ occupationUri: OCC.welder, years: 4 }],
    highestQualification: { code: 'NL:MBO-3' },
    certificates: ['VCA-basis'],
    drivingLicences: ['B'],
    travelsIndependently: true,
    ownTransport: true,
    homeLocation: { postcode: '7511 AB' },
    maxTravelKm: 40,
    hoursPerWeek: { min: 32, max: 40 },
    availableNow: true,
    languages: [
      { language: 'nl', level: 'C2' },
      { language: 'de', level: 'B1' },
    ],
    willingToWorkInGermany: true,
    targetGroups: { banenafspraak: false, benefit: 'ww' },
    supportNeeded: 'Vaste begintijden.',
    ...overrides,
  };
}

/** Supertest with a bearer token for `caller`. */
export function as(env: TestEnvironment, app: INestApplication, caller: Caller) {
  const auth = `Bearer ${tokenFor(env.config, PRINCIPALS[caller])}`;
  const server = app.getHttpServer();
  return {
    get: (url: string) => request(server).get(url).set('Authorization', auth),
    post: (url: string) => request(server).post(url).set('Authorization', auth),
    put: (url: string) => request(server).put(url).set('Authorization', auth),
    patch: (url: string) => request(server).patch(url).set('Authorization', auth),
    delete: (url: string) => request(server).delete(url).set('Authorization', auth),
  };
}

/** Whether `match-seeker {seekerId, version}` reached the queue (BullMQ or in-process). */
export async function matchSeekerEnqueued(
  app: INestApplication,
  seekerId: string,
  version: number,
): Promise<boolean> {
  const jobId = `match-seeker.${seekerId}.v${version}`;
  if (!process.env.REDIS_URL) return inProcessQueue().has(jobId);
  const queue = app.get<Queue>(getQueueToken(MATCHING_QUEUE), { strict: false });
  const job = await queue.getJob(jobId);
  return job !== undefined && job.name === 'match-seeker';
}

export async function countRows(env: TestEnvironment, table: 'profile' | 'identity') {
  const [row] = await env.dataSource.query(`SELECT count(*)::int AS n FROM job_seekers.${table}`);
  return row.n as number;
}

export interface AuditRow {
  actor_subject: string;
  action: string;
  object_type: string;
  object_id: string;
  result: string;
  origin: string | null;
}

export async function auditRowsFor(env: TestEnvironment, objectId: string): Promise<AuditRow[]> {
  return env.dataSource.query(
    `SELECT actor_subject, action, object_type, object_id, result, origin
       FROM audit.audit_event WHERE object_id = $1 ORDER BY seq`,
    [objectId],
  );
}

/** Creates a complete job seeker in `caller`'s caseload and returns its id. */
export async function createSeeker(
  env: TestEnvironment,
  app: INestApplication,
  caller: Caller,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await as(env, app, caller)
    .post('/job-seekers')
    .send(fullSeeker(overrides))
    .expect(201);
  return res.body.id as string;
}

/**
 * One database with the profile service on it for a suite: started before its tests, closed after.
 * `env` and `app` are read when a test runs; `coach1` calls as coach 1, `create` makes a profile.
 */
export function useProfileService() {
  const started: { env?: TestEnvironment; app?: INestApplication } = {};
  beforeAll(async () => {
    started.env = await startTestEnvironment();
    started.app = await createTestApp(ProfileServiceModule.register(started.env.config));
  });
  afterAll(async () => {
    await started.app?.close();
    await started.env?.close();
  });
  const suite = {
    get env(): TestEnvironment {
      return started.env!;
    },
    get app(): INestApplication {
      return started.app!;
    },
    coach1: () => as(suite.env, suite.app, 'coach1'),
    create: (overrides: Record<string, unknown> = {}) =>
      createSeeker(suite.env, suite.app, 'coach1', overrides),
  };
  return suite;
}
