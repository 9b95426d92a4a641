import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { VacancyEntity } from '../entities/vacancy.entity';
import type { Country, VacancyScope, VacancyStatus } from '../vacancy.types';
import { VACANCY_VIEW_COLUMNS, type VacancyViewColumns } from '../vacancy.views';

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

/** A vacancy of a list: the columns of its view, its employer's name and the search distance. */
export interface VacancyListRow extends VacancyViewColumns {
  employerName: string;
  distanceKm?: number;
}

type ListRow = VacancyViewColumns & {
  employerName: string | null;
  distance_km?: number | null;
  total: string | number;
};

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
  private listSelect?: Array<[string, string]>;

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

  /** Whether the vacancy is in the scope: an access check that builds no entity. */
  async existsInScope(scope: VacancyScope, id: string, today: string): Promise<boolean> {
    const query = this.rows.createQueryBuilder('v').select('1').where('v.id = :id', { id });
    applyScope(query, scope, today);
    return (await query.getRawOne()) !== undefined;
  }

  /** Whether the id exists at all: tells a denied look-up from a missing one for the audit. */
  async exists(id: string): Promise<boolean> {
    return this.rows.exist({ where: { id } });
  }

  /**
   * A page of vacancies as list rows: one statement selecting the columns a view shows (no
   * entities), with the employer's name and the total of the search as a scalar subquery.
   */
  async findPage(
    scope: VacancyScope,
    filter: VacancySearchFilter,
    page: PageRequest,
    today: string,
  ): Promise<{ hits: VacancyListRow[]; total: number }> {
    const query = this.rows.createQueryBuilder('v').leftJoin('v.employer', 'e');
    for (const [index, [sql, alias]] of this.listColumns().entries()) {
      if (index === 0) query.select(sql, alias);
      else query.addSelect(sql, alias);
    }
    query.addSelect('e.name', 'employerName');
    applyScope(query, scope, today);
    applyFilter(query, filter, today);
    // Counted without the (many-to-one) join, so without TypeORM's COUNT(DISTINCT ...) sort.
    const counted = this.rows.createQueryBuilder('v').select('COUNT(*)');
    applyScope(counted, scope, today);
    applyFilter(counted, filter, today);
    query.addSelect(`(${counted.getQuery()})`, 'total');
    if (filter.near) {
      query.addSelect(distanceSql(), 'distance_km').orderBy('distance_km', 'ASC');
    } else {
      query.orderBy('v.publishedAt', 'DESC', 'NULLS LAST').addOrderBy('v.createdAt', 'DESC');
    }
    query
      .addOrderBy('v.id', 'ASC')
      .offset((page.page - 1) * page.pageSize)
      .limit(page.pageSize);
    const rows = await query.getRawMany<ListRow>();
    // A page past the end has no row to carry the total.
    const total =
      rows.length > 0 ? Number(rows[0].total) : Number((await counted.getRawOne())?.count ?? 0);
    return {
      hits: rows.map(({ total: _total, employerName, distance_km, ...columns }) => ({
        ...columns,
        employerName: employerName ?? '',
        ...(distance_km == null ? {} : { distanceKm: Number(distance_km) }),
      })),
      total,
    };
  }

  /**
   * `[sql, alias]` per column of a view: dates as ISO text, as the entity holds them, and arrays
   * as JSON, which the driver parses several times faster than Postgres arrays.
   */
  private listColumns(): Array<[string, string]> {
    this.listSelect ??= VACANCY_VIEW_COLUMNS.map((property) => {
      const column = this.rows.metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`vacancy column ${property} is not mapped`);
      const sql = `v.${column.databaseName}`;
      if (column.isArray) return [`to_json(${sql})`, property];
      // CAST, not `::`: the query builder would read `::text` as the parameter `:text`.
      return [column.type === 'date' ? `CAST(${sql} AS text)` : sql, property];
    });
    return this.listSelect;
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
