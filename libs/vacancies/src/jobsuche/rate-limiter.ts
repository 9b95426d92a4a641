export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Spaces calls at least `minIntervalMs` apart, in the order they ask, across every caller that
 * shares the limiter (one per process for the Jobsuche API). With {@link run} the interval counts
 * from the end of the previous call, so a slow answer never lets the next request come sooner.
 */
export class RateLimiter {
  private nextSlot = 0;

  constructor(
    private readonly minIntervalMs: number,
    private readonly clock: Clock = SYSTEM_CLOCK,
  ) {}

  /** Resolves when the caller may make its call. */
  async acquire(): Promise<void> {
    const now = this.clock.now();
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + this.minIntervalMs;
    if (slot > now) await this.clock.sleep(slot - now);
  }

  /** Waits for a slot, makes the call, and starts the interval again when it is done. */
  async run<T>(call: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await call();
    } finally {
      this.nextSlot = Math.max(this.nextSlot, this.clock.now() + this.minIntervalMs);
    }
  }
}
