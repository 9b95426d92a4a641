import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Jobs that failed their last attempt, in either queue mode, so an admin sees them
 * (`GET /admin/jobs/failed`) and can run them again after a fix. Ids and versions only, like the
 * job payloads themselves.
 */
export class CreateFailedJobs1796159977998 implements MigrationInterface {
  name = 'CreateFailedJobs1796159977998';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE ops.failed_job (
        job_id text PRIMARY KEY,
        name text NOT NULL,
        payload jsonb NOT NULL,
        attempts integer NOT NULL,
        error text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ops.failed_job`);
  }
}
