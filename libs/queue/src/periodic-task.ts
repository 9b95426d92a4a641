import { Logger } from '@nestjs/common';

export interface PeriodicTaskOptions {
  /** What the log calls it: "<name> failed: ...". */
  name: string;
  /** One run; what it returns (if anything) is logged. */
  work: () => Promise<string | undefined | void>;
  logger: Logger;
  /** How a failed run is logged (default `error`); the next run comes all the same. */
  failureLevel?: 'warn' | 'error';
}

/**
 * A task an app runs at start and then every so often (the registry's sweep and insight snapshot,
 * the profile service's sweep of missed jobs): never two runs at once (a tick that finds one
 * running passes), a timer that keeps no process alive, and a stop that waits for the run in
 * progress. Whatever may run in several processes at once must be safe to repeat: it is.
 */
export class PeriodicTask {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(private readonly options: PeriodicTaskOptions) {}

  /** Runs now and then every `everyMs` (nothing when 0); resolves when the first run ends. */
  start(everyMs: number): Promise<void> {
    if (everyMs <= 0) return Promise.resolve();
    const first = this.run();
    this.timer = setInterval(() => void this.run(), everyMs);
    this.timer.unref();
    return first;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One run now, or the run already going. */
  run(): Promise<void> {
    const { name, work, logger, failureLevel = 'error' } = this.options;
    this.running ??= work()
      .then((done) => {
        if (done) logger.log(done);
      })
      .catch((error: unknown) =>
        logger[failureLevel](
          `${name} failed: ${error instanceof Error ? error.message : String(error)}`,
        ),
      )
      .finally(() => (this.running = undefined));
    return this.running;
  }
}
