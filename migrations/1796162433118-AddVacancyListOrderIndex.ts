import { MigrationInterface, QueryRunner } from 'typeorm';

/** `GET /vacancies` pages newest first: an index in that order reads one page, not every row. */
export class AddVacancyListOrderIndex1796162433118 implements MigrationInterface {
  name = 'AddVacancyListOrderIndex1796162433118';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX vacancy_list_order_idx ON vacancies.vacancy (published_at DESC NULLS LAST, created_at DESC, id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX vacancies.vacancy_list_order_idx`);
  }
}
