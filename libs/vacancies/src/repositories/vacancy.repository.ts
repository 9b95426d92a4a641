import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { VacancyEntity } from '../entities/vacancy.entity';
import type { Country, VacancyScope, VacancyStatus } from '../vacancy.types';

export interface VacancySearchFilter {
  text?: string;
  occupationUri?: string;
  /** `needed`: linked occupations an adviser should confirm or correct. */
  occupationReview?: 'needed';
  /** An ISCO-08 group of 1 to 4 digits; a shorter code takes in every group under it. */
  iscoGroup?: string;
  /** Within `radiusKm` of a point. */
  near?: { lat: number; lon: number; radiusKm: number };
  eqfMin?: number;
  /** Vacancies asking at most this level (or none). */
  eqfMax?: number;
  country?: Country;
  banenafspraak?: boolean;
  openToSchoolLeavers?: boolean;
  learningWorking?: boolean;
  /** The effective status: a published vacancy past its closing date counts as expired. */
  status?: VacancyStatus;
  employerId?: string;
}

export interface PageRequest {
  page: number;
  pageSize: number;
}

export interface VacancyHit {
  vacancy: VacancyEntity;
  distanceKm?: number;
}

export interface VersionedVacancy {
  id: string;
  version: number;
}

/** PostgreSQL's limit on the parameters of one statement. */
const MAX_BIND_PARAMETERS = 65_535;

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE_LATITUDE = 111.2;

/** Vacancies, always read and written within a scope. */
@Injectable()
export class VacancyRepository {
  constructor(@InjectRepository(VacancyEntity) private readonly rows: Repository<VacancyEntity>) {}

  async findInScope(
    scope: VacancyScope,
    id: string,
    today: string,
  ): Promise<VacancyEntity | undefined> {
    const query = this.rows
      .createQueryBuilder('v')
      .leftJoinAndSelect('v.employer', 'e')
      .where('v.id = :id', { id });
    applyScope(query, scope, today);
    return (await query.getOne()) ?? undefined;
  }

  /** Whether the id exists at all: tells a denied look-up from a missing one for the audit. */
  async exists(id: string): Promise<boolean> {
    return this.rows.exist({ where: { id } });
  }

  async findPage(
    scope: VacancyScope,
    filter: VacancySearchFilter,
    page: PageRequest,
    today: string,
  ): Promise<{ hits: VacancyHit[]; total: number }> {
    const query = this.rows.createQueryBuilder('v').leftJoinAndSelect('v.employer', 'e');
    applyScope(query, scope, today);
    applyFilter(query, filter, today);
    // Counted without the (many-to-one) join, so without TypeORM's COUNT(DISTINCT ...) sort.
    const counted = this.rows.createQueryBuilder('v');
    applyScope(counted, scope, today);
    applyFilter(counted, filter, today);
    const row = await counted.select('COUNT(*)', 'n').getRawOne<{ n: string }>();
    const total = Number(row?.n ?? 0);
    if (filter.near) {
      query.addSelect(distanceSql(), 'distance_km').orderBy('distance_km', 'ASC');
    } else {
      query.orderBy('v.publishedAt', 'DESC', 'NULLS LAST').addOrderBy('v.createdAt', 'DESC');
    }
    query
      .addOrderBy('v.id', 'ASC')
      .offset((page.page - 1) * page.pageSize)
      .limit(page.pageSize);
    const { entities, raw } = await query.getRawAndEntities<{
      v_id: string;
      distance_km?: number;
    }>();
    const distances = new Map(raw.map((row) => [row.v_id, row.distance_km]));
    return {
      hits: entities.map((vacancy) => {
        const distance = distances.get(vacancy.id);
        return distance == null ? { vacancy } : { vacancy, distanceKm: Number(distance) };
      }),
      total,
    };
  }

  async findByExternalRef(externalRef: string): Promise<VacancyEntity | undefined> {
    return (await this.rows.findOne({ where: { externalRef } })) ?? undefined;
  }

  /** Inserts within the caller's transaction, so a whole file is stored or nothing. */
  async insertAll(manager: EntityManager, vacancies: VacancyEntity[]): Promise<void> {
    const rows = manager.getRepository(VacancyEntity);
    const perStatement = Math.floor(MAX_BIND_PARAMETERS / rows.metadata.columns.length);
    for (let start = 0; start < vacancies.length; start += perStatement) {
      await rows.insert(vacancies.slice(start, start + perStatement));
    }
  }

  async insert(vacancy: VacancyEntity): Promise<void> {
    await this.rows.insert(vacancy);
  }

  /**
   * Writes a change if nobody changed the vacancy since it was read (optimistic locking on the
   * revision); false means someone did.
   */
  async updateIfUnchanged(
    scope: VacancyScope,
    current: Pick<VacancyEntity, 'id' | 'revision'>,
    changes: Partial<VacancyEntity>,
  ): Promise<boolean> {
    const query = this.rows
      .createQueryBuilder()
      .update(VacancyEntity)
      .set({ ...changes, revision: current.revision + 1, updatedAt: () => 'now()' })
      .where('id = :id AND revision = :revision', { id: current.id, revision: current.revision });
    if (scope.kind === 'organisation') {
      query.andWhere('organisation_id = :organisationId', { organisationId: scope.organisationId });
    }
    const result = await query.execute();
    return (result.affected ?? 0) === 1;
  }

