import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every worker reads "what changed since" before each job (and every chunk of a re-match): by
 * `updated_at`, an index range instead of a scan of every profile and vacancy.
 */
export class AddChangedSinceIndexes1796162433119 implements MigrationInterface {
  name = 'AddChangedSinceIndexes1796162433119';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX profile_updated_at_idx ON job_seekers.profile (updated_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX vacancy_updated_at_idx ON vacancies.vacancy (updated_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX vacancies.vacancy_updated_at_idx`);
    await queryRunner.query(`DROP INDEX job_seekers.profile_updated_at_idx`);
  }
}
