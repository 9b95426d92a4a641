import { Injectable, Logger } from '@nestjs/common';
import type { Principal, UserProfile } from '@wt/auth';
import { NotificationRepository } from './notification.repository';

const REMEMBERED_USERS = 10_000;

/**
 * Keeps the small user table (`notifications.app_user`) in step with the tokens: role, ids,
 * e-mail and display name (OIDC `email`, `name`). A process writes a user only when it has not
 * seen these values for them yet, so a request costs no write in the usual case.
 */
@Injectable()
export class UserDirectoryService {
  private readonly logger = new Logger(UserDirectoryService.name);
  private readonly seen = new Map<string, string>();

  constructor(private readonly store: NotificationRepository) {}

  async record(principal: Principal, profile: UserProfile = {}): Promise<void> {
    const fingerprint = JSON.stringify([
      principal.role,
      principal.organisationId ?? null,
      principal.coachId ?? null,
      profile.email ?? null,
      profile.name ?? null,
    ]);
    if (this.seen.get(principal.subject) === fingerprint) return;
    try {
      await this.store.upsertUser(principal, profile);
      this.remember(principal.subject, fingerprint);
    } catch (error) {
      // The request goes on: a user missed now is recorded with their next request.
      this.logger.warn(`user ${principal.subject} not recorded: ${(error as Error).message}`);
    }
  }

  private remember(subject: string, fingerprint: string): void {
    this.seen.delete(subject);
    this.seen.set(subject, fingerprint);
    if (this.seen.size > REMEMBERED_USERS) {
      this.seen.delete(this.seen.keys().next().value as string);
    }
  }
}
