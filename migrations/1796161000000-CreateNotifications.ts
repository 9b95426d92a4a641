import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications (`notifications` schema): the users the apps have seen (e-mail and display name
 * from their tokens), their preferences per kind, and each user's inbox, whose rows also wait for
 * the next e-mail digest. A step of the match workflow is marked once its notification job reached
 * the queue; steps before this migration count as sent.
 */
export class CreateNotifications1796161000000 implements MigrationInterface {
  name = 'CreateNotifications1796161000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS notifications`);
    await queryRunner.query(`
      CREATE TABLE notifications.app_user (
        subject text PRIMARY KEY,
        role text NOT NULL CHECK (role IN ('employer', 'adviser', 'coach', 'admin')),
        organisation_id text,
        coach_id text,
        email text,
        display_name text,
        last_digest_at timestamptz,
        first_seen_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX app_user_role_idx ON notifications.app_user (role, organisation_id, coach_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE notifications.preference (
        subject text NOT NULL REFERENCES notifications.app_user (subject) ON DELETE CASCADE,
        kind text NOT NULL,
        in_app boolean NOT NULL,
        email boolean NOT NULL,
        PRIMARY KEY (subject, kind)
      )`);
    await queryRunner.query(`
      CREATE TABLE notifications.notification (
        id bigserial PRIMARY KEY,
        subject text NOT NULL REFERENCES notifications.app_user (subject) ON DELETE CASCADE,
        kind text NOT NULL,
        dedup_key text NOT NULL,
        title text NOT NULL,
        link text NOT NULL,
        vacancy_id text,
        seeker_id text,
        in_app boolean NOT NULL,
        email_state text NOT NULL CHECK (email_state IN ('none', 'pending', 'sending', 'sent')),
        read_at timestamptz,
        emailed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (subject, dedup_key)
      )`);
    await queryRunner.query(
      `CREATE INDEX notification_inbox_idx ON notifications.notification (subject, id DESC) WHERE in_app`,
    );
    await queryRunner.query(
      `CREATE INDEX notification_email_idx ON notifications.notification (subject) WHERE email_state = 'pending'`,
    );
    await queryRunner.query(
      `CREATE INDEX notification_seeker_idx ON notifications.notification (seeker_id) WHERE seeker_id IS NOT NULL`,
    );
    // Existing steps count as notified; new ones start unsent.
    await queryRunner.query(
      `ALTER TABLE matching.match_step ADD COLUMN notify_enqueued boolean NOT NULL DEFAULT true`,
    );
    await queryRunner.query(
      `ALTER TABLE matching.match_step ALTER COLUMN notify_enqueued SET DEFAULT false`,
    );
    await queryRunner.query(
      `CREATE INDEX match_step_notify_idx ON matching.match_step (id) WHERE NOT notify_enqueued`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE matching.match_step DROP COLUMN notify_enqueued`);
    await queryRunner.query(`DROP SCHEMA notifications CASCADE`);
  }
}
