import { INestApplication } from '@nestjs/common';
import { VacancyRegistryModule } from '@apps/vacancy-registry/src/vacancy-registry.module';
import { createTestApp, startTestEnvironment, TestEnvironment } from '@wt/testing';
import request from 'supertest';

describe('readiness when the queue server is unreachable', () => {
  let env: TestEnvironment;
  let registry: INestApplication;

  beforeAll(async () => {
    // Nothing listens on port 1: BullMQ keeps retrying, readiness must say so within its timeout.
    env = await startTestEnvironment({ REDIS_URL: 'redis://127.0.0.1:1' });
    registry = await createTestApp(VacancyRegistryModule.register(env.config));
  });

  afterAll(async () => {
    await registry?.close();
    await env?.close();
  });

  it('answers 503 naming the queue, while liveness stays 200', async () => {
    await request(registry.getHttpServer()).get('/health').expect(200);
    const ready = await request(registry.getHttpServer()).get('/health/ready').expect(503);
    expect(ready.body.status).toBe('error');
    expect(ready.body.details.database).toEqual({ status: 'up' });
    expect(ready.body.details.queue).toMatchObject({ status: 'down', mode: 'bullmq' });
  });
});
