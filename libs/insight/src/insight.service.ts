import { BadRequestException, Injectable } from '@nestjs/common';
import { AuditService } from '@wt/audit';
import type { Principal } from '@wt/auth';
import { JobSeekerProfileService, MatchableSeekersService } from '@wt/job-seekers';
import { MatchReadService, occupationUrisOf, SCORING_MODEL } from '@wt/matching';
import { TaxonomyService } from '@wt/taxonomy';
import { blockingSkills, vacancyGroups } from './core/blocking-skills';
import { GroupLevel } from './core/insight-picture';
import { oneSkillAway } from './core/one-skill-away';
import { schoolLeavers } from './core/school-leavers';
import { SOURCE_NOTE, SUPPRESS_BELOW } from './core/tightness-band';
import { tightness, TightnessOptions } from './core/tightness';
import { transitionOccupations } from './core/transitions';
import { nearIndex, unservedVacancies } from './core/unserved';
import { InsightMarketService, Market } from './insight-market.service';
import { InsightPictureService } from './insight-picture.service';
import { groupUri, labeller, municipalityName } from './insight-labels';
import { InsightLanguage, InsightTable } from './insight.types';

export interface FigureRequest {
  lang: InsightLanguage;
  /** `csv` is recorded as an export in the audit trail. */
  format: 'json' | 'csv';
}

/**
 * Regional insight for advisers and admins, and one job seeker's bridges for their coach. Every
 * figure is computed from the other contexts' services and counts people only in aggregate.
 */
@Injectable()
export class InsightService {
  constructor(
    private readonly pictures: InsightPictureService,
    private readonly market: InsightMarketService,
    private readonly matches: MatchReadService,
    private readonly taxonomy: TaxonomyService,
    private readonly profiles: JobSeekerProfileService,
    private readonly seekers: MatchableSeekersService,
    private readonly audit: AuditService,
  ) {}

  async tightness(principal: Principal, o: TightnessOptions & FigureRequest) {
    await this.record(principal, 'tightness', o.format, `level=${o.level}`);
    const picture = await this.pictures.load();
    const figures = tightness(picture, o);
    const label = await labeller(
      this.taxonomy,
      figures.rows.map((r) => groupUri(o.level, r.group)),
      o.lang,
    );
    return {
      ...this.table(
        'tightness',
        picture.today,
        figures.rows.map((r) => ({
          ...r,
          groupLabel: label(groupUri(o.level, r.group), r.group),
          municipalityName: municipalityName(r.municipality),
        })),
      ),
      level: o.level,
      leftOut: figures.leftOut,
    };
  }

  async unservedVacancies(principal: Principal, o: { minScore?: number } & FigureRequest) {
    await this.record(principal, 'unserved-vacancies', o.format);
    const minScore = o.minScore ?? SCORING_MODEL.shortlistMinScore;
    const [picture, servedIds] = await Promise.all([
      this.pictures.load(),
      this.matches.servedVacancyIds(minScore),
    ]);
    const served = new Set(servedIds);
    const near = nearIndex(picture);
    const unserved = picture.vacancies.filter((v) => !served.has(v.id));
    const verdicts = await this.market.evaluate(
      picture,
      unserved.map((vacancy) => ({
        vacancy,
        seekers: vacancy.isco ? (near.get(vacancy.isco.slice(0, 3)) ?? []) : [],
      })),
    );
    const rows = unservedVacancies(
      picture,
      served,
      minScore,
      (v) => verdicts.get(v.id) ?? [],
      near,
    );
    return {
      ...this.table(
        'unserved-vacancies',
        picture.today,
        rows.map((r) => ({
          ...r,
          municipalityName: municipalityName(r.municipality),
        })),
      ),
      minScore,
    };
  }

  async blockingSkills(
    principal: Principal,
    o: { level: GroupLevel; top: number; group?: string } & FigureRequest,
  ) {
    await this.record(principal, 'blocking-skills', o.format, `level=${o.level}`);
    const picture = await this.pictures.loadVacancies();
    const tally = await this.matches.missingSkillTally(vacancyGroups(picture, o.level, o.group));
    const figures = blockingSkills(tally, o.top);
    const label = await labeller(
      this.taxonomy,
      figures.rows.flatMap((r) => [groupUri(o.level, r.group), r.skill]),
      o.lang,
    );
    return {
      ...this.table(
        'blocking-skills',
        picture.today,
        figures.rows.map((r) => ({
          ...r,
          groupLabel: label(groupUri(o.level, r.group), r.group),
          skillLabel: label(r.skill),
        })),
      ),
      level: o.level,
      suppressedRows: figures.suppressedRows,
    };
  }

