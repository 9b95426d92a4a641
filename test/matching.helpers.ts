import { INestApplication } from '@nestjs/common';
import { MatchingWorkerModule } from '@apps/matching-worker/src/matching-worker.module';
import { ProfileServiceModule } from '@apps/profile-service/src/profile-service.module';
import { VacancyRegistryModule } from '@apps/vacancy-registry/src/vacancy-registry.module';
import { Principal, UserProfile } from '@wt/auth';
import { JobProducer } from '@wt/queue';
import {
  createTestApp,
  eventually,
  startTestEnvironment,
  TestEnvironment,
  tokenFor,
} from '@wt/testing';
import request from 'supertest';
import { fullSeeker, PRINCIPALS } from './job-seekers.fixtures';

/** Generous: the first job of a suite loads the worker's index, and BullMQ adds a hop. */
const MATCH_TIMEOUT_MS = 20_000;

export interface Caller {
  get(path: string): request.Test;
  post(path: string, body?: object): request.Test;
  put(path: string, body: object): request.Test;
  patch(path: string, body: object): request.Test;
  delete(path: string): request.Test;
}

/** One database and queue, with the worker and both HTTP apps on it: jobs really flow. */
export class MatchingHarness {
  private readonly extraWorkers: INestApplication[] = [];
  /** E-mail and name claims the tokens of a subject carry (none unless set). */
  readonly userProfiles = new Map<string, UserProfile>();

  private constructor(
    readonly env: TestEnvironment,
    private readonly apps: {
      worker: INestApplication;
      registry: INestApplication;
      profiles: INestApplication;
    },
  ) {}

  /** `beforeApps` runs on the migrated database before any app starts (e.g. loads demo data). */
  static async start(
    overrides: NodeJS.ProcessEnv = {},
    beforeApps?: (env: TestEnvironment) => Promise<unknown>,
  ): Promise<MatchingHarness> {
    const env = await startTestEnvironment({
      VACANCY_SWEEP_MINUTES: '0',
      NOTIFY_SWEEP_SECONDS: '0',
      ...overrides,
    });
    await beforeApps?.(env);
    // The worker first, so its handlers are attached before the first job is enqueued.
    const worker = await createTestApp(MatchingWorkerModule.register(env.config));
    const registry = await createTestApp(VacancyRegistryModule.register(env.config));
    const profiles = await createTestApp(ProfileServiceModule.register(env.config));
    return new MatchingHarness(env, { worker, registry, profiles });
  }

  async close(): Promise<void> {
    await this.apps.registry.close();
    await this.apps.profiles.close();
    for (const worker of this.extraWorkers.splice(0)) await worker.close();
    await this.apps.worker.close();
    await this.env.close();
  }

  /** Every worker app: the first, and any started with {@link addWorker}. */
  get workers(): INestApplication[] {
    return [this.apps.worker, ...this.extraWorkers];
  }

  /** Another worker instance on the same database and queue (BullMQ: they share the jobs). */
  async addWorker(): Promise<INestApplication> {
    const worker = await createTestApp(MatchingWorkerModule.register(this.env.config));
    this.extraWorkers.push(worker);
    return worker;
  }

  /** Closes a worker started with {@link addWorker} (a restart: its index is gone with it). */
  async closeWorker(worker: INestApplication): Promise<void> {
    const at = this.extraWorkers.indexOf(worker);
    if (at < 0) throw new Error('not a worker started by addWorker');
    this.extraWorkers.splice(at, 1);
    await worker.close();
  }

  /** A provider of the registry app (a service the standalone start calls itself). */
  registryProvider<T>(token: abstract new (...args: never[]) => T): T {
    return this.apps.registry.get(token, { strict: false });
  }

  /** The registry's producer, to queue a job (a rematch-all) as a script would. */
  producer(): JobProducer {
    return this.apps.registry.get(JobProducer);
  }

  /** Calls to the vacancy registry. */
  registry(principal: Principal): Caller {
    return this.caller(this.apps.registry, principal);
  }

  /** Calls to the profile service. */
  profiles(principal: Principal): Caller {
    return this.caller(this.apps.profiles, principal);
  }

