import { Clock, RateLimiter } from './rate-limiter';

/** A clock that only moves when someone sleeps. */
function fakeClock(start = 1_000): Clock & { slept: number[] } {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

describe('RateLimiter', () => {
  it('lets the first call through at once and spaces the next ones', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(2_000, clock);
    await limiter.acquire();
    await limiter.acquire();
    await limiter.acquire();
    expect(clock.slept).toEqual([2_000, 2_000]);
  });

  it('spaces concurrent callers in the order they asked', async () => {
    const wakeUps: number[] = [];
    const limiter = new RateLimiter(500, {
      now: () => 1_000,
      sleep: async (ms) => void wakeUps.push(1_000 + ms),
    });
    await Promise.all([limiter.acquire(), limiter.acquire(), limiter.acquire()]);
    expect(wakeUps).toEqual([1_500, 2_000]);
  });

  it('does not wait when the interval has already passed', async () => {
    let now = 0;
    const slept: number[] = [];
    const limiter = new RateLimiter(1_000, {
      now: () => now,
      sleep: async (ms) => void slept.push(ms),
    });
    await limiter.acquire();
    now = 5_000;
    await limiter.acquire();
    expect(slept).toEqual([]);
  });

  it('counts the interval from the end of a call made through run', async () => {
    const clock = fakeClock(0);
    const limiter = new RateLimiter(1_000, clock);
    await limiter.run(() => clock.sleep(700));
    await limiter.run(async () => undefined);
    expect(clock.slept).toEqual([700, 1_000]);
  });
});
