import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTaxonomySchema1764310000000 implements MigrationInterface {
  name = 'CreateTaxonomySchema1764310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS taxonomy`);
    await queryRunner.query(`
      CREATE TABLE taxonomy.concept (
        uri text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('occupation', 'skill', 'isco_group')),
        code text,
        skill_type text,
        reuse_level text
      )`);
    await queryRunner.query(`CREATE INDEX concept_kind_code_idx ON taxonomy.concept (kind, code)`);
    await queryRunner.query(`
      CREATE TABLE taxonomy.label (
        concept_uri text NOT NULL REFERENCES taxonomy.concept (uri) ON DELETE CASCADE,
        lang text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('preferred', 'alternative', 'hidden')),
        label text NOT NULL,
        PRIMARY KEY (concept_uri, lang, kind, label)
      )`);
    await queryRunner.query(`CREATE INDEX label_lang_idx ON taxonomy.label (lang)`);
    await queryRunner.query(`
      CREATE TABLE taxonomy.occupation_skill (
        occupation_uri text NOT NULL REFERENCES taxonomy.concept (uri) ON DELETE CASCADE,
        skill_uri text NOT NULL REFERENCES taxonomy.concept (uri) ON DELETE CASCADE,
        relation_type text NOT NULL CHECK (relation_type IN ('essential', 'optional')),
        PRIMARY KEY (occupation_uri, skill_uri)
      )`);
    await queryRunner.query(`
      CREATE TABLE taxonomy.broader (
        concept_uri text NOT NULL,
        broader_uri text NOT NULL,
        pillar text NOT NULL,
        PRIMARY KEY (concept_uri, broader_uri)
      )`);
    await queryRunner.query(`
      CREATE TABLE taxonomy.import (
        id serial PRIMARY KEY,
        source text NOT NULL,
        languages text[] NOT NULL,
        checksum text NOT NULL,
        occupations integer NOT NULL,
        skills integer NOT NULL,
        relations integer NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA taxonomy CASCADE`);
  }
}
