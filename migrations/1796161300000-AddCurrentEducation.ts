import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The MBO course a job seeker is following and when it is expected to end, so the region can count
 * the MBO leavers of the coming year beside the VSO/PrO leavers. A course is not a target group:
 * it is kept apart from `school_type`, which is the VSO/PrO status the banenafspraak looks at.
 */
export class AddCurrentEducation1796161300000 implements MigrationInterface {
  name = 'AddCurrentEducation1796161300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE job_seekers.profile
         ADD COLUMN education_code text
           CHECK (education_code IN ('NL:MBO-1', 'NL:MBO-2', 'NL:MBO-3', 'NL:MBO-4')),
         ADD COLUMN education_end_date date,
         ADD CONSTRAINT profile_education_pair_check
           CHECK ((education_code IS NULL) = (education_end_date IS NULL))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE job_seekers.profile
         DROP CONSTRAINT profile_education_pair_check,
         DROP COLUMN education_end_date,
         DROP COLUMN education_code`,
    );
  }
}
