import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an erasure leaves of a job seeker's placements: counts per employer, month of the start
 * and country of work, with the banenafspraak jobs (hours / 25.5) they counted for, and no id of
 * any person. The employer's placements and quota in the outcomes report keep them.
 */
export class CreateErasedPlacementTally1796161100000 implements MigrationInterface {
  name = 'CreateErasedPlacementTally1796161100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE matching.erased_placement_tally (
        organisation_id text NOT NULL,
        period text NOT NULL,
        country_of_work text NOT NULL,
        placements integer NOT NULL,
        banen real NOT NULL,
        PRIMARY KEY (organisation_id, period, country_of_work)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE matching.erased_placement_tally`);
  }
}
