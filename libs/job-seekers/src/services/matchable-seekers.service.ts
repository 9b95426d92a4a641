import { Injectable } from '@nestjs/common';
import { stringsOf, wellFormedLanguages } from '@wt/taxonomy';
import type {
  Benefit,
  DrivingLicence,
  ExitProfile,
  LanguageSkill,
  SchoolType,
  WorkExperience,
} from '../domain/job-seeker.types';
import type { EntityManager } from 'typeorm';
import {
  ErasedSeeker,
  JobSeekerRepository,
  MatchableProfileRow,
} from '../persistence/job-seeker.repository';
import { isEmployerVisible } from './profile.mapper';

/**
 * A job seeker as the matching context sees it: no identity, no support-needed text, no consent
 * dates. `banenafspraak` is here only to widen and prioritise (a vacancy reserved for the
 * banenafspraak); it must never reach an employer.
 */
export interface MatchableSeeker {
  id: string;
  version: number;
  /** The coach whose caseload holds the job seeker (an id, as in the coach's token). */
  coachId: string;
  employerVisible: boolean;
  wantedOccupations: string[];
  skills: string[];
  workExperience: WorkExperience[];
  qualificationCode: string | null;
  qualificationEqf: number | null;
  schoolType: SchoolType | null;
  exitProfile: ExitProfile | null;
  expectedLeavingDate: string | null;
  certificates: string[];
  drivingLicences: DrivingLicence[];
  travelsIndependently: boolean | null;
  ownTransport: boolean | null;
  home: { lat: number; lon: number; label: string } | null;
  maxTravelKm: number | null;
  hoursPerWeek: { min: number; max: number } | null;
  availableNow: boolean | null;
  availableFrom: string | null;
  languages: LanguageSkill[];
  willingToWorkInGermany: boolean | null;
  banenafspraak: boolean | null;
  benefit: Benefit | null;
}

/** How the matching context reads job seekers (never through the repository). */
@Injectable()
export class MatchableSeekersService {
  constructor(private readonly repository: JobSeekerRepository) {}

  async findMany(ids: readonly string[]): Promise<MatchableSeeker[]> {
    return (await this.repository.findMatchableByIds(ids)).map(toMatchable);
  }

  async findOne(id: string): Promise<MatchableSeeker | undefined> {
    return (await this.findMany([id]))[0];
  }

  /**
   * Of `ids`, those an employer may see now (double opt-in). Employer-facing reads filter with
   * this at read time, so a withdrawal hides a profile before any re-match has run.
   */
  async employerVisibleAmong(ids: readonly string[]): Promise<Set<string>> {
    return new Set(await this.repository.findEmployerVisibleIds(ids));
  }

  /** Of `ids`, those in the banenafspraak target group (an adviser's shortlist filter). */
  async banenafspraakAmong(ids: readonly string[]): Promise<Set<string>> {
    return new Set(await this.repository.findBanenafspraakIds(ids));
  }

  /** Ids of profiles changed at or after `since` (erased ones are simply absent). */
  changedSince(since: Date, limit = 10_000): Promise<string[]> {
    return this.repository.findIdsChangedSince(since, limit);
  }

  /** Profiles changed at or after `since`, with their versions (a worker's index sync). */
  versionsChangedSince(
    since: Date,
    limit = 10_000,
  ): Promise<Array<{ id: string; version: number }>> {
    return this.repository.findVersionsChangedSince(since, limit);
  }

  /**
   * Erased job seekers (ids only) after position `afterSeq` of the erasure feed or erased at or
   * after `since`, in feed order.
   */
  erasedSince(afterSeq: number, since: Date): Promise<ErasedSeeker[]> {
    return this.repository.findErasedSince(afterSeq, since);
  }

  /** The erasure feed's newest position: read it before loading every profile. */
  lastErasedSeq(): Promise<number> {
    return this.repository.lastErasedSeq();
  }

  /**
   * The current versions of those of `ids` that still exist, held against change and erasure
   * until `manager`'s transaction ends: a result computed from these versions and written in that
   * transaction is current when it commits.
   */
  async versionsLocked(
    manager: EntityManager,
    ids: readonly string[],
  ): Promise<Map<string, number>> {
    const rows = await this.repository.lockProfileVersions(manager, ids);
    return new Map(rows.map((row) => [row.id, Number(row.version)]));
  }

  /** Ids in order after `afterId`, for walking every profile in chunks (re-match all). */
  idsAfter(afterId: string | undefined, limit: number): Promise<string[]> {
    return this.repository.findIdsAfter(afterId, limit);
  }
}

/** Lists are read entry by entry: a malformed stored entry is left out, never thrown over. */
function toMatchable(p: MatchableProfileRow): MatchableSeeker {
  return {
    id: p.id,
    version: p.version,
    coachId: p.coachId,
    employerVisible: isEmployerVisible(p),
    wantedOccupations: wantedOccupationUris(p.wantedOccupations),
    skills: stringsOf(p.skills),
    workExperience: wellFormedExperience(p.workExperience),
    qualificationCode: p.qualificationCode,
    qualificationEqf: p.qualificationEqf,
    schoolType: p.schoolType,
    exitProfile: p.exitProfile,
    expectedLeavingDate: p.expectedLeavingDate,
    certificates: [...new Set([...stringsOf(p.certificates), ...stringsOf(p.schoolCertificates)])],
    drivingLicences: stringsOf(p.drivingLicences) as DrivingLicence[],
    travelsIndependently: p.travelsIndependently,
    ownTransport: p.ownTransport,
    home:
      p.homeLat !== null && p.homeLon !== null
        ? { lat: p.homeLat, lon: p.homeLon, label: p.homeLabel ?? '' }
        : null,
    maxTravelKm: p.maxTravelKm,
    hoursPerWeek:
      p.hoursMin !== null && p.hoursMax !== null ? { min: p.hoursMin, max: p.hoursMax } : null,
    availableNow: p.availableNow,
    availableFrom: p.availableFrom,
    languages: wellFormedLanguages(p.languages),
    willingToWorkInGermany: p.willingToWorkInGermany,
    banenafspraak: p.banenafspraak,
    benefit: p.benefit,
  };
}

/** The URIs of the stored wanted occupations, a malformed entry left out. */
export function wantedOccupationUris(stored: unknown): string[] {
  return stringsOf(
    (Array.isArray(stored) ? (stored as Array<{ uri?: unknown } | null>) : []).map((o) => o?.uri),
  );
}

/** The stored work experience, a malformed entry left out. */
export function wellFormedExperience(stored: unknown): WorkExperience[] {
  if (!Array.isArray(stored)) return [];
  return (stored as Array<Partial<WorkExperience> | null>).flatMap((e) =>
    typeof e?.occupationUri === 'string' &&
    e.occupationUri !== '' &&
    typeof e.years === 'number' &&
    Number.isFinite(e.years)
      ? [{ occupationUri: e.occupationUri, years: e.years }]
      : [],
  );
}
