import { Injectable } from '@nestjs/common';
import type { Principal, UserProfile } from '@wt/auth';
import { DataSource, EntityManager } from 'typeorm';
import { NotificationDraft, NotificationKind, Recipient, recipientKey } from './notification-kinds';

/** One line of a user's inbox, as the user sees it. */
export interface InboxItem {
  id: string;
  kind: NotificationKind;
  title: string;
  link: string;
  vacancyId: string | null;
  createdAt: string;
  readAt: string | null;
}

/** An inbox line with the job seeker it refers to (for the audit trail; never shown). */
export interface StoredInboxItem extends InboxItem {
  seekerId: string | null;
}

export interface InboxPage {
  items: InboxItem[];
  page: number;
  pageSize: number;
  total: number;
  unread: number;
}

export interface Preference {
  kind: NotificationKind;
  inApp: boolean;
  email: boolean;
}

/** A user a notification goes to, and how (their preference for its kind). */
export interface UserDelivery {
  subject: string;
  inApp: boolean;
  email: boolean;
}

/** A user whose e-mail digest may be due. */
export interface DigestCandidate {
  subject: string;
  email: string;
  name: string | null;
}

/** A notification claimed for a digest being sent. */
export interface DigestLine {
  id: string;
  kind: NotificationKind;
  title: string;
  link: string;
}

const ITEM_COLUMNS = `id::text AS id, kind, title, link, vacancy_id, seeker_id,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at,
  to_char(read_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS read_at`;

