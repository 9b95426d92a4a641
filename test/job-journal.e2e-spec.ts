import { DatabaseJobJournal, InProcessQueue, JobDispatcher, PermanentJobError } from '@wt/queue';
import { eventually, startTestEnvironment, TestEnvironment } from '@wt/testing';

/**
 * The in-process queue's journal in the real database: a job is stored before it is accepted and
 * dropped only after it ran, so a process that dies (modelled by dropping the queue without a
 * shutdown) leaves its accepted work to the next one.
 */
describe('in-process queue journal', () => {
  let env: TestEnvironment;
  let journal: DatabaseJobJournal;
  const journaled = async () =>
    (
      await env.dataSource.query<Array<{ id: string }>>(
        `SELECT id FROM ops.queued_job ORDER BY seq`,
      )
    ).map((r) => r.id);

  /** A dispatcher that records what it ran; `block` keeps a job running until released. */
  function dispatcher(behaviour: { block?: string; fail?: string } = {}) {
    const ran: string[] = [];
    let release = () => undefined as void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const dispatch = async (_name: string, _payload: unknown, { jobId }: { jobId: string }) => {
      if (jobId === behaviour.block) await blocked;
      if (jobId === behaviour.fail) throw new PermanentJobError('refused on purpose');
      ran.push(jobId);
    };
    return { ran, release, dispatcher: { dispatch } as unknown as JobDispatcher };
  }

  const fresh = () => {
    const queue = new InProcessQueue();
    queue.useJournal(journal);
    return queue;
  };

  beforeAll(async () => {
    env = await startTestEnvironment();
    journal = new DatabaseJobJournal(env.dataSource);
  });
  beforeEach(() => env.dataSource.query(`DELETE FROM ops.queued_job`));
  afterAll(() => env?.close());

  it('stores a job before accepting it, and drops it once it ran', async () => {
    const queue = fresh();
    const id = await queue.add('ping', { pingId: 'stored' });
    expect(id).toBe('ping.stored');
    expect(await journaled()).toEqual(['ping.stored']);

    const worker = dispatcher();
    queue.attach(worker.dispatcher);
    await queue.onIdle();
    expect(worker.ran).toEqual(['ping.stored']);
    expect(await journaled()).toEqual([]);
    await queue.detach();
  });

  it('a process that dies leaves its waiting and running jobs to the next, in order', async () => {
    const first = fresh();
    const dying = dispatcher({ block: 'ping.running' });
    first.attach(dying.dispatcher);
    await first.add('ping', { pingId: 'running' });
    await first.add('ping', { pingId: 'waiting-1' });
    await first.add('ping', { pingId: 'waiting-2' });
    expect(dying.ran).toEqual([]);
    // The process "dies" here: the first queue is never detached and its job never finishes.

    const next = fresh();
    const worker = dispatcher();
    next.attach(worker.dispatcher);
    await eventually(async () => ((await journaled()).length === 0 ? true : undefined));
    await next.onIdle();
    expect(worker.ran).toEqual(['ping.running', 'ping.waiting-1', 'ping.waiting-2']);
    await next.detach();
    dying.release();
    await first.detach();
  });

  it('a stop (detach) keeps the waiting jobs for the next start', async () => {
    const first = fresh();
    await first.add('ping', { pingId: 'after-stop' });
    await first.detach();
    expect(await journaled()).toEqual(['ping.after-stop']);

    const next = fresh();
    const worker = dispatcher();
    next.attach(worker.dispatcher);
    await eventually(async () => (worker.ran.length > 0 ? true : undefined));
    expect(worker.ran).toEqual(['ping.after-stop']);
    await next.onIdle();
    await next.detach();
  });

  it('a job that failed for good leaves the journal; the same job twice is stored once', async () => {
    const queue = fresh();
    const worker = dispatcher({ fail: 'ping.bad' });
    await Promise.all([queue.add('ping', { pingId: 'bad' }), queue.add('ping', { pingId: 'bad' })]);
    expect(await journaled()).toEqual(['ping.bad']);
    queue.attach(worker.dispatcher);
    await queue.onIdle();
    expect(worker.ran).toEqual([]);
    expect(await journaled()).toEqual([]);
    await queue.detach();
  });

  it('refuses a job it could not store, so the caller keeps it for a later retry', async () => {
    const queue = new InProcessQueue();
    queue.useJournal({
      record: () => Promise.reject(new Error('database unavailable')),
      forget: () => Promise.resolve(),
      pending: () => Promise.resolve([]),
    });
    await expect(queue.add('ping', { pingId: 'unstored' })).rejects.toThrow('database unavailable');
    expect(queue.has('ping.unstored')).toBe(false);
    expect(queue.size).toBe(0);
  });
});
