import { INestApplication, InjectionToken } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { MatchingWorkerModule } from '@apps/matching-worker/src/matching-worker.module';
import { ProfileServiceModule } from '@apps/profile-service/src/profile-service.module';
import { VacancyRegistryModule } from '@apps/vacancy-registry/src/vacancy-registry.module';
import { AuditService } from '@wt/audit';
import { AuthGuard } from '@wt/auth';
import { MatchingIndexService, MatchReadService } from '@wt/matching';
import { createTestApp, startTestEnvironment, TestEnvironment } from '@wt/testing';
import { JobsucheImportService, VacancyAccessService } from '@wt/vacancies';
import request from 'supertest';

/** Whether any module of the app provides `token` (a failed `app.get` would exit the process). */
const has = (app: INestApplication, token: InjectionToken) =>
  [...app.get(ModulesContainer).values()].some((module) => module.providers.has(token));

/** Each app loads what it serves: the worker no HTTP security, only the registry Jobsuche. */
describe('module wiring', () => {
  let env: TestEnvironment;
  let worker: INestApplication;
  let registry: INestApplication;
  let profiles: INestApplication;

  beforeAll(async () => {
    env = await startTestEnvironment({ VACANCY_SWEEP_MINUTES: '0' });
    worker = await createTestApp(MatchingWorkerModule.register(env.config));
    registry = await createTestApp(VacancyRegistryModule.register(env.config));
    profiles = await createTestApp(ProfileServiceModule.register(env.config));
  });
  afterAll(async () => {
    await registry?.close();
    await profiles?.close();
    await worker?.close();
    await env?.close();
  });

  it('boots the worker without the auth guard, the audit trail or the vacancies context', async () => {
    expect(has(worker, MatchingIndexService)).toBe(true);
    expect(has(worker, AuthGuard)).toBe(false);
    expect(has(worker, AuditService)).toBe(false);
    expect(has(worker, JobsucheImportService)).toBe(false);
    await request(worker.getHttpServer()).get('/health').expect(200);
    await request(worker.getHttpServer()).get('/metrics').expect(200);
  });

  it('gives the profile service matches without the Jobsuche client', () => {
    expect(has(profiles, MatchReadService)).toBe(true);
    expect(has(profiles, JobsucheImportService)).toBe(false);
  });

  it('builds the vacancies context once in the registry: one access service for all', () => {
    expect(has(registry, JobsucheImportService)).toBe(true);
    expect(has(registry, AuthGuard)).toBe(true);
    expect(registry.get(VacancyAccessService, { strict: false })).toBe(
      registry.get(MatchReadService, { strict: false })['access']['vacancies'],
    );
  });
});
