import { Injectable } from '@nestjs/common';
import type { ExitProfile, SchoolType } from '../domain/job-seeker.types';
import { JobSeekerRepository, SeekerSummaryRow } from '../persistence/job-seeker.repository';
import { wantedOccupationUris, wellFormedExperience } from './matchable-seekers.service';

/**
 * What regional insight counts of a job seeker: where they live, their level, availability,
 * wanted and past occupations, and school leaving. No identity, no skills, no target group.
 */
export interface SeekerSummary {
  id: string;
  qualificationEqf: number | null;
  home: { lat: number; lon: number } | null;
  availableNow: boolean | null;
  availableFrom: string | null;
  wantedOccupations: string[];
  /** Occupations of the work experience. */
  workedOccupations: string[];
  schoolType: SchoolType | null;
  exitProfile: ExitProfile | null;
  expectedLeavingDate: string | null;
  /** When the MBO course the job seeker follows is expected to end (null: none). */
  educationEndDate: string | null;
}

/** How many job seekers available now live at `home` and want `wantedOccupations`. */
export interface AvailableNowCount {
  home: { lat: number; lon: number } | null;
  wantedOccupations: string[];
  count: number;
}

/**
 * A lean read of every profile for aggregates: only the columns counted, without building the
 * profile `MatchableSeekersService` hands to scoring (ten times the data, most of the time).
 */
@Injectable()
export class SeekerSummariesService {
  constructor(private readonly repository: JobSeekerRepository) {}

  /** Every job seeker's summary (erased ones are simply absent). */
  async all(): Promise<SeekerSummary[]> {
    return (await this.repository.findAllSummaries()).map(toSummary);
  }

  /**
   * Job seekers available now, counted per home and wanted occupations: counts only, far less
   * than {@link all} (a count of people per occupation group needs no profile).
   */
  async availableNowCounts(): Promise<AvailableNowCount[]> {
    return (await this.repository.countAvailableNow()).map((r) => ({
      home: r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : null,
      wantedOccupations: wantedOccupationUris(r.wanted_occupations),
      count: r.n,
    }));
  }
}

function toSummary(r: SeekerSummaryRow): SeekerSummary {
  return {
    id: r.id,
    qualificationEqf: r.eqf,
    home: r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : null,
    availableNow: r.available_now,
    availableFrom: r.available_from,
    wantedOccupations: wantedOccupationUris(r.wanted_occupations),
    workedOccupations: wellFormedExperience(r.work_experience).map((e) => e.occupationUri),
    schoolType: r.school_type as SchoolType | null,
    exitProfile: r.exit_profile as ExitProfile | null,
    expectedLeavingDate: r.expected_leaving_date,
    educationEndDate: r.education_end_date,
  };
}