  /** Marks every published vacancy past its closing date as expired, one version up. */
  async expireOverdue(today: string): Promise<VersionedVacancy[]> {
    // Wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count] instead of rows.
    return this.rows.query(
      `WITH expired AS (
         UPDATE vacancies.vacancy
            SET status = 'expired', version = version + 1, revision = revision + 1,
                ended_at = now(), updated_at = now()
          WHERE status = 'published' AND closing_date < $1::date
        RETURNING id, version
       )
       SELECT id, version FROM expired`,
      [today],
    );
  }

  /** Versions that reached the queue; an older report never lowers the mark. */
  async markEnqueued(done: readonly VersionedVacancy[]): Promise<void> {
    if (done.length === 0) return;
    await this.rows.query(
      `UPDATE vacancies.vacancy v
          SET enqueued_version = greatest(v.enqueued_version, d.version)
         FROM unnest($1::uuid[], $2::int[]) AS d(id, version)
        WHERE v.id = d.id`,
      [done.map((d) => d.id), done.map((d) => d.version)],
    );
  }

  /** Vacancies whose latest version never reached the queue (the queue was down at the time). */
  async findNotEnqueued(limit: number): Promise<VersionedVacancy[]> {
    return this.rows.query(
      `SELECT id, version FROM vacancies.vacancy
        WHERE enqueued_version < version AND published_at IS NOT NULL
        ORDER BY updated_at LIMIT $1`,
      [limit],
    );
  }
}

function applyScope(
  query: SelectQueryBuilder<VacancyEntity>,
  scope: VacancyScope,
  today: string,
): void {
  switch (scope.kind) {
    case 'region':
      return;
    case 'organisation':
      query.andWhere('v.organisationId = :organisationId', {
        organisationId: scope.organisationId,
      });
      return;
    case 'published':
      query.andWhere(effectiveStatusSql('published'), { today });
      return;
  }
}

function effectiveStatusSql(status: VacancyStatus): string {
  switch (status) {
    case 'published':
      return `(v.status = 'published' AND (v.closing_date IS NULL OR v.closing_date >= CAST(:today AS date)))`;
    case 'expired':
      return `(v.status = 'expired' OR (v.status = 'published' AND v.closing_date < CAST(:today AS date)))`;
    default:
      return `v.status = '${status}'`;
  }
}

function applyFilter(
  query: SelectQueryBuilder<VacancyEntity>,
  filter: VacancySearchFilter,
  today: string,
): void {
  if (filter.text) {
    query.andWhere(`(v.title ILIKE :text ESCAPE '\\' OR v.description ILIKE :text ESCAPE '\\')`, {
      text: `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
    });
  }
  if (filter.occupationUri) {
    query.andWhere('v.occupationUri = :occupationUri', { occupationUri: filter.occupationUri });
  }
  if (filter.occupationReview) {
    query.andWhere('v.occupationReview = :occupationReview', {
      occupationReview: filter.occupationReview,
    });
  }
  if (filter.iscoGroup) {
    query.andWhere('v.iscoGroup LIKE :isco', { isco: `${filter.iscoGroup}%` });
  }
  if (filter.eqfMin !== undefined) {
    query.andWhere('v.minimumEqf >= :eqfMin', { eqfMin: filter.eqfMin });
  }
  if (filter.eqfMax !== undefined) {
    query.andWhere('(v.minimumEqf IS NULL OR v.minimumEqf <= :eqfMax)', { eqfMax: filter.eqfMax });
  }
  if (filter.country) query.andWhere('v.country = :country', { country: filter.country });
  if (filter.employerId) {
    query.andWhere('v.employerId = :employerId', { employerId: filter.employerId });
  }
  if (filter.banenafspraak !== undefined) {
    query.andWhere('v.banenafspraakSuitable = :banenafspraak', {
      banenafspraak: filter.banenafspraak,
    });
  }
  if (filter.openToSchoolLeavers !== undefined) {
    query.andWhere('v.openToSchoolLeavers = :schoolLeavers', {
      schoolLeavers: filter.openToSchoolLeavers,
    });
  }
  if (filter.learningWorking !== undefined) {
    query.andWhere(`v.learningWorking IS ${filter.learningWorking ? 'NOT NULL' : 'NULL'}`);
  }
  if (filter.status) query.andWhere(effectiveStatusSql(filter.status), { today });
  if (filter.near) applyNear(query, filter.near);
}

/** A bounding box the indexes can use, then the exact great-circle distance. */
function applyNear(
  query: SelectQueryBuilder<VacancyEntity>,
  near: NonNullable<VacancySearchFilter['near']>,
): void {
  const latDelta = near.radiusKm / KM_PER_DEGREE_LATITUDE;
  const lonDelta =
    near.radiusKm / (KM_PER_DEGREE_LATITUDE * Math.max(0.01, Math.cos((near.lat * Math.PI) / 180)));
  query
    .andWhere('v.latitude BETWEEN :minLat AND :maxLat', {
      minLat: near.lat - latDelta,
      maxLat: near.lat + latDelta,
    })
    .andWhere('v.longitude BETWEEN :minLon AND :maxLon', {
      minLon: near.lon - lonDelta,
      maxLon: near.lon + lonDelta,
    })
    .andWhere(`${distanceSql()} <= :radiusKm`, {
      nearLat: near.lat,
      nearLon: near.lon,
      radiusKm: near.radiusKm,
    });
}

function distanceSql(): string {
  return `(2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
    power(sin(radians(v.latitude - CAST(:nearLat AS float8)) / 2), 2) +
    cos(radians(CAST(:nearLat AS float8))) * cos(radians(v.latitude)) *
    power(sin(radians(v.longitude - CAST(:nearLon AS float8)) / 2), 2)))))`;
}
