import { performance } from 'node:perf_hooks';
import { setImmediate } from 'node:timers/promises';

/** How long matching may hold the event loop before it lets I/O (HTTP, health checks) run. */
export const LOOP_BUDGET_MS = 25;

/**
 * Long matching work shares its process with HTTP apps (the standalone) and with the lock renewal
 * of its own job: `tick()` between steps gives the event loop a turn once the budget is spent.
 * An awaited database call is not enough: the embedded database answers without a macrotask.
 */
export class LoopBudget {
  private since = performance.now();

  constructor(private readonly budgetMs = LOOP_BUDGET_MS) {}

  async tick(): Promise<void> {
    if (performance.now() - this.since < this.budgetMs) return;
    await setImmediate();
    this.since = performance.now();
  }
}

/**
 * Step sizes of the worker. The embedded database runs each statement on the event loop it
 * shares with the HTTP apps, and holds its one session for a whole transaction: there, reads,
 * statements and transactions are small, so none holds the loop for more than ~100 ms. On
 * PostgreSQL a statement runs elsewhere and larger steps are cheaper.
 */
export class MatchingPace {
  constructor(
    /** Profiles or vacancies read per query when the index loads. */
    readonly loadChunk: number,
    /** Matches per write statement. */
    readonly writeRows: number,
    /** Vacancies per transaction of a re-match-all. */
    readonly rematchChunk: number,
  ) {}
}

// Embedded: an upsert of 50 matches (with their explanations) measured up to ~280 ms and the
// COMMIT of a 5-vacancy chunk up to ~700 ms in bench:event-loop; 20 rows and 2 vacancies hold the
// loop less (p99 35 ms there), though single statements still reach ~200 ms.
export const EMBEDDED_PACE = new MatchingPace(100, 20, 2);
export const SERVER_PACE = new MatchingPace(1_000, 2_000, 100);