  async schoolLeavers(principal: Principal, o: FigureRequest) {
    await this.record(principal, 'school-leavers', o.format);
    const picture = await this.pictures.load();
    return this.table(
      'school-leavers',
      picture.today,
      schoolLeavers(picture).map((r) => ({
        ...r,
        municipalityName: municipalityName(r.municipality),
      })),
    );
  }

  /** Transition occupations from an occupation: what its essential skills carry over to. */
  async occupationTransitions(principal: Principal, occupation: string, o: FigureRequest) {
    if ((await this.taxonomy.findUnknownOccupations([occupation])).length > 0) {
      throw new BadRequestException([`occupation: ${occupation} is not an ESCO occupation`]);
    }
    await this.record(principal, 'transitions', o.format, `occupation=${occupation}`);
    const skills = (await this.taxonomy.essentialSkillsOf([occupation])).get(occupation) ?? [];
    return this.market.answer((market) =>
      this.transitions(market, new Set(skills), new Set([occupation]), o.lang),
    );
  }

  /** The coach's view: transition occupations for one of their own job seekers. */
  async seekerTransitions(
    principal: Principal,
    seekerId: string,
    reason: string | undefined,
    lang: InsightLanguage,
  ) {
    const { seeker } = await this.readSeeker(principal, seekerId, reason, 'job-seeker-transitions');
    const did = seeker.workExperience.map((e) => e.occupationUri);
    const didSkills = await this.taxonomy.essentialSkillsOf(did);
    const skills = new Set([...seeker.skills, ...did.flatMap((uri) => didSkills.get(uri) ?? [])]);
    const exclude = new Set([...seeker.wantedOccupations, ...did]);
    return this.market.answer(async (market) => ({
      seekerId,
      ...(await this.transitions(market, skills, exclude, lang)),
    }));
  }

  /** Vacancies one or two more essential skills would open for one of the coach's job seekers. */
  async seekerOneSkillAway(
    principal: Principal,
    seekerId: string,
    reason: string | undefined,
    lang: InsightLanguage,
  ) {
    const { seeker, isco } = await this.readSeeker(
      principal,
      seekerId,
      reason,
      'job-seeker-one-skill-away',
    );
    return this.market.answer(async (market) => {
      const prepared = await this.market.prepared(market);
      const rows = oneSkillAway(
        this.market.skillsAway(market, prepared, seeker, isco, market.picture.vacancies),
        SCORING_MODEL.shortlistMinScore,
      );
      const label = await labeller(
        this.taxonomy,
        rows.flatMap((r) => r.missingSkills),
        lang,
      );
      return {
        seekerId,
        ...this.table(
          'one-skill-away',
          market.picture.today,
          rows.map((r) => ({
            ...r,
            municipalityName: municipalityName(r.municipality),
            missingSkills: r.missingSkills.map((uri) => ({ uri, label: label(uri) })),
          })),
        ),
        minScore: SCORING_MODEL.shortlistMinScore,
      };
    });
  }

  private async transitions(
    market: Market,
    skills: Set<string>,
    exclude: Set<string>,
    lang: InsightLanguage,
  ) {
    const rows = transitionOccupations(market.picture, market.unitTightness, {
      skills,
      exclude,
      essentialSkills: market.essentialSkills,
    });
    const label = await labeller(
      this.taxonomy,
      rows.flatMap((r) => [r.occupation, ...r.missingSkills]),
      lang,
    );
    return this.table(
      'transitions',
      market.picture.today,
      rows.map((r) => ({
        ...r,
        occupationLabel: label(r.occupation),
        missingSkills: r.missingSkills.map((uri) => ({ uri, label: label(uri) })),
        learningWorkingPlaces: r.learningWorkingPlaces.map((p) => ({
          ...p,
          municipalityName: municipalityName(p.municipality),
        })),
      })),
    );
  }

  /** The same scope and audit as reading the profile (another coach's seeker answers 404). */
  private async readSeeker(
    principal: Principal,
    seekerId: string,
    reason: string | undefined,
    objectType: string,
  ) {
    await this.profiles.get(principal, seekerId, reason);
    const seeker = (await this.seekers.findOne(seekerId))!;
    await this.audit.record({
      actor: principal,
      action: 'read',
      objectType,
      objectId: seekerId,
      result: 'allowed',
      origin: reason ? `reason: ${reason}` : undefined,
    });
    return { seeker, isco: await this.taxonomy.iscoGroupsOf(occupationUrisOf([seeker])) };
  }

  private table<R>(figure: string, asOf: string, rows: R[]): InsightTable<R> {
    return { figure, source: SOURCE_NOTE, asOf, suppressBelow: SUPPRESS_BELOW, rows };
  }

  private record(principal: Principal, figure: string, format: 'json' | 'csv', origin?: string) {
    return this.audit.record({
      actor: principal,
      action: format === 'csv' ? 'export' : 'read',
      objectType: 'insight',
      objectId: figure,
      result: 'allowed',
      origin,
    });
  }
}
