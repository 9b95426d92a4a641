import {
  BadRequestException,
  ConflictException,
  Injectable,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import type { Principal } from '@wt/auth';
import type { EntityManager } from 'typeorm';
import {
  IntroductionContact,
  JobSeekerIdentityService,
  MatchableSeekersService,
} from '@wt/job-seekers';
import { TaxonomyService } from '@wt/taxonomy';
import {
  MatchableVacanciesService,
  MatchableVacancy,
  VacancyLifecycleService,
} from '@wt/vacancies';
import { MatchAccessService } from '../access/match-access.service';
import { dayNumber, explanationFacts, prepareVacancy, SCORING_MODEL } from '../core';
import { occupationUrisOf, seekerFeatures, VacancyFeatures } from '../features/matching-features';
import { MatchWorkflowRepository } from '../store/match-workflow.repository';
import type { StepWrite, WorkflowMatch } from '../store/match-workflow.types';
import { StepNotificationQueue } from './step-notification.queue';
import type {
  AgreementInput,
  HireInput,
  MatchStepRecord,
  RejectionInput,
  StepNote,
  StepResult,
} from './match-workflow.types';
import {
  banenFor,
  EMPLOYER_VISIBLE_STEPS,
  nextStep,
  OPEN_STEPS,
  rejectedByFor,
  WorkflowAction,
} from './workflow-rules';

/**
 * People move a match from `suggested` to `hired` (or `rejected`). Every method takes the caller
 * and asks {@link MatchAccessService} first (role, vacancy scope, caseload), then checks the step
 * (409 naming it), writes the step with its history line, and records the audit entry.
 */
@Injectable()
export class MatchWorkflowService {
  private readonly logger = new Logger(MatchWorkflowService.name);

  constructor(
    private readonly access: MatchAccessService,
    private readonly store: MatchWorkflowRepository,
    private readonly seekers: MatchableSeekersService,
    private readonly vacancies: MatchableVacanciesService,
    private readonly lifecycle: VacancyLifecycleService,
    private readonly identities: JobSeekerIdentityService,
    private readonly taxonomy: TaxonomyService,
    private readonly features: VacancyFeatures,
    private readonly notifications: StepNotificationQueue,
  ) {}

  /**
   * Coach (own job seeker) or adviser. An adviser may add a pair the engine did not suggest, or
   * one with a knock-out: it is marked as a human override with what was overridden.
   */
  async shortlist(p: Principal, vacancyId: string, seekerId: string, input: StepNote = {}) {
    await this.access.requireStep(p, 'shortlist', vacancyId, seekerId);
    let match = await this.store.find(vacancyId, seekerId);
    if (p.role === 'adviser' && (!match || match.explanation.knockOuts.length > 0)) {
      match = await this.addByHand(p, vacancyId, seekerId, match);
    }
    return this.step(p, 'shortlist', match, vacancyId, seekerId, { note: input.note });
  }

  /** Adviser: the candidate goes to the employer, only with the double opt-in on. */
  async propose(p: Principal, vacancyId: string, seekerId: string, input: StepNote = {}) {
    await this.access.requireStep(p, 'propose', vacancyId, seekerId);
    const match = await this.store.find(vacancyId, seekerId);
    this.decide('propose', p, match);
    if (!(await this.seekers.employerVisibleAmong([seekerId])).has(seekerId)) {
      throw new ConflictException(
        'propose: the job seeker and the coach have not both switched the profile on (double opt-in); the match stays at step "shortlisted"',
      );
    }
    return this.step(p, 'propose', match, vacancyId, seekerId, { note: input.note });
  }

  /** Employer: asks for an introduction to a proposed candidate; the coach asks the job seeker. */
  async requestIntroduction(
    p: Principal,
    vacancyId: string,
    seekerId: string,
    input: StepNote = {},
  ) {
    await this.access.requireStep(p, 'request-introduction', vacancyId, seekerId);
    const match = await this.employerMatch(vacancyId, seekerId);
    if (match.introductionRequestedAt) {
      throw new ConflictException('request-introduction: an introduction was already requested');
    }
    return this.step(p, 'request-introduction', match, vacancyId, seekerId, {
      note: input.note,
      introductionRequested: true,
    });
  }

  /** Coach: the job seeker's yes (with the date) or no to this one introduction. */
  async recordAgreement(p: Principal, vacancyId: string, seekerId: string, input: AgreementInput) {
    await this.access.requireStep(p, 'agree-introduction', vacancyId, seekerId);
    if (input.date > new Date().toISOString().slice(0, 10)) {
      throw new BadRequestException(['date: the job seeker cannot have answered in the future']);
    }
    const match = await this.store.find(vacancyId, seekerId);
    this.decide('agree-introduction', p, match);
    if (!match!.introductionRequestedAt) {
      throw new ConflictException(
        'agree-introduction: the employer has not asked for an introduction; the match is at step "proposed"',
      );
    }
    if (!input.agreed) {
      return this.step(p, 'reject', match, vacancyId, seekerId, {
        reason: 'not-interested',
        note: input.note,
        rejectedBy: 'job-seeker',
        onBehalfOf: 'job-seeker',
      });
    }
    return this.step(p, 'agree-introduction', match, vacancyId, seekerId, {
      note: input.note,
      introductionAgreedOn: input.date,
      onBehalfOf: 'job-seeker',
    });
  }

  /** Any open step, with a coded reason; an employer declines what it was shown. */
  async reject(p: Principal, vacancyId: string, seekerId: string, input: RejectionInput) {
    await this.access.requireStep(p, 'reject', vacancyId, seekerId);
    if (input.reason === 'other' && !input.note?.trim()) {
      throw new BadRequestException(['note: say why when the reason is "other"']);
    }
    const match =
      p.role === 'employer'
        ? await this.employerMatch(vacancyId, seekerId)
        : await this.store.find(vacancyId, seekerId);
    const rejectedBy = rejectedByFor(p.role, input.onBehalfOfSeeker === true);
    return this.step(p, 'reject', match, vacancyId, seekerId, {
      reason: input.reason,
      note: input.note,
      rejectedBy,
      onBehalfOf: rejectedBy === 'job-seeker' ? 'job-seeker' : undefined,
    });
  }

  /**
   * Employer or adviser, after the introduction: records the placement, closes the job seeker's
   * other open steps at the same employer, and fills the vacancy when all positions are taken.
   */
  async hire(p: Principal, vacancyId: string, seekerId: string, input: HireInput) {
    await this.access.requireStep(p, 'hire', vacancyId, seekerId);
    const match =
      p.role === 'employer'
        ? await this.employerMatch(vacancyId, seekerId)
        : await this.store.find(vacancyId, seekerId);
    this.decide('hire', p, match);
    const vacancy = await this.vacancy(vacancyId);
    const seeker = await this.seekers.findOne(seekerId);
    const banenafspraak = seeker?.banenafspraak === true;
    // Read before the transaction: in the embedded mode a read on another connection inside it
    // would wait for the transaction to end.
    const others = await this.otherOpenAtEmployer(vacancy, seekerId);
    const stepIds = await this.store.transaction(async (m) => {
      const ids = [await this.write(this.stepWrite(p, 'hire', match!), m)];
      await this.store.recordPlacement(
        {
          vacancyId,
          seekerId,
          organisationId: vacancy.organisationId,
          startDate: input.startDate,
          hoursPerWeek: input.hoursPerWeek,
          contractType: input.contractType,
          countryOfWork: vacancy.country,
          banenafspraak,
          banen: banenafspraak ? banenFor(input.hoursPerWeek) : 0,
          recordedBy: p.subject,
        },
        m,
      );
      for (const other of others) {
        // One that moved on meanwhile is left as it is.
        const closed = await this.store.applyStep(
          {
            ...this.stepWrite(p, 'reject', other),
            to: 'rejected',
            reason: 'filled',
            note: `hired at the same employer (vacancy ${vacancyId})`,
            rejectedBy: rejectedByFor(p.role, false),
          },
          m,
        );
        if (closed) ids.push(closed);
      }
      return ids;
    });
    await this.notifications.enqueue(stepIds);
    await this.access.recordStep(p, vacancyId, seekerId, 'hire');
    await this.fillWhenComplete(p, vacancy);
    return this.result(vacancyId, seekerId);
  }

  /** Employer: name, e-mail and phone, only once the job seeker agreed to this introduction. */
  async contact(p: Principal, vacancyId: string, seekerId: string): Promise<IntroductionContact> {
    await this.access.requireStep(p, 'request-introduction', vacancyId, seekerId);
    const match = await this.employerMatch(vacancyId, seekerId);
    if (!match.introductionAgreedOn || !['introduced', 'hired'].includes(match.status)) {
      throw new ConflictException(
        `contact details: the match is at step "${match.status}"; the job seeker has not agreed to this introduction`,
      );
    }
    return this.identities.contactForIntroduction(p, seekerId, vacancyId);
  }

  /** Who did what, when and why (advisers and admins). */
  async history(
    p: Principal,
    vacancyId: string,
    seekerId: string,
    page: { page: number; pageSize: number },
  ): Promise<{ items: MatchStepRecord[]; page: number; pageSize: number; total: number }> {
    await this.access.require({ principal: p, permission: 'match.explain', vacancyId, seekerId });
    if (!(await this.store.find(vacancyId, seekerId))) throw matchNotFound(vacancyId, seekerId);
    const { items, total } = await this.store.history(vacancyId, seekerId, page);
    return { items, page: page.page, pageSize: page.pageSize, total };
  }

  private async addByHand(
    p: Principal,
    vacancyId: string,
    seekerId: string,
    stored: WorkflowMatch | undefined,
  ): Promise<WorkflowMatch | undefined> {
    if (stored && stored.status !== 'suggested') return stored;
    const vacancy = await this.vacancy(vacancyId);
    const seeker = await this.seekers.findOne(seekerId);
    if (!seeker) throw new NotFoundException(`job seeker ${seekerId} not found`);
    const isco = await this.taxonomy.iscoGroupsOf(occupationUrisOf([seeker]));
    const facts = explanationFacts(
      prepareVacancy(await this.features.one(vacancy)),
      seekerFeatures(seeker, isco),
      { model: SCORING_MODEL, today: dayNumber(new Date().toISOString()) },
    );
    const override = {
      notSuggested: stored === undefined,
      knockOuts: facts.knockOuts,
      engineScore: facts.score,
      by: p.subject,
      at: new Date().toISOString(),
    };
    if (stored) await this.store.markOverride(vacancyId, seekerId, override);
    else {
      await this.store.insertOverride(
        {
          vacancyId,
          seekerId,
          score: facts.score,
          vacancyVersion: vacancy.version,
          seekerVersion: seeker.version,
          crossBorder: vacancy.country === 'DE',
          explanation: facts,
        },
        SCORING_MODEL.version,
        override,
      );
    }
    return this.store.find(vacancyId, seekerId);
  }

  /** What the employer may act on: a proposed (or later) candidate still visible to employers. */
  private async employerMatch(vacancyId: string, seekerId: string): Promise<WorkflowMatch> {
    const match = await this.store.find(vacancyId, seekerId);
    const visible = (await this.seekers.employerVisibleAmong([seekerId])).has(seekerId);
    if (!match || !visible || !EMPLOYER_VISIBLE_STEPS.includes(match.status)) {
      throw matchNotFound(vacancyId, seekerId);
    }
    return match;
  }

  /** The job seeker's other open matches at vacancies of the same employer. */
  private async otherOpenAtEmployer(
    hiredAt: MatchableVacancy,
    seekerId: string,
  ): Promise<WorkflowMatch[]> {
    const open = (await this.store.openForSeeker(seekerId, OPEN_STEPS)).filter(
      (o) => o.vacancyId !== hiredAt.id,
    );
    const sameEmployer = new Set(
      (await this.vacancies.findMany(open.map((o) => o.vacancyId)))
        .filter((v) => v.organisationId === hiredAt.organisationId)
        .map((v) => v.id),
    );
    return open.filter((o) => sameEmployer.has(o.vacancyId));
  }

  private async fillWhenComplete(p: Principal, vacancy: MatchableVacancy): Promise<void> {
    if ((await this.store.placementCount(vacancy.id)) < vacancy.positions) return;
    try {
      await this.lifecycle.fill(p, vacancy.id);
    } catch (error) {
      // Already filled or closed meanwhile: the placement stands either way.
      if (!(error instanceof ConflictException)) throw error;
      this.logger.warn(`vacancy ${vacancy.id} not marked filled: ${error.message}`);
    }
  }

  private decide(action: WorkflowAction, p: Principal, match: WorkflowMatch | undefined) {
    const decision = nextStep(action, p.role, match?.status ?? null);
    if ('conflict' in decision) throw new ConflictException(decision.conflict);
    return decision.to;
  }

  private async step(
    p: Principal,
    action: WorkflowAction,
    match: WorkflowMatch | undefined,
    vacancyId: string,
    seekerId: string,
    extra: Partial<StepWrite>,
  ): Promise<StepResult> {
    this.decide(action, p, match);
    const stepId = await this.write({ ...this.stepWrite(p, action, match!), ...extra });
    // After the commit: the job never runs before the step is visible, and never blocks it.
    await this.notifications.enqueue([stepId]);
    await this.access.recordStep(p, vacancyId, seekerId, action);
    return this.result(vacancyId, seekerId);
  }

  private stepWrite(p: Principal, action: WorkflowAction, match: WorkflowMatch): StepWrite {
    const decision = nextStep(action, p.role, match.status);
    return {
      vacancyId: match.vacancyId,
      seekerId: match.seekerId,
      action,
      from: match.status,
      to: 'to' in decision ? decision.to : match.status,
      actorSubject: p.subject,
      actorRole: p.role,
    };
  }

  private async write(step: StepWrite, manager?: EntityManager): Promise<string> {
    const stepId = await this.store.applyStep(step, manager);
    if (!stepId) {
      throw new ConflictException(
        `${step.action}: the match is no longer at step "${step.from}" (someone acted meanwhile); read it again`,
      );
    }
    return stepId;
  }

  private async vacancy(vacancyId: string): Promise<MatchableVacancy> {
    const vacancy = await this.vacancies.findOne(vacancyId);
    if (!vacancy) throw new NotFoundException(`vacancy ${vacancyId} not found`);
    return vacancy;
  }

  private async result(vacancyId: string, seekerId: string): Promise<StepResult> {
    const m = await this.store.find(vacancyId, seekerId);
    if (!m) throw matchNotFound(vacancyId, seekerId);
    return {
      vacancyId,
      seekerId,
      status: m.status,
      statusReason: m.statusReason,
      rejectedBy: m.rejectedBy,
      introductionRequested: m.introductionRequestedAt !== null,
      introductionAgreedOn: m.introductionAgreedOn,
    };
  }
}

function matchNotFound(vacancyId: string, seekerId: string): NotFoundException {
  return new NotFoundException(`match ${vacancyId}/${seekerId} not found`);
}
