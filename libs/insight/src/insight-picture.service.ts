import { Injectable } from '@nestjs/common';
import { SeekerSummariesService, SeekerSummary } from '@wt/job-seekers';
import { TaxonomyService } from '@wt/taxonomy';
import { MatchableVacanciesService, regionToday, VacancySummary } from '@wt/vacancies';
import { buildPicture, InsightPicture } from './core/insight-picture';

/**
 * Reads the picture every figure is computed from, through the vacancies' and job seekers'
 * services (never their tables), as lean summaries: only what the figures count. Nothing is
 * cached: a figure is computed from the data as it is, so an erased job seeker is gone from the
 * next answer.
 */
@Injectable()
export class InsightPictureService {
  constructor(
    private readonly vacancies: MatchableVacanciesService,
    private readonly seekers: SeekerSummariesService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /** Open vacancies and every job seeker. */
  async load(): Promise<InsightPicture> {
    const [vacancies, seekers] = await Promise.all([
      this.vacancies.openSummaries(),
      this.seekers.all(),
    ]);
    return this.picture(vacancies, seekers);
  }

  /** Open vacancies only (`seekers` empty), for figures that count no job seeker's profile. */
  async loadVacancies(): Promise<InsightPicture> {
    return this.picture(await this.vacancies.openSummaries(), []);
  }

  private async picture(
    vacancies: VacancySummary[],
    seekers: SeekerSummary[],
  ): Promise<InsightPicture> {
    const occupations = new Set<string>();
    for (const v of vacancies) if (v.occupationUri) occupations.add(v.occupationUri);
    for (const s of seekers) {
      for (const uri of s.wantedOccupations) occupations.add(uri);
      for (const uri of s.workedOccupations) occupations.add(uri);
    }
    const isco = await this.taxonomy.iscoGroupsOf([...occupations]);
    return buildPicture(regionToday(), vacancies, seekers, isco);
  }
}
