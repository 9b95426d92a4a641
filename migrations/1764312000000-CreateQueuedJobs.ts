import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The embedded mode's job journal: a job the in-process queue accepted stays here until it has
 * run, so a crash or a stop loses no accepted work (BullMQ keeps its jobs in Redis instead).
 */
export class CreateQueuedJobs1764312000000 implements MigrationInterface {
  name = 'CreateQueuedJobs1764312000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE ops.queued_job (
        seq bigserial NOT NULL,
        id text PRIMARY KEY,
        name text NOT NULL,
        payload jsonb NOT NULL,
        enqueued_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
    await queryRunner.query(`CREATE INDEX queued_job_seq ON ops.queued_job (seq)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ops.queued_job`);
  }
}
