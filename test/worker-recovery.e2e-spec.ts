import { INestApplication } from '@nestjs/common';
import { MatchingWorkerModule } from '@apps/matching-worker/src/matching-worker.module';
import { PingRecord } from '@wt/ops';
import { inProcessQueue, MATCHING_QUEUE } from '@wt/queue';
import { createTestApp, eventually, startTestEnvironment, TestEnvironment } from '@wt/testing';
import { Queue } from 'bullmq';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');
const realServers = Boolean(
  process.env.REDIS_URL && (process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL),
);

describe('worker recovery and shutdown', () => {
  let env: TestEnvironment;
  const record = (id: string) =>
    env.dataSource
      .getRepository(PingRecord)
      .findOneBy({ id })
      .then((r) => r ?? undefined);

  beforeAll(async () => {
    env = await startTestEnvironment();
  });
  afterAll(() => env?.close());

  if (!realServers) {
    it('in-process: closing the worker finishes the running job first', async () => {
      const worker: INestApplication = await createTestApp(
        MatchingWorkerModule.register(env.config),
      );
      await inProcessQueue().add('ping', { pingId: 'graceful-in-process', holdMs: 1500 });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(inProcessQueue().size).toBeGreaterThan(0);
      await worker.close();
      expect(await record('graceful-in-process')).toBeDefined();
    });
    return;
  }

  // Real worker processes on PostgreSQL and Redis, as in production.
  const children: ChildProcess[] = [];
  let queue: Queue;
  let port = 42000 + (process.pid % 500) * 2;

  function startWorker(): ChildProcess {
    port += 1;
    const child = spawn(process.execPath, ['dist/apps/matching-worker/src/main.js'], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        DATABASE_URL: env.config.database.url,
        REDIS_URL: env.config.queue.redisUrl,
        QUEUE_PREFIX: env.config.queue.prefix,
        WORKER_HEALTH_PORT: String(port),
        WORKER_LOCK_MS: '3000',
        AUTH_LOCAL_KEY: 'worker-recovery-test-key-with-32-characters!',
      },
      stdio: 'ignore',
    });
    children.push(child);
    return child;
  }

  const exited = (child: ChildProcess) =>
    new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );

  beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'build:api'], { cwd: root, stdio: 'inherit' });
    queue = new Queue(MATCHING_QUEUE, {
      connection: { url: env.config.queue.redisUrl },
      prefix: env.config.queue.prefix,
    });
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await queue?.close();
  });

  async function waitActive(jobId: string): Promise<void> {
    await eventually(
      async () => ((await queue.getJobState(jobId)) === 'active' ? true : undefined),
      30_000,
    );
  }

  it('SIGTERM: the worker finishes its running job, then exits cleanly', async () => {
    const worker = startWorker();
    await queue.add('ping', { pingId: 'graceful', holdMs: 2000 }, { jobId: 'ping.graceful' });
    await waitActive('ping.graceful');
    worker.kill('SIGTERM');
    // Nest closes the app, then re-raises the signal: an exit by SIGTERM, not a crash.
    expect(await exited(worker)).toEqual({ code: null, signal: 'SIGTERM' });
    expect((await record('graceful'))?.handledBy).toBe(`${hostname()}:${worker.pid}`);
  });

  it('a worker killed mid-job: another worker takes the stalled job up again', async () => {
    const first = startWorker();
    await queue.add('ping', { pingId: 'stalled', holdMs: 20_000 }, { jobId: 'ping.stalled' });
    await waitActive('ping.stalled');
    first.kill('SIGKILL');
    await exited(first);
    const second = startWorker();
    // The killed worker's lock expires (3 s here), the stalled check moves the job back, the second runs it.
    const done = await eventually(() => record('stalled'), 60_000);
    expect(done.handledBy).toMatch(new RegExp(`:${second.pid}$`));
  }, 90_000);
});
