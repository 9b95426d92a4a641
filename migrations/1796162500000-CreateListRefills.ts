import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Vacancy lists to fill again after an erasure took someone off them (issue 11): written in the
 * erasure's transaction, sent to the queue as `refill-vacancy-list` after it commits (a sweep
 * sends what the queue did not take), deleted by the job once the list is written. Vacancy ids
 * only: nothing here names the erased person. `request` makes each refill its own job.
 */
export class CreateListRefills1796162500000 implements MigrationInterface {
  name = 'CreateListRefills1796162500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE matching.list_refill_request`);
    await queryRunner.query(
      `CREATE TABLE matching.list_refill (
        vacancy_id uuid PRIMARY KEY,
        request bigint NOT NULL DEFAULT nextval('matching.list_refill_request'),
        enqueued boolean NOT NULL DEFAULT false,
        requested_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX list_refill_waiting_idx ON matching.list_refill (request) WHERE NOT enqueued`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE matching.list_refill`);
    await queryRunner.query(`DROP SEQUENCE matching.list_refill_request`);
  }
}
