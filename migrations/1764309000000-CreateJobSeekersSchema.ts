import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Job-seeker profiles under a pseudonymous id, and identity in a table of its own. No BSN column:
 * the client reference points into UWV's or the municipality's own records.
 */
export class CreateJobSeekersSchema1764309000000 implements MigrationInterface {
  name = 'CreateJobSeekersSchema1764309000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS job_seekers`);
    await queryRunner.query(
      `CREATE TABLE job_seekers.profile (
        id uuid PRIMARY KEY,
        coach_id text NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        enqueued_version integer NOT NULL DEFAULT 0,
        wanted_occupations jsonb NOT NULL DEFAULT '[]',
        wanted_occupation_text text,
        skills text[] NOT NULL DEFAULT '{}',
        work_experience jsonb NOT NULL DEFAULT '[]',
        qualification_code text,
        qualification_eqf smallint CHECK (qualification_eqf BETWEEN 0 AND 8),
        school_type text CHECK (school_type IN ('VSO', 'PrO')),
        exit_profile text CHECK (exit_profile IN ('vervolgonderwijs', 'arbeidsmarkt', 'dagbesteding')),
        expected_leaving_date date,
        school_certificates text[] NOT NULL DEFAULT '{}',
        certificates text[] NOT NULL DEFAULT '{}',
        driving_licences text[] NOT NULL DEFAULT '{}',
        travels_independently boolean,
        own_transport boolean,
        home_postcode text,
        home_place text,
        home_country text CHECK (home_country IN ('NL', 'DE')),
        home_label text,
        home_lat double precision,
        home_lon double precision,
        max_travel_km integer CHECK (max_travel_km >= 0),
        hours_min smallint CHECK (hours_min BETWEEN 1 AND 60),
        hours_max smallint CHECK (hours_max BETWEEN 1 AND 60),
        available_now boolean,
        available_from date,
        availability_confirmed_at timestamptz,
        languages jsonb NOT NULL DEFAULT '[]',
        willing_to_work_in_germany boolean,
        banenafspraak boolean,
        benefit text CHECK (benefit IN ('participatiewet', 'ww', 'wajong', 'none')),
        support_needed text,
        consent_seeker boolean NOT NULL DEFAULT false,
        consent_seeker_date date,
        consent_coach boolean NOT NULL DEFAULT false,
        consent_coach_at timestamptz,
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        review_flagged_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT profile_hours_range CHECK (hours_min <= hours_max),
        CONSTRAINT profile_qualification_with_eqf CHECK ((qualification_code IS NULL) = (qualification_eqf IS NULL)),
        CONSTRAINT profile_home_with_coordinates CHECK ((home_label IS NULL) = (home_lat IS NULL) AND (home_lat IS NULL) = (home_lon IS NULL))
      )`,
    );
    await queryRunner.query(`CREATE INDEX profile_coach_idx ON job_seekers.profile (coach_id)`);
    await queryRunner.query(
      `CREATE INDEX profile_last_activity_idx ON job_seekers.profile (last_activity_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX profile_not_enqueued_idx ON job_seekers.profile (updated_at)
        WHERE enqueued_version < version`,
    );
    await queryRunner.query(
      `CREATE INDEX profile_employer_visible_idx ON job_seekers.profile (id)
        WHERE consent_seeker AND consent_coach`,
    );
    await queryRunner.query(
      `CREATE TABLE job_seekers.identity (
        seeker_id uuid PRIMARY KEY REFERENCES job_seekers.profile (id) ON DELETE CASCADE,
        given_name text NOT NULL,
        family_name text NOT NULL,
        email text,
        phone text,
        client_system text NOT NULL,
        client_reference text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT identity_client_record_unique UNIQUE (client_system, client_reference)
      )`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE job_seekers.identity`);
    await queryRunner.query(`DROP TABLE job_seekers.profile`);
    await queryRunner.query(`DROP SCHEMA job_seekers`);
  }
}
