import { Injectable } from '@nestjs/common';
import { stringsOf, wellFormedLanguages } from '@wt/taxonomy';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsWhere, In, IsNull, MoreThan, MoreThanOrEqual, Repository } from 'typeorm';
import { VacancyEntity } from '../entities/vacancy.entity';
import { regionToday } from '../rules/calendar.util';
import type { LanguageRequirement, VacancyStatus } from '../vacancy.types';

/** A vacancy as the matching context sees it: what scoring needs, nothing about the employer's people. */
export interface MatchableVacancy {
  id: string;
  version: number;
  organisationId: string;
  status: VacancyStatus;
  /** Published and not past its closing date: only open vacancies are offered matches. */
  open: boolean;
  title: string;
  occupationUri: string | null;
  iscoGroup: string | null;
  requiredSkills: string[];
  optionalSkills: string[];
  minimumQualificationCode: string | null;
  minimumEqf: number | null;
  country: 'NL' | 'DE';
  location: { lat: number; lon: number } | null;
  hoursMin: number | null;
  hoursMax: number | null;
  startDate: string | null;
  languages: LanguageRequirement[];
  drivingLicences: string[];
  certificates: string[];
  banenafspraakSuitable: boolean;
  banenafspraakReserved: boolean;
  jobcarving: boolean;
  supervisionOffered: boolean;
  openToSchoolLeavers: boolean;
  learningWorking: boolean;
  recognitionRequired: boolean;
  /** How many people the employer wants: a vacancy is filled when as many are placed. */
  positions: number;
  publishedAt: Date | null;
}

/** What a list of matches shows of a vacancy: a lean read, no skills, text or conditions. */
export interface VacancyHeading {
  id: string;
  title: string;
  /** Published and not past its closing date. */
  open: boolean;
  /** Suitable for or reserved to the banenafspraak target group. */
  banenafspraak: boolean;
}

/** What regional insight counts of an open vacancy: no skills, text or conditions. */
export interface VacancySummary {
  id: string;
  title: string;
  occupationUri: string | null;
  iscoGroup: string | null;
  minimumEqf: number | null;
  location: { lat: number; lon: number } | null;
  positions: number;
  publishedAt: Date | null;
  openToSchoolLeavers: boolean;
  learningWorking: boolean;
}

const SUMMARY_COLUMNS = {
  id: true,
  title: true,
  occupationUri: true,
  iscoGroup: true,
  minimumEqf: true,
  latitude: true,
  longitude: true,
  positions: true,
  publishedAt: true,
  openToSchoolLeavers: true,
  learningWorking: true,
} as const;

/** How the matching context reads vacancies (never through the repository). */
@Injectable()
export class MatchableVacanciesService {
  constructor(
    @InjectRepository(VacancyEntity) private readonly vacancies: Repository<VacancyEntity>,
  ) {}

  async findOne(id: string): Promise<MatchableVacancy | undefined> {
    return (await this.findMany([id]))[0];
  }

  async findMany(ids: readonly string[]): Promise<MatchableVacancy[]> {
    if (ids.length === 0) return [];
    const today = regionToday();
    return (await this.vacancies.findBy({ id: In([...ids]) })).map((v) => toMatchable(v, today));
  }

