import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A vacancy whose occupation the linker found with low confidence is flagged for an adviser, with
 * the next best candidates to choose from.
 */
export class AddVacancyOccupationReview1796159696470 implements MigrationInterface {
  name = 'AddVacancyOccupationReview1796159696470';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE vacancies.vacancy
         ADD COLUMN occupation_review text
           CHECK (occupation_review IS NULL OR occupation_review = 'needed'),
         ADD COLUMN occupation_alternatives jsonb NOT NULL DEFAULT '[]'::jsonb`,
    );
    await queryRunner.query(
      `CREATE INDEX vacancy_occupation_review_idx ON vacancies.vacancy (occupation_review)
         WHERE occupation_review IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX vacancies.vacancy_occupation_review_idx`);
    await queryRunner.query(
      `ALTER TABLE vacancies.vacancy DROP COLUMN occupation_alternatives, DROP COLUMN occupation_review`,
    );
  }
}
