import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only audit trail. A statement-level trigger refuses UPDATE, DELETE and TRUNCATE for
 * every role (PostgreSQL and PGlite alike); on PostgreSQL, `audit.grant_append_only(role)` gives
 * a separate application role INSERT and SELECT only, so it cannot even disable the trigger.
 */
export class CreateAuditTrail1764307000000 implements MigrationInterface {
  name = 'CreateAuditTrail1764307000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS audit`);
    await queryRunner.query(
      `CREATE TABLE audit.audit_event (
        seq bigint PRIMARY KEY CHECK (seq > 0),
        occurred_at timestamptz NOT NULL,
        actor_subject text NOT NULL,
        actor_role text CHECK (actor_role IN ('employer', 'adviser', 'coach', 'admin')),
        action text NOT NULL
          CHECK (action IN ('read', 'create', 'update', 'delete', 'search', 'export')),
        object_type text NOT NULL,
        object_id text NOT NULL,
        result text NOT NULL CHECK (result IN ('allowed', 'denied')),
        origin text,
        client_ip text,
        app text,
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL UNIQUE
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_event_object_idx ON audit.audit_event (object_type, object_id, seq DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_event_actor_idx ON audit.audit_event (actor_subject, seq DESC)`,
    );
    await queryRunner.query(
      `CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION 'audit.audit_event is append-only: % refused', TG_OP
           USING ERRCODE = 'insufficient_privilege';
       END
       $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_append_only
         BEFORE UPDATE OR DELETE OR TRUNCATE ON audit.audit_event
         FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change()`,
    );
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit.audit_event FROM PUBLIC`);
    await queryRunner.query(
      `CREATE FUNCTION audit.grant_append_only(app_role name) RETURNS void LANGUAGE plpgsql AS $$
       BEGIN
         EXECUTE format('GRANT USAGE ON SCHEMA audit TO %I', app_role);
         EXECUTE format('GRANT SELECT, INSERT ON audit.audit_event TO %I', app_role);
         EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit.audit_event FROM %I', app_role);
       END
       $$`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION audit.grant_append_only(name)`);
    await queryRunner.query(`DROP TABLE audit.audit_event`);
    await queryRunner.query(`DROP FUNCTION audit.refuse_change()`);
    await queryRunner.query(`DROP SCHEMA audit`);
  }
}
