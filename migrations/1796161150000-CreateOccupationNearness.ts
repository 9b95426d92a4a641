import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Occupations near by their ESCO skills, computed by the taxonomy importer: the best neighbours of
 * each occupation above a floor, with how many essential skills they share. The import records
 * the method it computed them with; a database whose rows are missing or from another method has
 * them computed again from the stored relations.
 */
export class CreateOccupationNearness1796161150000 implements MigrationInterface {
  name = 'CreateOccupationNearness1796161150000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE taxonomy.occupation_near (
        occupation_uri text NOT NULL REFERENCES taxonomy.concept (uri) ON DELETE CASCADE,
        near_uri text NOT NULL REFERENCES taxonomy.concept (uri) ON DELETE CASCADE,
        similarity real NOT NULL CHECK (similarity > 0 AND similarity <= 1),
        shared_essential smallint NOT NULL,
        essential smallint NOT NULL,
        PRIMARY KEY (occupation_uri, near_uri)
      )`);
    await queryRunner.query(`ALTER TABLE taxonomy.import ADD COLUMN nearness_method text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE taxonomy.import DROP COLUMN nearness_method`);
    await queryRunner.query(`DROP TABLE taxonomy.occupation_near`);
  }
}
