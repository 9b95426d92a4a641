import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOpsSchema1764306000000 implements MigrationInterface {
  name = 'CreateOpsSchema1764306000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS ops`);
    await queryRunner.query(
      `CREATE TABLE ops.ping (
        id text PRIMARY KEY,
        handled_by text NOT NULL,
        handled_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ops.ping`);
    await queryRunner.query(`DROP SCHEMA ops`);
  }
}
