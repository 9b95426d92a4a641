import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateVacanciesSchema1764308000000 implements MigrationInterface {
  name = 'CreateVacanciesSchema1764308000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS vacancies`);
    await queryRunner.query(
      `CREATE TABLE vacancies.employer (
        id uuid PRIMARY KEY,
        organisation_id text NOT NULL UNIQUE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        country text NOT NULL CHECK (country IN ('NL', 'DE')),
        kvk_number text CHECK (kvk_number ~ '^[0-9]{8}$'),
        foreign_registration text,
        external_ref text UNIQUE,
        street text,
        postcode text,
        place text NOT NULL,
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        contact_name text,
        contact_email text,
        contact_phone text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
    await queryRunner.query(
      `CREATE TABLE vacancies.vacancy (
        id uuid PRIMARY KEY,
        employer_id uuid NOT NULL REFERENCES vacancies.employer (id) ON DELETE RESTRICT,
        organisation_id text NOT NULL,
        status text NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'published', 'filled', 'closed', 'expired')),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        enqueued_version integer NOT NULL DEFAULT 0,
        revision integer NOT NULL DEFAULT 1,
        source text NOT NULL CHECK (source IN ('portal', 'bulk', 'ba-jobsuche', 'demo')),
        external_ref text UNIQUE,
        language text NOT NULL CHECK (language IN ('nl', 'de', 'en')),
        title text NOT NULL,
        description text NOT NULL,
        occupation_uri text,
        occupation_label text,
        occupation_source text CHECK (occupation_source IN ('given', 'linked', 'adviser')),
        occupation_confidence real,
        isco_group text CHECK (isco_group ~ '^[0-9]{1,4}$'),
        required_skill_uris text[] NOT NULL DEFAULT '{}',
        optional_skill_uris text[] NOT NULL DEFAULT '{}',
        skill_suggestions jsonb NOT NULL DEFAULT '[]',
        minimum_qualification_code text,
        minimum_eqf smallint CHECK (minimum_eqf BETWEEN 0 AND 8),
        hours_min real CHECK (hours_min >= 0),
        hours_max real CHECK (hours_max >= 0),
        contract_type text CHECK (contract_type IN
          ('permanent', 'fixed-term', 'temporary-agency', 'on-call', 'apprenticeship', 'internship')),
        start_date date,
        closing_date date,
        positions integer NOT NULL DEFAULT 1 CHECK (positions >= 1),
        work_place text,
        work_postcode text,
        country text NOT NULL CHECK (country IN ('NL', 'DE')),
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        location_label text,
        driving_licences text[] NOT NULL DEFAULT '{}',
        certificates text[] NOT NULL DEFAULT '{}',
        languages jsonb NOT NULL DEFAULT '[]',
        banenafspraak_suitable boolean NOT NULL DEFAULT false,
        banenafspraak_reserved boolean NOT NULL DEFAULT false,
        jobcarving boolean NOT NULL DEFAULT false,
        supervision_offered boolean NOT NULL DEFAULT false,
        supervision text,
        open_to_school_leavers boolean NOT NULL DEFAULT false,
        learning_working text CHECK (learning_working IN ('bbl', 'leerwerk', 'ausbildung')),
        recognition_required boolean NOT NULL DEFAULT false,
        published_at timestamptz,
        ended_at timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (hours_min IS NULL OR hours_max IS NULL OR hours_min <= hours_max),
        CHECK (start_date IS NULL OR closing_date IS NULL OR closing_date >= start_date),
        CHECK (NOT banenafspraak_reserved OR banenafspraak_suitable)
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX vacancy_organisation_idx ON vacancies.vacancy (organisation_id, status)`,
    );
    await queryRunner.query(
      `CREATE INDEX vacancy_status_closing_idx ON vacancies.vacancy (status, closing_date)`,
    );
    await queryRunner.query(
      `CREATE INDEX vacancy_occupation_idx ON vacancies.vacancy (occupation_uri)`,
    );
    await queryRunner.query(
      `CREATE INDEX vacancy_isco_idx ON vacancies.vacancy (isco_group text_pattern_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX vacancy_title_trgm_idx ON vacancies.vacancy USING gin (title gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX vacancy_match_pending_idx ON vacancies.vacancy (id)
        WHERE enqueued_version < version AND published_at IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE vacancies.vacancy`);
    await queryRunner.query(`DROP TABLE vacancies.employer`);
    await queryRunner.query(`DROP SCHEMA vacancies`);
  }
}
