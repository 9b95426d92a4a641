import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Removes what another context keeps about one job seeker (the matching context: its matches).
 * Runs inside the erasure transaction and must use only the given EntityManager: the erasure
 * commits or rolls back as a whole, and embedded PGlite has a single session.
 */
export type SeekerErasureHook = (seekerId: string, manager: EntityManager) => Promise<void>;

/**
 * What a context does once the erasure committed (send the jobs it requested in the erasure).
 * Ids only; a failure is logged, never the erasure's: the context's sweep sends what is missed.
 */
export type AfterErasure = () => Promise<void>;

/**
 * The erasure contract for other contexts. Erasing a job seeker removes their personal data and
 * their matches; this context does not know the matching tables, so the matching context
 * registers a hook here (in its module's `onModuleInit`) that deletes its rows for the seeker.
 * Audit rows stay: they hold ids only.
 */
@Injectable()
export class SeekerErasureHooks {
  private readonly logger = new Logger(SeekerErasureHooks.name);
  private readonly hooks = new Map<string, SeekerErasureHook>();
  private readonly afterCommit = new Map<string, AfterErasure>();

  /** `name` identifies the registering context; registering it again replaces its hook. */
  register(name: string, hook: SeekerErasureHook, after?: AfterErasure): void {
    this.hooks.set(name, hook);
    if (after) this.afterCommit.set(name, after);
    else this.afterCommit.delete(name);
  }

  registered(): string[] {
    return [...this.hooks.keys()];
  }

  async eraseEverywhere(seekerId: string, manager: EntityManager): Promise<void> {
    for (const hook of this.hooks.values()) await hook(seekerId, manager);
  }

  /** After the erasure committed: each context's follow-up; never throws. */
  async afterErasure(): Promise<void> {
    for (const [name, after] of this.afterCommit) {
      try {
        await after();
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        this.logger.warn(`after-erasure step of ${name} failed (its sweep retries): ${reason}`);
      }
    }
  }
}
