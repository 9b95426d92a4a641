import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Removes what another context keeps about one job seeker (the matching context: its matches).
 * Runs inside the erasure transaction and must use only the given EntityManager: the erasure
 * commits or rolls back as a whole, and embedded PGlite has a single session.
 */
export type SeekerErasureHook = (seekerId: string, manager: EntityManager) => Promise<void>;

/**
 * The erasure contract for other contexts. Erasing a job seeker removes their personal data and
 * their matches; this context does not know the matching tables, so the matching context
 * registers a hook here (in its module's `onModuleInit`) that deletes its rows for the seeker.
 * Audit rows stay: they hold ids only.
 */
@Injectable()
export class SeekerErasureHooks {
  private readonly hooks = new Map<string, SeekerErasureHook>();

  /** `name` identifies the registering context; registering it again replaces its hook. */
  register(name: string, hook: SeekerErasureHook): void {
    this.hooks.set(name, hook);
  }

  registered(): string[] {
    return [...this.hooks.keys()];
  }

  async eraseEverywhere(seekerId: string, manager: EntityManager): Promise<void> {
    for (const hook of this.hooks.values()) await hook(seekerId, manager);
  }
}
