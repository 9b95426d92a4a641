import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Regional insight's daily aggregate snapshots: counts only, people counts below 5 stored as
 * null, no id of any person, so nothing here needs erasing.
 */
export class CreateInsightSnapshots1796159619028 implements MigrationInterface {
  name = 'CreateInsightSnapshots1796159619028';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS insight`);
    await queryRunner.query(
      `CREATE TABLE insight.daily_snapshot (
        day date NOT NULL,
        figure text NOT NULL,
        cell_key text NOT NULL,
        dimensions jsonb NOT NULL,
        counts jsonb NOT NULL,
        taken_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (day, figure, cell_key)
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX daily_snapshot_figure_day ON insight.daily_snapshot (figure, day)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE insight.daily_snapshot`);
    await queryRunner.query(`DROP SCHEMA IF EXISTS insight`);
  }
}
