import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { Principal } from '@wt/auth';
import { MatchableSeekersService } from '@wt/job-seekers';
import { TaxonomyService } from '@wt/taxonomy';
import { MatchableVacanciesService } from '@wt/vacancies';
import { MatchAccessService } from '../access/match-access.service';
import { ExplanationFacts, renderExplanation } from '../core';
import { MatchRepository } from '../store/match.repository';
import type { MatchRecord, MissingSkillTally } from '../store/match.types';
import { EMPLOYER_VISIBLE_STEPS } from '../workflow/workflow-rules';
import { CandidateCard, LabelledSkill, MatchFilters, MatchView, Paged } from './match-read.types';

const BANDS = [5, 10, 20, 30, 50, 75];

export function distanceBand(km: number | null): string | null {
  if (km === null) return null;
  const upper = BANDS.find((b) => km <= b);
  return upper === undefined ? `> ${BANDS[BANDS.length - 1]} km` : `<= ${upper} km`;
}

type Lang = 'nl' | 'de' | 'en';

/**
 * Reads stored matches for people. Each public method takes the caller and asks
 * {@link MatchAccessService} first (which also writes the audit entry), so no caller can skip the
 * check. Consent and vacancy status are checked at read time, so a withdrawal or a closed vacancy
 * takes effect at once, before any re-match has run.
 */
