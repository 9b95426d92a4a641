import { BadRequestException, Injectable } from '@nestjs/common';
import { AuditService } from '@wt/audit';
import type { Principal } from '@wt/auth';
import { MatchReadService, SCORING_MODEL } from '@wt/matching';
import { blockingSkills, vacancyGroups } from './core/blocking-skills';
import { InsightPicture } from './core/insight-picture';
import { schoolLeavers } from './core/school-leavers';
import {
  roundRatio,
  shownCount,
  SOURCE_NOTE,
  SUPPRESS_BELOW,
  tightnessBand,
} from './core/tightness-band';
import { tightness } from './core/tightness';
import { InsightPictureService } from './insight-picture.service';
import { InsightSnapshotRepository, SnapshotCell } from './insight-snapshot.repository';

/** The figures a daily snapshot keeps, and what a trend can be asked for. */
export const TREND_FIGURES = [
  'tightness',
  'tightness-unit',
  'school-leavers',
  'unserved-vacancies',
  'blocking-skills',
] as const;
export type TrendFigure = (typeof TREND_FIGURES)[number];

/** Blocking skills kept per group in a snapshot. */
const SNAPSHOT_TOP_SKILLS = 10;

export interface TrendRequest {
  figure: TrendFigure;
  from: string;
  to: string;
  group?: string;
  municipality?: string;
  skill?: string;
  format: 'json' | 'csv';
}

/**
 * Daily aggregate snapshots, so every figure can be shown over time. A snapshot holds counts
 * only, with people counts below 5 already null: it keeps no id and nothing to erase.
 */
@Injectable()
export class InsightSnapshotService {
  constructor(
    private readonly pictures: InsightPictureService,
    private readonly matches: MatchReadService,
    private readonly repository: InsightSnapshotRepository,
    private readonly audit: AuditService,
  ) {}

  /** Takes today's snapshot unless it was taken already (by this or another process). */
  async takeIfDue(): Promise<{ day: string; cells: number } | undefined> {
    const picture = await this.pictures.load();
    if (await this.repository.hasDay(picture.today)) return undefined;
    const cells = await this.cellsOf(picture);
    return { day: picture.today, cells: await this.repository.saveDay(picture.today, cells) };
  }

  async trend(principal: Principal, r: TrendRequest) {
    if (r.from > r.to) throw new BadRequestException(['from: must not be after to']);
    await this.audit.record({
      actor: principal,
      action: r.format === 'csv' ? 'export' : 'read',
      objectType: 'insight',
      objectId: `trend:${r.figure}`,
      result: 'allowed',
    });
    const match = Object.fromEntries(
      Object.entries({ group: r.group, municipality: r.municipality, skill: r.skill }).filter(
        ([, v]) => v !== undefined,
      ),
    ) as Record<string, string>;
    const cells = await this.repository.series(r.figure, r.from, r.to, match);
    return {
      figure: `trend:${r.figure}`,
      source: SOURCE_NOTE,
      asOf: r.to,
      suppressBelow: SUPPRESS_BELOW,
      from: r.from,
      to: r.to,
      rows: cells.map((c) => ({
        day: c.day,
        ...c.dimensions,
        ...c.counts,
        ...derived(r.figure, c.counts),
      })),
    };
  }

  /** The cells a snapshot taken now would hold. */
  async cellsNow(): Promise<SnapshotCell[]> {
    return this.cellsOf(await this.pictures.load());
  }

  private async cellsOf(picture: InsightPicture): Promise<SnapshotCell[]> {
    const [tally, servedIds] = await Promise.all([
      this.matches.missingSkillTally(vacancyGroups(picture, 'minor')),
      this.matches.servedVacancyIds(SCORING_MODEL.shortlistMinScore),
    ]);
    const served = new Set(servedIds);
    const counts = (r: {
      openVacancies: number;
      openPositions: number;
      seekersAvailableNow: number | null;
      seekersAvailableSoon: number | null;
    }) => ({
      openVacancies: r.openVacancies,
      openPositions: r.openPositions,
      seekersAvailableNow: r.seekersAvailableNow,
      seekersAvailableSoon: r.seekersAvailableSoon,
    });
    const byArea = tightness(picture, { level: 'minor', byMunicipality: true, byEqf: false });
    const byUnit = tightness(picture, { level: 'unit', byMunicipality: false, byEqf: false });
    const unserved = new Map<string, { vacancies: number; positions: number }>();
    for (const v of picture.vacancies) {
      if (served.has(v.id) || !v.area) continue;
      const u = unserved.get(v.area) ?? { vacancies: 0, positions: 0 };
      u.vacancies++;
      u.positions += v.positions;
      unserved.set(v.area, u);
    }
    return [
      ...byArea.rows.map((r) => ({
        figure: 'tightness',
        dimensions: { group: r.group, municipality: r.municipality },
        counts: counts(r),
      })),
      ...byUnit.rows.map((r) => ({
        figure: 'tightness-unit',
        dimensions: { group: r.group },
        counts: counts(r),
      })),
      ...schoolLeavers(picture).map(({ municipality, ...c }) => ({
        figure: 'school-leavers',
        dimensions: { municipality },
        counts: c,
      })),
      ...[...unserved].map(([municipality, c]) => ({
        figure: 'unserved-vacancies',
        dimensions: { municipality },
        counts: c,
      })),
      ...blockingSkills(tally, SNAPSHOT_TOP_SKILLS).rows.map((r) => ({
        figure: 'blocking-skills',
        dimensions: { group: r.group, skill: r.skill },
        counts: { seekers: shownCount(r.seekers), vacancies: r.vacancies, rank: r.rank },
      })),
    ];
  }
}

/** Ratios and bands of a stored tightness cell, from its counts (exact where not suppressed). */
function derived(figure: TrendFigure, c: Record<string, number | null>) {
  if (figure !== 'tightness' && figure !== 'tightness-unit') return {};
  const positions = c.openPositions ?? 0;
  const now = c.seekersAvailableNow;
  const soon = c.seekersAvailableSoon;
  return {
    ratioNow: now === null ? null : roundRatio(positions, now),
    bandNow: now === null ? null : tightnessBand(positions, now),
    ratioSoon: soon === null ? null : roundRatio(positions, soon),
    bandSoon: soon === null ? null : tightnessBand(positions, soon),
  };
}
