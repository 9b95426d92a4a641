import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@wt/config';
import { Mailer } from './mailer';
import { digestSubject } from './notification-kinds';
import { DigestCandidate, DigestLine, NotificationRepository } from './notification.repository';

const USERS_PER_SWEEP = 200;

/**
 * The e-mail digest: every notification a user wanted by e-mail and has not had yet, grouped in
 * one message, at most one message per user per `NOTIFY_DIGEST_MINUTES` (an hour). The slot and
 * the notifications are claimed in the database first, so several workers never send twice.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger(DigestService.name);

  constructor(
    private readonly store: NotificationRepository,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sends the digests due at `now`; answers how many messages went out. */
  async sendDue(now: Date = new Date()): Promise<number> {
    if (!this.mailer.enabled) return 0;
    const gap = this.config.notifications.digestMinutes;
    let sent = 0;
    for (const user of await this.store.dueForDigest(now, gap, USERS_PER_SWEEP)) {
      const lines = await this.store.claimDigest(user.subject, now, gap);
      if (lines.length === 0) continue;
      try {
        await this.mailer.send({
          to: user.email,
          subject: digestSubject(lines.length),
          text: this.body(user, lines),
        });
        await this.store.digestSent(
          lines.map((l) => l.id),
          now,
        );
        sent += 1;
      } catch (error) {
        await this.store.digestFailed(
          user.subject,
          lines.map((l) => l.id),
        );
        this.logger.warn(
          `digest for ${user.subject} not sent (${(error as Error).message}); tried again later`,
        );
      }
    }
    return sent;
  }

  private body(user: DigestCandidate, lines: readonly DigestLine[]): string {
    const portal = this.config.notifications.portalUrl;
    return [
      user.name ? `Hello ${user.name},` : 'Hello,',
      '',
      lines.length === 1
        ? 'There is 1 new notification for you in Werkplein Twente:'
        : `There are ${lines.length} new notifications for you in Werkplein Twente:`,
      '',
      ...lines.flatMap((line) => [`- ${line.title}`, `  ${portal}${line.link}`]),
      '',
      `You get at most one such e-mail every ${this.config.notifications.digestMinutes} minutes.`,
      `Choose which notifications you get, and how: ${portal}/notifications/preferences`,
    ].join('\n');
  }
}