  /** A complete profile in coach 1's caseload; with `visible`, both consents are on. */
  async seeker(overrides: Record<string, unknown> = {}, visible = false): Promise<string> {
    const coach = this.profiles(PRINCIPALS.coach1);
    const { body } = await coach.post('/job-seekers', fullSeeker(overrides)).expect(201);
    if (visible) {
      const today = new Date().toISOString().slice(0, 10);
      const consent = { seeker: { given: true, date: today }, coach: { given: true } };
      const res = await coach.put(`/job-seekers/${body.id}/consent`, consent).expect(200);
      expect(res.body.consent.employerVisible).toBe(true);
    }
    return body.id;
  }

  /** A vacancy created and published at once by `principal`. */
  async vacancy(principal: Principal, body: Record<string, unknown>): Promise<string> {
    const res = await this.registry(principal)
      .post('/vacancies', { ...body, publish: true })
      .expect(201);
    expect(res.body.status).toBe('published');
    return res.body.id;
  }

  /** The match list of a vacancy as `principal` sees it (adviser by default). */
  async matches(vacancyId: string, principal: Principal = PRINCIPALS.adviser, query = '') {
    const res = await this.registry(principal)
      .get(`/vacancies/${vacancyId}/matches${query}`)
      .expect(200);
    return res.body;
  }

  async explain(vacancyId: string, seekerId: string) {
    const res = await this.registry(PRINCIPALS.adviser)
      .get(`/vacancies/${vacancyId}/matches/${seekerId}/explain`)
      .expect(200);
    return res.body;
  }

  /** Polls the adviser's list until `seekerId` is on it; returns its item. */
  onAdviserList(vacancyId: string, seekerId: string) {
    return eventually(async () => {
      const { items } = await this.matches(vacancyId);
      return items.find((item: { seekerId: string }) => item.seekerId === seekerId);
    }, MATCH_TIMEOUT_MS);
  }

  /** An adviser shortlists and proposes a pair once it is on the list (the employer sees it then). */
  async propose(vacancyId: string, seekerId: string): Promise<void> {
    await this.onAdviserList(vacancyId, seekerId);
    const adviser = this.registry(PRINCIPALS.adviser);
    const pair = `/vacancies/${vacancyId}/matches/${seekerId}`;
    await adviser.post(`${pair}/shortlist`).expect(200);
    await adviser.post(`${pair}/propose`).expect(200);
  }

  /**
   * Proposes the pair (an employer sees proposed candidates only), then polls the employer's
   * candidate cards until `seekerId` is among them; returns the card.
   */
  async onEmployerList(vacancyId: string, seekerId: string, employer: Principal) {
    await this.propose(vacancyId, seekerId);
    return eventually(async () => {
      const { items } = await this.matches(vacancyId, employer);
      return items.find((card: { candidateId: string }) => card.candidateId === seekerId);
    }, MATCH_TIMEOUT_MS);
  }

  /** Polls the coach's view of a seeker until `vacancyId` is among its matches. */
  onSeekerList(seekerId: string, vacancyId: string) {
    return eventually(async () => {
      const { items } = await this.seekerMatches(seekerId);
      return items.find((item: { vacancyId: string }) => item.vacancyId === vacancyId);
    }, MATCH_TIMEOUT_MS);
  }

  async seekerMatches(seekerId: string, coach: Principal = PRINCIPALS.coach1) {
    const res = await this.profiles(coach).get(`/job-seekers/${seekerId}/matches`).expect(200);
    return res.body;
  }

  private caller(app: INestApplication, principal: Principal): Caller {
    const profile = this.userProfiles.get(principal.subject);
    const auth = `Bearer ${tokenFor(this.env.config, principal, { profile })}`;
    const server = app.getHttpServer();
    return {
      get: (path) => request(server).get(path).set('Authorization', auth),
      post: (path, body = {}) => request(server).post(path).set('Authorization', auth).send(body),
      put: (path, body) => request(server).put(path).set('Authorization', auth).send(body),
      patch: (path, body) => request(server).patch(path).set('Authorization', auth).send(body),
      delete: (path) => request(server).delete(path).set('Authorization', auth),
    };
  }
}

export const ids = (items: Array<{ seekerId?: string; candidateId?: string }>) =>
  items.map((item) => item.seekerId ?? item.candidateId);

export const codes = (explanation: { knockOuts: Array<{ code: string }> }) =>
  explanation.knockOuts.map((k) => k.code);
