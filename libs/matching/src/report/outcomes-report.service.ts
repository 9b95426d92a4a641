import { Injectable } from '@nestjs/common';
import type { Principal } from '@wt/auth';
import { MatchableSeeker, MatchableSeekersService } from '@wt/job-seekers';
import { MatchableVacanciesService } from '@wt/vacancies';
import { MatchAccessService } from '../access/match-access.service';
import { MatchWorkflowRepository, ReportRow } from '../store/match-workflow.repository';
import {
  OutcomesReport,
  outcomesCsv,
  outcomesReport,
  ReportGroup,
  ReportMatch,
  ReportStep,
} from './outcomes-report';

/** Banenafspraak jobs and cross-border placements per employer: advisers and admins only. */
export interface EmployerPlacements {
  organisationId: string;
  placements: number;
  /** hours / 25.5 per banenafspraak placement, toward the employer's quota. */
  banen: number;
  crossBorder: number;
  /** Of `placements`, those of job seekers erased since (kept as counts, without the person). */
  erasedPlacements: number;
}

export interface RegionOutcomes extends OutcomesReport {
  employers: EmployerPlacements[];
}

/** The region's outcomes and fairness report; reading it is audited (by the access service). */
@Injectable()
export class OutcomesReportService {
  constructor(
    private readonly access: MatchAccessService,
    private readonly store: MatchWorkflowRepository,
    private readonly seekers: MatchableSeekersService,
    private readonly vacancies: MatchableVacanciesService,
  ) {}

  async report(principal: Principal): Promise<RegionOutcomes> {
    await this.access.require({ principal, permission: 'outcomes.read' });
    const rows = await this.store.reportRows();
    const seekers = new Map(
      (await this.seekers.findMany([...new Set(rows.map((r) => r.seekerId))])).map((s) => [
        s.id,
        s,
      ]),
    );
    const vacancies = new Map(
      (await this.vacancies.findMany([...new Set(rows.map((r) => r.vacancyId))])).map((v) => [
        v.id,
        v,
      ]),
    );
    const matches = rows.map((r): ReportMatch => ({
      ...r,
      group: groupOf(r, seekers.get(r.seekerId)),
      reached: new Set(r.reached as ReportStep[]),
      publishedAt: vacancies.get(r.vacancyId)?.publishedAt?.toISOString() ?? null,
    }));
    return { ...outcomesReport(matches), employers: await this.employers() };
  }

  async csv(principal: Principal): Promise<string> {
    return outcomesCsv(await this.report(principal));
  }

  private async employers(): Promise<EmployerPlacements[]> {
    const byOrg = new Map<string, EmployerPlacements>();
    const add = (
      p: { organisationId: string; countryOfWork: string; banen: number },
      count: number,
      erased: boolean,
    ) => {
      const e = byOrg.get(p.organisationId) ?? {
        organisationId: p.organisationId,
        placements: 0,
        banen: 0,
        crossBorder: 0,
        erasedPlacements: 0,
      };
      e.placements += count;
      e.banen = Math.round((e.banen + p.banen) * 1000) / 1000;
      if (p.countryOfWork !== 'NL') e.crossBorder += count;
      if (erased) e.erasedPlacements += count;
      byOrg.set(p.organisationId, e);
    };
    for (const p of await this.store.placements()) add(p, 1, false);
    for (const t of await this.store.erasedPlacements()) add(t, t.placements, true);
    return [...byOrg.values()].sort((a, b) => a.organisationId.localeCompare(b.organisationId));
  }
}

/** One group per person, the first that applies. */
function groupOf(row: ReportRow, seeker: MatchableSeeker | undefined): ReportGroup {
  if (seeker?.banenafspraak) return 'banenafspraak';
  if (seeker?.schoolType === 'VSO' || seeker?.schoolType === 'PrO') return 'vso-pro';
  if (row.crossBorder) return 'cross-border';
  return 'rest';
}
