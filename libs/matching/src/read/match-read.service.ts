import { Injectable, NotFoundException } from '@nestjs/common';
import { MatchableSeekersService } from '@wt/job-seekers';
import { TaxonomyService } from '@wt/taxonomy';
import { MatchableVacanciesService } from '@wt/vacancies';
import { DataSource } from 'typeorm';
import { ExplanationFacts, renderExplanation } from '../core';
import {
  CandidateCard,
  LabelledSkill,
  MatchFilters,
  MatchStatus,
  MatchView,
  Paged,
  StoredMatchFact,
} from './match-read.types';

interface MatchRow {
  vacancy_id: string;
  seeker_id: string;
  score: number;
  status: MatchStatus;
  cross_border: boolean;
  computed_at: Date;
  explanation: ExplanationFacts;
}

const BANDS = [5, 10, 20, 30, 50, 75];

export function distanceBand(km: number | null): string | null {
  if (km === null) return null;
  const upper = BANDS.find((b) => km <= b);
  return upper === undefined ? `> ${BANDS[BANDS.length - 1]} km` : `<= ${upper} km`;
}

/**
 * Reads stored matches for people. Consent and vacancy status are checked at read time, so a
 * withdrawal or a closed vacancy takes effect at once, before any re-match has run.
 */
@Injectable()
export class MatchReadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly seekers: MatchableSeekersService,
    private readonly vacancies: MatchableVacanciesService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /** The full shortlist of a vacancy, for advisers. */
  async shortlist(
    vacancyId: string,
    filters: MatchFilters,
    lang: 'nl' | 'en',
  ): Promise<Paged<MatchView>> {
    const vacancy = await this.vacancies.findOne(vacancyId);
    if (!vacancy) throw new NotFoundException('vacancy not found');
    if (!vacancy.open) return { ...this.paged([], filters), items: [], offered: false };
    let rows = await this.rows('vacancy_id', vacancyId, filters);
    if (filters.banenafspraak !== undefined) {
      const inGroup = new Set(
        (await this.seekers.findMany(rows.map((r) => r.seeker_id)))
          .filter((s) => s.banenafspraak === true)
          .map((s) => s.id),
      );
      rows = rows.filter((r) => inGroup.has(r.seeker_id) === filters.banenafspraak);
    }
    const page = this.page(rows, filters);
    const labels = await this.labels(
      page.flatMap((r) => skillUris(r.explanation)),
      lang,
    );
    return {
      ...this.paged(rows, filters),
      items: page.map((r) => this.view(r, labels, vacancy.title)),
    };
  }

  /** The anonymised candidate cards of a vacancy, for its employer: double opt-in only. */
  async candidateCards(
    vacancyId: string,
    filters: MatchFilters,
    lang: 'nl' | 'en',
  ): Promise<Paged<CandidateCard>> {
    const vacancy = await this.vacancies.findOne(vacancyId);
    if (!vacancy) throw new NotFoundException('vacancy not found');
    if (!vacancy.open) return { ...this.paged([], filters), items: [], offered: false };
    const all = await this.rows('vacancy_id', vacancyId, { ...filters, banenafspraak: undefined });
    const visible = await this.seekers.employerVisibleAmong(all.map((r) => r.seeker_id));
    const rows = all.filter((r) => visible.has(r.seeker_id) && r.status !== 'rejected');
    const page = this.page(rows, filters);
    const seekers = new Map(
      (await this.seekers.findMany(page.map((r) => r.seeker_id))).map((s) => [s.id, s]),
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
      const s = seekers.get(r.seeker_id);
      if (!s) return [];
      return [
        {
          candidateId: r.seeker_id,
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
    return { ...this.paged(rows, filters), items };
  }

  /** A job seeker's matches with open vacancies, for their coach. */
  async forSeeker(
    seekerId: string,
    filters: MatchFilters,
    lang: 'nl' | 'en',
  ): Promise<Paged<MatchView>> {
    const all = await this.rows('seeker_id', seekerId, filters);
    const vacancies = new Map(
      (await this.vacancies.findMany(all.map((r) => r.vacancy_id))).map((v) => [v.id, v]),
    );
    const rows = all.filter((r) => {
      const v = vacancies.get(r.vacancy_id);
      if (!v?.open) return false;
      return (
        filters.banenafspraak === undefined ||
        (v.banenafspraakSuitable || v.banenafspraakReserved) === filters.banenafspraak
      );
    });
    const page = this.page(rows, filters);
    const labels = await this.labels(
      page.flatMap((r) => skillUris(r.explanation)),
      lang,
    );
    return {
      ...this.paged(rows, filters),
      items: page.map((r) => this.view(r, labels, vacancies.get(r.vacancy_id)?.title)),
    };
  }

  /** The stored row of one pair, if the pair is on a list. */
  async stored(
    vacancyId: string,
    seekerId: string,
  ): Promise<{ score: number; status: MatchStatus; rank: number } | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT score, status, rank FROM (
         SELECT seeker_id, score, status, row_number() OVER (ORDER BY score DESC, seeker_id COLLATE "C") AS rank
           FROM matching.match WHERE vacancy_id = $1) ranked
        WHERE seeker_id = $2`,
      [vacancyId, seekerId],
    );
    return row ? { score: row.score, status: row.status, rank: Number(row.rank) } : undefined;
  }

  /**
   * Every stored match a person has not rejected, reduced to what regional insight counts: the
   * pair, its score and the essential skills it misses. Ids only; no explanation text.
   */
  async insightFacts(): Promise<StoredMatchFact[]> {
    const rows: Array<{ v: string; s: string; score: number; missing: string[] | null }> =
      await this.dataSource.query(
        `SELECT vacancy_id AS v, seeker_id AS s, score,
                ARRAY(SELECT jsonb_array_elements_text(explanation->'skills'->'missingEssential')) AS missing
           FROM matching.match WHERE status <> 'rejected'`,
      );
    return rows.map((r) => ({
      vacancyId: r.v,
      seekerId: r.s,
      score: Number(r.score),
      missingEssential: r.missing ?? [],
    }));
  }

  async labels(uris: readonly string[], lang: 'nl' | 'en'): Promise<Map<string, string>> {
    return this.taxonomy.preferredLabels([...new Set(uris)], lang);
  }

  private async rows(
    key: 'vacancy_id' | 'seeker_id',
    id: string,
    filters: MatchFilters,
  ): Promise<MatchRow[]> {
    return this.dataSource.query(
      `SELECT vacancy_id, seeker_id, score, status, cross_border, computed_at, explanation
         FROM matching.match
        WHERE ${key} = $1 AND score >= $2 AND ($3::boolean IS NULL OR cross_border = $3)
        ORDER BY score DESC, ${key === 'vacancy_id' ? 'seeker_id' : 'vacancy_id'} COLLATE "C"`,
      [id, filters.minScore ?? 0, filters.crossBorder ?? null],
    );
  }

  private page<T>(rows: T[], filters: MatchFilters): T[] {
    return rows.slice((filters.page - 1) * filters.pageSize, filters.page * filters.pageSize);
  }

  private paged(rows: unknown[], filters: MatchFilters) {
    return { total: rows.length, page: filters.page, pageSize: filters.pageSize, offered: true };
  }

  private view(r: MatchRow, labels: Map<string, string>, vacancyTitle?: string): MatchView {
    const label = (uri: string): LabelledSkill => ({ uri, label: labels.get(uri) ?? uri });
    return {
      vacancyId: r.vacancy_id,
      seekerId: r.seeker_id,
      vacancyTitle,
      score: r.score,
      status: r.status,
      crossBorder: r.cross_border,
      computedAt: new Date(r.computed_at).toISOString(),
      explanation: renderExplanation(r.explanation),
      matchedSkills: [
        ...r.explanation.skills.matchedEssential,
        ...r.explanation.skills.matchedOptional,
      ].map(label),
      missingEssentialSkills: r.explanation.skills.missingEssential.map(label),
    };
  }
}

function skillUris(f: ExplanationFacts): string[] {
  return [...f.skills.matchedEssential, ...f.skills.matchedOptional, ...f.skills.missingEssential];
}
