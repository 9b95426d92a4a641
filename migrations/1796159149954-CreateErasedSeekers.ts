import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The erasure feed: the id of every erased job seeker, in order. A worker's in-memory index
 * catches up with changed profiles by their `updated_at`; an erased profile is simply gone, so
 * the index reads this feed (by `seq`) to drop it. Ids only: the profile id is a random
 * pseudonym, like the ids the audit trail keeps.
 */
export class CreateErasedSeekers1796159149954 implements MigrationInterface {
  name = 'CreateErasedSeekers1796159149954';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE job_seekers.erased_seeker (
        seq bigserial PRIMARY KEY,
        seeker_id uuid NOT NULL,
        erased_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE job_seekers.erased_seeker`);
  }
}
