import { Logger } from '@nestjs/common';
import { PeriodicTask } from './periodic-task';

function logger() {
  const lines: string[] = [];
  const log = {
    log: (m: string) => lines.push(`log ${m}`),
    warn: (m: string) => lines.push(`warn ${m}`),
    error: (m: string) => lines.push(`error ${m}`),
  } as unknown as Logger;
  return { log, lines };
}

describe('PeriodicTask', () => {
  it('runs at start, never twice at once, and its stop waits for the run in progress', async () => {
    const { log, lines } = logger();
    let release!: () => void;
    let runs = 0;
    const task = new PeriodicTask({
      name: 'job',
      logger: log,
      work: () => {
        runs++;
        return new Promise<string>((resolve) => (release = () => resolve('done')));
      },
    });
    const first = task.start(60_000);
    expect(runs).toBe(1);
    void task.run(); // a tick while the first run goes on
    expect(runs).toBe(1);
    let stopped = false;
    const stop = task.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    release();
    await first;
    await stop;
    expect(stopped).toBe(true);
    expect(lines).toEqual(['log done']);
  });

  it('logs a failed run at its level and runs again after it', async () => {
    const { log, lines } = logger();
    let fail = true;
    const task = new PeriodicTask({
      name: 'sweep',
      logger: log,
      failureLevel: 'warn',
      work: async () => {
        if (fail) throw new Error('queue down');
      },
    });
    await task.run();
    fail = false;
    await task.run();
    expect(lines).toEqual(['warn sweep failed: queue down']);
  });

  it('does nothing when switched off (0)', async () => {
    let runs = 0;
    const task = new PeriodicTask({
      name: 'off',
      logger: logger().log,
      work: async () => void runs++,
    });
    await task.start(0);
    await task.stop();
    expect(runs).toBe(0);
  });
});
