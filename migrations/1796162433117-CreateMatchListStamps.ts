import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each vacancy's stored shortlist was last computed (the `asOf` of the job that wrote it).
 * Jobs running at once on several workers write a list only with fresher data than the stored
 * one, and wait for each other on this row: an older computation never overwrites a newer one.
 */
export class CreateMatchListStamps1796162433117 implements MigrationInterface {
  name = 'CreateMatchListStamps1796162433117';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE matching.list_stamp (
        vacancy_id text PRIMARY KEY,
        computed_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE matching.list_stamp`);
  }
}
