import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The essential skills a stored match misses, as a column of the match row, kept by the database
 * from the explanation whoever writes it: insight tallies blocking skills from this small array
 * (through a covering index of the matches not rejected that miss one) instead of reading and
 * parsing every explanation. It goes with the row: erasing a job seeker's matches erases it, and
 * a re-match that rewrites the explanation rewrites it.
 */
export class AddMatchMissingEssential1796162600000 implements MigrationInterface {
  name = 'AddMatchMissingEssential1796162600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION matching.missing_essential_of(explanation jsonb) RETURNS text[]
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT coalesce(array_agg(skill #>> '{}'), '{}')
            FROM jsonb_array_elements(
                   CASE WHEN jsonb_typeof(explanation->'skills'->'missingEssential') = 'array'
                        THEN explanation->'skills'->'missingEssential' ELSE '[]'::jsonb END) AS skill
           WHERE jsonb_typeof(skill) = 'string'
        $$`);
    await queryRunner.query(`
      ALTER TABLE matching.match ADD COLUMN missing_essential text[] NOT NULL
        GENERATED ALWAYS AS (matching.missing_essential_of(explanation)) STORED`);
    await queryRunner.query(`
      CREATE INDEX match_missing_essential_idx ON matching.match (vacancy_id)
        INCLUDE (seeker_id, missing_essential)
        WHERE status <> 'rejected' AND missing_essential <> '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX matching.match_missing_essential_idx`);
    await queryRunner.query(`ALTER TABLE matching.match DROP COLUMN missing_essential`);
    await queryRunner.query(`DROP FUNCTION matching.missing_essential_of(jsonb)`);
  }
}
