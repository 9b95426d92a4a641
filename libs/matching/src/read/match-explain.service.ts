import { Injectable, NotFoundException } from '@nestjs/common';
import type { Principal } from '@wt/auth';
import { MatchableSeekersService } from '@wt/job-seekers';
import { TaxonomyService } from '@wt/taxonomy';
import { MatchableVacanciesService } from '@wt/vacancies';
import {
  dayNumber,
  Explanation,
  explainCandidate,
  prepareVacancy,
  SCORING_MODEL,
  Text,
} from '../core';
import { occupationUrisOf, seekerFeatures, VacancyFeatures } from '../features/matching-features';
import { MatchAccessService } from '../access/match-access.service';
import { MatchRepository } from '../store/match.repository';
import { MatchWorkflowRepository } from '../store/match-workflow.repository';
import type { HumanOverride } from '../store/match-workflow.types';
import { MatchStatus } from './match-read.types';

export interface PairExplanation {
  vacancyId: string;
  seekerId: string;
  onShortlist: boolean;
  rank: number | null;
  status: MatchStatus | null;
  /** Why the pair is, or is not, on the list. */
  verdict: Text;
  /** Computed now from current data, so it also answers for pairs that are not on the list. */
  explanation: Explanation;
  /** What a person overrode when they took the pair on against the engine (knock-outs, not suggested). */
  humanOverride: HumanOverride | null;
}

/** "Why did this pair score as it did, or why is it not on the list?" */
@Injectable()
export class MatchExplainService {
  constructor(
    private readonly seekers: MatchableSeekersService,
    private readonly vacancies: MatchableVacanciesService,
    private readonly taxonomy: TaxonomyService,
    private readonly store: MatchRepository,
    private readonly features: VacancyFeatures,
    private readonly access: MatchAccessService,
    private readonly workflow: MatchWorkflowRepository,
  ) {}

  async explain(
    principal: Principal,
    vacancyId: string,
    seekerId: string,
  ): Promise<PairExplanation> {
    await this.access.require({ principal, permission: 'match.explain', vacancyId, seekerId });
    const [vacancy, seeker] = [
      await this.vacancies.findOne(vacancyId),
      await this.seekers.findOne(seekerId),
    ];
    if (!vacancy) throw new NotFoundException('vacancy not found');
    if (!seeker) throw new NotFoundException('job seeker not found');
    const isco = await this.taxonomy.iscoGroupsOf(occupationUrisOf([seeker]));
    const explanation = explainCandidate(
      prepareVacancy(await this.features.one(vacancy)),
      seekerFeatures(seeker, isco),
      {
        model: SCORING_MODEL,
        today: dayNumber(new Date().toISOString()),
      },
    );
    const stored = await this.store.rankOf(vacancyId, seekerId);
    return {
      vacancyId,
      seekerId,
      onShortlist: stored !== undefined && vacancy.open,
      rank: stored?.rank ?? null,
      status: stored?.status ?? null,
      verdict: verdict(vacancy.open, vacancy.status, explanation, stored),
      explanation,
      humanOverride: (await this.workflow.find(vacancyId, seekerId))?.humanOverride ?? null,
    };
  }
}

function verdict(open: boolean, status: string, e: Explanation, stored?: { rank: number }): Text {
  if (!open)
    return {
      nl: `Vacature is niet open (${status}): geen matches aangeboden`,
      de: `Die Stelle ist nicht offen (${status}): keine Matches angeboten`,
      en: `Vacancy is not open (${status}): no matches offered`,
    };
  if (e.knockOuts.length > 0) {
    return {
      nl: `Niet op de lijst: ${e.knockOuts.map((k) => k.reason.nl).join('; ')}`,
      de: `Nicht auf der Liste: ${e.knockOuts.map((k) => k.reason.de).join('; ')}`,
      en: `Not on the list: ${e.knockOuts.map((k) => k.reason.en).join('; ')}`,
    };
  }
  if (e.score < SCORING_MODEL.shortlistMinScore) {
    return {
      nl: `Niet op de lijst: score ${e.score.toFixed(1)} is lager dan het minimum ${SCORING_MODEL.shortlistMinScore}`,
      de: `Nicht auf der Liste: Score ${e.score.toFixed(1)} liegt unter dem Minimum von ${SCORING_MODEL.shortlistMinScore}`,
      en: `Not on the list: score ${e.score.toFixed(1)} is below the minimum of ${SCORING_MODEL.shortlistMinScore}`,
    };
  }
  if (stored)
    return {
      nl: `Op de lijst, plaats ${stored.rank}`,
      de: `Auf der Liste, Platz ${stored.rank}`,
      en: `On the list, rank ${stored.rank}`,
    };
  return {
    nl: `Niet op de lijst: ${e.score.toFixed(1)} haalt de beste 50 niet, of de match wordt nog berekend`,
    de: `Nicht auf der Liste: ${e.score.toFixed(1)} reicht nicht für die besten 50, oder das Matching läuft noch`,
    en: `Not on the list: ${e.score.toFixed(1)} does not make the best 50, or matching is still running`,
  };
}
