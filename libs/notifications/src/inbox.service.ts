import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditService } from '@wt/audit';
import type { Principal } from '@wt/auth';
import { kindsFor, NotificationKind } from './notification-kinds';
import {
  InboxItem,
  InboxPage,
  NotificationRepository,
  Preference,
  StoredInboxItem,
} from './notification.repository';

/**
 * Each user's own inbox and preferences: the caller is the token's subject, so nobody reads
 * another's notifications (another user's notification id answers 404). A coach's notifications
 * link to a job seeker of their caseload by its id: each job seeker an answer shows is recorded
 * in the audit trail as a read (origin `notifications`), as reading their matches would be.
 */
@Injectable()
export class InboxService {
  constructor(
    private readonly store: NotificationRepository,
    private readonly audit: AuditService,
  ) {}

  async list(p: Principal, page: number, pageSize: number, unreadOnly = false): Promise<InboxPage> {
    const found = await this.store.inbox(p.subject, page, pageSize, unreadOnly);
    return { ...found, items: await this.shown(p, found.items) };
  }

  async unreadCount(p: Principal): Promise<{ unread: number }> {
    return { unread: await this.store.unreadCount(p.subject) };
  }

  async markRead(p: Principal, id: string): Promise<InboxItem> {
    const item = /^\d{1,18}$/.test(id) ? await this.store.markRead(p.subject, id) : undefined;
    if (!item) throw new NotFoundException(`notification ${id} not found`);
    return (await this.shown(p, [item]))[0];
  }

  async markAllRead(p: Principal): Promise<{ marked: number }> {
    return { marked: await this.store.markAllRead(p.subject) };
  }

  /** Records the job seekers whose ids the caller is shown, and drops those ids from the lines. */
  private async shown(p: Principal, items: readonly StoredInboxItem[]): Promise<InboxItem[]> {
    const seekers = new Set(
      items.filter((i) => i.seekerId && i.link.includes(i.seekerId)).map((i) => i.seekerId!),
    );
    for (const seekerId of seekers) {
      await this.audit.record({
        actor: p,
        action: 'read',
        objectType: 'job-seeker',
        objectId: seekerId,
        result: 'allowed',
        origin: 'notifications',
      });
    }
    return items.map(({ seekerId: _, ...item }) => item);
  }

  /** Every kind the caller's role receives, with its setting (both on unless switched off). */
  async preferences(p: Principal): Promise<Preference[]> {
    const stored = await this.store.preferences(p.subject);
    return kindsFor(p.role).map((kind) => stored.get(kind) ?? { kind, inApp: true, email: true });
  }

  async updatePreferences(p: Principal, preferences: readonly Preference[]): Promise<Preference[]> {
    const allowed = new Set<NotificationKind>(kindsFor(p.role));
    const errors = preferences
      .map((pref, i) =>
        allowed.has(pref.kind)
          ? undefined
          : `preferences.${i}.kind: "${pref.kind}" is not a notification of role ${p.role} (${[...allowed].join(', ') || 'none'})`,
      )
      .filter((e): e is string => e !== undefined);
    if (errors.length > 0) throw new BadRequestException(errors);
    const kinds = preferences.map((pref) => pref.kind);
    if (new Set(kinds).size !== kinds.length) {
      throw new BadRequestException(['preferences: each kind at most once']);
    }
    await this.store.savePreferences(p, preferences);
    return this.preferences(p);
  }
}
