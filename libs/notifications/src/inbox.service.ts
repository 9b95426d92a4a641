import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { Principal } from '@wt/auth';
import { kindsFor, NotificationKind } from './notification-kinds';
import {
  InboxItem,
  InboxPage,
  NotificationRepository,
  Preference,
} from './notification.repository';

/**
 * Each user's own inbox and preferences: the caller is the token's subject, so nobody reads
 * another's notifications (another user's notification id answers 404). The inbox holds no
 * personal data of job seekers, so reading it writes no audit entry.
 */
@Injectable()
export class InboxService {
  constructor(private readonly store: NotificationRepository) {}

  list(p: Principal, page: number, pageSize: number, unreadOnly = false): Promise<InboxPage> {
    return this.store.inbox(p.subject, page, pageSize, unreadOnly);
  }

  async unreadCount(p: Principal): Promise<{ unread: number }> {
    return { unread: await this.store.unreadCount(p.subject) };
  }

  async markRead(p: Principal, id: string): Promise<InboxItem> {
    const item = /^\d{1,18}$/.test(id) ? await this.store.markRead(p.subject, id) : undefined;
    if (!item) throw new NotFoundException(`notification ${id} not found`);
    return item;
  }

  async markAllRead(p: Principal): Promise<{ marked: number }> {
    return { marked: await this.store.markAllRead(p.subject) };
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
