import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMatchingSchema1764311000000 implements MigrationInterface {
  name = 'CreateMatchingSchema1764311000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS matching`);
    await queryRunner.query(`
      CREATE TABLE matching.match (
        vacancy_id text NOT NULL,
        seeker_id text NOT NULL,
        score real NOT NULL,
        model_version text NOT NULL,
        vacancy_version integer NOT NULL,
        seeker_version integer NOT NULL,
        cross_border boolean NOT NULL,
        explanation jsonb NOT NULL,
        status text NOT NULL DEFAULT 'suggested'
          CHECK (status IN ('suggested', 'shortlisted', 'proposed', 'introduced', 'hired', 'rejected')),
        status_reason text,
        status_changed_by text,
        status_changed_at timestamptz,
        computed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (vacancy_id, seeker_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX match_vacancy_score_idx ON matching.match (vacancy_id, score DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX match_seeker_score_idx ON matching.match (seeker_id, score DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE matching.run (
        id text PRIMARY KEY,
        reason text NOT NULL,
        model_version text NOT NULL,
        total integer NOT NULL DEFAULT 0,
        done integer NOT NULL DEFAULT 0,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA matching CASCADE`);
  }
}