@Injectable()
export class MatchReadService {
  constructor(
    private readonly access: MatchAccessService,
    private readonly store: MatchRepository,
    private readonly seekers: MatchableSeekersService,
    private readonly vacancies: MatchableVacanciesService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /** The list of a vacancy: in full for advisers and admins, as candidate cards for its employer. */
  async forVacancy(
    principal: Principal,
    vacancyId: string,
    filters: MatchFilters,
    lang: Lang,
  ): Promise<Paged<MatchView> | Paged<CandidateCard>> {
    const grant = await this.access.require({
      principal,
      permission: 'vacancy-matches.read',
      vacancyId,
    });
    if (grant.view === 'full') return this.shortlist(vacancyId, filters, lang);
    if (filters.banenafspraak !== undefined) {
      throw new BadRequestException('banenafspraak: target-group status is not shown to employers');
    }
    return this.candidateCards(vacancyId, filters, lang);
  }

  /** A job seeker's matches with open vacancies: for their coach, or an adviser with a reason. */
  async forSeeker(
    principal: Principal,
    seekerId: string,
    filters: MatchFilters,
    lang: Lang,
    reason?: string,
  ): Promise<Paged<MatchView>> {
    await this.access.require({ principal, permission: 'seeker-matches.read', seekerId, reason });
    return this.seekerMatches(seekerId, filters, lang);
  }

  private async shortlist(
    vacancyId: string,
    filters: MatchFilters,
    lang: Lang,
  ): Promise<Paged<MatchView>> {
    const [vacancy] = await this.vacancies.headings([vacancyId]);
    if (!vacancy) throw new NotFoundException('vacancy not found');
    if (!vacancy.open) return this.notOffered(filters);
    let among: string[] | undefined;
    if (filters.banenafspraak !== undefined) {
      const listed = await this.store.seekersListed(vacancyId, filters);
      const inGroup = await this.seekers.banenafspraakAmong(listed);
      among = listed.filter((id) => inGroup.has(id) === filters.banenafspraak);
    }
    const { rows, total } = await this.store.vacancyPage(vacancyId, { ...filters, among });
    const [labels, visible] = await Promise.all([
      this.labels(
        rows.flatMap((r) => skillUris(r.explanation)),
        lang,
      ),
      this.seekers.employerVisibleAmong(rows.map((r) => r.seekerId)),
    ]);
    return {
      ...this.paged(total, filters),
      items: rows.map((r) => this.view(r, labels, vacancy.title, visible)),
    };
  }

  /**
   * The anonymised candidate cards of a vacancy, for its employer: candidates an adviser proposed
   * (and later steps), with the double opt-in on now.
   */
  private async candidateCards(
    vacancyId: string,
    filters: MatchFilters,
    lang: Lang,
  ): Promise<Paged<CandidateCard>> {
    const [vacancy] = await this.vacancies.headings([vacancyId]);
    if (!vacancy) throw new NotFoundException('vacancy not found');
    if (!vacancy.open) return this.notOffered(filters);
    const atVisibleSteps = { ...filters, statuses: EMPLOYER_VISIBLE_STEPS };
    const visible = await this.seekers.employerVisibleAmong(
      await this.store.seekersListed(vacancyId, atVisibleSteps),
    );
    const { rows: page, total } = await this.store.vacancyPage(vacancyId, {
      ...atVisibleSteps,
      among: [...visible],
    });
    const seekers = new Map(
      (await this.seekers.findMany(page.map((r) => r.seekerId))).map((s) => [s.id, s]),
    );
    const labels = await this.labels(
      [
        ...page.flatMap((r) => skillUris(r.explanation)),
        ...[...seekers.values()].flatMap((s) => s.wantedOccupations),
      ],
      lang,
    );
    const label = (uri: string): LabelledSkill => ({ uri, label: labels.get(uri) ?? uri });
    const items = page.flatMap((r): CandidateCard[] => {
      const s = seekers.get(r.seekerId);
      if (!s) return [];
      return [
        {
          candidateId: r.seekerId,
          status: r.status,
          introductionRequested: r.introductionRequested,
          score: r.score,
          educationEqf: s.qualificationEqf,
          occupationsWanted: s.wantedOccupations.map(label),
          matchedSkills: [
            ...r.explanation.skills.matchedEssential,
            ...r.explanation.skills.matchedOptional,
          ].map(label),
          missingEssentialSkills: r.explanation.skills.missingEssential.map(label),
          distanceBand: distanceBand(r.explanation.distance.km),
          hoursPerWeek: s.hoursPerWeek,
          availableNow: s.availableNow === true,
          availableFrom: s.availableFrom,
          languages: s.languages.map((l) => ({ language: l.language, level: l.level })),
        },
      ];
    });
    return { ...this.paged(total, filters), items };
  }

  /** Matches with open vacancies only (and banenafspraak ones, when asked), a page of them. */
  private async seekerMatches(
    seekerId: string,
    filters: MatchFilters,
    lang: Lang,
  ): Promise<Paged<MatchView>> {
    const [listed, visible] = await Promise.all([
      this.store.vacanciesListed(seekerId, filters),
      this.seekers.employerVisibleAmong([seekerId]),
    ]);
    const headings = await this.vacancies.headings(listed);
    const offered = headings.filter(
      (v) =>
        v.open &&
        (filters.banenafspraak === undefined || v.banenafspraak === filters.banenafspraak),
    );
    const titles = new Map(offered.map((v) => [v.id, v.title]));
    const { rows, total } = await this.store.seekerPage(seekerId, {
      ...filters,
      among: [...titles.keys()],
    });
    const labels = await this.labels(
      rows.flatMap((r) => skillUris(r.explanation)),
      lang,
    );
    return {
      ...this.paged(total, filters),
      items: rows.map((r) => this.view(r, labels, titles.get(r.vacancyId), visible)),
    };
  }

  /** Vacancies with a stored match a person has not rejected at or above `minScore` (insight). */
  servedVacancyIds(minScore: number): Promise<string[]> {
    return this.store.servedVacancyIds(minScore);
  }

  /**
   * Per group of vacancies (vacancy id -> group) and essential skill, the people on the stored
   * lists (not rejected) who miss it: what regional insight counts as blocking skills. Counts only.
   */
  missingSkillTally(groupOfVacancy: ReadonlyMap<string, string>): Promise<MissingSkillTally[]> {
    return this.store.missingSkillTally(groupOfVacancy);
  }

  private async labels(uris: readonly string[], lang: Lang): Promise<Map<string, string>> {
    return this.taxonomy.preferredLabels([...new Set(uris)], lang);
  }

  private paged(total: number, filters: MatchFilters) {
    return { total, page: filters.page, pageSize: filters.pageSize, offered: true };
  }

  /** A vacancy that is not open: its matches are no longer offered. */
  private notOffered<T>(filters: MatchFilters): Paged<T> {
    return { ...this.paged(0, filters), items: [], offered: false };
  }

  private view(
    r: MatchRecord,
    labels: Map<string, string>,
    vacancyTitle: string | undefined,
    employerVisible: Set<string>,
  ): MatchView {
    const label = (uri: string): LabelledSkill => ({ uri, label: labels.get(uri) ?? uri });
    return {
      vacancyId: r.vacancyId,
      seekerId: r.seekerId,
      vacancyTitle,
      score: r.score,
      status: r.status,
      crossBorder: r.crossBorder,
      computedAt: r.computedAt.toISOString(),
      explanation: renderExplanation(r.explanation),
      matchedSkills: [
        ...r.explanation.skills.matchedEssential,
        ...r.explanation.skills.matchedOptional,
      ].map(label),
      missingEssentialSkills: r.explanation.skills.missingEssential.map(label),
      scoreAtLastStep: r.scoreAtLastStep,
      scoreChangedSinceStep: r.scoreAtLastStep !== null && r.scoreAtLastStep !== r.score,
      humanOverride: r.humanOverride,
      introductionRequested: r.introductionRequested,
      consentWithdrawn: CONSENTED_STEPS.includes(r.status) && !employerVisible.has(r.seekerId),
    };
  }
}

/** Open steps taken with the double opt-in on: a withdrawal of consent is flagged on them. */
const CONSENTED_STEPS = ['proposed', 'introduced'];

function skillUris(f: ExplanationFacts): string[] {
  return [...f.skills.matchedEssential, ...f.skills.matchedOptional, ...f.skills.missingEssential];
}
