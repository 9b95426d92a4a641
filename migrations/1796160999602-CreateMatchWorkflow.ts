import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The human workflow of a match: every step with who, when and why (`matching.match_step`), the
 * placement a hire records (`matching.placement`), and on the match row what the workflow needs at
 * read time. Steps and placements go with their match (erasure deletes the match).
 */
export class CreateMatchWorkflow1796160999602 implements MigrationInterface {
  name = 'CreateMatchWorkflow1796160999602';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE matching.match
        ADD COLUMN human_override jsonb,
        ADD COLUMN score_at_last_step real,
        ADD COLUMN rejected_by text
          CHECK (rejected_by IN ('job-seeker', 'coach', 'adviser', 'employer')),
        ADD COLUMN introduction_requested_at timestamptz,
        ADD COLUMN introduction_agreed_on date`);
    await queryRunner.query(`
      CREATE TABLE matching.match_step (
        id bigserial PRIMARY KEY,
        vacancy_id text NOT NULL,
        seeker_id text NOT NULL,
        action text NOT NULL,
        from_status text NOT NULL,
        to_status text NOT NULL,
        actor_subject text NOT NULL,
        actor_role text NOT NULL,
        on_behalf_of text,
        reason text,
        note text,
        score real NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (vacancy_id, seeker_id) REFERENCES matching.match (vacancy_id, seeker_id)
          ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX match_step_pair_idx ON matching.match_step (vacancy_id, seeker_id, id)`,
    );
    await queryRunner.query(`
      CREATE TABLE matching.placement (
        vacancy_id text NOT NULL,
        seeker_id text NOT NULL,
        organisation_id text NOT NULL,
        start_date date NOT NULL,
        hours_per_week real NOT NULL,
        contract_type text NOT NULL,
        country_of_work text NOT NULL,
        banenafspraak boolean NOT NULL,
        banen real NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (vacancy_id, seeker_id),
        FOREIGN KEY (vacancy_id, seeker_id) REFERENCES matching.match (vacancy_id, seeker_id)
          ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX placement_organisation_idx ON matching.placement (organisation_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE matching.placement`);
    await queryRunner.query(`DROP TABLE matching.match_step`);
    await queryRunner.query(`
      ALTER TABLE matching.match
        DROP COLUMN human_override, DROP COLUMN score_at_last_step, DROP COLUMN rejected_by,
        DROP COLUMN introduction_requested_at, DROP COLUMN introduction_agreed_on`);
  }
}
