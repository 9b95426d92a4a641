import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, MoreThan, MoreThanOrEqual, Repository } from 'typeorm';
import type { CompletenessFacts } from '../domain/completeness';
import { JobSeekerIdentity } from './job-seeker-identity.entity';
import { JobSeekerProfile } from './job-seeker-profile.entity';

/**
 * Whose job seekers a query may see: one coach's caseload, or every caseload (an adviser or admin
 * with a recorded reason). Every read takes one, so no query forgets the caseload.
 */
export type CaseloadScope = { coachId: string } | { allCaseloads: true };

export const ALL_CASELOADS: CaseloadScope = { allCaseloads: true };

export interface ErasedSeeker {
  seq: number;
  id: string;
}

export interface VersionedSeeker {
  id: string;
  version: number;
}

/** The columns of a profile scoring reads (`MatchableSeekersService`). */
export type MatchableProfileRow = Pick<
  JobSeekerProfile,
  | 'id'
  | 'version'
  | 'coachId'
  | 'consentSeeker'
  | 'consentCoach'
  | 'wantedOccupations'
  | 'skills'
  | 'workExperience'
  | 'qualificationCode'
  | 'qualificationEqf'
  | 'schoolType'
  | 'exitProfile'
  | 'expectedLeavingDate'
  | 'certificates'
  | 'schoolCertificates'
  | 'drivingLicences'
  | 'travelsIndependently'
  | 'ownTransport'
  | 'homeLat'
  | 'homeLon'
  | 'homeLabel'
  | 'maxTravelKm'
  | 'hoursMin'
  | 'hoursMax'
  | 'availableNow'
  | 'availableFrom'
  | 'languages'
  | 'willingToWorkInGermany'
  | 'banenafspraak'
  | 'benefit'
>;

/** The columns of a profile regional insight counts, as stored. */
export interface SeekerSummaryRow {
  id: string;
  eqf: number | null;
  lat: number | null;
  lon: number | null;
  available_now: boolean | null;
  available_from: string | null;
  school_type: string | null;
  exit_profile: string | null;
  expected_leaving_date: string | null;
  education_end_date: string | null;
  wanted_occupations: unknown;
  work_experience: unknown;
}

/** Job seekers available now with the same home and wanted occupations, counted. */
export interface AvailableNowCountRow {
  lat: number | null;
  lon: number | null;
  wanted_occupations: unknown;
  n: number;
}

/**
 * What a caseload shows of a profile: its completeness facts (lists as their lengths), consent and
 * the retention dates. Read by a plain statement: entities with every list cost several times more.
 */
export interface CaseloadRow extends CompletenessFacts {
  id: string;
  version: number;
  consentSeeker: boolean;
  consentCoach: boolean;
  reviewFlaggedAt: Date | null;
  lastActivityAt: Date;
}

const CASELOAD_COLUMNS = `id, version,
  jsonb_array_length(wanted_occupations) AS "wantedOccupationCount",
  cardinality(skills) AS "skillCount", jsonb_array_length(languages) AS "languageCount",
  qualification_code AS "qualificationCode", available_now AS "availableNow",
  available_from::text AS "availableFrom", availability_confirmed_at AS "availabilityConfirmedAt",
  home_lat IS NOT NULL AS "hasHomeLocation", max_travel_km AS "maxTravelKm",
  hours_min AS "hoursMin", hours_max AS "hoursMax",
  travels_independently AS "travelsIndependently",
  willing_to_work_in_germany AS "willingToWorkInGermany", school_type AS "schoolType",
  exit_profile AS "exitProfile", expected_leaving_date::text AS "expectedLeavingDate",
  consent_seeker AS "consentSeeker", consent_coach AS "consentCoach",
  review_flagged_at AS "reviewFlaggedAt", last_activity_at AS "lastActivityAt"`;

function scopeWhere(scope: CaseloadScope): { coachId?: string } {
  return 'coachId' in scope ? { coachId: scope.coachId } : {};
}

/**
 * The job-seeker aggregate: a profile and its identity. Writes take the transaction's
 * EntityManager (PGlite has one session: nothing may run beside an open transaction).
 */