/** Every statement on the `notifications` schema. */
@Injectable()
export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Records a user from their token, or refreshes what changed (role, ids, e-mail, name). */
  async upsertUser(p: Principal, profile: UserProfile): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notifications.app_user (subject, role, organisation_id, coach_id, email, display_name)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (subject) DO UPDATE SET role = excluded.role,
         organisation_id = excluded.organisation_id, coach_id = excluded.coach_id,
         email = excluded.email, display_name = excluded.display_name, updated_at = now()
       WHERE (app_user.role, app_user.organisation_id, app_user.coach_id, app_user.email, app_user.display_name)
         IS DISTINCT FROM (excluded.role, excluded.organisation_id, excluded.coach_id, excluded.email, excluded.display_name)`,
      [
        p.subject,
        p.role,
        p.organisationId ?? null,
        p.coachId ?? null,
        profile.email ?? null,
        profile.name ?? null,
      ],
    );
  }

  /**
   * The users each recipient stands for, with their preference for `kind` (defaults: both on),
   * by {@link recipientKey}; one query for all of them.
   */
  async recipients(
    kind: NotificationKind,
    recipients: readonly Recipient[],
  ): Promise<Map<string, UserDelivery[]>> {
    const of = <K extends string>(key: K) =>
      recipients.flatMap((r) => (key in r ? [(r as Record<K, string>)[key]] : []));
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT u.subject, u.role, u.coach_id, u.organisation_id, COALESCE(p.in_app, true) AS in_app,
              COALESCE(p.email, true) AND u.email IS NOT NULL AS email
         FROM notifications.app_user u
         LEFT JOIN notifications.preference p ON p.subject = u.subject AND p.kind = $1
        WHERE u.subject = ANY($2::text[])
           OR (u.role = 'coach' AND u.coach_id = ANY($3::text[]))
           OR (u.role = 'employer' AND u.organisation_id = ANY($4::text[]))
           OR u.role = ANY($5::text[])
        ORDER BY u.subject`,
      [kind, of('subject'), of('coachId'), of('organisationId'), of('role')],
    );
    const byKey = new Map<string, UserDelivery[]>();
    const add = (key: string, r: Record<string, unknown>) => {
      const users = byKey.get(key) ?? [];
      users.push({
        subject: r.subject as string,
        inApp: r.in_app as boolean,
        email: r.email as boolean,
      });
      byKey.set(key, users);
    };
    for (const r of rows) {
      add(recipientKey({ subject: r.subject as string }), r);
      if (r.role === 'coach') add(recipientKey({ coachId: r.coach_id as string }), r);
      if (r.role === 'employer')
        add(recipientKey({ organisationId: r.organisation_id as string }), r);
      if (r.role === 'adviser') add(recipientKey({ role: 'adviser' }), r);
    }
    return byKey;
  }

  /** Stores one notification for a user; a second time (same key) changes nothing. */
  async insert(
    subject: string,
    draft: NotificationDraft,
    delivery: { inApp: boolean; email: boolean },
    manager: EntityManager,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO notifications.notification (subject, kind, dedup_key, title, link, vacancy_id, seeker_id,
         in_app, email_state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (subject, dedup_key) DO NOTHING
       RETURNING id`,
      [
        subject,
        draft.kind,
        draft.dedupKey,
        draft.title,
        draft.link,
        draft.vacancyId,
        draft.seekerId,
        delivery.inApp,
        delivery.email ? 'pending' : 'none',
      ],
    );
    return rows.length > 0;
  }

  async inbox(
    subject: string,
    page: number,
    pageSize: number,
    unreadOnly: boolean,
  ): Promise<Omit<InboxPage, 'items'> & { items: StoredInboxItem[] }> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT ${ITEM_COLUMNS}, count(*) OVER () AS total
         FROM notifications.notification
        WHERE subject = $1 AND in_app AND ($4 = false OR read_at IS NULL)
        ORDER BY id DESC LIMIT $2 OFFSET $3`,
      [subject, pageSize, (page - 1) * pageSize, unreadOnly],
    );
    const unread = await this.unreadCount(subject);
    const total = rows.length > 0 ? Number(rows[0].total) : await this.count(subject, unreadOnly);
    return { items: rows.map(toItem), page, pageSize, total, unread };
  }

  async unreadCount(subject: string): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications.notification
        WHERE subject = $1 AND in_app AND read_at IS NULL`,
      [subject],
    );
    return row.n;
  }

  /** Marks one of the user's notifications read; undefined when it is not theirs. */
  async markRead(subject: string, id: string): Promise<StoredInboxItem | undefined> {
    const [rows] = await this.dataSource.query(
      `UPDATE notifications.notification SET read_at = COALESCE(read_at, now())
        WHERE subject = $1 AND id = $2 AND in_app
       RETURNING ${ITEM_COLUMNS}`,
      [subject, id],
    );
    const row = (rows as Array<Record<string, unknown>>)[0];
    return row ? toItem(row) : undefined;
  }

  async markAllRead(subject: string): Promise<number> {
    const [, count] = await this.dataSource.query(
      `UPDATE notifications.notification SET read_at = now()
        WHERE subject = $1 AND in_app AND read_at IS NULL`,
      [subject],
    );
    return count as number;
  }

  async preferences(subject: string): Promise<Map<NotificationKind, Preference>> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT kind, in_app, email FROM notifications.preference WHERE subject = $1`,
      [subject],
    );
    return new Map(
      rows.map((r) => [
        r.kind as NotificationKind,
        { kind: r.kind as NotificationKind, inApp: r.in_app as boolean, email: r.email as boolean },
      ]),
    );
  }

  async savePreferences(p: Principal, preferences: readonly Preference[]): Promise<void> {
    await this.dataSource.transaction(async (m: EntityManager) => {
      // The interceptor recorded the caller already; this covers a failed recording.
      await m.query(
        `INSERT INTO notifications.app_user (subject, role, organisation_id, coach_id)
         VALUES ($1, $2, $3, $4) ON CONFLICT (subject) DO NOTHING`,
        [p.subject, p.role, p.organisationId ?? null, p.coachId ?? null],
      );
      for (const pref of preferences) {
        await m.query(
          `INSERT INTO notifications.preference (subject, kind, in_app, email) VALUES ($1, $2, $3, $4)
           ON CONFLICT (subject, kind) DO UPDATE SET in_app = excluded.in_app, email = excluded.email`,
          [p.subject, pref.kind, pref.inApp, pref.email],
        );
      }
    });
  }

  /** Users with e-mails waiting whose last digest is at least `gapMinutes` before `now`. */
  async dueForDigest(now: Date, gapMinutes: number, limit: number): Promise<DigestCandidate[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT u.subject, u.email, u.display_name FROM notifications.app_user u
        WHERE u.email IS NOT NULL
          AND (u.last_digest_at IS NULL OR u.last_digest_at <= $1::timestamptz - make_interval(mins => $2))
          AND EXISTS (SELECT 1 FROM notifications.notification n
                       WHERE n.subject = u.subject AND n.email_state = 'pending')
        ORDER BY u.subject LIMIT $3`,
      [now.toISOString(), gapMinutes, limit],
    );
    return rows.map((r) => ({
      subject: r.subject as string,
      email: r.email as string,
      name: (r.display_name as string | null) ?? null,
    }));
  }

  /**
   * Claims the user's digest slot and the notifications waiting for it, in one transaction: of
   * two workers only one gets them. Answers nothing when the slot was taken meanwhile.
   */
  async claimDigest(subject: string, now: Date, gapMinutes: number): Promise<DigestLine[]> {
    return this.dataSource.transaction(async (m) => {
      const [, claimed] = await m.query(
        `UPDATE notifications.app_user SET last_digest_at = $2
          WHERE subject = $1
            AND (last_digest_at IS NULL OR last_digest_at <= $2::timestamptz - make_interval(mins => $3))`,
        [subject, now.toISOString(), gapMinutes],
      );
      if (claimed === 0) return [];
      const [rows] = await m.query(
        `UPDATE notifications.notification SET email_state = 'sending'
          WHERE subject = $1 AND email_state = 'pending'
         RETURNING id::text AS id, kind, title, link`,
        [subject],
      );
      return (rows as Array<Record<string, unknown>>)
        .map((r) => ({
          id: r.id as string,
          kind: r.kind as NotificationKind,
          title: r.title as string,
          link: r.link as string,
        }))
        .sort((a, b) => Number(a.id) - Number(b.id));
    });
  }

  /** The digest went out. */
  async digestSent(ids: readonly string[], now: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications.notification SET email_state = 'sent', emailed_at = $2
        WHERE id = ANY($1::bigint[]) AND email_state = 'sending'`,
      [ids, now.toISOString()],
    );
  }

  /** The digest could not be sent: its notifications wait again and the slot is given back. */
  async digestFailed(subject: string, ids: readonly string[]): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await m.query(
        `UPDATE notifications.notification SET email_state = 'pending'
          WHERE id = ANY($1::bigint[]) AND email_state = 'sending'`,
        [ids],
      );
      // The claim succeeded only because the last digest was long enough ago: it may go again.
      await m.query(`UPDATE notifications.app_user SET last_digest_at = NULL WHERE subject = $1`, [
        subject,
      ]);
    });
  }

  /** Erasure of a job seeker: every notification that refers to them. */
  async deleteForSeeker(seekerId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM notifications.notification WHERE seeker_id = $1`, [seekerId]);
  }

  private async count(subject: string, unreadOnly: boolean): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications.notification
        WHERE subject = $1 AND in_app AND ($2 = false OR read_at IS NULL)`,
      [subject, unreadOnly],
    );
    return row.n;
  }
}

function toItem(r: Record<string, unknown>): StoredInboxItem {
  return {
    seekerId: (r.seeker_id as string | null) ?? null,
    id: r.id as string,
    kind: r.kind as NotificationKind,
    title: r.title as string,
    link: r.link as string,
    vacancyId: (r.vacancy_id as string | null) ?? null,
    createdAt: r.created_at as string,
    readAt: (r.read_at as string | null) ?? null,
  };
}
