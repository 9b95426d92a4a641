import { INestApplication } from '@nestjs/common';
import { MatchingWorkerModule } from '@apps/matching-worker/src/matching-worker.module';
import { VacancyRegistryModule } from '@apps/vacancy-registry/src/vacancy-registry.module';
import { ProfileServiceModule } from '@apps/profile-service/src/profile-service.module';
import { PingRecord } from '@wt/ops';
import { JobProducer } from '@wt/queue';
import { DEMO_PRINCIPALS } from '@wt/auth';
import {
  createTestApp,
  eventually,
  startTestEnvironment,
  TestEnvironment,
  tokenFor,
} from '@wt/testing';
import request from 'supertest';

describe('foundation: health and a job end to end', () => {
  let env: TestEnvironment;
  let registry: INestApplication;
  let profiles: INestApplication;
  let worker: INestApplication;
  const queueMode = process.env.REDIS_URL ? 'bullmq' : 'in-process';

  beforeAll(async () => {
    env = await startTestEnvironment();
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

  it.each([
    ['vacancy registry', () => registry],
    ['profile service', () => profiles],
    ['matching worker', () => worker],
  ])('%s is live and ready with database and queue up', async (_, app) => {
    await request(app().getHttpServer()).get('/health').expect(200, {
      status: 'ok',
      info: {},
      error: {},
      details: {},
    });
    const ready = await request(app().getHttpServer()).get('/health/ready').expect(200);
    expect(ready.body.details).toEqual({
      database: { status: 'up' },
      queue: { status: 'up', mode: queueMode },
    });
  });

  it('carries a ping from a producer app through the queue to the worker and the database', async () => {
    const pingId = `e2e-${Date.now()}`;
    const jobId = await registry.get(JobProducer).enqueue('ping', { pingId });
    expect(jobId).toBe(`ping.${pingId}`);
    const record = await eventually(() =>
      env.dataSource
        .getRepository(PingRecord)
        .findOneBy({ id: pingId })
        .then((r) => r ?? undefined),
    );
    expect(record.handledBy).toMatch(/:\d+$/);
  });

  it('counts handled jobs in Prometheus format at /metrics, without a token', async () => {
    const pingId = `metrics-${Date.now()}`;
    await registry.get(JobProducer).enqueue('ping', { pingId });
    await eventually(() =>
      env.dataSource
        .getRepository(PingRecord)
        .findOneBy({ id: pingId })
        .then((r) => r ?? undefined),
    );
    const metrics = await request(worker.getHttpServer()).get('/metrics').expect(200);
    expect(metrics.headers['content-type']).toMatch(/text\/plain/);
    const processed = /wt_jobs_processed_total\{job="ping"\} (\d+)/.exec(metrics.text);
    expect(Number(processed?.[1])).toBeGreaterThanOrEqual(1);
    expect(metrics.text).toMatch(/wt_job_duration_seconds_count\{job="ping"\} \d+/);
  });

  it('serves the queue dashboard to admins only, and only with BullMQ', async () => {
    const server = worker.getHttpServer();
    if (!process.env.REDIS_URL) {
      await request(server)
        .get('/admin/queues')
        .set('Authorization', `Bearer ${tokenFor(env.config, DEMO_PRINCIPALS.admin)}`)
        .expect(404);
      await request(server).post('/admin/queues/session').expect(404);
      return;
    }
    await request(server).get('/admin/queues').expect(401);
    await request(server)
      .get('/admin/queues')
      .set('Authorization', `Bearer ${tokenFor(env.config, DEMO_PRINCIPALS.coach)}`)
      .expect(403);
    const board = await request(server)
      .get('/admin/queues')
      .set('Authorization', `Bearer ${tokenFor(env.config, DEMO_PRINCIPALS.admin)}`)
      .expect(200);
    expect(board.text).toMatch(/bull/i);

    // The portal's link: the admin's token posted to /session becomes a cookie the board accepts.
    await request(server)
      .post('/admin/queues/session')
      .type('form')
      .send({ token: tokenFor(env.config, DEMO_PRINCIPALS.coach) })
      .expect(403);
    const session = await request(server)
      .post('/admin/queues/session')
      .type('form')
      .send({ token: tokenFor(env.config, DEMO_PRINCIPALS.admin) })
      .expect(303);
    expect(session.headers.location).toBe('/admin/queues');
    const cookie = (session.headers['set-cookie'] as unknown as string[])[0];
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/admin\/queues/);
    const byCookie = await request(server)
      .get('/admin/queues')
      .set('Cookie', cookie.split(';')[0])
      .expect(200);
    expect(byCookie.text).toMatch(/bull/i);
    const queues = await request(server)
      .get('/admin/queues/api/queues')
      .set('Cookie', cookie.split(';')[0])
      .expect(200);
    expect(JSON.stringify(queues.body)).toContain('matching');
    await request(server)
      .get('/admin/queues')
      .set('Cookie', `wt_queue_dashboard=${tokenFor(env.config, DEMO_PRINCIPALS.coach)}`)
      .expect(403);
  });

  it('enqueues the same job id once, however often it is asked', async () => {
    const producer = profiles.get(JobProducer);
    const ids = await Promise.all(
      [1, 2, 3].map(() => producer.enqueue('ping', { pingId: 'twice' })),
    );
    expect(new Set(ids)).toEqual(new Set(['ping.twice']));
    await eventually(() =>
      env.dataSource
        .getRepository(PingRecord)
        .countBy({ id: 'twice' })
        .then((n) => (n === 1 ? n : undefined)),
    );
  });
});
