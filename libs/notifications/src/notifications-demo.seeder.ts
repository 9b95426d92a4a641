import { DEMO_PRINCIPALS, DEMO_PROFILES } from '@wt/auth';
import type { DataSource } from 'typeorm';

/**
 * The demo's callers as known users (with their fictional e-mail and name), so that the demo's
 * workflow fills their inboxes before they first sign in. A restart changes nothing.
 */
export const notificationsDemoSeeder = {
  name: 'notifications',
  async seed(dataSource: DataSource): Promise<string> {
    const users = Object.values(DEMO_PRINCIPALS);
    for (const p of users) {
      const profile = DEMO_PROFILES[p.role];
      await dataSource.query(
        `INSERT INTO notifications.app_user (subject, role, organisation_id, coach_id, email, display_name)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (subject) DO NOTHING`,
        [
          p.subject,
          p.role,
          p.organisationId ?? null,
          p.coachId ?? null,
          profile.email,
          profile.name,
        ],
      );
    }
    return `${users.length} demo users with an inbox`;
  },
};