@Injectable()
export class JobSeekerRepository {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(JobSeekerProfile) private readonly profiles: Repository<JobSeekerProfile>,
    @InjectRepository(JobSeekerIdentity) private readonly identities: Repository<JobSeekerIdentity>,
  ) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findProfileInScope(id: string, scope: CaseloadScope): Promise<JobSeekerProfile | null> {
    return this.profiles.findOneBy({ id, ...scopeWhere(scope) });
  }

  /** Whether the profile exists in the scope: an access check that reads no columns. */
  async existsInScope(id: string, scope: CaseloadScope): Promise<boolean> {
    return this.profiles.exists({ where: { id, ...scopeWhere(scope) } });
  }

  /** The profile, locked for the rest of the transaction, or null outside the scope. */
  async lockProfileInScope(
    manager: EntityManager,
    id: string,
    scope: CaseloadScope,
  ): Promise<JobSeekerProfile | null> {
    return manager.getRepository(JobSeekerProfile).findOne({
      where: { id, ...scopeWhere(scope) },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async findIdentityInScope(id: string, scope: CaseloadScope): Promise<JobSeekerIdentity | null> {
    const profile = await this.findProfileInScope(id, scope);
    return profile ? this.identities.findOneBy({ seekerId: id }) : null;
  }

  async lockIdentity(manager: EntityManager, id: string): Promise<JobSeekerIdentity | null> {
    return manager
      .getRepository(JobSeekerIdentity)
      .findOne({ where: { seekerId: id }, lock: { mode: 'pessimistic_write' } });
  }

  async isClientRecordTaken(
    manager: EntityManager,
    clientSystem: string,
    clientReference: string,
    exceptSeekerId?: string,
  ): Promise<boolean> {
    const found = await manager.getRepository(JobSeekerIdentity).findOneBy({
      clientSystem: clientSystem as JobSeekerIdentity['clientSystem'],
      clientReference,
    });
    return found !== null && found.seekerId !== exceptSeekerId;
  }

  async insertSeeker(
    manager: EntityManager,
    profile: JobSeekerProfile,
    identity: JobSeekerIdentity,
  ): Promise<void> {
    await manager.getRepository(JobSeekerProfile).insert(profile);
    await manager.getRepository(JobSeekerIdentity).insert(identity);
  }

  async saveProfile(manager: EntityManager, profile: JobSeekerProfile): Promise<JobSeekerProfile> {
    return manager.getRepository(JobSeekerProfile).save(profile);
  }

  async saveIdentity(manager: EntityManager, identity: JobSeekerIdentity): Promise<void> {
    await manager.getRepository(JobSeekerIdentity).save(identity);
  }

  /** Removes identity and profile for good, and adds the id to the erasure feed. */
  async deleteSeeker(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(JobSeekerIdentity).delete({ seekerId: id });
    await manager.getRepository(JobSeekerProfile).delete({ id });
    await manager.query(`INSERT INTO job_seekers.erased_seeker (seeker_id) VALUES ($1)`, [id]);
  }

  /**
   * Erased ids after feed position `afterSeq`, or erased at or after `since` (a later position
   * can commit first, so a reader re-reads a window as it does with changed profiles).
   */
  async findErasedSince(afterSeq: number, since: Date): Promise<ErasedSeeker[]> {
    const rows: Array<{ seq: string; seeker_id: string }> = await this.dataSource.query(
      `SELECT seq, seeker_id FROM job_seekers.erased_seeker
        WHERE seq > $1 OR erased_at >= $2 ORDER BY seq`,
      [afterSeq, since],
    );
    return rows.map((row) => ({ seq: Number(row.seq), id: row.seeker_id }));
  }

  /** The newest position of the erasure feed (0 when empty). */
  async lastErasedSeq(): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT coalesce(max(seq), 0) AS seq FROM job_seekers.erased_seeker`,
    );
    return Number(row.seq);
  }

  /** The versions of those of `ids` that exist, locked against change and erasure (FOR SHARE). */
  async lockProfileVersions(
    manager: EntityManager,
    ids: readonly string[],
  ): Promise<Array<{ id: string; version: number }>> {
    if (ids.length === 0) return [];
    return manager.query(
      `SELECT id::text AS id, version FROM job_seekers.profile WHERE id = ANY($1::uuid[]) ORDER BY id FOR SHARE`,
      [[...new Set(ids)]],
    );
  }

  /** The whole caseload of a coach, as caseload rows, oldest first. */
  async findCaseload(coachId: string): Promise<CaseloadRow[]> {
    return this.dataSource.query(
      `SELECT ${CASELOAD_COLUMNS} FROM job_seekers.profile
        WHERE coach_id = $1 ORDER BY created_at, id`,
      [coachId],
    );
  }

  /** A page of the caseload and the caseload's size, in one statement. */
  async findCaseloadPage(
    coachId: string,
    page: { page: number; pageSize: number },
  ): Promise<[CaseloadRow[], number]> {
    const rows: Array<CaseloadRow & { total: number }> = await this.dataSource.query(
      `SELECT ${CASELOAD_COLUMNS},
              (SELECT count(*)::int FROM job_seekers.profile WHERE coach_id = $1) AS total
         FROM job_seekers.profile
        WHERE coach_id = $1 ORDER BY created_at, id OFFSET $2 LIMIT $3`,
      [coachId, (page.page - 1) * page.pageSize, page.pageSize],
    );
    if (rows.length === 0) return [[], await this.profiles.countBy({ coachId })];
    return [rows.map(({ total: _total, ...row }) => row), rows[0].total];
  }

  /** One page of the profiles flagged for review, longest inactive first, and how many in all. */
  async findFlaggedForReview(
    scope: CaseloadScope,
    page: { page: number; pageSize: number },
  ): Promise<[CaseloadRow[], number]> {
    const coachId = 'coachId' in scope ? scope.coachId : null;
    const flagged = `review_flagged_at IS NOT NULL AND ($1::text IS NULL OR coach_id = $1)`;
    const rows: Array<CaseloadRow & { total: number }> = await this.dataSource.query(
      `SELECT ${CASELOAD_COLUMNS},
              (SELECT count(*)::int FROM job_seekers.profile WHERE ${flagged}) AS total
         FROM job_seekers.profile
        WHERE ${flagged}
        ORDER BY last_activity_at, id OFFSET $2 LIMIT $3`,
      [coachId, (page.page - 1) * page.pageSize, page.pageSize],
    );
    if (rows.length > 0) return [rows.map(({ total: _total, ...row }) => row), rows[0].total];
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM job_seekers.profile WHERE ${flagged}`,
      [coachId],
    );
    return [[], total];
  }

  /** Flags every profile without activity since `cutoff` that is not flagged yet; returns their ids. */
  async flagInactiveSince(manager: EntityManager, cutoff: Date, now: Date): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      // Wrapped in a SELECT: TypeORM hands back [rows, count] for a bare UPDATE.
      `WITH flagged AS (
         UPDATE job_seekers.profile SET review_flagged_at = $2
          WHERE last_activity_at < $1 AND review_flagged_at IS NULL
          RETURNING id
       ) SELECT id FROM flagged`,
      [cutoff, now],
    );
    return rows.map((row) => row.id).sort();
  }

  /**
   * The profiles of `ids`, only the columns scoring reads, by a plain statement: building
   * entities costs twice the read, and matching and insight read many at once. Lists come as
   * JSON, which the driver parses several times faster than Postgres arrays.
   */
  async findMatchableByIds(ids: readonly string[]): Promise<MatchableProfileRow[]> {
    if (ids.length === 0) return [];
    return this.dataSource.query(
      `SELECT id, version, coach_id AS "coachId", consent_seeker AS "consentSeeker",
              consent_coach AS "consentCoach",
              wanted_occupations AS "wantedOccupations", to_json(skills) AS skills,
              work_experience AS "workExperience",
              qualification_code AS "qualificationCode", qualification_eqf AS "qualificationEqf",
              school_type AS "schoolType", exit_profile AS "exitProfile",
              expected_leaving_date::text AS "expectedLeavingDate", to_json(certificates) AS certificates,
              to_json(school_certificates) AS "schoolCertificates",
              to_json(driving_licences) AS "drivingLicences",
              travels_independently AS "travelsIndependently", own_transport AS "ownTransport",
              home_lat AS "homeLat", home_lon AS "homeLon", home_label AS "homeLabel",
              max_travel_km AS "maxTravelKm", hours_min AS "hoursMin", hours_max AS "hoursMax",
              available_now AS "availableNow", available_from::text AS "availableFrom", languages,
              willing_to_work_in_germany AS "willingToWorkInGermany", banenafspraak, benefit
         FROM job_seekers.profile WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
  }

  /** Of `ids`, those with double opt-in: the job seeker and the coach both switched it on. */
  async findEmployerVisibleIds(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id::text AS id FROM job_seekers.profile
        WHERE id = ANY($1::uuid[]) AND consent_seeker AND consent_coach`,
      [[...new Set(ids)]],
    );
    return rows.map((row) => row.id);
  }

  async findBanenafspraakIds(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.profiles.find({
      select: { id: true },
      where: { id: In([...ids]), banenafspraak: true },
    });
    return rows.map((row) => row.id);
  }

  /** Ids in id order after `afterId`, for a worker walking every profile in chunks. */
  async findIdsAfter(afterId: string | undefined, limit: number): Promise<string[]> {
    const rows = await this.profiles.find({
      select: { id: true },
      where: afterId ? { id: MoreThan(afterId) } : {},
      order: { id: 'ASC' },
      take: limit,
    });
    return rows.map((row) => row.id);
  }

  /**
   * Every profile, only the columns insight counts, in one plain scan: walking the id index in
   * chunks visits the heap in random order and costs several times more.
   */
  async findAllSummaries(): Promise<SeekerSummaryRow[]> {
    return this.dataSource.query(
      `SELECT id, qualification_eqf AS eqf, home_lat AS lat, home_lon AS lon, available_now,
              available_from::text AS available_from, school_type, exit_profile,
              expected_leaving_date::text AS expected_leaving_date,
              education_end_date::text AS education_end_date, wanted_occupations, work_experience
         FROM job_seekers.profile`,
    );
  }

  /** Job seekers available now, counted per home and wanted occupations (one GROUP BY). */
  async countAvailableNow(): Promise<AvailableNowCountRow[]> {
    return this.dataSource.query(
      `SELECT home_lat AS lat, home_lon AS lon, wanted_occupations, count(*)::int AS n
         FROM job_seekers.profile
        WHERE available_now
        GROUP BY home_lat, home_lon, wanted_occupations`,
    );
  }

  /** Ids of profiles changed at or after `since`, oldest change first (keeps a matching index fresh). */
  async findIdsChangedSince(since: Date, limit: number): Promise<string[]> {
    const rows = await this.profiles.find({
      select: { id: true },
      where: { updatedAt: MoreThanOrEqual(since) },
      order: { updatedAt: 'ASC' },
      take: limit,
    });
    return rows.map((row) => row.id);
  }

  async findVersionsChangedSince(
    since: Date,
    limit: number,
  ): Promise<Array<{ id: string; version: number }>> {
    const rows = await this.profiles.find({
      select: { id: true, version: true },
      where: { updatedAt: MoreThanOrEqual(since) },
      order: { updatedAt: 'ASC' },
      take: limit,
    });
    return rows.map((row) => ({ id: row.id, version: row.version }));
  }

  /** Versions that reached the queue; an older report never lowers the mark. */
  async markEnqueued(done: readonly VersionedSeeker[]): Promise<void> {
    if (done.length === 0) return;
    await this.dataSource.query(
      `UPDATE job_seekers.profile p
          SET enqueued_version = greatest(p.enqueued_version, d.version)
         FROM unnest($1::uuid[], $2::int[]) AS d(id, version)
        WHERE p.id = d.id`,
      [done.map((d) => d.id), done.map((d) => d.version)],
    );
  }

  /** Profiles whose latest version never reached the queue (it was down, or demo data). */
  async findNotEnqueued(limit: number): Promise<VersionedSeeker[]> {
    return this.dataSource.query(
      `SELECT id, version FROM job_seekers.profile
        WHERE enqueued_version < version ORDER BY updated_at, id LIMIT $1`,
      [limit],
    );
  }
}
