import { INestApplication } from '@nestjs/common';
import { MatchingWorkerModule } from '@apps/matching-worker/src/matching-worker.module';
import { SCORING_MODEL } from '@wt/matching';
import { enqueueDetached } from '@wt/queue';
import { createTestApp, eventually, startTestEnvironment, TestEnvironment } from '@wt/testing';

/**
 * A re-match requested from a script (the taxonomy import, `npm run rematch`) reaches a worker:
 * through BullMQ, or in the embedded mode through the job journal the next start takes up.
 */
describe('a re-match requested from outside the apps', () => {
  let env: TestEnvironment;
  let worker: INestApplication | undefined;

  beforeAll(async () => {
    env = await startTestEnvironment();
  });
  afterAll(async () => {
    await worker?.close();
    await env?.close();
  });

  it('is queued before any worker runs, and a worker that starts runs it with progress', async () => {
    const jobId = await enqueueDetached(env.config, env.dataSource, 'rematch-all', {
      reason: 'taxonomy import',
      requestedAt: 'taxonomy 0123456789ab 2026-11-28T09:00:00.000Z',
    });
    expect(jobId).toBe('rematch-all.taxonomy0123456789ab20261128T090000000Z');
    if (!env.config.queue.redisUrl) {
      const journaled = await env.dataSource.query(
        `SELECT name FROM ops.queued_job WHERE id = $1`,
        [jobId],
      );
      expect(journaled).toEqual([{ name: 'rematch-all' }]);
    }

    worker = await createTestApp(MatchingWorkerModule.register(env.config));
    const run = await eventually(async () => {
      const [row] = await env.dataSource.query(
        `SELECT reason, total, done FROM matching.run WHERE id = $1 AND finished_at IS NOT NULL`,
        [jobId],
      );
      return row as { reason: string; total: number; done: number } | undefined;
    }, 30_000);
    expect(run.reason).toBe('taxonomy import');
    expect(run.done).toBe(run.total);
    expect(
      await env.dataSource.query(`SELECT id FROM ops.queued_job WHERE id = $1`, [jobId]),
    ).toEqual([]);
  });

  it('is queued by a worker that finds matches of an earlier scoring model, and run with the current one', async () => {
    await worker?.close();
    worker = undefined;
    await env.dataSource.query(
      `INSERT INTO matching.match (vacancy_id, seeker_id, score, model_version, vacancy_version, seeker_version, cross_border, explanation)
       VALUES ('00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b', 50, '2026.11-2', 1, 1, false, '{}')`,
    );
    worker = await createTestApp(MatchingWorkerModule.register(env.config));
    const run = await eventually(async () => {
      const [row] = await env.dataSource.query(
        `SELECT reason, model_version FROM matching.run WHERE reason = $1 AND finished_at IS NOT NULL`,
        [`model ${SCORING_MODEL.version}`],
      );
      return row as { reason: string; model_version: string } | undefined;
    }, 30_000);
    expect(run.model_version).toBe(SCORING_MODEL.version);
    expect(SCORING_MODEL.version).not.toBe('2026.11-2');
  });

  it('says at once that Redis is unreachable rather than waiting for it', async () => {
    const unreachable = {
      ...env.config,
      queue: { ...env.config.queue, redisUrl: 'redis://127.0.0.1:1' },
    };
    const started = Date.now();
    await expect(
      enqueueDetached(unreachable, env.dataSource, 'rematch-all', {
        reason: 'test',
        requestedAt: 'unreachable',
      }),
    ).rejects.toThrow(/^Redis \(REDIS_URL\) is unreachable/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