  /** The headings of `ids` that exist (any order). */
  async headings(ids: readonly string[]): Promise<VacancyHeading[]> {
    if (ids.length === 0) return [];
    // Plain SQL: every list of matches a person reads asks this.
    const rows: Array<{
      id: string;
      title: string;
      status: VacancyStatus;
      closing_date: string | null;
      banenafspraak: boolean;
    }> = await this.vacancies.query(
      `SELECT id::text AS id, title, status, closing_date::text AS closing_date,
              banenafspraak_suitable OR banenafspraak_reserved AS banenafspraak
         FROM vacancies.vacancy WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    const today = regionToday();
    return rows.map((v) => ({
      id: v.id,
      title: v.title,
      open: isOpen({ status: v.status, closingDate: v.closing_date }, today),
      banenafspraak: v.banenafspraak,
    }));
  }

  /** Open vacancies in id order after `afterId`, for walking them in chunks. */
  async openAfter(afterId: string | undefined, limit: number): Promise<MatchableVacancy[]> {
    const today = regionToday();
    const rows = await this.vacancies.find({
      where: openWhere(afterId, today),
      order: { id: 'ASC' },
      take: limit,
    });
    return rows.map((v) => toMatchable(v, today));
  }

  /**
   * Every open vacancy, only the columns aggregates count (a lean read for insight: no
   * description, skills or conditions), in one plain scan.
   */
  async openSummaries(): Promise<VacancySummary[]> {
    const rows = await this.vacancies.find({
      select: SUMMARY_COLUMNS,
      where: openWhere(undefined, regionToday()),
    });
    return rows.map((v) => ({
      id: v.id,
      title: v.title,
      occupationUri: v.occupationUri,
      iscoGroup: v.iscoGroup,
      minimumEqf: v.minimumEqf,
      location:
        v.latitude !== null && v.longitude !== null ? { lat: v.latitude, lon: v.longitude } : null,
      positions: v.positions,
      publishedAt: v.publishedAt,
      openToSchoolLeavers: v.openToSchoolLeavers,
      learningWorking: v.learningWorking !== null,
    }));
  }

  /** Ids of vacancies changed at or after `since` (any status), for keeping an index fresh. */
  /** Vacancies changed at or after `since`, with when (a worker's index sync). */
  async stampsChangedSince(
    since: Date,
    limit = 10_000,
  ): Promise<Array<{ id: string; updatedAt: number }>> {
    const rows = await this.vacancies.find({
      select: { id: true, updatedAt: true },
      where: { updatedAt: MoreThanOrEqual(since) },
      order: { updatedAt: 'ASC' },
      take: limit,
    });
    return rows.map((r) => ({ id: r.id, updatedAt: r.updatedAt.getTime() }));
  }

  async changedSince(since: Date, limit = 10_000): Promise<string[]> {
    const rows = await this.vacancies.find({
      select: { id: true },
      where: { updatedAt: MoreThanOrEqual(since) },
      order: { updatedAt: 'ASC' },
      take: limit,
    });
    return rows.map((r) => r.id);
  }
}

/**
 * Published and not past the closing date, after `afterId`: filtered in the query, so a chunk of
 * vacancies expired but not yet swept never reads as the end of the walk.
 */
function openWhere(afterId: string | undefined, today: string): FindOptionsWhere<VacancyEntity>[] {
  const after = afterId ? { id: MoreThan(afterId) } : {};
  return [
    { status: 'published', closingDate: IsNull(), ...after },
    { status: 'published', closingDate: MoreThanOrEqual(today), ...after },
  ];
}

function isOpen(v: Pick<VacancyEntity, 'status' | 'closingDate'>, today: string): boolean {
  return v.status === 'published' && (v.closingDate === null || v.closingDate >= today);
}

/** Lists are read entry by entry: a malformed stored entry is left out, never thrown over. */
function toMatchable(v: VacancyEntity, today: string): MatchableVacancy {
  return {
    id: v.id,
    version: v.version,
    organisationId: v.organisationId,
    status: v.status,
    open: isOpen(v, today),
    title: v.title,
    occupationUri: v.occupationUri,
    iscoGroup: v.iscoGroup,
    requiredSkills: stringsOf(v.requiredSkills),
    optionalSkills: stringsOf(v.optionalSkills),
    minimumQualificationCode: v.minimumQualificationCode,
    minimumEqf: v.minimumEqf,
    country: v.country as 'NL' | 'DE',
    location:
      v.latitude !== null && v.longitude !== null ? { lat: v.latitude, lon: v.longitude } : null,
    hoursMin: v.hoursMin,
    hoursMax: v.hoursMax,
    startDate: v.startDate,
    languages: wellFormedLanguages(v.languages),
    drivingLicences: stringsOf(v.drivingLicences),
    certificates: stringsOf(v.certificates),
    banenafspraakSuitable: v.banenafspraakSuitable,
    banenafspraakReserved: v.banenafspraakReserved,
    jobcarving: v.jobcarving,
    supervisionOffered: v.supervisionOffered,
    openToSchoolLeavers: v.openToSchoolLeavers,
    learningWorking: v.learningWorking !== null,
    recognitionRequired: v.recognitionRequired,
    positions: v.positions,
    publishedAt: v.publishedAt,
  };
}
