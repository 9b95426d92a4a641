import { Injectable } from '@nestjs/common';
import { MatchableSeeker, MatchableSeekersService } from '@wt/job-seekers';
import { TaxonomyService } from '@wt/taxonomy';
import { MatchableVacanciesService, MatchableVacancy, regionToday } from '@wt/vacancies';
import { buildPicture, InsightPicture } from './core/insight-picture';

const VACANCY_CHUNK = 2_000;
const SEEKER_CHUNK = 5_000;

/**
 * Reads the picture every figure is computed from, through the vacancies' and job seekers'
 * services (never their tables). Nothing is cached: a figure is computed from the data as it is,
 * so an erased job seeker is gone from the next answer.
 */
@Injectable()
export class InsightPictureService {
  constructor(
    private readonly vacancies: MatchableVacanciesService,
    private readonly seekers: MatchableSeekersService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async load(): Promise<InsightPicture> {
    const [vacancies, seekers] = [await this.openVacancies(), await this.allSeekers()];
    const occupations = new Set<string>();
    for (const v of vacancies) if (v.occupationUri) occupations.add(v.occupationUri);
    for (const s of seekers) {
      for (const uri of s.wantedOccupations) occupations.add(uri);
      for (const e of s.workExperience) occupations.add(e.occupationUri);
    }
    const isco = await this.taxonomy.iscoGroupsOf([...occupations]);
    return buildPicture(regionToday(), vacancies, seekers, isco);
  }

  private async openVacancies(): Promise<MatchableVacancy[]> {
    const all: MatchableVacancy[] = [];
    for (let after: string | undefined; ;) {
      const chunk = await this.vacancies.openAfter(after, VACANCY_CHUNK);
      if (chunk.length === 0) return all;
      all.push(...chunk);
      after = chunk[chunk.length - 1].id;
    }
  }

  private async allSeekers(): Promise<MatchableSeeker[]> {
    const all: MatchableSeeker[] = [];
    for (let after: string | undefined; ;) {
      const ids = await this.seekers.idsAfter(after, SEEKER_CHUNK);
      if (ids.length === 0) return all;
      all.push(...(await this.seekers.findMany(ids)));
      after = ids[ids.length - 1];
    }
  }
}
