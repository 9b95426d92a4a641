import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@wt/config';
import { MatchableSeekersService } from '@wt/job-seekers';
import { DataSource } from 'typeorm';
import { NotificationDraft, recipientKey } from './notification-kinds';
import { NotificationRepository, UserDelivery } from './notification.repository';

/**
 * Stores drafts in the inboxes of their recipients, as each one's preferences say (in-app, and
 * e-mail where an SMTP server is configured and the user has an address). A draft about a job
 * seeker is stored with the seeker's profile locked against erasure, so an erasure running at the
 * same time either comes first (nothing is stored) or waits and then removes what was stored.
 */
@Injectable()
export class NotificationDelivery {
  private readonly emailEnabled: boolean;

  constructor(
    private readonly store: NotificationRepository,
    private readonly seekers: MatchableSeekersService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.emailEnabled = Boolean(config.notifications.smtpUrl);
  }

  /** Answers how many notifications were stored (a repeated draft is stored once). */
  async deliver(drafts: readonly NotificationDraft[]): Promise<number> {
    let stored = 0;
    for (const kind of new Set(drafts.map((d) => d.kind))) {
      const ofKind = drafts.filter((d) => d.kind === kind);
      const users = await this.store.recipients(
        kind,
        ofKind.map((d) => d.recipient),
      );
      for (const draft of ofKind) {
        stored += await this.storeFor(draft, users.get(recipientKey(draft.recipient)) ?? []);
      }
    }
    return stored;
  }

  private async storeFor(
    draft: NotificationDraft,
    users: readonly UserDelivery[],
  ): Promise<number> {
    const wanted = users
      .map((u) => ({ subject: u.subject, inApp: u.inApp, email: u.email && this.emailEnabled }))
      .filter((u) => u.inApp || u.email);
    if (wanted.length === 0) return 0;
    return this.dataSource.transaction(async (m) => {
      if (draft.seekerId && !(await this.seekers.versionsLocked(m, [draft.seekerId])).size) {
        return 0;
      }
      let n = 0;
      for (const user of wanted) {
        if (await this.store.insert(user.subject, draft, user, m)) n += 1;
      }
      return n;
    });
  }
}
